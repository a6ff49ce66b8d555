package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paceline.model.Holiday;
import org.paceline.model.LeadDuration;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * A server set up by round 1 (schema V1 only), with a plan in it, upgraded by {@code
 * server-setup}: the schema is current, the plan intact, the grants cover the new columns, and a
 * planner can edit with the new optimistic locking.
 */
class ServerUpgradeTest {

  @Test
  void serverSetupUpgradesARoundOneSchemaAndKeepsItsPlan() throws Exception {
    PostgresServer server = PostgresServer.get();
    ServerLocation where = server.newDatabase();
    assertEquals(new ServerWorkspace.SetUp(0, 1),
        ServerWorkspace.setUp(where, PostgresServer.admin(where), "1"));
    // the plan as round 1 wrote it: only V1's columns (a set-up to V1 adds no change trigger,
    // which needs V5's columns; see aSetUpToAnOlderSchemaInstallsOnlyWhatFitsIt)
    server.sql(where.database(),
        "INSERT INTO paceline.plan (id, name, fiscal_year_start, fiscal_year_named_by, currency)"
            + " VALUES (1, 'Round one', 1, 'end', 'EUR')",
        "INSERT INTO paceline.program (plan_id, position, id, name, kind, owner, start_date,"
            + " end_date, cost, sales_share, expected_leads, status) VALUES (1, 0, 'P-01',"
            + " 'Trade show', 'event', 'Dana', DATE '2027-03-01', DATE '2027-03-03', 1000, 0, 5,"
            + " 'planned')");

    assertEquals(new ServerWorkspace.SetUp(1, Workspace.SCHEMA_VERSION),
        ServerWorkspace.setUp(where, PostgresServer.admin(where)));
    assertEquals(6, Workspace.SCHEMA_VERSION);
    server.login("up_ana", "ana-secret", ServerWorkspace.PLANNER);
    server.login("up_cfo", "cfo-secret", ServerWorkspace.VIEWER);

    try (Workspace ws = ServerWorkspace.open(where,
        PostgresServer.as(where, "up_ana", "ana-secret"), ServerWorkspace.CLI_CONNECTIONS)) {
      Plan plan = ws.plans().load(1);
      assertEquals("Round one", plan.name());
      Program p = plan.programs().get(0);
      assertEquals("Trade show", p.name());
      assertEquals(new BigDecimal("1000.00"), p.cost());
      assertEquals(LocalDate.of(2027, 3, 1), p.start());
      // a planner edits programs, orders and holidays, all versioned
      ws.plans().editProgram(1, "P-01", x -> x.withDates(x.start().plusDays(7),
          x.end().plusDays(7)));
      Order o = new Order("P-01", "Booth graphics", "", LeadDuration.weeks(3), null, null);
      ws.plans().appendOrder(1, o);
      ws.plans().updateOrder(1, o, o.withOrdered(LocalDate.of(2027, 1, 5)));
      ws.plans().replaceHolidays(1, List.of(new Holiday(LocalDate.of(2027, 1, 1), "New Year")));
      Plan now = ws.plans().load(1);
      assertEquals(LocalDate.of(2027, 3, 8), now.programs().get(0).start());
      assertEquals(LocalDate.of(2027, 1, 5), now.orders().get(0).ordered());
      assertEquals(1, now.holidays().size());
    }
    // the new columns are readable by a viewer and refused for its writes, from any client
    try (Connection c = server.connect(where.database(), "up_cfo", "cfo-secret");
         var st = c.createStatement()) {
      try (var rs = st.executeQuery("SELECT o.row_version, o.changed_by, p.holidays_version,"
          + " p.holidays_changed_by FROM paceline.program_order o JOIN paceline.plan p"
          + " ON p.id = o.plan_id")) {
        assertTrue(rs.next());
        assertEquals("up_ana", rs.getString(2));
        assertEquals("up_ana", rs.getString(4));
        assertTrue(rs.getLong(3) > 0);
      }
      java.sql.SQLException e = org.junit.jupiter.api.Assertions.assertThrows(
          java.sql.SQLException.class,
          () -> st.executeUpdate("UPDATE paceline.program_order SET row_version = 0"));
      assertEquals("42501", e.getSQLState());
    }
  }

  /**
   * A set-up to each older target: the change trigger only from the schema that has the
   * columns it reads; before, plans are written as that schema's Paceline wrote them. A trigger
   * that an earlier set-up put on such a schema (and which refused every insert of a plan) is
   * taken away again, and the upgrade installs today's, with live changes reaching a board.
   */
  @Test
  void aSetUpToAnOlderSchemaInstallsOnlyWhatFitsIt() throws Exception {
    PostgresServer server = PostgresServer.get();
    ServerLocation roundOne = null;
    for (int target = 1; target <= Workspace.SCHEMA_VERSION; target++) {
      ServerLocation where = server.newDatabase();
      assertEquals(new ServerWorkspace.SetUp(0, target),
          ServerWorkspace.setUp(where, PostgresServer.admin(where), String.valueOf(target)));
      assertEquals(target >= ServerGrants.NOTIFY_SINCE, hasChangeTrigger(server, where),
          "change trigger at schema version " + target);
      server.login("old_planner", "planner-secret", ServerWorkspace.PLANNER);
      writeAsRoundOne(server, where); // V1's columns are in every later schema too
      if (target == 1) {
        roundOne = where;
      }
    }

    // what a set-up to V1 used to leave: today's trigger on a schema without its columns
    ServerLocation where = roundOne;
    server.sql(where.database(), ServerGrants.statements(Workspace.SCHEMA_VERSION)
        .toArray(String[]::new));
    java.sql.SQLException broken = org.junit.jupiter.api.Assertions.assertThrows(
        java.sql.SQLException.class, () -> writeAsRoundOne(server, where));
    assertEquals("42703", broken.getSQLState(), broken.getMessage());
    assertTrue(broken.getMessage().contains("record \"new\" has no field \"row_version\""),
        broken.getMessage());
    // set up to V1 again: the misfit is gone and plans can be written again
    assertEquals(new ServerWorkspace.SetUp(1, 1),
        ServerWorkspace.setUp(where, PostgresServer.admin(where), "1"));
    assertFalse(hasChangeTrigger(server, where));
    writeAsRoundOne(server, where);

    // the upgrade installs the trigger, and other users' changes reach an open board
    assertEquals(new ServerWorkspace.SetUp(1, Workspace.SCHEMA_VERSION),
        ServerWorkspace.setUp(where, PostgresServer.admin(where)));
    assertTrue(hasChangeTrigger(server, where));
    server.login("up_bob", "bob-secret", ServerWorkspace.PLANNER);
    try (Workspace ana = ServerWorkspace.open(where,
            PostgresServer.as(where, "old_planner", "planner-secret"),
            ServerWorkspace.CLI_CONNECTIONS);
         Workspace bob = ServerWorkspace.open(where,
            PostgresServer.as(where, "up_bob", "bob-secret"), ServerWorkspace.CLI_CONNECTIONS)) {
      long id = ana.plans().findByName("Round one").orElseThrow();
      bob.plans().load(id);
      java.util.concurrent.BlockingQueue<Long> changed =
          new java.util.concurrent.LinkedBlockingQueue<>();
      try (AutoCloseable listening = bob.onChanges(changed::add)) {
        Thread.sleep(700); // the listener is connected
        ana.plans().load(id);
        ana.plans().rename(id, "Round one, upgraded");
        assertEquals(id, changed.poll(2, java.util.concurrent.TimeUnit.SECONDS),
            "Ana's change reaches Bob's board");
        server.sql(where.database(), "UPDATE paceline.plan SET capacity = 4 WHERE id = " + id);
        assertEquals(id, changed.poll(2, java.util.concurrent.TimeUnit.SECONDS),
            "any client's write is reported");
      }
      assertEquals("Round one, upgraded", bob.plans().load(id).name());
    }
  }

  /** Whether the plan table has the change trigger, with its function. */
  private static boolean hasChangeTrigger(PostgresServer server, ServerLocation where)
      throws Exception {
    try (Connection c = server.connect(where.database(), PostgresServer.ADMIN, null);
         var st = c.createStatement();
         var rs = st.executeQuery("SELECT (SELECT count(*) FROM pg_trigger t"
             + " JOIN pg_class r ON r.oid = t.tgrelid JOIN pg_namespace n ON n.oid = r.relnamespace"
             + " WHERE n.nspname = 'paceline' AND r.relname = 'plan'"
             + " AND t.tgname = 'plan_changed'),"
             + " (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
             + " WHERE n.nspname = 'paceline' AND p.proname = 'notify_plan_change')")) {
      rs.next();
      assertEquals(rs.getInt(1), rs.getInt(2), "the trigger and its function go together");
      return rs.getInt(1) == 1;
    }
  }

  /**
   * A planner login writes a plan as round 1's Paceline did (V1's columns only): insert,
   * update, a program, and a second plan deleted again.
   */
  private static void writeAsRoundOne(PostgresServer server, ServerLocation where)
      throws java.sql.SQLException {
    try (Connection c = server.connect(where.database(), "old_planner", "planner-secret");
         var st = c.createStatement()) {
      c.setAutoCommit(false);
      st.executeUpdate("DELETE FROM paceline.plan WHERE name IN ('Round one', 'Round two')");
      st.executeUpdate("INSERT INTO paceline.plan (name, fiscal_year_start,"
          + " fiscal_year_named_by, currency) VALUES ('Round one', 1, 'end', 'EUR'),"
          + " ('Round two', 4, 'start', 'USD')");
      assertEquals(1, st.executeUpdate("UPDATE paceline.plan SET capacity = 3"
          + " WHERE name = 'Round one'"));
      st.executeUpdate("INSERT INTO paceline.program (plan_id, position, id, name, kind, owner,"
          + " start_date, end_date, cost, sales_share, expected_leads, status) SELECT id, 0,"
          + " 'P-01', 'Trade show', 'event', 'Dana', DATE '2027-03-01', DATE '2027-03-03', 1000,"
          + " 0, 5, 'planned' FROM paceline.plan WHERE name = 'Round one'");
      assertEquals(1, st.executeUpdate("DELETE FROM paceline.plan WHERE name = 'Round two'"));
      c.commit();
    }
  }
}

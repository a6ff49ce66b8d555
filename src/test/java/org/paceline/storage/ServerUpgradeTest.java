package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    // the plan as round 1 wrote it: only V1's columns
    // round 1 had no change trigger (today's set-up adds it with its grants)
    server.sql(where.database(),
        "DROP TRIGGER plan_changed ON paceline.plan",
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
}

package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/** A team plan on a real PostgreSQL: set-up, rights, failures, as the server enforces them. */
class ServerWorkspaceTest {

  static final String ANA = "ws_ana";
  static final String CFO = "ws_cfo";
  static final String NOBODY = "ws_nobody";
  static PostgresServer server;

  @BeforeAll
  static void logins() {
    server = PostgresServer.get();
    ServerLocation first = server.newDatabase();
    ServerWorkspace.setUp(first, PostgresServer.admin(first)); // the group roles exist
    server.login(ANA, "ana-secret", ServerWorkspace.PLANNER);
    server.login(CFO, "cfo-secret", ServerWorkspace.VIEWER);
    server.login(NOBODY, "nobody-secret", null);
  }

  static ServerLocation setUpDatabase() {
    ServerLocation where = server.newDatabase();
    ServerWorkspace.setUp(where, PostgresServer.admin(where));
    return where;
  }

  static Workspace open(ServerLocation where, String user, String password) {
    return ServerWorkspace.open(where, PostgresServer.as(where, user, password),
        ServerWorkspace.CLI_CONNECTIONS);
  }

  @Test
  void settingUpTwiceIsHarmlessAndUpgradesAnOlderSchema() {
    ServerLocation where = server.newDatabase();
    ServerWorkspace.SetUp older = ServerWorkspace.setUp(where, PostgresServer.admin(where), "1");
    assertEquals(new ServerWorkspace.SetUp(0, 1), older);
    long id;
    if (Workspace.SCHEMA_VERSION > 1) {
      WorkspaceException e = assertThrows(WorkspaceException.class,
          () -> open(where, ANA, "ana-secret"));
      assertEquals(WorkspaceException.Problem.NOT_SET_UP, e.problem());
      assertTrue(e.getMessage().contains("your administrator to run `paceline server-setup"),
          e.getMessage());
    }
    assertEquals(new ServerWorkspace.SetUp(1, Workspace.SCHEMA_VERSION),
        ServerWorkspace.setUp(where, PostgresServer.admin(where)));
    try (Workspace ws = open(where, ANA, "ana-secret")) {
      id = ws.plans().insert(SamplePlan.load());
    }
    assertEquals(new ServerWorkspace.SetUp(Workspace.SCHEMA_VERSION, Workspace.SCHEMA_VERSION),
        ServerWorkspace.setUp(where, PostgresServer.admin(where)));
    try (Workspace ws = open(where, ANA, "ana-secret")) {
      assertEquals(SamplePlan.load(), ws.plans().load(id), "a second set-up keeps the plans");
      assertFalse(ws.readOnly());
    }
  }

  @Test
  void aSetUpByAnOlderPacelineLeavesANewerSchemaAlone() throws Exception {
    ServerLocation where = setUpDatabase();
    int newer = Workspace.SCHEMA_VERSION + 1;
    // what a newer Paceline's set-up left: its migration and its own change function
    String function = "CREATE OR REPLACE FUNCTION paceline.notify_plan_change() RETURNS trigger"
        + " LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('paceline_changes', 'newer');"
        + " RETURN NEW; END $$";
    server.sql(where.database(), "INSERT INTO paceline.flyway_schema_history (installed_rank,"
        + " version, description, type, script, checksum, installed_by, execution_time, success)"
        + " VALUES (99, '" + newer + "', 'future', 'SQL', 'V" + newer + "__future.sql', 0,"
        + " 'test', 0, TRUE)", function);
    WorkspaceException e = assertThrows(WorkspaceException.class,
        () -> ServerWorkspace.setUp(where, PostgresServer.admin(where)));
    assertEquals(WorkspaceException.Problem.NEWER, e.problem());
    assertTrue(e.getMessage().contains("was set up by a newer Paceline (schema version " + newer
        + "; this Paceline knows up to " + Workspace.SCHEMA_VERSION + ")"), e.getMessage());
    assertTrue(e.getMessage().endsWith("nothing was changed."), e.getMessage());
    try (Connection c = server.connect(where.database(), PostgresServer.ADMIN, null);
         var st = c.createStatement();
         var rs = st.executeQuery("SELECT prosrc FROM pg_proc WHERE proname ="
             + " 'notify_plan_change'")) {
      assertTrue(rs.next());
      assertTrue(rs.getString(1).contains("'newer'"), "the newer trigger function is kept");
    }
  }

  @Test
  void anOrdinaryLoginNeverChangesTheSchema() {
    ServerLocation bare = server.newDatabase();
    WorkspaceException e = assertThrows(WorkspaceException.class,
        () -> open(bare, ANA, "ana-secret"));
    assertEquals(WorkspaceException.Problem.NOT_SET_UP, e.problem());
    assertTrue(e.getMessage().contains("Ask your administrator to run `paceline server-setup"),
        e.getMessage());
    WorkspaceException refused = assertThrows(WorkspaceException.class,
        () -> ServerWorkspace.setUp(bare, PostgresServer.as(bare, ANA, "ana-secret")));
    assertTrue(refused.getMessage().contains("administrator"), refused.getMessage());
    server.sql(bare.database(), "SELECT 1");
    try (Connection c = server.connect(bare.database(), PostgresServer.ADMIN, null);
         var rs = c.createStatement().executeQuery(
             "SELECT count(*) FROM pg_namespace WHERE nspname = 'paceline'")) {
      rs.next();
      assertEquals(0, rs.getInt(1), "no schema was created by a planner");
    } catch (SQLException x) {
      throw new IllegalStateException(x);
    }
  }

  @Test
  void aViewerReadsButTheServerRefusesItsWritesFromAnyClient() throws Exception {
    ServerLocation where = setUpDatabase();
    long id;
    try (Workspace ws = open(where, ANA, "ana-secret")) {
      id = ws.plans().insert(SamplePlan.load());
    }
    try (Workspace ws = open(where, CFO, "cfo-secret")) {
      assertTrue(ws.readOnly());
      Plan plan = ws.plans().load(id);
      assertEquals(SamplePlan.load(), plan);
      Program p = plan.programs().get(0);
      WorkspaceException e = assertThrows(WorkspaceException.class, () ->
          ws.plans().updateProgram(id, p.id(), p.withDates(p.start().plusDays(1),
              p.end().plusDays(1))));
      assertEquals(WorkspaceException.Problem.READ_ONLY, e.problem());
      assertEquals("You can view this team plan but not change it: the login ws_cfo is not a"
          + " planner on localhost. Ask your administrator to add it to paceline_planner.",
          e.getMessage());
      assertThrows(WorkspaceException.class, () -> ws.plans().insert(plan.withName("Copy")));
      assertEquals(1, ws.plans().list().size());
    }
    // Not only Paceline: the grants hold for a plain JDBC client too.
    try (Connection c = server.connect(where.database(), CFO, "cfo-secret");
         var st = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> st.executeUpdate("DELETE FROM paceline.program"));
      assertEquals("42501", e.getSQLState());
      try (var rs = st.executeQuery("SELECT count(*) FROM paceline.program")) {
        rs.next();
        assertEquals(18, rs.getInt(1));
      }
    }
    try (Connection c = server.connect(where.database(), ANA, "ana-secret");
         var st = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> st.execute("CREATE TABLE paceline.extra (x INT)"));
      assertEquals("42501", e.getSQLState(), "a planner runs no DDL");
      assertThrows(SQLException.class, () -> st.execute("DROP TABLE paceline.program"));
      assertThrows(SQLException.class,
          () -> st.execute("DELETE FROM paceline.flyway_schema_history"));
    }
    try (Connection c = server.connect(where.database(), NOBODY, "nobody-secret");
         var st = c.createStatement()) {
      assertThrows(SQLException.class, () -> st.executeQuery("SELECT * FROM paceline.plan"),
          "a login in neither role reads nothing");
    }
  }

  @Test
  void aWrongPasswordAndAnUnreachableServerSayWhatIsWrong() throws Exception {
    ServerLocation where = setUpDatabase();
    WorkspaceException wrong = assertThrows(WorkspaceException.class,
        () -> open(where, ANA, "not-her-password"));
    assertEquals("The server localhost refused the login ws_ana: the password is wrong.",
        wrong.getMessage());
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    ServerLocation nowhere = new ServerLocation("localhost", closed, "plans", ANA, null, null);
    WorkspaceException unreachable = assertThrows(WorkspaceException.class,
        () -> open(nowhere, ANA, "ana-secret"));
    assertEquals("Cannot reach the server localhost on port " + closed + ". Check the name and"
        + " your network, or ask your administrator whether it runs.", unreachable.getMessage());
  }

  @Test
  void aLostConnectionWritesNothingHalfAndTheNextChangeConnectsAgain() throws Exception {
    ServerLocation where = setUpDatabase();
    try (Workspace ws = open(where, ANA, "ana-secret")) {
      Plan before = SamplePlan.load();
      long id = ws.plans().insert(before);
      Plan after = new Plan(before.settings().withName("Renamed"), before.targets(),
          before.budgets(), before.initiatives(), before.programs().subList(0, 3));
      CompletableFuture<Void> replacing;
      try (Connection admin = server.connect(where.database(), PostgresServer.ADMIN, null)) {
        admin.setAutoCommit(false);
        // Hold the plan's row, so the replace stops half way: its programs already deleted.
        try (var st = admin.createStatement()) {
          st.executeQuery("SELECT * FROM paceline.plan FOR UPDATE").close();
        }
        replacing = CompletableFuture.runAsync(() -> ws.plans().replace(id, after));
        waitFor(admin, "SELECT count(*) FROM pg_stat_activity WHERE usename = '" + ANA
            + "' AND wait_event_type = 'Lock'");
        try (var st = admin.createStatement()) {
          st.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename"
              + " = '" + ANA + "'").close();
        }
        admin.rollback();
      }
      Throwable failed = assertThrows(java.util.concurrent.CompletionException.class,
          replacing::join).getCause();
      assertTrue(failed instanceof WorkspaceException, String.valueOf(failed));
      assertEquals(WorkspaceException.Problem.CONNECTION_LOST,
          ((WorkspaceException) failed).problem());
      assertEquals("The connection to the server localhost was lost; the last change was not"
          + " saved. Paceline connects again with the next change.", failed.getMessage());
      assertEquals(before, ws.plans().load(id), "nothing of the replace was kept");
      ws.plans().replace(id, after);
      assertEquals(after, ws.plans().load(id));
    }
  }

  @Test
  void aKilledImportLeavesNothingBehind() throws Exception {
    ServerLocation where = setUpDatabase();
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ImportingChild.class.getName(),
        Integer.toString(server.port()), where.database(), ANA);
    pb.environment().put("PGPASSWORD", "ana-secret");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process child = pb.start();
    try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8));
         Connection admin = server.connect(where.database(), PostgresServer.ADMIN, null)) {
      assertEquals("ready", out.readLine());
      // Kill it once its programs are being written.
      waitFor(admin, "SELECT count(*) FROM pg_stat_activity WHERE usename = '" + ANA
          + "' AND state = 'active' AND query ILIKE 'insert into%program%'");
      child.destroyForcibly();
      assertTrue(child.waitFor(20, TimeUnit.SECONDS));
      waitFor(admin, "SELECT count(*) = 0 FROM pg_stat_activity WHERE usename = '" + ANA + "'");
      try (var st = admin.createStatement();
           var rs = st.executeQuery("SELECT (SELECT count(*) FROM paceline.plan),"
               + " (SELECT count(*) FROM paceline.program),"
               + " (SELECT count(*) FROM paceline.initiative)")) {
        rs.next();
        assertEquals(0, rs.getInt(1));
        assertEquals(0, rs.getInt(2));
        assertEquals(0, rs.getInt(3));
      }
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void twoPlannersMovingTheSameBarNeverOverwriteEachOther() {
    ServerLocation where = setUpDatabase();
    server.login("ws_bob", "bob-secret", ServerWorkspace.PLANNER);
    try (Workspace ana = open(where, ANA, "ana-secret");
         Workspace bob = open(where, "ws_bob", "bob-secret")) {
      long id = ana.plans().insert(SamplePlan.load());
      org.paceline.edit.PlanEditor anaBoard = new org.paceline.edit.PlanEditor(ana.plans());
      anaBoard.show(id, anaBoard.load(id));
      org.paceline.edit.PlanEditor bobBoard = new org.paceline.edit.PlanEditor(bob.plans());
      bobBoard.show(id, bobBoard.load(id));

      Program p = anaBoard.plan().programs().get(2);
      Program anaMoved = p.withDates(p.start().plusDays(7), p.end().plusDays(7));
      anaBoard.changeProgram(p, anaMoved, "Move");
      Program bobMoved = p.withDates(p.start().minusDays(3), p.end().minusDays(3));
      WorkspaceException e = assertThrows(WorkspaceException.class,
          () -> bobBoard.changeProgram(p, bobMoved, "Move"));
      assertEquals(WorkspaceException.Problem.STALE, e.problem());
      assertEquals("\u201c" + p.name() + "\u201d was changed by ws_ana a moment ago, so this"
          + " change was not saved. The board shows it as it is now; make the change again if it"
          + " is still needed.", e.getMessage());
      assertEquals(anaMoved, bobBoard.plan().programs().get(2), "Bob's board reloaded the bar");
      assertEquals(anaMoved, bob.plans().load(id).programs().get(2), "Ana's move is kept");
      assertFalse(bobBoard.commands().canUndoProperty().get(), "the refused move is not undoable");
      // Bob redoes the gesture on what he now sees.
      Program again = anaMoved.withDates(anaMoved.start().minusDays(3),
          anaMoved.end().minusDays(3));
      bobBoard.changeProgram(anaMoved, again, "Move");
      assertEquals(again, bob.plans().load(id).programs().get(2));
      // A whole-plan change from Ana's older view is refused too, and her board reloads.
      Plan old = anaBoard.plan();
      Plan renamed = new Plan(old.settings().withName("Renamed"), old.targets(), old.budgets(),
          old.initiatives(), old.programs());
      assertThrows(WorkspaceException.class, () -> anaBoard.changePlan(old, renamed, "Rename"));
      assertEquals(again, anaBoard.plan().programs().get(2));
      assertEquals("Northwind Controls FY2027", bob.plans().load(id).name());
    }
  }

  @Test
  void parallelEditsOfOneProgramAddUpExactly() throws Exception {
    ServerLocation where = setUpDatabase();
    long id;
    Program start;
    try (Workspace ws = open(where, ANA, "ana-secret")) {
      id = ws.plans().insert(SamplePlan.load());
      start = ws.plans().load(id).programs().get(0);
    }
    int writers = 6;
    int movesEach = 5;
    java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
    java.util.List<CompletableFuture<Void>> all = new java.util.ArrayList<>();
    for (int w = 0; w < writers; w++) {
      all.add(CompletableFuture.runAsync(() -> {
        // each writer is its own client, as separate command-line runs would be
        try (Workspace ws = open(where, ANA, "ana-secret")) {
          ws.plans().load(id);
          for (int done = 0; done < movesEach; ) {
            Program p = ws.plans().loadProgram(id, start.id()).orElseThrow();
            try {
              ws.plans().updateProgram(id, p.id(), p.withDates(p.start().plusDays(1),
                  p.end().plusDays(1)));
              done++;
            } catch (WorkspaceException e) {
              assertEquals(WorkspaceException.Problem.STALE, e.problem(), e.getMessage());
              refused.incrementAndGet();
            }
          }
        }
      }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    try (Workspace ws = open(where, ANA, "ana-secret")) {
      Program end = ws.plans().load(id).programs().get(0);
      assertEquals(start.start().plusDays(writers * movesEach), end.start(),
          "every accepted move counted once (" + refused.get() + " refused and redone)");
    }
  }

  @Test
  void otherUsersChangesAreReportedWithinTwoSecondsButNotOnesOwn() throws Exception {
    ServerLocation where = setUpDatabase();
    server.login("ws_bob", "bob-secret", ServerWorkspace.PLANNER);
    try (Workspace ana = open(where, ANA, "ana-secret");
         Workspace bob = open(where, "ws_bob", "bob-secret")) {
      long id = ana.plans().insert(SamplePlan.load());
      Plan seen = bob.plans().load(id);
      java.util.concurrent.BlockingQueue<Long> changed =
          new java.util.concurrent.LinkedBlockingQueue<>();
      try (AutoCloseable listening = bob.onChanges(changed::add)) {
        Thread.sleep(700); // the listener is connected
        Program p = seen.programs().get(1);
        bob.plans().updateProgram(id, p.id(), p.withDates(p.start().plusDays(1),
            p.end().plusDays(1)));
        assertEquals(null, changed.poll(1500, TimeUnit.MILLISECONDS), "Bob's own move");
        ana.plans().load(id);
        Program q = seen.programs().get(4);
        long before = System.nanoTime();
        ana.plans().updateProgram(id, q.id(), q.withDates(q.start().plusDays(2),
            q.end().plusDays(2)));
        assertEquals(id, changed.poll(2, TimeUnit.SECONDS), "Ana's move reaches Bob's board");
        assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(2));
        // any client's write is reported: the trigger is the server's
        server.sql(where.database(), "UPDATE paceline.plan SET capacity = 9");
        assertEquals(id, changed.poll(2, TimeUnit.SECONDS));
      }
    }
  }

  /** Polls {@code query} (one number, or a boolean) until it is non-zero, for up to 20 s. */
  static void waitFor(Connection c, String query) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      try (var st = c.createStatement(); var rs = st.executeQuery(query)) {
        rs.next();
        String v = rs.getString(1);
        if (!v.equals("0") && !v.equals("f")) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("timed out waiting for: " + query);
  }
}

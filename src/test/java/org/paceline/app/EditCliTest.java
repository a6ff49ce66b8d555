package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.app.CliTest.NORTHWIND;
import static org.paceline.app.CliTest.run;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.app.CliTest.Run;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.ProgramStatus;
import org.paceline.storage.PostgresServer;
import org.paceline.storage.ServerLocation;
import org.paceline.storage.ServerWorkspace;
import org.paceline.storage.Workspace;

/** {@code paceline edit}: relative and absolute changes, refusals, and parallel runs. */
class EditCliTest {

  @TempDir Path dir;
  String db;

  @BeforeEach
  void importNorthwind() {
    db = dir.resolve("ws").toString();
    assertEquals(0, run("import", NORTHWIND.toString(), "--db", db).code());
  }

  Plan stored() {
    try (Workspace ws = Workspace.open(Path.of(db))) {
      return ws.plans().load(ws.plans().list().get(0).id());
    }
  }

  static Program program(Plan p, String id) {
    return p.programs().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void relativeAndAbsoluteChangesApplyToTheStoredProgram() {
    Program before = program(stored(), "P-03");
    Run moved = run("edit", "--db", db, "--program", "P-03", "--move-by", "-2w", "--cost",
        "+500", "--status", "running", "--owner", "Dana");
    assertEquals(0, moved.code(), moved.err());
    Program after = program(stored(), "P-03");
    assertEquals(before.start().minusWeeks(2), after.start());
    assertEquals(before.end().minusWeeks(2), after.end());
    assertEquals(before.cost().add(new BigDecimal(500)), after.cost());
    assertEquals(ProgramStatus.RUNNING, after.status());
    assertEquals("Dana", after.owner());
    assertTrue(moved.out().startsWith("Changed \u201c" + before.name() + "\u201d (P-03): now "
        + after.start() + " to " + after.end() + ", cost "), moved.out());

    Run set = run("edit", "--db", db, "--program", "P-03", "--start", "2027-03-01", "--end",
        "2027-03-20", "--cost", "99999");
    assertEquals(0, set.code(), set.err());
    Program again = program(stored(), "P-03");
    assertEquals(java.time.LocalDate.of(2027, 3, 1), again.start());
    assertEquals(java.time.LocalDate.of(2027, 3, 20), again.end());
    assertEquals(new BigDecimal("99999.00"), again.cost());
    Run month = run("edit", "--db", db, "--program", "P-03", "--move-by", "1m", "--cost", "-200");
    assertEquals(0, month.code(), month.err());
    assertEquals(java.time.LocalDate.of(2027, 4, 1), program(stored(), "P-03").start());
    assertEquals(new BigDecimal("99799.00"), program(stored(), "P-03").cost());
  }

  @Test
  void aBadValueAnUnknownProgramOrABaselineIsRefusedAndChangesNothing() {
    Plan before = stored();
    String name = program(before, "P-03").name();
    String[][] cases = {
      {"--program", "P-999", "--cost", "+1", "There is no program P-999 in the plan"},
      {"--program", "P-03", "--cost", "ten", "--cost \"ten\" is not an amount"},
      {"--program", "P-03", "--cost", "+1.005", "is not an amount"},
      {"--program", "P-03", "--move-by", "3x", "\"3x\" is not a shift"},
      {"--program", "P-03", "--start", "2027-13-01", "--start \"2027-13-01\" is not a day"},
      {"--program", "P-03", "--status", "busy", "--status \"busy\" is not a status"},
      {"--program", "P-03", "--move-by", "1w", "--start", "2027-01-01", "--move-by moves both"},
      {"--program", "P-03", "Say what to change"},
      {"--program", "P-03", "--end", "2020-01-01", "\u201c" + name + "\u201d (P-03) was not"
          + " changed: a program cannot end before it starts."},
      {"--program", "P-03", "--cost", "-99999999", "(P-03) was not changed: cost cannot be"
          + " negative"},
    };
    for (String[] c : cases) {
      List<String> args = new ArrayList<>(List.of("edit", "--db", db));
      args.addAll(List.of(c).subList(0, c.length - 1));
      Run r = run(args.toArray(String[]::new));
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.out() + r.err());
      assertTrue(r.err().contains(c[c.length - 1]), r.err());
      assertEquals(before, stored(), "nothing changed by " + String.join(" ", args));
    }
    assertEquals(0, run("baseline", "--db", db, "--name", "Approved",
        "--plan", before.name()).code());
    Run frozen = run("edit", "--db", db, "--plan", "Approved", "--program", "P-03", "--cost",
        "+1");
    assertEquals(2, frozen.code());
    assertTrue(frozen.err().contains("baseline Approved is frozen"), frozen.err());
  }

  @Test
  void twentyParallelCostEditsAddUpExactlyInAFolder() throws Exception {
    BigDecimal before = program(stored(), "P-05").cost();
    // A folder is one process's (a second process is told it is in use), so the 20 parallel
    // edits are 20 transactions of one workspace, each doing what the command does.
    try (Workspace ws = Workspace.open(Path.of(db))) {
      long id = ws.plans().list().get(0).id();
      parallelEdits(20, () -> ws.plans().editProgram(id, "P-05", EditCliTest::plus10));
    }
    assertEquals(before.add(new BigDecimal(200)), program(stored(), "P-05").cost());
  }

  static Program plus10(Program p) {
    return new Program(p.id(), p.name(), p.kind(), p.owner(), p.start(), p.end(), p.supports(),
        p.minLead(), p.maxLead(), EditCommand.CostChange.parse("+10").applyTo(p.cost()),
        p.salesShare(), p.expectedLeads(), p.status(), p.salesReview());
  }

  static void parallelEdits(int n, Runnable edit) throws Exception {
    List<CompletableFuture<Void>> all = new ArrayList<>();
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      for (int i = 0; i < n; i++) {
        all.add(CompletableFuture.runAsync(edit, threads));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(180, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void twentyParallelCostEditsAddUpExactlyOnAServer() throws Exception {
    PostgresServer server = PostgresServer.get();
    ServerLocation where = server.newDatabase();
    ServerWorkspace.setUp(where, PostgresServer.admin(where));
    server.login("edit_ana", "ana-secret", ServerWorkspace.PLANNER);
    server.login("edit_cfo", "cfo-secret", ServerWorkspace.VIEWER);
    long id;
    BigDecimal before;
    try (Workspace ws = ServerWorkspace.open(where,
        PostgresServer.as(where, "edit_ana", "ana-secret"), ServerWorkspace.CLI_CONNECTIONS)) {
      id = ws.plans().insert(stored());
      before = program(ws.plans().load(id), "P-05").cost();
    }
    String url = "postgresql://edit_ana@localhost:" + server.port() + "/" + where.database();
    // 20 clients at once, each with its own connection pool, doing what the command does (20
    // separate JVMs overload this 2-core test machine before they reach the server)
    EditCommand.CostChange plus10 = EditCommand.CostChange.parse("+10");
    List<CompletableFuture<Void>> all = new ArrayList<>();
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(20);
    try {
      for (int i = 0; i < 20; i++) {
        all.add(CompletableFuture.runAsync(() -> {
          try (Workspace ws = ServerWorkspace.open(where,
              PostgresServer.as(where, "edit_ana", "ana-secret"),
              ServerWorkspace.CLI_CONNECTIONS)) {
            ws.plans().editProgram(id, "P-05", p -> new Program(p.id(), p.name(), p.kind(),
                p.owner(), p.start(), p.end(), p.supports(), p.minLead(), p.maxLead(),
                plus10.applyTo(p.cost()), p.salesShare(), p.expectedLeads(), p.status(),
                p.salesReview()));
          }
        }, threads));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(180, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "edit", "--db", url.replace("edit_ana", "edit_cfo"), "--program", "P-05", "--cost", "+10");
    pb.environment().put("PGPASSWORD", "cfo-secret");
    pb.environment().put(WorkspaceLocation.ENV, dir.resolve("unused").toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("viewer.txt").toFile());
    Process viewer = pb.start();
    assertTrue(viewer.waitFor(60, TimeUnit.SECONDS));
    String said = java.nio.file.Files.readString(dir.resolve("viewer.txt"));
    assertEquals(2, viewer.exitValue(), said);
    assertTrue(said.contains("You can view this team plan but not change it"), said);
    try (Workspace ws = ServerWorkspace.open(where,
        PostgresServer.as(where, "edit_ana", "ana-secret"), ServerWorkspace.CLI_CONNECTIONS)) {
      assertEquals(before.add(new BigDecimal(200)), program(ws.plans().load(id), "P-05").cost());
    }
  }
}

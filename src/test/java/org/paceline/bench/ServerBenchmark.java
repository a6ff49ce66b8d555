package org.paceline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PlanGenerator;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.storage.PostgresServer;
import org.paceline.storage.ServerLocation;
import org.paceline.storage.ServerWorkspace;
import org.paceline.storage.Workspace;

/**
 * Open, analyse and save a 10,000-program plan: an H2 workspace folder against a team plan on a
 * PostgreSQL 14 server on the same machine (the embedded test server; over a network add the
 * round trips). Medians of 3 rounds after a warm-up round. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.paceline.bench.ServerBenchmark}.
 */
public final class ServerBenchmark {

  private ServerBenchmark() {}

  public static void main(String[] args) throws Exception {
    Plan plan = PlanGenerator.generate(2027, 10_000, 2_000, 400, 5);
    PostgresServer server = PostgresServer.get();
    server.login("bench_planner", "bench-pw", null);
    Path h2 = Files.createTempDirectory("paceline-bench");
    ServerLocation pg = server.newDatabase();
    ServerWorkspace.setUp(pg, PostgresServer.admin(pg));
    server.sql("postgres", "GRANT " + ServerWorkspace.PLANNER + " TO bench_planner");
    if (args.length == 0 || !args[0].equals("postgresql")) { // "postgresql": the server only
      run("H2 folder", () -> Workspace.open(h2.resolve("ws")), plan);
    }
    run("PostgreSQL", () -> ServerWorkspace.open(pg, PostgresServer.as(pg, "bench_planner",
        "bench-pw"), ServerWorkspace.CLI_CONNECTIONS), plan);
    System.exit(0);
  }

  private static void run(String name, Supplier<Workspace> opener, Plan plan) {
    int rounds = 4;
    int warm = 1;
    double[][] ms = new double[5][rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      try (Workspace ws = opener.get()) {
        long t1 = System.nanoTime();
        long id = ws.plans().insert(plan.withName("Bench " + r));
        long t2 = System.nanoTime();
        Plan loaded = ws.plans().load(id);
        long t3 = System.nanoTime();
        ConflictAnalyzer.analyze(loaded);
        long t4 = System.nanoTime();
        Program p = loaded.programs().get(5_000);
        ws.plans().updateProgram(id, p.id(), p.withDates(p.start().plusDays(1),
            p.end().plusDays(1)));
        long t5 = System.nanoTime();
        ws.plans().replace(id, loaded.withName("Bench " + r + " saved"));
        long t6 = System.nanoTime();
        ms[0][r] = (t1 - t0) / 1e6;
        ms[1][r] = (t2 - t1) / 1e6;
        ms[2][r] = (t3 - t2) / 1e6 + (t4 - t3) / 1e6;
        ms[3][r] = (t5 - t4) / 1e6;
        ms[4][r] = (t6 - t5) / 1e6;
        ws.plans().delete(id);
      }
    }
    String[] what = {"open", "save new plan (insert)", "load + analyse",
        "save one move", "save whole plan (replace)"};
    System.out.println(name + " (10,000 programs, medians of " + (rounds - warm) + " rounds):");
    for (int i = 0; i < what.length; i++) {
      double[] kept = Arrays.copyOfRange(ms[i], warm, rounds);
      Arrays.sort(kept);
      System.out.printf("  %-28s %8.1f ms%n", what[i], kept[kept.length / 2]);
    }
  }
}

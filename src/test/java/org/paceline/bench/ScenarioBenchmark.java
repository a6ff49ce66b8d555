package org.paceline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PlanComparison;
import org.paceline.analysis.PlanGenerator;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictChange;
import org.paceline.model.InitiativeShift;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.Program;
import org.paceline.model.ShiftDuration;
import org.paceline.storage.Workspace;

/**
 * Scenarios on a large plan (10,000 programs, 2,000 initiatives, 400 target rows over five
 * fiscal years, as {@code AnalysisBenchmark}), on a real H2 file workspace: copying it as a
 * scenario, shifting its busiest initiative with its programs (one stored replace), and comparing
 * the two plans (two analyses and a diff; target: within the budget of two analyses, 2 × 20 ms).
 * Run with {@code ./mvnw -Pbench test-compile exec:exec
 * -Dbench.main=org.paceline.bench.ScenarioBenchmark -Dbench=}.
 */
public final class ScenarioBenchmark {

  private ScenarioBenchmark() {}

  public static void main(String[] args) throws Exception {
    Plan plan = PlanGenerator.generate(2027, 10_000, 2_000, 400, 5);
    Path dir = Files.createTempDirectory("paceline-scenario-bench");
    try (Workspace ws = Workspace.open(dir)) {
      long t0 = System.nanoTime();
      long id = ws.plans().insert(plan);
      System.out.printf("store the plan once: %.0f ms%n", ms(System.nanoTime() - t0));

      List<Double> copies = new ArrayList<>();
      long scenario = -1;
      for (int i = 0; i < 6; i++) {
        long s = System.nanoTime();
        scenario = ws.plans().copy(id, "Scenario " + i, PlanKind.SCENARIO);
        copies.add(ms(System.nanoTime() - s));
      }
      report("copy as a scenario (load + insert, one transaction)", copies.subList(1, 6));

      String busiest = busiestInitiative(plan);
      List<Double> shifts = new ArrayList<>();
      List<Double> rowShifts = new ArrayList<>();
      int moved = 0;
      for (int i = 0; i < 6; i++) {
        long s = System.nanoTime();
        Plan current = ws.plans().load(scenario);
        InitiativeShift.Result r = InitiativeShift.apply(current, busiest,
            ShiftDuration.parse(i % 2 == 0 ? "1m" : "-1m"), true);
        ws.plans().replace(scenario, r.plan());
        shifts.add(ms(System.nanoTime() - s));
        moved = r.programsMoved();
        // the window writes only the moved rows
        s = System.nanoTime();
        InitiativeShift.Result w = InitiativeShift.apply(r.plan(), busiest,
            ShiftDuration.parse(i % 2 == 0 ? "-1m" : "1m"), true);
        List<Program> rows = new ArrayList<>();
        for (int k = 0; k < w.plan().programs().size(); k++) {
          if (w.plan().programs().get(k) != r.plan().programs().get(k)) {
            rows.add(w.plan().programs().get(k));
          }
        }
        ws.plans().updateInitiativeAndPrograms(scenario, w.after(), rows);
        rowShifts.add(ms(System.nanoTime() - s));
        continue;
      }
      report("shift with " + moved + " programs, rewriting the whole plan (load + shift + replace)",
          shifts.subList(1, 6));
      report("shift with " + moved + " programs as the CLI and window store it (moved rows only)",
          rowShifts.subList(1, 6));

      Plan a = ws.plans().load(id);
      // without its programs, so that lead times break and targets move: many changes
      Plan b = InitiativeShift.apply(ws.plans().load(scenario), busiest,
          ShiftDuration.parse("3m"), false).plan();
      List<Double> singles = new ArrayList<>();
      List<Double> compares = new ArrayList<>();
      List<Double> diffs = new ArrayList<>();
      List<Double> parallel = new ArrayList<>();
      List<ConflictChange> changes = List.of();
      for (int i = 0; i < 120; i++) {
        long s = System.nanoTime();
        List<Conflict> ca = ConflictAnalyzer.analyze(a);
        List<Conflict> cb = ConflictAnalyzer.analyze(b);
        long d = System.nanoTime();
        changes = PlanComparison.compare(ca, cb);
        long e = System.nanoTime();
        long f = System.nanoTime();
        ConflictAnalyzer.analyze(a);
        long g = System.nanoTime();
        // as paceline compare and the window do it: the two analyses side by side, then the diff
        List<List<Conflict>> both = PlanComparison.analyzeBoth(a, b, java.time.LocalDate.now());
        PlanComparison.compare(both.get(0), both.get(1));
        long h = System.nanoTime();
        if (i >= 40) {
          compares.add(ms(e - s));
          diffs.add(ms(e - d));
          singles.add(ms(g - f));
          parallel.add(ms(h - g));
        }
      }
      report("compare (two analyses and the diff; " + changes.size() + " changes)", compares);
      report("of which the diff", diffs);
      report("compare as the CLI and window run it (the two analyses side by side, then the"
          + " diff; " + Runtime.getRuntime().availableProcessors() + " cores)", parallel);
      report("one analysis alone, same run (the budget's unit: 20 ms on a quiet machine)",
          singles);
    }
  }

  private static String busiestInitiative(Plan plan) {
    Map<String, Integer> counts = new HashMap<>();
    for (Program p : plan.programs()) {
      if (p.hasSupports()) {
        counts.merge(p.supports(), 1, Integer::sum);
      }
    }
    return Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static void report(String what, List<Double> samples) {
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    double median = sorted.get(sorted.size() / 2);
    double p90 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1));
    System.out.printf("%s: median %.1f ms, p90 %.1f ms, max %.1f ms (%d runs)%n", what, median,
        p90, sorted.get(sorted.size() - 1), sorted.size());
  }
}

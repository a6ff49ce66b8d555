package org.paceline.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PlanGenerator;
import org.paceline.model.Conflict;
import org.paceline.model.Plan;

/**
 * Conflict analysis of a large plan: 10,000 programs, 2,000 initiatives, 400 target rows over
 * five fiscal years; {@code analyzeWithOrders} the same plan with 3 orders per program (30,000,
 * every duration unit, working days among them) and about 80 holidays, checked at a fixed as-of
 * date. Target: under 20 ms median. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench=AnalysisBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class AnalysisBenchmark {

  private Plan plan;
  private Plan withOrders;

  @Setup
  public void makePlan() {
    plan = PlanGenerator.generate(2027, 10_000, 2_000, 400, 5);
    if (plan.targets().size() != 400) {
      throw new IllegalStateException("expected 400 target rows, got " + plan.targets().size());
    }
    withOrders = PlanGenerator.withOrders(plan, 2027, 3);
  }

  @Benchmark
  public List<Conflict> analyze() {
    return ConflictAnalyzer.analyze(plan);
  }

  @Benchmark
  public List<Conflict> analyzeWithOrders() {
    return ConflictAnalyzer.analyze(withOrders, AS_OF);
  }

  private static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2028, 3, 15);
}

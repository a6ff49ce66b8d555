package org.paceline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Plan;

/** The strips must tell the same story as the conflict list. */
class PaceSummaryTest {

  @Test
  void stripsAgreeWithTheConflictRulesOnTheSample() {
    Plan plan = SamplePlan.load();
    PaceSummary s = PaceSummary.of(plan);
    List<YearMonth> overCapacity = ConflictAnalyzer.analyze(plan).stream()
        .filter(c -> c.rule() == ConflictRule.OVER_CAPACITY).map(Conflict::month).toList();
    assertEquals(overCapacity, s.overCapacityMonths());
    assertEquals(8, s.programsPerMonth().get(YearMonth.of(2027, 2)));
    assertEquals(6, s.capacity());
  }

  @Test
  void spendAndLeadsPerQuarter() {
    Plan p = PlanBuilder.plan()
        .target("FY2027-Q1", "A", 100, 30)
        .target("FY2027-Q1", "B", 100, 20)
        .target("FY2027-Q2", "", 100, 70)
        .target("FY2027-Q2", "A", 100, 50)
        .initiative("I", "", "2027-02-01", "2027-03-01")
        .program(PlanBuilder.program("P", "2027-01-01", "2027-06-30")
            .kind(org.paceline.model.ProgramKind.BRAND).cost("20100", "2000").supports("I")
            .leads(12))
        .build();
    PaceSummary s = PaceSummary.of(p);
    assertEquals(new BigDecimal("9000.00"), s.spendPerQuarter().get(new FiscalQuarter(2027, 1)));
    assertEquals(new BigDecimal("9100.00"), s.spendPerQuarter().get(new FiscalQuarter(2027, 2)));
    assertEquals(12, s.expectedLeadsPerQuarter().get(new FiscalQuarter(2027, 1)));
    assertEquals(50, s.neededLeadsPerQuarter().get(new FiscalQuarter(2027, 1)));
    assertEquals(70, s.neededLeadsPerQuarter().get(new FiscalQuarter(2027, 2)));
  }

  @Test
  void followingSingleProgramEditsGivesTheFiguresOfTheChangedPlan() {
    java.util.Random r = new java.util.Random(5);
    Plan plan = PlanGenerator.generate(5, 300, 40, 30, 2);
    PaceSummary live = PaceSummary.of(plan);
    java.util.List<org.paceline.model.Program> programs = new java.util.ArrayList<>(plan.programs());
    for (int step = 0; step < 200; step++) {
      int k = r.nextInt(programs.size());
      org.paceline.model.Program before = programs.get(k);
      org.paceline.model.Program after = PlanGenerator.mutate(before, r, plan);
      programs.set(k, after);
      live = live.withProgram(before, after);
    }
    Plan changed = new Plan(plan.settings(), plan.targets(), plan.budgets(), plan.initiatives(),
        programs);
    PaceSummary fresh = PaceSummary.of(changed);
    PaceSummary followed = live;
    fresh.programsPerMonth().forEach((m, n) ->
        assertEquals(n, followed.programsPerMonth().getOrDefault(m, 0), m.toString()));
    followed.programsPerMonth().forEach((m, n) ->
        assertEquals(fresh.programsPerMonth().getOrDefault(m, 0), n, m.toString()));
    assertEquals(fresh.expectedLeadsPerQuarter().entrySet().stream()
        .filter(e -> e.getValue() != 0).toList(), followed.expectedLeadsPerQuarter().entrySet()
        .stream().filter(e -> e.getValue() != 0).toList());
    fresh.spendPerQuarter().forEach((q, v) -> assertEquals(0,
        v.compareTo(followed.spendPerQuarter().getOrDefault(q, BigDecimal.ZERO)), q.toString()));
    assertEquals(fresh.overCapacityMonths(), followed.overCapacityMonths());
  }
}

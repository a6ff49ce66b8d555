package org.paceline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;

/** Following edits one program at a time must always give what a full analysis gives. */
class IncrementalAnalysisTest {

  static Program mutate(Program p, Random r, Plan plan) {
    String supports = p.supports();
    ProgramStatus status = p.status();
    int leads = p.expectedLeads();
    ProgramKind kind = p.kind();
    var start = p.start();
    var end = p.end();
    var review = p.salesReview();
    switch (r.nextInt(6)) {
      case 0 -> {
        int shift = r.nextInt(200) - 100;
        start = start.plusDays(shift);
        end = end.plusDays(shift);
      }
      case 1 -> status = ProgramStatus.values()[r.nextInt(ProgramStatus.values().length)];
      case 2 -> supports = plan.initiatives().isEmpty() || r.nextInt(4) == 0 ? ""
          : plan.initiatives().get(r.nextInt(plan.initiatives().size())).id();
      case 3 -> leads = r.nextInt(400);
      case 4 -> kind = ProgramKind.values()[r.nextInt(ProgramKind.values().length)];
      default -> review = r.nextBoolean() ? null : start.plusDays(r.nextInt(20) - 10);
    }
    return new Program(p.id(), p.name(), kind, p.owner(), start, end, supports, p.minLead(),
        p.maxLead(), p.cost(), p.salesShare(), leads, status, review);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void chainsOfSingleProgramEditsEqualAFullAnalysis(long seed) {
    Random r = new Random(seed);
    Plan plan = PlanGenerator.generate(seed, 400, 60, 50, 2);
    ConflictAnalyzer live = ConflictAnalyzer.of(plan);
    for (int step = 0; step < 150; step++) {
      Program p = live.plan().programs().get(r.nextInt(live.plan().programs().size()));
      live = live.withProgram(mutate(p, r, live.plan()));
      assertEquals(ConflictAnalyzer.analyze(live.plan()), live.conflicts(), "step " + step);
    }
    for (Program p : live.plan().programs()) {
      assertEquals(live.conflicts().stream().filter(c -> c.program().equals(p.id())).toList(),
          live.conflicts().forProgram(p.id()), p.id());
    }
    assertEquals(java.util.List.of(), live.conflicts().forProgram("no such program"));
  }

  @Test
  void theSampleFollowsADragLikeTheBoardDoes() {
    Plan sample = SamplePlan.load();
    ConflictAnalyzer live = ConflictAnalyzer.of(sample);
    Program roi = sample.programs().get(2);
    for (int d = 1; d <= 30; d++) {
      ConflictAnalyzer moved = live.withProgram(roi.withDates(roi.start().minusDays(d),
          roi.end().minusDays(d)));
      assertEquals(ConflictAnalyzer.analyze(moved.plan()), moved.conflicts());
    }
    assertThrows(IllegalArgumentException.class, () -> live.withProgram(
        new Program("P-99", "x", ProgramKind.BRAND, "", roi.start(), roi.end(), "", null, null,
            roi.cost(), roi.salesShare(), 0, ProgramStatus.IDEA, null)));
  }
}

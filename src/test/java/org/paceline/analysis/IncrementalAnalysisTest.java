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

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void chainsOfSingleProgramEditsEqualAFullAnalysis(long seed) {
    Random r = new Random(seed);
    Plan plan = PlanGenerator.generate(seed, 400, 60, 50, 2);
    ConflictAnalyzer live = ConflictAnalyzer.of(plan);
    for (int step = 0; step < 150; step++) {
      Program p = live.plan().programs().get(r.nextInt(live.plan().programs().size()));
      live = live.withProgram(PlanGenerator.mutate(p, r, live.plan()));
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

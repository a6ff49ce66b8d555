package org.paceline.analysis;

import org.paceline.model.Grouping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.ProgramStatus;

class LaneRowsTest {

  final Plan sample = SamplePlan.load();
  final Predicate<Program> active = Program::isActive;

  Program byId(String id) {
    return sample.programs().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void groupsByInitiativeInStartOrderWithCounts() {
    LaneRows rows = LaneRows.of(sample, Grouping.INITIATIVE, active, Set.of());
    assertEquals(List.of("Whole business", "Enterprise", "Mid-market"), rows.segments(),
        "as the targets table names them");
    LaneRows.GroupRow first = (LaneRows.GroupRow) rows.rows().get(0);
    assertEquals("I-MM-Q1", first.key());
    assertEquals(1, first.count());
    assertEquals(-1, rows.indexOf("P-17"), "cancelled programs are hidden");
    LaneRows folded = LaneRows.of(sample, Grouping.INITIATIVE, active, Set.of("I-LAUNCH"));
    assertEquals(-1, folded.indexOf("P-03"), "a folded group hides its programs");
  }

  @Test
  void aMovedProgramKeepsItsRowAndHiddenOnesChangeNothing() {
    LaneRows rows = LaneRows.of(sample, Grouping.INITIATIVE, active, Set.of());
    Program roi = byId("P-03");
    Program earlier = roi.withDates(roi.start().minusMonths(2), roi.end().minusMonths(2));
    LaneRows moved = rows.withProgram(earlier, Grouping.INITIATIVE, active);
    assertEquals(rows.indexOf("P-03"), moved.indexOf("P-03"), "no jump away from the pointer");
    assertEquals(earlier, ((LaneRows.ProgramRow) moved.rows().get(moved.indexOf("P-03")))
        .program());

    Program cancelled = byId("P-17");
    assertSame(rows, rows.withProgram(cancelled.withDates(cancelled.start().plusDays(7),
        cancelled.end().plusDays(7)), Grouping.INITIATIVE, active), "hidden and still hidden");
    Program revived = new Program(cancelled.id(), cancelled.name(), cancelled.kind(),
        cancelled.owner(), cancelled.start(), cancelled.end(), cancelled.supports(), null, null,
        cancelled.cost(), cancelled.salesShare(), 0, ProgramStatus.PLANNED, null);
    assertNull(rows.withProgram(revived, Grouping.INITIATIVE, active), "now shown: rebuild");
  }
}

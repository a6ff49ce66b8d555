package org.paceline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.PlanBuilder;

/** Which programs were added, removed and moved between two plans, matched by id. */
class ProgramChangesTest {

  static Plan plan(PlanBuilder.ProgramSpec... programs) {
    PlanBuilder b = PlanBuilder.plan();
    for (PlanBuilder.ProgramSpec p : programs) {
      b.program(p);
    }
    return b.build();
  }

  @Test
  void aProgramMovesWhenItsStartOrItsEndDiffersAndOnlyThen() {
    Plan before = plan(PlanBuilder.program("A", "2027-01-04", "2027-01-29"),
        PlanBuilder.program("B", "2027-02-01", "2027-02-26"),
        PlanBuilder.program("C", "2027-03-01", "2027-03-26"),
        PlanBuilder.program("D", "2027-04-05", "2027-04-30"),
        PlanBuilder.program("E", "2027-05-03", "2027-05-28"));
    Plan after = plan(PlanBuilder.program("N", "2027-06-01", "2027-06-30"),
        PlanBuilder.program("C", "2027-03-01", "2027-03-31"),
        PlanBuilder.program("A", "2027-01-11", "2027-01-29"),
        PlanBuilder.program("B", "2027-02-01", "2027-02-26").status(ProgramStatus.CANCELLED),
        PlanBuilder.program("D", "2027-04-05", "2027-04-30").cost("99000", "0"));
    ProgramChanges c = ProgramChanges.of(before, after);
    assertEquals(List.of("N"), c.added().stream().map(Program::id).toList());
    assertEquals(List.of("E"), c.removed().stream().map(Program::id).toList());
    assertEquals(List.of("C", "A"), c.moves().stream().map(m -> m.after().id()).toList(),
        "by end alone, by start alone, in the shown plan's order; status and cost are no move");
    assertEquals(LocalDate.of(2027, 3, 26), c.moves().get(0).before().end());
    assertEquals(ProgramChanges.Kind.SAME, c.kind(after.programs().get(3)));
    assertEquals(ProgramChanges.Kind.ADDED, c.kind(after.programs().get(0)));
    assertEquals(ProgramChanges.Kind.MOVED, c.kind(after.programs().get(1)));
    assertNull(c.before("N"));
    // a program as drawn during a drag is judged by the same rule
    Program d = after.programs().get(4);
    assertEquals(ProgramChanges.Kind.MOVED, c.kind(d.withDates(d.start(), d.end().plusDays(1))));
  }

  @Test
  void aPlanAgainstItselfHasNoProgramChanges() {
    Plan p = plan(PlanBuilder.program("A", "2027-01-04", "2027-01-29"));
    assertTrue(ProgramChanges.of(p, p).isEmpty());
    assertTrue(ProgramChanges.NONE.isEmpty());
  }
}

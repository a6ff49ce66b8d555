package org.paceline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.analysis.PlanBuilder.program;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.PlanBuilder;

/** conflicts.md, "Shifting an initiative". */
class InitiativeShiftTest {

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource({
    "3m, 3, MONTHS",
    "+3m, 3, MONTHS",
    "-3m, -3, MONTHS",
    "3, 3, MONTHS",
    "-1, -1, MONTHS",
    "2w, 2, WEEKS",
    "-2w, -2, WEEKS",
    "10d, 10, DAYS",
    "+0d, 0, DAYS",
    "007w, 7, WEEKS",
  })
  void aShiftIsAnOptionalSignDigitsAndAnOptionalUnit(String text, int amount,
      LeadDuration.Unit unit) {
    assertEquals(new ShiftDuration(amount, unit), ShiftDuration.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "wd", "2wd", "3M", "3 m", " 3m", "3m ", "1.5m", "m", "-", "+-3m",
      "3y", "3q", "--3", "1234567"})
  void anythingElseIsRefused(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ShiftDuration.parse(text));
    assertTrue(e.getMessage().contains("is not a shift"), e.getMessage());
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    // each date on its own, as LocalDate.plusMonths does: a missing day becomes the month's last
    "2027-01-31, 1m, 2027-02-28",
    "2027-01-31, 1, 2027-02-28",
    "2028-01-31, 1m, 2028-02-29",
    "2027-03-31, -1m, 2027-02-28",
    "2027-05-31, 3m, 2027-08-31",
    "2027-08-31, -6m, 2027-02-28",
    "2027-12-15, 1m, 2028-01-15",
    "2027-01-01, -2w, 2026-12-18",
    "2027-02-27, 3d, 2027-03-02",
    "2027-03-01, -1d, 2027-02-28",
  })
  void datesMoveLikeTheJavaCalendar(String date, String by, String expected) {
    assertEquals(LocalDate.parse(expected), ShiftDuration.parse(by).applyTo(LocalDate.parse(date)));
  }

  @Test
  void startAndEndMoveEachOnItsOwnAtMonthEnds() {
    Plan p = PlanBuilder.plan().initiative("I-1", "", "2027-01-31", "2027-03-31").build();
    InitiativeShift.Result r = InitiativeShift.apply(p, "I-1", ShiftDuration.parse("1m"), false);
    // start 01-31 → 02-28, end 03-31 → 04-30 (not "the same length later")
    assertEquals(LocalDate.of(2027, 2, 28), r.after().start());
    assertEquals(LocalDate.of(2027, 4, 30), r.after().end());
    assertEquals(0, r.programsMoved());
  }

  @Test
  void withProgramsEveryProgramThatSupportsItMovesWhateverItsStatusAndNothingElseChanges() {
    Plan p = PlanBuilder.plan()
        .initiative("I-1", "Enterprise", "2027-04-01", "2027-06-30")
        .initiative("I-2", "", "2027-04-01", "2027-06-30")
        .target("FY2027-Q2", "Enterprise", 1000, 10)
        .budget("FY2027-Q2", "5000")
        .program(program("P-1", "2027-01-31", "2027-02-15").supports("I-1").lead("8w", "3m")
            .review("2026-12-01"))
        .program(program("P-2", "2027-02-01", "2027-02-28").supports("I-1")
            .status(ProgramStatus.CANCELLED))
        .program(program("P-3", "2027-02-01", "2027-02-28").supports("I-1")
            .status(ProgramStatus.DONE))
        .program(program("P-4", "2027-02-01", "2027-02-28").supports("I-2"))
        .program(program("P-5", "2027-02-01", "2027-02-28"))
        .build();
    InitiativeShift.Result r = InitiativeShift.apply(p, "I-1", ShiftDuration.parse("-1m"), true);
    Plan s = r.plan();
    assertEquals(3, r.programsMoved());
    assertEquals(LocalDate.of(2027, 3, 1), s.initiatives().get(0).start());
    assertEquals(LocalDate.of(2027, 5, 30), s.initiatives().get(0).end());
    Program p1 = s.programs().get(0);
    assertEquals(LocalDate.of(2026, 12, 31), p1.start());
    assertEquals(LocalDate.of(2027, 1, 15), p1.end());
    assertEquals(LocalDate.of(2026, 12, 1), p1.salesReview(), "a review already happened");
    assertEquals(p.programs().get(0).minLead(), p1.minLead());
    assertEquals(LocalDate.of(2027, 1, 1), s.programs().get(1).start(), "cancelled moves too");
    assertEquals(LocalDate.of(2027, 1, 1), s.programs().get(2).start(), "done moves too");
    assertEquals(p.programs().subList(3, 5), s.programs().subList(3, 5), "others stay");
    assertEquals(p.initiatives().get(1), s.initiatives().get(1));
    assertSame(p.targets(), s.targets());
    assertSame(p.budgets(), s.budgets());
    assertSame(p.settings(), s.settings());
    assertEquals("Shift \u2018Initiative I-1\u2019 and 3 programs 1 month earlier",
        r.describe(ShiftDuration.parse("-1m")));

    InitiativeShift.Result alone = InitiativeShift.apply(p, "I-1", ShiftDuration.parse("3"),
        false);
    assertEquals(p.programs(), alone.plan().programs(), "without --with-programs none move");
    assertEquals("Shift \u2018Initiative I-1\u2019 1 quarter later",
        alone.describe(ShiftDuration.parse("3")));
  }

  @Test
  void anUnknownIdIsRefusedAndIdsAreComparedExactly() {
    Plan p = PlanBuilder.plan().initiative("I-1", "", "2027-01-01", "2027-02-01").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InitiativeShift.apply(p, "i-1", ShiftDuration.parse("1m"), true));
    assertEquals("The plan \"Test plan\" has no initiative with the id \"i-1\"; the ids are in"
        + " the initiatives table (I-1).", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> InitiativeShift.apply(p, "I-1", ShiftDuration.parse("999999m"), true),
        "a shift out of the calendar is refused in words");
  }
}

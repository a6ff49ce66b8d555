package org.paceline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paceline.analysis.PlanBuilder.program;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictChange;
import org.paceline.model.ConflictRule;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.InitiativeShift;
import org.paceline.model.Plan;
import org.paceline.model.ShiftDuration;

/** conflicts.md, "Comparing two plans". */
class PlanComparisonTest {

  private static final FiscalQuarter Q1 = FiscalQuarter.parse("FY2027-Q1");
  private static final FiscalQuarter Q2 = FiscalQuarter.parse("FY2027-Q2");

  private static Conflict c(ConflictRule rule, String program, String initiative,
      FiscalQuarter q, String segment, String month, String message) {
    return new Conflict(rule, program, initiative, q, segment,
        month == null ? null : YearMonth.parse(month), message);
  }

  private static List<String> rows(List<ConflictChange> changes) {
    return changes.stream().map(x -> x.change().code() + " " + x.conflict().rule() + " "
        + x.conflict().program() + x.conflict().initiative() + " " + x.conflict().quarter() + " "
        + x.conflict().segment() + " " + x.conflict().month() + " " + x.conflict().message())
        .toList();
  }

  @Test
  void conflictsAreTheSameByRuleAndWhatTheyAreAboutNeverByMessage() {
    List<Conflict> a = List.of(
        c(ConflictRule.LATE_START, "P-1", "I-1", null, "", null, "A: 2 weeks late"),
        c(ConflictRule.UNSUPPORTED_QUARTER, "", "", Q1, "Enterprise", null, "A: q1"),
        c(ConflictRule.OVER_CAPACITY, "", "", null, "", "2027-03", "A: 8 of 6"),
        c(ConflictRule.OVER_BUDGET, "", "", Q1, "", null, "A: over"),
        c(ConflictRule.UNLINKED, "P-9", "", null, "", null, "A: unlinked"),
        c(ConflictRule.NO_SALES_REVIEW, "P-2", "I-1", null, "", null, "A: no review"));
    List<Conflict> b = List.of(
        c(ConflictRule.LATE_START, "P-1", "I-1", null, "", null, "B: 5 weeks late"),
        c(ConflictRule.UNSUPPORTED_QUARTER, "", "", Q1, "ENTERPRISE", null, "B: q1"),
        c(ConflictRule.OVER_CAPACITY, "", "", null, "", "2027-04", "B: 7 of 6"),
        c(ConflictRule.OVER_BUDGET, "", "", Q2, "", null, "B: over"),
        c(ConflictRule.EARLY_START, "P-9", "I-2", null, "", null, "B: early"),
        c(ConflictRule.NO_SALES_REVIEW, "P-2", "I-2", null, "", null, "B: no review"));
    assertEquals(List.of(
        "new OVER_CAPACITY  null  2027-04 B: 7 of 6",
        "new OVER_BUDGET  FY2027-Q2  null B: over",
        "new EARLY_START P-9I-2 null  null B: early",
        "new NO_SALES_REVIEW P-2I-2 null  null B: no review",
        "resolved OVER_CAPACITY  null  2027-03 A: 8 of 6",
        "resolved OVER_BUDGET  FY2027-Q1  null A: over",
        "resolved UNLINKED P-9 null  null A: unlinked",
        "resolved NO_SALES_REVIEW P-2I-1 null  null A: no review"),
        rows(PlanComparison.compare(a, b)));
  }

  @Test
  void theSameConflictTwiceIsMatchedOneForOne() {
    Conflict x = c(ConflictRule.LEADS_SHORTFALL, "", "", Q1, "emea", null, "short");
    Conflict y = c(ConflictRule.LEADS_SHORTFALL, "", "", Q1, "EMEA", null, "short too");
    assertEquals(List.of("resolved LEADS_SHORTFALL  FY2027-Q1 EMEA null short too"),
        rows(PlanComparison.compare(List.of(x, y), List.of(x))));
    assertEquals(List.of(), PlanComparison.compare(List.of(x, y), List.of(y, x)));
  }

  @Test
  void aPlanComparedWithItselfListsNothing() {
    Plan p = org.paceline.io.imports.SamplePlan.load();
    List<Conflict> conflicts = ConflictAnalyzer.analyze(p);
    assertEquals(17, conflicts.size(), "the sample has conflicts, so the test can fail");
    assertEquals(List.of(), PlanComparison.compare(conflicts, ConflictAnalyzer.analyze(p)));
  }

  @Test
  void shiftingALaunchOneQuarterLaterMovesItsConflicts() {
    Plan a = PlanBuilder.plan()
        .target("FY2027-Q2", "", 1000, null)
        .target("FY2027-Q3", "", 1000, null)
        .initiative("I-1", "", "2027-04-05", "2027-05-30")
        .program(program("P-1", "2027-03-01", "2027-03-20").supports("I-1").lead("2w", "8w"))
        .build();
    Plan b = InitiativeShift.apply(a, "I-1", ShiftDuration.parse("3m"), false)
        .plan();
    List<ConflictChange> changes = PlanComparison.compare(ConflictAnalyzer.analyze(a),
        ConflictAnalyzer.analyze(b));
    List<String> summary = changes.stream()
        .map(x -> x.change().code() + " " + x.conflict().rule() + " " + x.conflict().quarter()
            + x.conflict().program())
        .toList();
    assertEquals(List.of(
        "new UNSUPPORTED_QUARTER FY2027-Q2",
        "new EARLY_START nullP-1",
        "resolved UNSUPPORTED_QUARTER FY2027-Q3"), summary);
  }
}

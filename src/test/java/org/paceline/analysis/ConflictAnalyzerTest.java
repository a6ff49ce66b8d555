package org.paceline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.analysis.PlanBuilder.plan;
import static org.paceline.analysis.PlanBuilder.program;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.FiscalYearNaming;
import org.paceline.model.Plan;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.model.Severity;

class ConflictAnalyzerTest {

  static List<Conflict> of(Plan plan, ConflictRule rule) {
    return ConflictAnalyzer.analyze(plan).stream().filter(c -> c.rule() == rule).toList();
  }

  @Nested
  class LeadWindows {

    /** A campaign (default window 1m..3m) for an initiative starting {@code initiativeStart}. */
    Plan campaignFor(String initiativeStart, String programStart) {
      return plan()
          .initiative("I", "", initiativeStart, "2030-12-31")
          .program(program("P", programStart, "2030-12-31").supports("I"))
          .build();
    }

    @ParameterizedTest(name = "initiative {0}, program {1}: late={2}")
    @CsvSource({
      "2027-03-01, 2027-02-01, false", // exactly the minimum lead
      "2027-03-01, 2027-02-02, true", // one day inside the minimum lead
      "2027-03-01, 2027-03-01, true", // starts with the initiative
      "2027-03-01, 2027-04-15, true", // starts after the initiative began
      "2027-03-31, 2027-02-28, false", // 03-31 minus 1 month is 02-28 (month end)
      "2027-03-31, 2027-03-01, true",
      "2028-03-31, 2028-02-29, false", // leap day
      "2028-03-31, 2028-03-01, true",
    })
    void lateStartFiresWhenProgramStartsInsideMinimumLead(String initiativeStart,
        String programStart, boolean late) {
      List<Conflict> c = of(campaignFor(initiativeStart, programStart), ConflictRule.LATE_START);
      assertEquals(late ? 1 : 0, c.size(), c.toString());
      if (late) {
        assertEquals("P", c.get(0).program());
        assertEquals("I", c.get(0).initiative());
        assertEquals(Severity.ERROR, c.get(0).severity());
      }
    }

    @ParameterizedTest(name = "initiative {0}, program {1}: early={2}")
    @CsvSource({
      "2027-05-31, 2027-02-28, false", // exactly the maximum lead of 3 months (month end)
      "2027-05-31, 2027-02-27, true",
      "2027-04-01, 2027-01-01, false",
      "2027-04-01, 2026-12-31, true",
    })
    void earlyStartFiresWhenProgramStartsBeforeMaximumLead(String initiativeStart,
        String programStart, boolean early) {
      List<Conflict> c = of(campaignFor(initiativeStart, programStart), ConflictRule.EARLY_START);
      assertEquals(early ? 1 : 0, c.size(), c.toString());
      if (early) {
        assertEquals(Severity.WARNING, c.get(0).severity());
      }
    }

    @Test
    void programBoundsOverrideTheKindsWindow() {
      Plan p = plan()
          .initiative("I", "", "2027-03-01", "2027-06-30")
          .program(program("P", "2027-01-11", "2027-06-30").kind(ProgramKind.EVENT)
              .supports("I").lead("7w", "6m"))
          .program(program("Q", "2027-01-12", "2027-06-30").kind(ProgramKind.EVENT)
              .supports("I").lead("7w", null))
          .build();
      List<Conflict> late = of(p, ConflictRule.LATE_START);
      assertEquals(1, late.size());
      assertEquals("Q", late.get(0).program());
      assertTrue(late.get(0).message().contains("this program needs at least 7 weeks"),
          late.get(0).message());
    }

    @Test
    void planWindowReplacesTheDefaultOfItsKind() {
      Plan p = plan().window(ProgramKind.EVENT, "8w..6m")
          .initiative("I", "", "2027-03-01", "2027-06-30")
          .program(program("P", "2027-01-04", "2027-06-30").kind(ProgramKind.EVENT).supports("I"))
          .build();
      assertEquals(0, of(p, ConflictRule.LATE_START).size(), "8 weeks are enough with 8w..6m");
      Plan q = plan()
          .initiative("I", "", "2027-03-01", "2027-06-30")
          .program(program("P", "2027-01-04", "2027-06-30").kind(ProgramKind.EVENT).supports("I"))
          .build();
      assertEquals(1, of(q, ConflictRule.LATE_START).size(), "events need 3 months by default");
    }

    @Test
    void lateStartMessageSaysHowLateInPlainWords() {
      Plan p = plan()
          .initiative("I", "", "2027-03-01", "2027-06-30")
          .program(program("P", "2027-01-10", "2027-06-30").kind(ProgramKind.EVENT).supports("I"))
          .build();
      assertEquals("\"Program P\" starts 2027-01-10, 7 weeks and 1 day before \"Initiative I\""
          + " (2027-03-01); events need at least 3 months, so it should start by 2026-12-01.",
          of(p, ConflictRule.LATE_START).get(0).message());
    }

    @Test
    void cancelledProgramsAreIgnored() {
      Plan p = plan()
          .initiative("I", "", "2027-03-01", "2027-06-30")
          .program(program("P", "2027-03-01", "2027-06-30").supports("I").review(null)
              .status(ProgramStatus.CANCELLED))
          .build();
      assertEquals(List.of(), ConflictAnalyzer.analyze(p));
    }
  }

  @Nested
  class Targets {

    @Test
    void unsupportedQuarterFiresForRevenueWithNothingBehindIt() {
      Plan p = plan()
          .target("FY2027-Q1", "Enterprise", 100, null)
          .target("FY2027-Q1", "SMB", 0, null) // no revenue: nothing to support
          .build();
      List<Conflict> c = of(p, ConflictRule.UNSUPPORTED_QUARTER);
      assertEquals(1, c.size());
      assertEquals(new FiscalQuarter(2027, 1), c.get(0).quarter());
      assertEquals("Enterprise", c.get(0).segment());
      assertTrue(c.get(0).message().contains("$100"), c.get(0).message());
    }

    @Test
    void segmentsMatchIgnoringCaseAndWholeBusinessMatchesAll() {
      Plan p = plan()
          .target("FY2027-Q1", "Enterprise", 100, null)
          .target("FY2027-Q1", "", 100, null)
          .target("FY2027-Q2", "Mid-market", 100, null)
          .target("FY2027-Q2", "SMB", 100, null)
          .initiative("E", "enterprise", "2027-01-04", "2027-02-01")
          .initiative("W", "", "2027-04-01", "2027-05-01")
          .program(program("P1", "2026-12-01", "2026-12-31").supports("E"))
          .program(program("P2", "2027-02-01", "2027-02-28").supports("W"))
          .build();
      assertEquals(List.of(), of(p, ConflictRule.UNSUPPORTED_QUARTER));
    }

    @Test
    void anInitiativeFallsInTheQuarterOfItsStart() {
      Plan p = plan()
          .target("FY2027-Q1", "", 100, null)
          .target("FY2027-Q2", "", 100, null)
          .initiative("LAST", "", "2027-03-31", "2027-05-31") // last day of Q1
          .program(program("P", "2027-02-01", "2027-02-28").supports("LAST"))
          .build();
      List<Conflict> c = of(p, ConflictRule.UNSUPPORTED_QUARTER);
      assertEquals(1, c.size());
      assertEquals(new FiscalQuarter(2027, 2), c.get(0).quarter());
    }

    @Test
    void fiscalYearsStartingInOctoberPlaceInitiativesByThePlansNaming() {
      PlanBuilder byEnd = plan().fiscalYear(10, FiscalYearNaming.END);
      PlanBuilder byStart = plan().fiscalYear(10, FiscalYearNaming.START);
      for (PlanBuilder b : List.of(byEnd, byStart)) {
        b.initiative("I", "", "2026-10-01", "2026-11-30")
            .program(program("P", "2026-08-01", "2026-08-31").supports("I"));
      }
      Plan e = byEnd.target("FY2027-Q1", "", 100, null).target("FY2026-Q1", "", 100, null).build();
      Plan s = byStart.target("FY2027-Q1", "", 100, null).target("FY2026-Q1", "", 100, null)
          .build();
      assertEquals(new FiscalQuarter(2026, 1),
          of(e, ConflictRule.UNSUPPORTED_QUARTER).get(0).quarter());
      assertEquals(new FiscalQuarter(2027, 1),
          of(s, ConflictRule.UNSUPPORTED_QUARTER).get(0).quarter());
    }

    @Test
    void cancelledProgramsDoNotSupportATarget() {
      Plan p = plan()
          .target("FY2027-Q1", "", 100, 10)
          .initiative("I", "", "2027-02-01", "2027-03-01")
          .program(program("P", "2026-12-01", "2026-12-31").supports("I").leads(50)
              .status(ProgramStatus.CANCELLED))
          .build();
      assertEquals(1, of(p, ConflictRule.UNSUPPORTED_QUARTER).size());
      assertEquals(1, of(p, ConflictRule.LEADS_SHORTFALL).size());
    }

    @ParameterizedTest(name = "needs {0}, expects {1}+{2}: shortfall={3}")
    @CsvSource({
      "100, 60, 40, false",
      "100, 60, 39, true",
      "0, 0, 0, false",
      ", 0, 0, false",
    })
    void leadsShortfallComparesTheSumOfExpectedLeads(Integer needed, int a, int b,
        boolean fires) {
      Plan p = plan()
          .target("FY2027-Q1", "", 100, needed)
          .initiative("I", "", "2027-02-01", "2027-03-01")
          .initiative("J", "", "2027-03-01", "2027-03-31")
          .program(program("A", "2026-12-01", "2026-12-31").supports("I").leads(a))
          .program(program("B", "2026-12-01", "2026-12-31").supports("J").leads(b))
          .build();
      List<Conflict> c = of(p, ConflictRule.LEADS_SHORTFALL);
      assertEquals(fires ? 1 : 0, c.size());
      if (fires) {
        assertEquals("The FY2027-Q1 whole-business target needs 100 qualified leads; the 2"
            + " programs behind it expect 99, 1 short.", c.get(0).message());
      }
    }
  }

  @Nested
  class Capacity {

    @Test
    void overCapacityCountsEveryProgramRunningOnAnyDayOfTheMonth() {
      Plan p = plan().capacity(2)
          .program(program("A", "2027-01-01", "2027-01-01").kind(ProgramKind.BRAND))
          .program(program("B", "2027-01-31", "2027-02-01").kind(ProgramKind.BRAND))
          .program(program("C", "2026-11-15", "2027-01-15").kind(ProgramKind.BRAND))
          .program(program("D", "2027-01-10", "2027-03-10").kind(ProgramKind.BRAND)
              .status(ProgramStatus.CANCELLED))
          .build();
      List<Conflict> c = of(p, ConflictRule.OVER_CAPACITY);
      assertEquals(1, c.size(), c.toString());
      assertEquals(YearMonth.of(2027, 1), c.get(0).month());
      assertTrue(c.get(0).message().startsWith("3 programs run in January 2027"));
    }

    @Test
    void noCapacityMeansNoLimit() {
      PlanBuilder b = plan();
      for (int i = 0; i < 20; i++) {
        b.program(program("P" + i, "2027-01-01", "2027-12-31").kind(ProgramKind.BRAND));
      }
      assertEquals(List.of(), ConflictAnalyzer.analyze(b.build()));
      assertEquals(12, of(b.capacity(19).build(), ConflictRule.OVER_CAPACITY).size());
    }
  }

  @Nested
  class Budget {

    @ParameterizedTest(name = "cost {0} over 2 days, 1 in Q1, budget {1}: over={2}")
    @CsvSource({
      "100.00, 50.00, false",
      "100.01, 50.00, true", // 50.005 rounds half up to 50.01
      "100.01, 50.01, false",
      "100.00, 49.99, true",
    })
    void spendIsRoundedToCentsHalfUp(String cost, String budget, boolean over) {
      Plan p = plan().budget("FY2027-Q1", budget)
          .program(program("P", "2027-03-31", "2027-04-01").kind(ProgramKind.BRAND)
              .cost(cost, "0"))
          .build();
      assertEquals(over ? 1 : 0, of(p, ConflictRule.OVER_BUDGET).size());
    }

    @Test
    void salesShareIsNotMarketingSpendAndCostSpreadsOverDays() {
      // 90 days in Q1 2027, 91 in Q2: 18,100 of marketing cost is 100 a day.
      Plan p = plan().budget("FY2027-Q1", "9000").budget("FY2027-Q2", "9099.99")
          .program(program("P", "2027-01-01", "2027-06-30").kind(ProgramKind.BRAND)
              .cost("20100", "2000"))
          .program(program("X", "2027-01-01", "2027-06-30").kind(ProgramKind.BRAND)
              .cost("5000", "0").status(ProgramStatus.CANCELLED))
          .build();
      List<Conflict> c = of(p, ConflictRule.OVER_BUDGET);
      assertEquals(1, c.size());
      assertEquals(new FiscalQuarter(2027, 2), c.get(0).quarter());
      assertEquals("Marketing spend in FY2027-Q2 is $9,100, $0.01 over the budget of"
          + " $9,099.99.", c.get(0).message());
    }

    @Test
    void thirdsThatAddUpToAWholeAmountAreExact() {
      // 1.00 over 3 days and 2.00 over 3 days, one day each inside Q1: exactly 1.00.
      Plan p = plan().budget("FY2027-Q1", "1.00")
          .program(program("A", "2027-03-31", "2027-04-02").kind(ProgramKind.BRAND)
              .cost("3.00", "0"))
          .program(program("B", "2027-03-31", "2027-04-02").kind(ProgramKind.BRAND)
              .cost("0.00", "0"))
          .build();
      assertEquals(0, of(p, ConflictRule.OVER_BUDGET).size());
    }
  }

  @Nested
  class ReviewAndLinks {

    @ParameterizedTest(name = "review {0}: fires={1}")
    @CsvSource({
      "2027-01-31, false",
      "2027-02-01, false", // reviewed on the day it starts
      "2027-02-02, true",
      ", true",
    })
    void noSalesReviewFiresWhenSalesWasNotAskedBeforeTheStart(String review, boolean fires) {
      Plan p = plan()
          .initiative("I", "", "2027-03-01", "2027-03-31")
          .program(program("P", "2027-02-01", "2027-02-28").supports("I").review(review))
          .program(program("U", "2027-02-01", "2027-02-28").kind(ProgramKind.BRAND).review(null))
          .build();
      List<Conflict> c = of(p, ConflictRule.NO_SALES_REVIEW);
      assertEquals(fires ? 1 : 0, c.size());
      if (fires) {
        assertEquals("P", c.get(0).program());
        assertEquals("I", c.get(0).initiative());
      }
    }

    @Test
    void unlinkedFiresForTacticalWorkOnly() {
      Plan p = plan()
          .program(program("B", "2027-01-01", "2027-01-31").kind(ProgramKind.BRAND))
          .program(program("R", "2027-01-01", "2027-01-31").kind(ProgramKind.RESEARCH))
          .program(program("C", "2027-01-01", "2027-01-31").kind(ProgramKind.CONTENT))
          .program(program("E", "2027-01-01", "2027-01-31").kind(ProgramKind.EVENT)
              .status(ProgramStatus.CANCELLED))
          .build();
      List<Conflict> c = of(p, ConflictRule.UNLINKED);
      assertEquals(List.of("C"), c.stream().map(Conflict::program).toList());
      assertEquals(Severity.INFO, c.get(0).severity());
    }
  }

  @Test
  void conflictsComeMostSevereFirst() {
    Plan p = plan().capacity(1)
        .target("FY2027-Q1", "", 100, null)
        .program(program("C", "2027-01-01", "2027-01-31").kind(ProgramKind.CONTENT))
        .program(program("D", "2027-01-01", "2027-01-31").kind(ProgramKind.CONTENT))
        .build();
    List<Severity> order = ConflictAnalyzer.analyze(p).stream().map(Conflict::severity).toList();
    assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.INFO), order);
  }
}

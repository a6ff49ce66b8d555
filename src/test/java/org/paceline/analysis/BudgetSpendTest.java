package org.paceline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.QuarterBudget;

/** The fast spend sum must always decide exactly as exact arithmetic does. */
class BudgetSpendTest {

  /** The spec's spend, computed the slow and obvious way. */
  static BigDecimal referenceSpend(Plan plan, FiscalQuarter q) {
    FiscalCalendar cal = FiscalCalendar.of(plan.settings());
    LocalDate qs = cal.startOf(q);
    LocalDate qe = cal.endOf(q);
    BigDecimal sum = BigDecimal.ZERO;
    for (Program p : plan.programs()) {
      if (!p.isActive()) {
        continue;
      }
      LocalDate a = p.start().isAfter(qs) ? p.start() : qs;
      LocalDate b = p.end().isBefore(qe) ? p.end() : qe;
      long inside = b.toEpochDay() - a.toEpochDay() + 1;
      if (inside > 0) {
        sum = sum.add(p.marketingCost().multiply(BigDecimal.valueOf(inside))
            .divide(BigDecimal.valueOf(p.days()), 40, RoundingMode.HALF_EVEN));
      }
    }
    return sum.setScale(2, RoundingMode.HALF_UP);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void overBudgetMatchesTheReferenceOnGeneratedPlans(long seed) {
    Plan plan = PlanGenerator.generate(seed, 2_000, 200, 50, 3);
    // Budgets right at the reference spend, a cent below and a cent above.
    List<QuarterBudget> budgets = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (QuarterBudget b : plan.budgets()) {
      BigDecimal spend = referenceSpend(plan, b.quarter());
      int pick = (int) Math.floorMod(seed + b.quarter().ordinal(), 3);
      BigDecimal budget = spend.add(BigDecimal.valueOf(pick - 1, 2)).max(BigDecimal.ZERO);
      budgets.add(new QuarterBudget(b.quarter(), budget));
      if (spend.compareTo(budget) > 0) {
        expected.add(b.quarter().toString());
      }
    }
    Plan withBudgets = new Plan(plan.settings(), plan.targets(), budgets, plan.initiatives(),
        plan.programs());
    List<String> actual = ConflictAnalyzer.analyze(withBudgets).stream()
        .filter(c -> c.rule() == ConflictRule.OVER_BUDGET)
        .map(Conflict::quarter).map(FiscalQuarter::toString).toList();
    assertEquals(expected, actual);
  }

  @Test
  void roundedSpendRefusesSumsTooCloseToAHalfCent() {
    assertNull(ConflictAnalyzer.roundedSpend(5000.5, 1));
    assertNull(ConflictAnalyzer.roundedSpend(5000.5 - 1e-13, 1));
    assertEquals(new BigDecimal("50.00"), ConflictAnalyzer.roundedSpend(5000.4, 2));
    assertEquals(new BigDecimal("50.01"), ConflictAnalyzer.roundedSpend(5000.6, 2));
    assertNull(ConflictAnalyzer.roundedSpend(0x1p51, 1), "beyond exact doubles");
  }
}

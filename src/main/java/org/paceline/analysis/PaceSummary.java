package org.paceline.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.QuarterBudget;
import org.paceline.model.QuarterTarget;

/**
 * The figures of the board's pace strips, counted the way {@code conflicts.md} counts them:
 * active programs per calendar month, marketing spend per fiscal quarter (cost spread evenly
 * over a program's days, rounded to cents), and expected against needed leads per quarter.
 *
 * @param programsPerMonth active programs running on at least one day of each month
 * @param spendPerQuarter marketing spend of every quarter any active program touches
 * @param budgetPerQuarter the budget of each quarter that has one
 * @param expectedLeadsPerQuarter expected leads of active programs whose initiative falls in Q
 * @param neededLeadsPerQuarter qualified leads the quarter's target rows ask for
 * @param capacity the plan's capacity, 0 for none
 */
public record PaceSummary(
    Map<YearMonth, Integer> programsPerMonth,
    Map<FiscalQuarter, BigDecimal> spendPerQuarter,
    Map<FiscalQuarter, BigDecimal> budgetPerQuarter,
    Map<FiscalQuarter, Integer> expectedLeadsPerQuarter,
    Map<FiscalQuarter, Integer> neededLeadsPerQuarter,
    int capacity) {

  /** The figures of a plan. */
  public static PaceSummary of(Plan plan) {
    FiscalCalendar cal = FiscalCalendar.of(plan.settings());
    TreeMap<YearMonth, Integer> perMonth = new TreeMap<>();
    TreeMap<FiscalQuarter, BigDecimal> spend = new TreeMap<>();
    MonthlyLoad load = MonthlyLoad.of(plan.programs());
    for (int m = 0; m < load.counts().length; m++) {
      perMonth.put(load.month(m), load.counts()[m]);
    }
    // Display figures: summed in double (cents), which is exact to far below a cent for any
    // real plan. Whether a quarter is over budget is decided by ConflictAnalyzer, exactly.
    Map<FiscalQuarter, double[]> cents = new HashMap<>();
    Map<FiscalQuarter, long[]> bounds = new HashMap<>();
    for (Program p : plan.programs()) {
      if (!p.isActive()) {
        continue;
      }
      double perDay = p.marketingCost().unscaledValue().doubleValue() / p.days();
      long start = p.start().toEpochDay();
      long endDay = p.end().toEpochDay();
      FiscalQuarter end = cal.quarterOf(p.end());
      for (FiscalQuarter q = cal.quarterOf(p.start()); q.compareTo(end) <= 0; q = q.next()) {
        long[] qb = bounds.computeIfAbsent(q, k -> new long[] {cal.startOf(k).toEpochDay(),
            cal.endOf(k).toEpochDay()});
        long inside = Math.min(endDay, qb[1]) - Math.max(start, qb[0]) + 1;
        cents.computeIfAbsent(q, k -> new double[1])[0] += perDay * inside;
      }
    }
    cents.forEach((q, v) -> spend.put(q, BigDecimal.valueOf(Math.round(v[0]), 2)));

    Map<FiscalQuarter, BigDecimal> budgets = new LinkedHashMap<>();
    for (QuarterBudget b : plan.budgets()) {
      budgets.put(b.quarter(), b.marketingBudget());
    }
    Map<String, FiscalQuarter> initiativeQuarter = new HashMap<>();
    for (Initiative i : plan.initiatives()) {
      initiativeQuarter.put(i.id(), cal.quarterOf(i.start()));
    }
    TreeMap<FiscalQuarter, Integer> expected = new TreeMap<>();
    for (Program p : plan.programs()) {
      FiscalQuarter q = initiativeQuarter.get(p.supports());
      if (p.isActive() && q != null) {
        expected.merge(q, p.expectedLeads(), Integer::sum);
      }
    }
    // A whole-business row states the quarter's total; without one, the segments add up.
    TreeMap<FiscalQuarter, Integer> whole = new TreeMap<>();
    TreeMap<FiscalQuarter, Integer> segments = new TreeMap<>();
    for (QuarterTarget t : plan.targets()) {
      (t.isWholeBusiness() ? whole : segments).merge(t.quarter(), t.leadsNeeded(), Integer::sum);
    }
    TreeMap<FiscalQuarter, Integer> needed = new TreeMap<>(segments);
    needed.putAll(whole);
    return new PaceSummary(perMonth, spend, budgets, expected, needed,
        plan.settings().capacity());
  }

  /** Months whose count is over the capacity (none when there is no capacity). */
  public List<YearMonth> overCapacityMonths() {
    return capacity == 0 ? List.of() : programsPerMonth.entrySet().stream()
        .filter(e -> e.getValue() > capacity).map(Map.Entry::getKey).toList();
  }
}

package org.paceline.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    int[] delta = null;
    for (Program p : plan.programs()) {
      if (p.isActive()) {
        first = Math.min(first, month(p.start()));
        last = Math.max(last, month(p.end()));
      }
    }
    if (first <= last) {
      delta = new int[(int) (last - first) + 2];
      for (Program p : plan.programs()) {
        if (p.isActive()) {
          delta[(int) (month(p.start()) - first)]++;
          delta[(int) (month(p.end()) - first) + 1]--;
        }
      }
      int running = 0;
      for (int m = 0; m <= last - first; m++) {
        running += delta[m];
        long abs = first + m;
        perMonth.put(YearMonth.of((int) (abs / 12), (int) (abs % 12) + 1), running);
      }
    }
    for (Program p : plan.programs()) {
      if (!p.isActive()) {
        continue;
      }
      BigDecimal perDay = p.marketingCost().divide(BigDecimal.valueOf(p.days()), 10,
          RoundingMode.HALF_EVEN);
      FiscalQuarter end = cal.quarterOf(p.end());
      for (FiscalQuarter q = cal.quarterOf(p.start()); q.compareTo(end) <= 0; q = q.next()) {
        LocalDate a = p.start().isAfter(cal.startOf(q)) ? p.start() : cal.startOf(q);
        LocalDate b = p.end().isBefore(cal.endOf(q)) ? p.end() : cal.endOf(q);
        long inside = b.toEpochDay() - a.toEpochDay() + 1;
        spend.merge(q, perDay.multiply(BigDecimal.valueOf(inside)), BigDecimal::add);
      }
    }
    spend.replaceAll((q, v) -> v.setScale(2, RoundingMode.HALF_UP));

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

  private static long month(LocalDate d) {
    return d.getYear() * 12L + d.getMonthValue() - 1;
  }

  /** Months whose count is over the capacity (none when there is no capacity). */
  public List<YearMonth> overCapacityMonths() {
    return capacity == 0 ? List.of() : programsPerMonth.entrySet().stream()
        .filter(e -> e.getValue() > capacity).map(Map.Entry::getKey).toList();
  }
}

package org.paceline.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
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
 * over a program's days), and expected against needed leads per quarter. A change of one program
 * updates the figures by that program's contribution alone ({@link #withProgram}).
 *
 * <p>Spend is a display figure summed in double cents; whether a quarter is over budget is
 * decided exactly by {@link ConflictAnalyzer}.
 */
public final class PaceSummary {

  private final FiscalCalendar calendar;
  private final Map<String, FiscalQuarter> initiativeQuarter;
  private final TreeMap<YearMonth, Integer> perMonth;
  private final TreeMap<FiscalQuarter, Double> spendCents;
  private final Map<FiscalQuarter, BigDecimal> budgets;
  private final TreeMap<FiscalQuarter, Integer> expected;
  private final Map<FiscalQuarter, Integer> needed;
  private final int capacity;
  /** First and last epoch day of each quarter met so far (the calendar never changes). */
  private final Map<FiscalQuarter, long[]> quarterDays;

  private PaceSummary(PaceSummary base) {
    calendar = base.calendar;
    quarterDays = base.quarterDays;
    initiativeQuarter = base.initiativeQuarter;
    perMonth = new TreeMap<>(base.perMonth);
    spendCents = new TreeMap<>(base.spendCents);
    budgets = base.budgets;
    expected = new TreeMap<>(base.expected);
    needed = base.needed;
    capacity = base.capacity;
  }

  private PaceSummary(Plan plan) {
    calendar = FiscalCalendar.of(plan.settings());
    quarterDays = new java.util.concurrent.ConcurrentHashMap<>();
    capacity = plan.settings().capacity();
    perMonth = new TreeMap<>();
    MonthlyLoad load = MonthlyLoad.of(plan.programs());
    for (int m = 0; m < load.counts().length; m++) {
      perMonth.put(load.month(m), load.counts()[m]);
    }
    Map<FiscalQuarter, BigDecimal> b = new LinkedHashMap<>();
    for (QuarterBudget q : plan.budgets()) {
      b.put(q.quarter(), q.marketingBudget());
    }
    budgets = Collections.unmodifiableMap(b);
    initiativeQuarter = new HashMap<>();
    for (Initiative i : plan.initiatives()) {
      initiativeQuarter.put(i.id(), calendar.quarterOf(i.start()));
    }
    spendCents = new TreeMap<>();
    expected = new TreeMap<>();
    for (Program p : plan.programs()) {
      addSpendAndLeads(p, 1);
    }
    // A whole-business row states the quarter's total; without one, the segments add up.
    TreeMap<FiscalQuarter, Integer> whole = new TreeMap<>();
    TreeMap<FiscalQuarter, Integer> segments = new TreeMap<>();
    for (QuarterTarget t : plan.targets()) {
      (t.isWholeBusiness() ? whole : segments).merge(t.quarter(), t.leadsNeeded(), Integer::sum);
    }
    TreeMap<FiscalQuarter, Integer> n = new TreeMap<>(segments);
    n.putAll(whole);
    needed = Collections.unmodifiableMap(n);
  }

  /** The figures of a plan. */
  public static PaceSummary of(Plan plan) {
    return new PaceSummary(plan);
  }

  /** The figures after {@code before} became {@code after} (the same program, changed). */
  public PaceSummary withProgram(Program before, Program after) {
    PaceSummary next = new PaceSummary(this);
    next.addMonths(before, -1);
    next.addMonths(after, 1);
    next.addSpendAndLeads(before, -1);
    next.addSpendAndLeads(after, 1);
    return next;
  }

  private void addMonths(Program p, int sign) {
    if (!p.isActive()) {
      return;
    }
    YearMonth last = YearMonth.from(p.end());
    for (YearMonth m = YearMonth.from(p.start()); !m.isAfter(last); m = m.plusMonths(1)) {
      perMonth.merge(m, sign, Integer::sum);
    }
  }

  private void addSpendAndLeads(Program p, int sign) {
    if (!p.isActive()) {
      return;
    }
    FiscalQuarter q0 = initiativeQuarter.get(p.supports());
    if (q0 != null) {
      expected.merge(q0, sign * p.expectedLeads(), Integer::sum);
    }
    double perDay = p.marketingCost().unscaledValue().doubleValue() / p.days();
    if (perDay == 0) {
      return;
    }
    long start = p.start().toEpochDay();
    long end = p.end().toEpochDay();
    FiscalQuarter last = calendar.quarterOf(p.end());
    for (FiscalQuarter q = calendar.quarterOf(p.start()); q.compareTo(last) <= 0; q = q.next()) {
      long[] days = quarterDays.computeIfAbsent(q, k -> new long[] {
          calendar.startOf(k).toEpochDay(), calendar.endOf(k).toEpochDay()});
      long inside = Math.min(end, days[1]) - Math.max(start, days[0]) + 1;
      spendCents.merge(q, sign * perDay * inside, Double::sum);
    }
  }

  /** Active programs running on at least one day of each month. */
  public Map<YearMonth, Integer> programsPerMonth() {
    return Collections.unmodifiableMap(perMonth);
  }

  /** Marketing spend of every quarter an active program touches, to the cent. */
  public Map<FiscalQuarter, BigDecimal> spendPerQuarter() {
    Map<FiscalQuarter, BigDecimal> out = new TreeMap<>();
    spendCents.forEach((q, c) -> out.put(q, BigDecimal.valueOf(Math.max(0, Math.round(c)), 2)));
    return out;
  }

  /** The budget of each quarter that has one. */
  public Map<FiscalQuarter, BigDecimal> budgetPerQuarter() {
    return budgets;
  }

  /** Expected leads of active programs whose initiative falls in each quarter. */
  public Map<FiscalQuarter, Integer> expectedLeadsPerQuarter() {
    return Collections.unmodifiableMap(expected);
  }

  /** Qualified leads the quarter's target rows ask for. */
  public Map<FiscalQuarter, Integer> neededLeadsPerQuarter() {
    return needed;
  }

  /** The plan's capacity, 0 for none. */
  public int capacity() {
    return capacity;
  }

  /** Months whose count is over the capacity (none when there is no capacity). */
  public List<YearMonth> overCapacityMonths() {
    return capacity == 0 ? List.of() : perMonth.entrySet().stream()
        .filter(e -> e.getValue() > capacity).map(Map.Entry::getKey).toList();
  }
}

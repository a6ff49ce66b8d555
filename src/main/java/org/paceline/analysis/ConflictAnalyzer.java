package org.paceline.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictList;
import org.paceline.model.ConflictRule;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Initiative;
import org.paceline.model.LeadWindow;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.QuarterBudget;
import org.paceline.model.QuarterTarget;

/**
 * Finds where the paces conflict, exactly by the rules of {@code spec/conflicts.md}. Pure code: no
 * database, no window. The result is ordered by severity, then by rule in the spec's order, then
 * in plan order (months and quarters in time order).
 */
public final class ConflictAnalyzer {

  /** The rules in report order: by severity, then in the spec's order. */
  private static final List<ConflictRule> REPORT_ORDER = Arrays.stream(ConflictRule.values())
      .sorted(Comparator.comparing(ConflictRule::severity)).toList();

  /** Each rule's place in the report order, by ordinal. */
  private static final int[] RANK = new int[ConflictRule.values().length];

  static {
    for (int k = 0; k < REPORT_ORDER.size(); k++) {
      RANK[REPORT_ORDER.get(k).ordinal()] = k;
    }
  }

  private final Plan plan;
  private final LocalDate asOf;
  private final OrderDates orderDates;
  private final PlanSettings settings;
  private final FiscalCalendar calendar;
  private final Map<String, Initiative> initiativesById;
  private final Map<FiscalQuarter, List<Initiative>> initiativesByQuarter;
  private final Map<String, List<Program>> activeProgramsByInitiative;
  private final Map<String, Integer> programIndex;
  // Results kept per program and per target row, so one edited program is re-checked alone.
  private final Conflict[] timing; // LATE_START or EARLY_START
  private final Conflict[] review;
  private final Conflict[] unlinked;
  private final Conflict[] unsupported;
  private final Conflict[] shortfall;
  private final List<Conflict> capacity;
  private final List<Conflict> budget;
  private final QuarterSums spend;
  // ORDER_*: at most one per order row (the three rules exclude each other), by order position.
  private final Conflict[] orderFound;
  private final int[][] ordersOfProgram; // order positions of each program, in plan order
  private final ConflictList conflicts;

  private ConflictAnalyzer(Plan plan, LocalDate asOf) {
    this.plan = plan;
    this.asOf = java.util.Objects.requireNonNull(asOf, "asOf");
    this.orderDates = OrderDates.of(plan);
    this.settings = plan.settings();
    this.calendar = FiscalCalendar.of(settings);
    this.initiativesById = new HashMap<>(plan.initiatives().size() * 2);
    this.initiativesByQuarter = new HashMap<>();
    for (Initiative i : plan.initiatives()) {
      initiativesById.put(i.id(), i);
      initiativesByQuarter.computeIfAbsent(calendar.quarterOf(i.start()), k -> new ArrayList<>())
          .add(i);
    }
    this.activeProgramsByInitiative = new HashMap<>();
    this.programIndex = new HashMap<>(plan.programs().size() * 2);
    int n = plan.programs().size();
    timing = new Conflict[n];
    review = new Conflict[n];
    unlinked = new Conflict[n];
    for (int k = 0; k < n; k++) {
      Program p = plan.programs().get(k);
      programIndex.put(p.id(), k);
      if (p.isActive() && p.hasSupports()) {
        activeProgramsByInitiative.computeIfAbsent(p.supports(), x -> new ArrayList<>()).add(p);
      }
      checkProgram(k, p);
    }
    this.orderFound = new Conflict[plan.orders().size()];
    this.ordersOfProgram = ordersOfProgram(plan, programIndex);
    for (int k = 0; k < n; k++) {
      checkOrders(k, plan.programs().get(k));
    }
    int t = plan.targets().size();
    unsupported = new Conflict[t];
    shortfall = new Conflict[t];
    for (int k = 0; k < t; k++) {
      checkTarget(k);
    }
    spend = new QuarterSums(plan.budgets(), calendar);
    for (Program p : plan.programs()) {
      spend.add(p, 1);
    }
    capacity = capacityRule();
    budget = budgetRule();
    conflicts = assemble();
  }

  /** A copy of {@code base} with one program replaced, re-checking only what it touches. */
  private ConflictAnalyzer(ConflictAnalyzer base, int index, Program after) {
    Program before = base.plan.programs().get(index);
    List<Program> programs = new ArrayList<>(base.plan.programs());
    programs.set(index, after);
    this.plan = new Plan(base.plan.settings(), base.plan.targets(), base.plan.budgets(),
        base.plan.initiatives(), programs, base.plan.orders(), base.plan.holidays());
    this.asOf = base.asOf;
    this.orderDates = base.orderDates;
    this.settings = base.settings;
    this.calendar = base.calendar;
    this.initiativesById = base.initiativesById;
    this.initiativesByQuarter = base.initiativesByQuarter;
    this.programIndex = base.programIndex;
    this.timing = base.timing.clone();
    this.review = base.review.clone();
    this.unlinked = base.unlinked.clone();
    this.unsupported = base.unsupported.clone();
    this.shortfall = base.shortfall.clone();
    this.orderFound = base.orderFound.clone();
    this.ordersOfProgram = base.ordersOfProgram;
    checkProgram(index, after);
    checkOrders(index, after);
    boolean targetsTouched = before.isActive() != after.isActive()
        || !before.supports().equals(after.supports())
        || before.expectedLeads() != after.expectedLeads();
    if (targetsTouched) {
      this.activeProgramsByInitiative = new HashMap<>(base.activeProgramsByInitiative);
      for (Program p : List.of(before, after)) {
        if (p.hasSupports()) {
          List<Program> list = new ArrayList<>();
          for (Program x : programs) {
            if (x.isActive() && x.supports().equals(p.supports())) {
              list.add(x);
            }
          }
          activeProgramsByInitiative.put(p.supports(), list);
        }
      }
      for (int k = 0; k < unsupported.length; k++) {
        FiscalQuarter q = plan.targets().get(k).quarter();
        if (touches(q, before) || touches(q, after)) {
          checkTarget(k);
        }
      }
    } else {
      this.activeProgramsByInitiative = base.activeProgramsByInitiative;
    }
    spend = new QuarterSums(base.spend);
    spend.add(before, -1);
    spend.add(after, 1);
    capacity = capacityRule();
    budget = budgetRule();
    conflicts = assemble();
  }

  private boolean touches(FiscalQuarter q, Program p) {
    Initiative i = initiativesById.get(p.supports());
    return i != null && calendar.quarterOf(i.start()).equals(q);
  }

  /** All conflicts of the plan checked today, most severe first. */
  public static ConflictList analyze(Plan plan) {
    return analyze(plan, LocalDate.now());
  }

  /**
   * All conflicts of the plan checked on {@code asOf}, most severe first. Only the {@code ORDER_*}
   * rules depend on the as-of date.
   */
  public static ConflictList analyze(Plan plan, LocalDate asOf) {
    return new ConflictAnalyzer(plan, asOf).conflicts;
  }

  /** An analysis of the plan checked today that can follow single-program edits cheaply. */
  public static ConflictAnalyzer of(Plan plan) {
    return of(plan, LocalDate.now());
  }

  /** An analysis of the plan checked on {@code asOf} that can follow single-program edits. */
  public static ConflictAnalyzer of(Plan plan, LocalDate asOf) {
    return new ConflictAnalyzer(plan, asOf);
  }

  /** The day the plan is checked. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The analysis of this plan with the program of the same id replaced by {@code after}: only
   * that program's rules, the target rows it can affect, capacity and budget are re-checked. The
   * result is always equal to {@code analyze} of the changed plan.
   *
   * @throws IllegalArgumentException when the plan has no program with that id
   */
  public ConflictAnalyzer withProgram(Program after) {
    Integer index = programIndex.get(after.id());
    if (index == null) {
      throw new IllegalArgumentException("No program " + after.id() + " in the plan");
    }
    return new ConflictAnalyzer(this, index, after);
  }

  /** The plan analysed. */
  public Plan plan() {
    return plan;
  }

  /** Its conflicts, most severe first. */
  public ConflictList conflicts() {
    return conflicts;
  }

  private ConflictList assemble() {
    int n = capacity.size() + budget.size() + 3 * plan.programs().size() / 2 + 16;
    List<Conflict> out = new ArrayList<>(n);
    for (ConflictRule r : REPORT_ORDER) {
      switch (r) {
        case LATE_START, EARLY_START -> addAll(out, timing, r);
        case NO_SALES_REVIEW -> addAll(out, review, r);
        case UNLINKED -> addAll(out, unlinked, r);
        case UNSUPPORTED_QUARTER -> addAll(out, unsupported, r);
        case LEADS_SHORTFALL -> addAll(out, shortfall, r);
        case OVER_CAPACITY -> out.addAll(capacity);
        case OVER_BUDGET -> out.addAll(budget);
        case ORDER_OVERDUE, ORDER_LATE, ORDER_DUE -> addAll(out, orderFound, r);
      }
    }
    return new Found(java.util.Collections.unmodifiableList(out), programIndex, orderFound,
        ordersOfProgram, timing, review, unlinked);
  }

  /** The assembled list, with each program's conflicts straight from the per-program results. */
  private static final class Found extends ConflictList {
    private final List<Conflict> all;
    private final Map<String, Integer> index;
    private final Conflict[][] perProgram;
    private final Conflict[] orderFound;
    private final int[][] ordersOfProgram;

    Found(List<Conflict> all, Map<String, Integer> index, Conflict[] orderFound,
        int[][] ordersOfProgram, Conflict[]... perProgram) {
      this.all = all;
      this.index = index;
      this.orderFound = orderFound;
      this.ordersOfProgram = ordersOfProgram;
      this.perProgram = perProgram;
    }

    @Override
    public Conflict get(int i) {
      return all.get(i);
    }

    @Override
    public int size() {
      return all.size();
    }

    @Override
    public Object[] toArray() {
      return all.toArray();
    }

    @Override
    public List<Conflict> forProgram(String programId) {
      Integer k = index.get(programId);
      if (k == null) {
        return List.of();
      }
      List<Conflict> out = new ArrayList<>(2);
      for (Conflict[] rule : perProgram) {
        if (rule[k] != null) {
          out.add(rule[k]);
        }
      }
      for (int o : ordersOfProgram[k]) {
        if (orderFound[o] != null) {
          out.add(orderFound[o]);
        }
      }
      // report order: the order rules interleave with the others by severity (stable sort)
      out.sort(Comparator.comparingInt(c -> RANK[c.rule().ordinal()]));
      return out;
    }
  }

  private static void addAll(List<Conflict> out, Conflict[] found, ConflictRule rule) {
    for (Conflict c : found) {
      if (c != null && c.rule() == rule) {
        out.add(c); // plan order within a rule
      }
    }
  }

  // LATE_START, EARLY_START, NO_SALES_REVIEW, UNLINKED: one program at a time.
  private void checkProgram(int k, Program p) {
    timing[k] = null;
    review[k] = null;
    unlinked[k] = null;
    if (!p.isActive()) {
      return;
    }
    if (!p.hasSupports()) {
      if (p.kind() != ProgramKind.BRAND && p.kind() != ProgramKind.RESEARCH) {
        unlinked[k] = new Conflict(ConflictRule.UNLINKED, p.id(), "", null, "", null,
            quoted(p) + " (" + p.kind().code() + ", starts " + p.start()
                + ") supports no sales initiative; tactical work that no initiative asked for"
                + " tends to go unused.");
      }
      return;
    }
    Initiative i = initiativesById.get(p.supports());
    if (i == null) {
      return; // the plan format refuses unknown ids; nothing to compare against
    }
    LeadWindow w = p.effectiveWindow(settings);
    LocalDate latest = w.min().before(i.start());
    LocalDate earliest = w.max().before(i.start());
    if (p.start().isAfter(latest)) {
      timing[k] = new Conflict(ConflictRule.LATE_START, p.id(), i.id(), null, "", null,
          quoted(p) + " starts " + p.start() + ", " + relation(p.start(), i) + "; "
              + needs(p, "at least " + w.min().describe(), p.minLead() == null)
              + ", so it should start by " + latest + ".");
    } else if (p.start().isBefore(earliest)) {
      timing[k] = new Conflict(ConflictRule.EARLY_START, p.id(), i.id(), null, "", null,
          quoted(p) + " starts " + p.start() + ", " + relation(p.start(), i) + "; "
              + needs(p, "at most " + w.max().describe() + " of lead", p.maxLead() == null)
              + ", so it should start no earlier than " + earliest
              + "; otherwise the momentum is spent before sales needs it.");
    }
    LocalDate reviewed = p.salesReview();
    if (reviewed == null) {
      review[k] = new Conflict(ConflictRule.NO_SALES_REVIEW, p.id(), i.id(), null, "", null,
          "Sales has not reviewed " + quoted(p) + " for \"" + i.name() + "\"; it starts "
              + p.start() + ". Ask sales before the work begins.");
    } else if (reviewed.isAfter(p.start())) {
      review[k] = new Conflict(ConflictRule.NO_SALES_REVIEW, p.id(), i.id(), null, "", null,
          "Sales reviewed " + quoted(p) + " on " + reviewed + ", "
              + Gaps.between(p.start(), reviewed) + " after it started (" + p.start()
              + "). Ask sales before the work begins.");
    }
  }

  private static int[][] ordersOfProgram(Plan plan, Map<String, Integer> programIndex) {
    int[] count = new int[plan.programs().size()];
    int[] owner = new int[plan.orders().size()];
    for (int o = 0; o < owner.length; o++) {
      Integer k = programIndex.get(plan.orders().get(o).program());
      owner[o] = k == null ? -1 : k; // the plan format refuses unknown programs
      if (k != null) {
        count[k]++;
      }
    }
    int[][] out = new int[count.length][];
    for (int k = 0; k < count.length; k++) {
      out[k] = new int[count[k]];
      count[k] = 0;
    }
    for (int o = 0; o < owner.length; o++) {
      if (owner[o] >= 0) {
        out[owner[o]][count[owner[o]]++] = o;
      }
    }
    return out;
  }

  // ORDER_OVERDUE, ORDER_LATE, ORDER_DUE: the orders of one program at a time.
  private void checkOrders(int k, Program p) {
    boolean counts = OrderDates.counts(p);
    for (int o : ordersOfProgram[k]) {
      orderFound[o] = counts ? checkOrder(plan.orders().get(o), p) : null;
    }
  }

  private Conflict checkOrder(Order o, Program p) {
    LocalDate needed = orderDates.neededOn(o, p.start());
    LocalDate by = orderDates.workingDays().before(needed, o.leadTime());
    OrderState state = OrderState.of(by, o.ordered(), asOf);
    String head = "Order \"" + o.item() + "\" for " + quoted(p) + " by " + by + " ("
        + o.leadTime().describe() + " before it is needed on " + needed + "): ";
    return switch (state) {
      case OVERDUE -> new Conflict(ConflictRule.ORDER_OVERDUE, p.id(), "", null, "", null,
          o.item(), head + "not ordered yet, and that day has passed.");
      case ORDERED_LATE -> new Conflict(ConflictRule.ORDER_LATE, p.id(), "", null, "", null,
          o.item(), head + "ordered on " + o.ordered() + ", " + Gaps.between(by, o.ordered())
              + " late; it may not arrive in time.");
      case DUE -> new Conflict(ConflictRule.ORDER_DUE, p.id(), "", null, "", null, o.item(),
          head + "not ordered yet; " + (by.isEqual(asOf) ? "order it today."
              : "order it within " + Gaps.between(asOf, by) + "."));
      case ORDERED_IN_TIME, LATER -> null;
    };
  }

  private static String quoted(Program p) {
    return "\"" + p.name() + "\"";
  }

  private static String relation(LocalDate start, Initiative i) {
    String name = "\"" + i.name() + "\"";
    if (start.isEqual(i.start())) {
      return "the same day as " + name + " (" + i.start() + ")";
    }
    if (start.isAfter(i.start())) {
      return Gaps.between(i.start(), start) + " after " + name + " began (" + i.start() + ")";
    }
    return Gaps.between(start, i.start()) + " before " + name + " (" + i.start() + ")";
  }

  private static String needs(Program p, String bound, boolean kindDefault) {
    return kindDefault
        ? p.kind().plural() + " need " + bound
        : "this program needs " + bound;
  }

  // UNSUPPORTED_QUARTER and LEADS_SHORTFALL: one target row at a time.
  private void checkTarget(int k) {
    QuarterTarget t = plan.targets().get(k);
    unsupported[k] = null;
    shortfall[k] = null;
    int matching = 0;
    int programs = 0;
    long leads = 0;
    for (Initiative i : initiativesByQuarter.getOrDefault(t.quarter(), List.of())) {
      if (t.isWholeBusiness() || i.isWholeBusiness() || i.segment().equalsIgnoreCase(t.segment())) {
        matching++;
        for (Program p : activeProgramsByInitiative.getOrDefault(i.id(), List.of())) {
          programs++;
          leads += p.expectedLeads();
        }
      }
    }
    String subject = t.quarter() + " " + (t.isWholeBusiness() ? "whole-business" : t.segment());
    if (t.revenue().signum() > 0 && programs == 0) {
      String why = matching == 0
          ? "no sales initiative starts in that quarter for it, so no marketing program is"
              + " behind it."
          : "none of the " + Gaps.count(matching, "initiative")
              + " starting in that quarter has an active marketing program behind it.";
      unsupported[k] = new Conflict(ConflictRule.UNSUPPORTED_QUARTER, "", "", t.quarter(),
          t.segment(), null, "The " + subject + " target of "
              + Money.format(t.revenue(), settings.currency()) + " has nothing ramping into it: "
              + why);
    }
    if (t.leadsNeeded() > 0 && leads < t.leadsNeeded()) {
      shortfall[k] = new Conflict(ConflictRule.LEADS_SHORTFALL, "", "", t.quarter(),
          t.segment(), null, "The " + subject + " target needs " + t.leadsNeeded()
              + " qualified leads; " + (programs == 0 ? "no program is behind it"
                  : (programs == 1 ? "the 1 program behind it expects " : "the " + programs
                      + " programs behind it expect ") + leads)
              + ", " + (t.leadsNeeded() - leads) + " short.");
    }
  }

  // OVER_CAPACITY: programs per calendar month, counted as the board's strip counts them.
  private List<Conflict> capacityRule() {
    List<Conflict> out = new ArrayList<>();
    if (settings.capacityLimit().isEmpty()) {
      return out;
    }
    int limit = settings.capacity();
    MonthlyLoad load = MonthlyLoad.of(plan.programs());
    for (int m = 0; m < load.counts().length; m++) {
      int running = load.counts()[m];
      if (running > limit) {
        YearMonth month = load.month(m);
        out.add(new Conflict(ConflictRule.OVER_CAPACITY, "", "", null, "", month,
            running + " programs run in " + month.getMonth().getDisplayName(TextStyle.FULL,
                Locale.ENGLISH) + " " + month.getYear() + " (" + month + "), but marketing can"
                + " carry " + limit + " at once."));
      }
    }
    return out;
  }

  // OVER_BUDGET: each program's marketing cost spread evenly over its days. The spend is summed
  // in double with a bound on its rounding error; only a quarter whose sum lies within that bound
  // of a half cent is summed again exactly, so the result is always the exact spend rounded half up.
  private List<Conflict> budgetRule() {
    List<Conflict> out = new ArrayList<>();
    List<QuarterBudget> budgets = plan.budgets();
    for (int k = 0; k < budgets.size(); k++) {
      QuarterBudget b = budgets.get(k);
      BigDecimal total = roundedSpend(spend.cents[k], spend.ops[k], spend.peak[k]);
      if (total == null) {
        total = exactSpend(spend.from[k], spend.to[k]);
      }
      if (total.compareTo(b.marketingBudget()) > 0) {
        String currency = settings.currency();
        out.add(new Conflict(ConflictRule.OVER_BUDGET, "", "", b.quarter(), "", null,
            "Marketing spend in " + b.quarter() + " is " + Money.format(total, currency) + ", "
                + Money.format(total.subtract(b.marketingBudget()), currency)
                + " over the budget of " + Money.format(b.marketingBudget(), currency) + "."));
      }
    }
    return out;
  }

  /**
   * Marketing spend of each budgeted quarter in double cents, with what bounds its rounding
   * error: how many terms were added or taken away, and the largest magnitude the sum had.
   */
  private static final class QuarterSums {
    final Map<FiscalQuarter, Integer> index;
    final long[] from;
    final long[] to;
    final double[] cents;
    final int[] ops;
    final double[] peak;
    private final FiscalCalendar calendar;

    QuarterSums(List<QuarterBudget> budgets, FiscalCalendar calendar) {
      this.calendar = calendar;
      int n = budgets.size();
      index = new HashMap<>(n * 2);
      from = new long[n];
      to = new long[n];
      for (int k = 0; k < n; k++) {
        FiscalQuarter q = budgets.get(k).quarter();
        index.put(q, k);
        from[k] = calendar.startOf(q).toEpochDay();
        to[k] = calendar.endOf(q).toEpochDay();
      }
      cents = new double[n];
      ops = new int[n];
      peak = new double[n];
    }

    QuarterSums(QuarterSums base) {
      calendar = base.calendar;
      index = base.index;
      from = base.from;
      to = base.to;
      cents = base.cents.clone();
      ops = base.ops.clone();
      peak = base.peak.clone();
    }

    /** Adds ({@code sign} 1) or takes away (-1) a program's spread cost. */
    void add(Program p, int sign) {
      BigDecimal cost = p.marketingCost();
      if (index.isEmpty() || !p.isActive() || cost.signum() == 0) {
        return;
      }
      double costCents = cost.unscaledValue().doubleValue(); // amounts are kept at scale 2
      long start = p.start().toEpochDay();
      long end = p.end().toEpochDay();
      double days = end - start + 1;
      FiscalQuarter last = calendar.quarterOf(p.end());
      for (FiscalQuarter q = calendar.quarterOf(p.start()); q.compareTo(last) <= 0; q = q.next()) {
        Integer k = index.get(q);
        if (k != null) {
          long inside = Math.min(end, to[k]) - Math.max(start, from[k]) + 1;
          cents[k] += sign * (costCents * inside / days);
          ops[k]++;
          peak[k] = Math.max(peak[k], Math.abs(cents[k]));
        }
      }
    }
  }

  /**
   * The sum in cents rounded half up, when the double sum of {@code terms} non-negative terms is
   * surely on the same side of the nearest half cent as the exact sum; else null.
   */
  static BigDecimal roundedSpend(double cents, int terms) {
    return roundedSpend(cents, terms, cents);
  }

  /**
   * As {@link #roundedSpend(double, int)} for a sum that also had terms taken away: its error is
   * bounded by the number of operations and the largest magnitude the sum reached.
   */
  static BigDecimal roundedSpend(double cents, int ops, double peak) {
    // each term: at most 3 roundings; each addition: one rounding of the running sum
    double error = peak * (ops + 3) * 3 * 0x1p-52 + 0x1p-40;
    double shifted = cents + 0.5;
    double floor = Math.floor(shifted);
    if (shifted - floor <= error || floor + 1 - shifted <= error || cents > 0x1p50) {
      return null;
    }
    return BigDecimal.valueOf((long) floor, 2);
  }

  private BigDecimal exactSpend(long from, long to) {
    QuarterSpend s = new QuarterSpend(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to));
    for (Program p : plan.programs()) {
      if (p.isActive() && p.marketingCost().signum() != 0) {
        s.add(p);
      }
    }
    return s.total();
  }

  /** Spend of one quarter as exact sums of cost × days-inside, grouped by program length. */
  private static final class QuarterSpend {
    private final LocalDate start;
    private final LocalDate end;
    private final Map<Long, BigDecimal> numeratorByDays = new TreeMap<>();

    QuarterSpend(LocalDate start, LocalDate end) {
      this.start = start;
      this.end = end;
    }

    void add(Program p) {
      LocalDate from = p.start().isAfter(start) ? p.start() : start;
      LocalDate to = p.end().isBefore(end) ? p.end() : end;
      long inside = to.toEpochDay() - from.toEpochDay() + 1;
      if (inside > 0) {
        numeratorByDays.merge(p.days(), p.marketingCost().multiply(BigDecimal.valueOf(inside)),
            BigDecimal::add);
      }
    }

    /** The spend rounded to cents, half up. */
    BigDecimal total() {
      BigDecimal sum = BigDecimal.ZERO;
      for (Map.Entry<Long, BigDecimal> e : numeratorByDays.entrySet()) {
        sum = sum.add(e.getValue().divide(BigDecimal.valueOf(e.getKey()), 30,
            RoundingMode.HALF_EVEN));
      }
      return sum.setScale(2, RoundingMode.HALF_UP);
    }
  }
}

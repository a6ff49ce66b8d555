package org.paceline.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Initiative;
import org.paceline.model.LeadWindow;
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

  private final Plan plan;
  private final PlanSettings settings;
  private final FiscalCalendar calendar;
  private final Map<String, Initiative> initiativesById;
  private final Map<String, List<Program>> activeProgramsByInitiative;

  private ConflictAnalyzer(Plan plan) {
    this.plan = plan;
    this.settings = plan.settings();
    this.calendar = FiscalCalendar.of(settings);
    this.initiativesById = new HashMap<>(plan.initiatives().size() * 2);
    for (Initiative i : plan.initiatives()) {
      initiativesById.put(i.id(), i);
    }
    this.activeProgramsByInitiative = new HashMap<>();
    for (Program p : plan.programs()) {
      if (p.isActive() && p.hasSupports()) {
        activeProgramsByInitiative.computeIfAbsent(p.supports(), k -> new ArrayList<>()).add(p);
      }
    }
  }

  /** All conflicts of the plan. */
  public static List<Conflict> analyze(Plan plan) {
    return new ConflictAnalyzer(plan).run();
  }

  private List<Conflict> run() {
    EnumMap<ConflictRule, List<Conflict>> byRule = new EnumMap<>(ConflictRule.class);
    for (ConflictRule r : ConflictRule.values()) {
      byRule.put(r, new ArrayList<>());
    }
    programRules(byRule);
    targetRules(byRule);
    capacityRule(byRule.get(ConflictRule.OVER_CAPACITY));
    budgetRule(byRule.get(ConflictRule.OVER_BUDGET));
    int n = 0;
    for (List<Conflict> l : byRule.values()) {
      n += l.size();
    }
    List<Conflict> out = new ArrayList<>(n);
    for (ConflictRule r : REPORT_ORDER) {
      out.addAll(byRule.get(r)); // within a rule: plan order, months and quarters in time order
    }
    return out;
  }

  // LATE_START, EARLY_START, NO_SALES_REVIEW, UNLINKED: one pass over the programs.
  private void programRules(Map<ConflictRule, List<Conflict>> out) {
    List<Conflict> late = out.get(ConflictRule.LATE_START);
    List<Conflict> early = out.get(ConflictRule.EARLY_START);
    List<Conflict> reviews = out.get(ConflictRule.NO_SALES_REVIEW);
    List<Conflict> unlinked = out.get(ConflictRule.UNLINKED);
    for (Program p : plan.programs()) {
      if (!p.isActive()) {
        continue;
      }
      if (!p.hasSupports()) {
        if (p.kind() != ProgramKind.BRAND && p.kind() != ProgramKind.RESEARCH) {
          unlinked.add(new Conflict(ConflictRule.UNLINKED, p.id(), "", null, "", null,
              quoted(p) + " (" + p.kind().code() + ", starts " + p.start()
                  + ") supports no sales initiative; tactical work that no initiative asked for"
                  + " tends to go unused."));
        }
        continue;
      }
      Initiative i = initiativesById.get(p.supports());
      if (i == null) {
        continue; // the plan format refuses unknown ids; nothing to compare against
      }
      LeadWindow w = p.effectiveWindow(settings);
      LocalDate latest = w.min().before(i.start());
      LocalDate earliest = w.max().before(i.start());
      if (p.start().isAfter(latest)) {
        late.add(new Conflict(ConflictRule.LATE_START, p.id(), i.id(), null, "", null,
            quoted(p) + " starts " + p.start() + ", " + relation(p.start(), i) + "; "
                + needs(p, "at least " + w.min().describe(), p.minLead() == null)
                + ", so it should start by " + latest + "."));
      } else if (p.start().isBefore(earliest)) {
        early.add(new Conflict(ConflictRule.EARLY_START, p.id(), i.id(), null, "", null,
            quoted(p) + " starts " + p.start() + ", " + relation(p.start(), i) + "; "
                + needs(p, "at most " + w.max().describe() + " of lead", p.maxLead() == null)
                + ", so it should start no earlier than " + earliest
                + "; otherwise the momentum is spent before sales needs it."));
      }
      LocalDate review = p.salesReview();
      if (review == null) {
        reviews.add(new Conflict(ConflictRule.NO_SALES_REVIEW, p.id(), i.id(), null, "", null,
            "Sales has not reviewed " + quoted(p) + " for \"" + i.name() + "\"; it starts "
                + p.start() + ". Ask sales before the work begins."));
      } else if (review.isAfter(p.start())) {
        reviews.add(new Conflict(ConflictRule.NO_SALES_REVIEW, p.id(), i.id(), null, "", null,
            "Sales reviewed " + quoted(p) + " on " + review + ", "
                + Gaps.between(p.start(), review) + " after it started (" + p.start()
                + "). Ask sales before the work begins."));
      }
    }
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

  // UNSUPPORTED_QUARTER and LEADS_SHORTFALL: one pass over the target rows.
  private void targetRules(Map<ConflictRule, List<Conflict>> out) {
    List<Conflict> unsupported = out.get(ConflictRule.UNSUPPORTED_QUARTER);
    List<Conflict> shortfalls = out.get(ConflictRule.LEADS_SHORTFALL);
    Map<FiscalQuarter, List<Initiative>> byQuarter = new HashMap<>();
    for (Initiative i : plan.initiatives()) {
      byQuarter.computeIfAbsent(calendar.quarterOf(i.start()), k -> new ArrayList<>()).add(i);
    }
    for (QuarterTarget t : plan.targets()) {
      int matching = 0;
      int programs = 0;
      long leads = 0;
      for (Initiative i : byQuarter.getOrDefault(t.quarter(), List.of())) {
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
        unsupported.add(new Conflict(ConflictRule.UNSUPPORTED_QUARTER, "", "", t.quarter(), t.segment(),
            null, "The " + subject + " target of " + Money.format(t.revenue(), settings.currency())
                + " has nothing ramping into it: " + why));
      }
      if (t.leadsNeeded() > 0 && leads < t.leadsNeeded()) {
        shortfalls.add(new Conflict(ConflictRule.LEADS_SHORTFALL, "", "", t.quarter(), t.segment(),
            null, "The " + subject + " target needs " + t.leadsNeeded() + " qualified leads; "
                + (programs == 0 ? "no program is behind it"
                    : (programs == 1 ? "the 1 program behind it expects " : "the " + programs
                        + " programs behind it expect ") + leads)
                + ", " + (t.leadsNeeded() - leads) + " short."));
      }
    }
  }

  // OVER_CAPACITY: programs per calendar month, counted as the board's strip counts them.
  private void capacityRule(List<Conflict> out) {
    if (settings.capacityLimit().isEmpty()) {
      return;
    }
    int capacity = settings.capacity();
    MonthlyLoad load = MonthlyLoad.of(plan.programs());
    for (int m = 0; m < load.counts().length; m++) {
      int running = load.counts()[m];
      if (running > capacity) {
        YearMonth month = load.month(m);
        out.add(new Conflict(ConflictRule.OVER_CAPACITY, "", "", null, "", month,
            running + " programs run in " + month.getMonth().getDisplayName(TextStyle.FULL,
                Locale.ENGLISH) + " " + month.getYear() + " (" + month + "), but marketing can"
                + " carry " + capacity + " at once."));
      }
    }
  }

  // OVER_BUDGET: each program's marketing cost spread evenly over its days. The spend is summed
  // in double with a bound on its rounding error; only a quarter whose sum lies within that bound
  // of a half cent is summed again exactly, so the result is always the exact spend rounded half up.
  private void budgetRule(List<Conflict> out) {
    List<QuarterBudget> budgets = plan.budgets();
    if (budgets.isEmpty()) {
      return;
    }
    Map<FiscalQuarter, Integer> index = new HashMap<>(budgets.size() * 2);
    long[] from = new long[budgets.size()];
    long[] to = new long[budgets.size()];
    for (int k = 0; k < budgets.size(); k++) {
      FiscalQuarter q = budgets.get(k).quarter();
      index.put(q, k);
      from[k] = calendar.startOf(q).toEpochDay();
      to[k] = calendar.endOf(q).toEpochDay();
    }
    double[] cents = new double[budgets.size()];
    int[] terms = new int[budgets.size()];
    for (Program p : plan.programs()) {
      BigDecimal cost = p.marketingCost();
      if (!p.isActive() || cost.signum() == 0) {
        continue;
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
          cents[k] += costCents * inside / days;
          terms[k]++;
        }
      }
    }
    for (int k = 0; k < budgets.size(); k++) {
      QuarterBudget b = budgets.get(k);
      BigDecimal total = roundedSpend(cents[k], terms[k]);
      if (total == null) {
        total = exactSpend(from[k], to[k]);
      }
      if (total.compareTo(b.marketingBudget()) > 0) {
        String currency = settings.currency();
        out.add(new Conflict(ConflictRule.OVER_BUDGET, "", "", b.quarter(), "", null,
            "Marketing spend in " + b.quarter() + " is " + Money.format(total, currency) + ", "
                + Money.format(total.subtract(b.marketingBudget()), currency)
                + " over the budget of " + Money.format(b.marketingBudget(), currency) + "."));
      }
    }
  }

  /**
   * The sum in cents rounded half up, when the double sum of {@code terms} non-negative terms is
   * surely on the same side of the nearest half cent as the exact sum; else null.
   */
  static BigDecimal roundedSpend(double cents, int terms) {
    // each term: at most 3 roundings; the sum: at most one per term (relative to the total)
    double error = cents * (terms + 3) * 0x1p-52 + 0x1p-40;
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

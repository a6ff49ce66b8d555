package org.paceline.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.FiscalYearNaming;
import org.paceline.model.Holiday;
import org.paceline.model.Initiative;
import org.paceline.model.LeadDuration;
import org.paceline.model.LeadWindow;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.model.QuarterBudget;
import org.paceline.model.QuarterTarget;

/** Makes realistic random plans of any size from a seed, for round trips and benchmarks. */
public final class PlanGenerator {

  private static final String[] SEGMENTS = {"Enterprise", "Mid-market", "SMB", "Public sector",
      "Partners"};
  private static final String[] WORDS = {"Launch", "Renewal", "Webinar", "Summit", "Playbook",
      "Audit", "Campaign, \"big\"", "Case study", "Roadshow", "Report; Q&A", "Über-Kampagne",
      "Newsletter\nseries"};

  private PlanGenerator() {}

  /** A plan with the given numbers of rows, spread over {@code years} fiscal years from 2027. */
  public static Plan generate(long seed, int programs, int initiatives, int targetRows,
      int years) {
    Random r = new Random(seed);
    int fyStart = 1 + r.nextInt(12);
    FiscalYearNaming naming = r.nextBoolean() ? FiscalYearNaming.END : FiscalYearNaming.START;
    FiscalCalendar cal = new FiscalCalendar(fyStart, naming);
    LocalDate from = cal.startOfYear(2027);
    int days = (int) (cal.endOfYear(2026 + years).toEpochDay() - from.toEpochDay());

    EnumMap<ProgramKind, LeadWindow> windows = new EnumMap<>(ProgramKind.class);
    if (r.nextBoolean()) {
      windows.put(ProgramKind.EVENT, LeadWindow.parse("8w..6m"));
    }
    PlanSettings settings = new PlanSettings("Generated plan " + seed, fyStart, naming,
        r.nextBoolean() ? "USD" : "EUR", r.nextInt(3) == 0 ? 0 : 5 + r.nextInt(200), windows);

    List<QuarterTarget> targets = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int quarters = years * 4;
    // Enough segments that the asked-for number of (quarter, segment) rows exists.
    List<String> segments = new ArrayList<>(List.of(SEGMENTS));
    while (quarters * (segments.size() + 1) < targetRows * 1.3) {
      segments.add("Territory " + segments.size());
    }
    while (targets.size() < targetRows && seen.size() < quarters * (segments.size() + 1)) {
      FiscalQuarter q = quarter(2027, r.nextInt(quarters));
      String seg = r.nextInt(segments.size() + 1) == 0 ? "" : segments.get(r.nextInt(segments.size()));
      if (seen.add(q + seg.toLowerCase())) {
        targets.add(new QuarterTarget(q, seg, money(r, 5_000_000, r.nextInt(10) == 0),
            r.nextInt(4) == 0 ? null : r.nextInt(500)));
      }
    }
    List<QuarterBudget> budgets = new ArrayList<>();
    for (int i = 0; i < quarters; i++) {
      if (r.nextInt(5) > 0) {
        budgets.add(new QuarterBudget(quarter(2027, i), money(r, 200_000L * Math.max(1,
            programs / 20), false)));
      }
    }
    List<Initiative> inits = new ArrayList<>();
    for (int i = 0; i < initiatives; i++) {
      LocalDate start = from.plusDays(r.nextInt(days));
      inits.add(new Initiative("I-" + i, word(r) + " " + i,
          r.nextInt(4) == 0 ? "" : segments.get(r.nextInt(segments.size())).toUpperCase(),
          start, start.plusDays(r.nextInt(120)), r.nextBoolean() ? "VP Sales" : ""));
    }
    List<Program> progs = new ArrayList<>();
    ProgramKind[] kinds = ProgramKind.values();
    ProgramStatus[] statuses = ProgramStatus.values();
    for (int i = 0; i < programs; i++) {
      LocalDate start = from.minusDays(365).plusDays(r.nextInt(days + 365));
      LocalDate end = start.plusDays(r.nextInt(200));
      BigDecimal cost = money(r, 150_000, true);
      BigDecimal share = r.nextInt(3) == 0 ? cost.multiply(BigDecimal.valueOf(r.nextInt(101)))
          .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN) : BigDecimal.ZERO;
      String supports = initiatives > 0 && r.nextInt(5) > 0 ? "I-" + r.nextInt(initiatives) : "";
      LeadDuration min = null;
      LeadDuration max = null;
      if (r.nextInt(8) == 0) {
        min = LeadDuration.weeks(2 + r.nextInt(6));
        max = LeadDuration.months(3 + r.nextInt(9));
      }
      progs.add(new Program("P-" + i, word(r) + " program " + i, kinds[r.nextInt(kinds.length)],
          r.nextBoolean() ? "Digital" : "", start, end, supports, min, max, cost, share,
          r.nextInt(300), statuses[r.nextInt(statuses.length)],
          r.nextInt(4) == 0 ? null : start.minusDays(r.nextInt(60) - 10)));
    }
    return new Plan(settings, targets, budgets, inits, progs);
  }

  private static final String[] ITEMS = {"Booth graphics", "Brochures, printed", "Venue \"hall B\"",
      "Über-Giveaways", "Guest list\nfrom sales", "Media buy; radio", "Trainer", "Survey panel"};
  private static final String[] DURATION_UNITS = {"wd", "d", "w", "m"};

  /**
   * The plan with {@code perProgram} orders for every program (items, owners, every duration
   * unit, some ordered, some not) and about ten weekday holidays a year.
   */
  public static Plan withOrders(Plan plan, long seed, int perProgram) {
    Random r = new Random(seed);
    List<Order> orders = new ArrayList<>(plan.programs().size() * perProgram);
    for (Program p : plan.programs()) {
      int first = r.nextInt(ITEMS.length);
      for (int k = 0; k < perProgram; k++) {
        String item = ITEMS[(first + k) % ITEMS.length] + (k >= ITEMS.length ? " " + k : "");
        String unit = DURATION_UNITS[r.nextInt(DURATION_UNITS.length)];
        int amount = unit.equals("m") ? r.nextInt(4) : unit.equals("w") ? r.nextInt(12)
            : r.nextInt(40);
        LeadDuration lead = LeadDuration.parseWithUnit(amount + unit);
        LeadDuration needed = r.nextInt(3) == 0 ? LeadDuration.workingDays(r.nextInt(6))
            : LeadDuration.days(r.nextInt(3) == 0 ? r.nextInt(10) : 0);
        LocalDate ordered = r.nextInt(3) == 0 ? null : p.start().minusDays(r.nextInt(150));
        orders.add(new Order(p.id(), item, r.nextBoolean() ? "Sales: Dana" : "", lead, needed,
            ordered));
      }
    }
    List<Holiday> holidays = new ArrayList<>();
    Set<LocalDate> days = new HashSet<>();
    LocalDate from = plan.programs().stream().map(Program::start).min(LocalDate::compareTo)
        .orElse(LocalDate.of(2027, 1, 1));
    for (int year = from.getYear() - 1; year <= from.getYear() + 6; year++) {
      for (int k = 0; k < 10; k++) {
        LocalDate d = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
        if (days.add(d)) {
          holidays.add(new Holiday(d, k % 2 == 0 ? "Holiday " + k : ""));
        }
      }
    }
    return plan.withOrders(orders).withHolidays(holidays);
  }

  private static FiscalQuarter quarter(int firstYear, int index) {
    return new FiscalQuarter(firstYear + index / 4, index % 4 + 1);
  }

  private static BigDecimal money(Random r, long max, boolean cents) {
    long v = (long) (r.nextDouble() * max);
    return cents ? BigDecimal.valueOf(v * 100 + r.nextInt(100), 2) : BigDecimal.valueOf(v);
  }

  private static String word(Random r) {
    return WORDS[r.nextInt(WORDS.length)];
  }

  /** One random single-field edit of a program, as a user might make it on the board. */
  public static Program mutate(Program p, Random r, Plan plan) {
    String supports = p.supports();
    ProgramStatus status = p.status();
    int leads = p.expectedLeads();
    ProgramKind kind = p.kind();
    var start = p.start();
    var end = p.end();
    var review = p.salesReview();
    switch (r.nextInt(6)) {
      case 0 -> {
        int shift = r.nextInt(200) - 100;
        start = start.plusDays(shift);
        end = end.plusDays(shift);
      }
      case 1 -> status = ProgramStatus.values()[r.nextInt(ProgramStatus.values().length)];
      case 2 -> supports = plan.initiatives().isEmpty() || r.nextInt(4) == 0 ? ""
          : plan.initiatives().get(r.nextInt(plan.initiatives().size())).id();
      case 3 -> leads = r.nextInt(400);
      case 4 -> kind = ProgramKind.values()[r.nextInt(ProgramKind.values().length)];
      default -> review = r.nextBoolean() ? null : start.plusDays(r.nextInt(20) - 10);
    }
    return new Program(p.id(), p.name(), kind, p.owner(), start, end, supports, p.minLead(),
        p.maxLead(), p.cost(), p.salesShare(), leads, status, review);
  }
}

package org.paceline.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.FiscalYearNaming;
import org.paceline.model.Initiative;
import org.paceline.model.LeadDuration;
import org.paceline.model.LeadWindow;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.model.QuarterBudget;
import org.paceline.model.QuarterTarget;

/** Builds small plans for rule tests, with defaults for everything a test does not care about. */
public final class PlanBuilder {

  private int fyStart = 1;
  private FiscalYearNaming naming = FiscalYearNaming.END;
  private int capacity;
  private final EnumMap<ProgramKind, LeadWindow> windows = new EnumMap<>(ProgramKind.class);
  private final List<QuarterTarget> targets = new ArrayList<>();
  private final List<QuarterBudget> budgets = new ArrayList<>();
  private final List<Initiative> initiatives = new ArrayList<>();
  private final List<Program> programs = new ArrayList<>();

  public static PlanBuilder plan() {
    return new PlanBuilder();
  }

  public PlanBuilder fiscalYear(int startMonth, FiscalYearNaming n) {
    this.fyStart = startMonth;
    this.naming = n;
    return this;
  }

  public PlanBuilder capacity(int c) {
    this.capacity = c;
    return this;
  }

  public PlanBuilder window(ProgramKind kind, String window) {
    windows.put(kind, LeadWindow.parse(window));
    return this;
  }

  public PlanBuilder target(String quarter, String segment, long revenue, Integer leads) {
    targets.add(new QuarterTarget(FiscalQuarter.parse(quarter), segment,
        BigDecimal.valueOf(revenue), leads));
    return this;
  }

  public PlanBuilder budget(String quarter, String amount) {
    budgets.add(new QuarterBudget(FiscalQuarter.parse(quarter), new BigDecimal(amount)));
    return this;
  }

  public PlanBuilder initiative(String id, String segment, String start, String end) {
    initiatives.add(new Initiative(id, "Initiative " + id, segment, LocalDate.parse(start),
        LocalDate.parse(end), ""));
    return this;
  }

  public PlanBuilder program(ProgramSpec p) {
    programs.add(p.build());
    return this;
  }

  public Plan build() {
    return new Plan(new PlanSettings("Test plan", fyStart, naming, "USD", capacity, windows),
        targets, budgets, initiatives, programs);
  }

  /** A program with defaults: a planned campaign, reviewed long before it starts. */
  public static ProgramSpec program(String id, String start, String end) {
    return new ProgramSpec(id, LocalDate.parse(start), LocalDate.parse(end));
  }

  /** A program being described. */
  public static final class ProgramSpec {
    private final String id;
    private final LocalDate start;
    private final LocalDate end;
    private ProgramKind kind = ProgramKind.CAMPAIGN;
    private String supports = "";
    private LeadDuration min;
    private LeadDuration max;
    private BigDecimal cost = BigDecimal.ZERO;
    private BigDecimal share = BigDecimal.ZERO;
    private int leads;
    private ProgramStatus status = ProgramStatus.PLANNED;
    private LocalDate review = LocalDate.of(2000, 1, 1);

    ProgramSpec(String id, LocalDate start, LocalDate end) {
      this.id = id;
      this.start = start;
      this.end = end;
    }

    public ProgramSpec kind(ProgramKind k) {
      this.kind = k;
      return this;
    }

    public ProgramSpec supports(String initiative) {
      this.supports = initiative;
      return this;
    }

    public ProgramSpec lead(String minLead, String maxLead) {
      this.min = minLead == null ? null : LeadDuration.parse(minLead);
      this.max = maxLead == null ? null : LeadDuration.parse(maxLead);
      return this;
    }

    public ProgramSpec cost(String c, String salesShare) {
      this.cost = new BigDecimal(c);
      this.share = new BigDecimal(salesShare);
      return this;
    }

    public ProgramSpec leads(int n) {
      this.leads = n;
      return this;
    }

    public ProgramSpec status(ProgramStatus s) {
      this.status = s;
      return this;
    }

    public ProgramSpec review(String date) {
      this.review = date == null ? null : LocalDate.parse(date);
      return this;
    }

    Program build() {
      return new Program(id, "Program " + id, kind, "", start, end, supports, min, max, cost,
          share, leads, status, review);
    }
  }
}

package org.paceline.storage;

import static org.paceline.storage.jooq.Tables.INITIATIVE;
import static org.paceline.storage.jooq.Tables.PLAN;
import static org.paceline.storage.jooq.Tables.PLAN_HOLIDAY;
import static org.paceline.storage.jooq.Tables.PLAN_LEAD_WINDOW;
import static org.paceline.storage.jooq.Tables.PROGRAM;
import static org.paceline.storage.jooq.Tables.PROGRAM_ORDER;
import static org.paceline.storage.jooq.Tables.QUARTER_BUDGET;
import static org.paceline.storage.jooq.Tables.QUARTER_TARGET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.FiscalYearNaming;
import org.paceline.model.Holiday;
import org.paceline.model.FrozenPlanException;
import org.paceline.model.Initiative;
import org.paceline.model.LeadDuration;
import org.paceline.model.LeadWindow;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.PlanLineage;
import org.paceline.model.PlanSettings;
import org.paceline.model.PlanSummary;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.model.QuarterBudget;
import org.paceline.model.QuarterTarget;
import org.paceline.model.TextLimit;
import org.paceline.storage.jooq.tables.records.PlanRecord;

/**
 * The plans of a workspace. Returns model records; jOOQ types stay in this package.
 *
 * <p>Every change to an existing plan goes through {@link #write}, the one place that refuses to
 * change a baseline (a frozen copy). A new write method must use it too; {@code
 * PlanRepositoryFreezeTest} lists every public method as a read or a guarded write.
 */
public final class PlanRepository {

  private final DSLContext dsl;
  /** Who writes through this repository (a server login), or null in a workspace folder. */
  private final String user;

  PlanRepository(DSLContext dsl) {
    this(dsl, null);
  }

  PlanRepository(DSLContext dsl, String user) {
    this.dsl = dsl;
    this.user = user;
  }

  /*
   * Optimistic locking: the row versions this client last read or wrote, per plan and per
   * program. Every write is based on them and refused when the row changed since.
   */
  private final Map<Long, Long> planVersions = new ConcurrentHashMap<>();
  private final Map<String, Long> programVersions = new ConcurrentHashMap<>();
  /** Per order (plan, program, item key), and per plan for its holidays (written as one list). */
  private final Map<String, Long> orderVersions = new ConcurrentHashMap<>();
  private final Map<Long, Long> holidayVersions = new ConcurrentHashMap<>();

  /** A plan version that matches no row: the plan changed in ways this client has not seen. */
  private static final long UNKNOWN = -1;

  /** Whether this client has seen the plan at {@code version} (its own write, say). */
  boolean isCurrent(long planId, long version) {
    Long seen = planVersions.get(planId);
    return seen != null && seen == version;
  }

  private static String key(long planId, String programId) {
    return planId + "\u0000" + programId;
  }

  private static String versionKey(long planId, String programId, String itemKey) {
    return key(planId, programId) + "\u0000" + itemKey;
  }

  private static String versionKey(long planId, Order o) {
    return versionKey(planId, o.program(), o.itemKey());
  }

  /** Forgets the order versions of one program ({@code programId}) or all (null) of a plan. */
  private void forgetOrders(long planId, String programId) {
    String prefix = programId == null ? planId + "\u0000" : key(planId, programId) + "\u0000";
    orderVersions.keySet().removeIf(k -> k.startsWith(prefix));
  }

  /** Remembers that every order of {@code plan} is at {@code version}, as just written. */
  private void ordersWritten(long planId, Plan plan, long version) {
    forgetOrders(planId, null);
    plan.orders().forEach(o -> orderVersions.put(versionKey(planId, o), version));
  }

  /** Every plan, by name. */
  public List<PlanSummary> list() {
    var programs = DSL.field(DSL.selectCount().from(PROGRAM).where(PROGRAM.PLAN_ID.eq(PLAN.ID)));
    var initiatives =
        DSL.field(DSL.selectCount().from(INITIATIVE).where(INITIATIVE.PLAN_ID.eq(PLAN.ID)));
    return dsl.select(PLAN.ID, PLAN.NAME, programs, initiatives, PLAN.CREATED_AT)
        .from(PLAN)
        .orderBy(PLAN.NAME)
        .fetch(r -> new PlanSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
  }

  /**
   * Every plan with its kind and the plan it was copied from, by name: the list of scenarios and
   * baselines.
   */
  public List<PlanLineage> lineage() {
    var origin = PLAN.as("origin");
    return dsl.select(PLAN.ID, PLAN.NAME, PLAN.KIND, PLAN.ORIGIN_ID, origin.NAME, PLAN.CREATED_AT)
        .from(PLAN)
        .leftJoin(origin).on(origin.ID.eq(PLAN.ORIGIN_ID))
        .orderBy(PLAN.NAME)
        .fetch(r -> new PlanLineage(r.value1(), r.value2(), kindOf(r.value3()), r.value4(),
            r.value5(), r.value6()));
  }

  /**
   * What the plan with this id is: plan, scenario or baseline.
   *
   * @throws WorkspaceException when there is no such plan
   */
  public PlanKind kind(long planId) {
    String k = dsl.select(PLAN.KIND).from(PLAN).where(PLAN.ID.eq(planId)).fetchOne(PLAN.KIND);
    if (k == null) {
      throw missing(planId);
    }
    return kindOf(k);
  }

  private static PlanKind kindOf(String code) {
    return PlanKind.fromCode(code).orElseThrow(() -> new IllegalStateException(
        "unknown plan kind " + code));
  }

  private static WorkspaceException missing(long planId) {
    return new WorkspaceException(null, "There is no plan with id " + planId
        + " in the workspace any more.", null);
  }

  /** The id of the plan with this exact name. */
  public Optional<Long> findByName(String name) {
    return dsl.select(PLAN.ID).from(PLAN).where(PLAN.NAME.eq(name)).fetchOptional(PLAN.ID);
  }

  /**
   * {@code base} if no plan has that name yet, else {@code base (2)}, {@code base (3)}, …, with
   * {@code base} shortened where needed so that the name stays within {@link TextLimit#PLAN_NAME}.
   */
  public String uniqueName(String base) {
    Set<String> taken = new HashSet<>(dsl.select(PLAN.NAME).from(PLAN).fetch(PLAN.NAME));
    String name = base;
    for (int n = 2; taken.contains(name); n++) {
      name = TextLimit.PLAN_NAME.withSuffix(base, " (" + n + ")");
    }
    return name;
  }

  /** Stores a new plan, all of it in one transaction, and returns its id. */
  public long insert(Plan plan) {
    return insert(plan, NEVER);
  }

  /** Programs are written in batches of this many; a cancel is honoured between two. */
  static final int PROGRAM_BATCH = 500;
  private static final java.util.function.BooleanSupplier NEVER = () -> false;

  /**
   * Stores a new plan in one transaction, asking {@code cancelled} between batches of programs:
   * once it says so the transaction rolls back, nothing is stored, and a
   * {@link java.util.concurrent.CancellationException} is thrown.
   */
  public long insert(Plan plan, java.util.function.BooleanSupplier cancelled) {
    long id = dsl.transactionResult(trx -> insert(trx.dsl(), plan, cancelled));
    planVersions.put(id, 0L);
    plan.programs().forEach(p -> programVersions.put(key(id, p.id()), 0L));
    ordersWritten(id, plan, 0);
    holidayVersions.put(id, 0L);
    return id;
  }

  private long insert(DSLContext tx, Plan plan) {
    return insert(tx, plan, NEVER);
  }

  private long insert(DSLContext tx, Plan plan, java.util.function.BooleanSupplier cancelled) {
    PlanSettings s = plan.settings();
    PlanRecord rec = tx.newRecord(PLAN);
    rec.setName(s.name());
    rec.setFiscalYearStart(s.fiscalYearStart());
    rec.setFiscalYearNamedBy(s.namedBy().code());
    rec.setCurrency(s.currency());
    rec.setCapacity(s.capacity() == 0 ? null : s.capacity());
    rec.setChangedBy(user);
    rec.store();
    long id = rec.getId();
    insertContent(tx, id, plan, 0, cancelled);
    return id;
  }

  private void insertContent(DSLContext tx, long id, Plan plan, long programVersion,
      java.util.function.BooleanSupplier cancelled) {
    PlanSettings s = plan.settings();
    BatchBindStep windows = tx.batch(tx.insertInto(PLAN_LEAD_WINDOW, PLAN_LEAD_WINDOW.PLAN_ID,
        PLAN_LEAD_WINDOW.KIND, PLAN_LEAD_WINDOW.MIN_LEAD, PLAN_LEAD_WINDOW.MAX_LEAD)
        .values((Long) null, null, null, null));
    s.leadWindows().forEach((kind, w) ->
        windows.bind(id, kind.code(), w.min().toString(), w.max().toString()));
    windows.execute();

    if (!plan.targets().isEmpty()) {
      BatchBindStep b = tx.batch(tx.insertInto(QUARTER_TARGET, QUARTER_TARGET.PLAN_ID,
          QUARTER_TARGET.POSITION, QUARTER_TARGET.FISCAL_YEAR, QUARTER_TARGET.QUARTER,
          QUARTER_TARGET.SEGMENT, QUARTER_TARGET.REVENUE, QUARTER_TARGET.QUALIFIED_LEADS)
          .values((Long) null, null, null, null, null, null, null));
      int pos = 0;
      for (QuarterTarget t : plan.targets()) {
        b.bind(id, pos++, t.quarter().fiscalYear(), t.quarter().quarter(), t.segment(),
            t.revenue(), t.qualifiedLeads());
      }
      b.execute();
    }
    if (!plan.budgets().isEmpty()) {
      BatchBindStep b = tx.batch(tx.insertInto(QUARTER_BUDGET, QUARTER_BUDGET.PLAN_ID,
          QUARTER_BUDGET.POSITION, QUARTER_BUDGET.FISCAL_YEAR, QUARTER_BUDGET.QUARTER,
          QUARTER_BUDGET.MARKETING_BUDGET).values((Long) null, null, null, null, null));
      int pos = 0;
      for (QuarterBudget q : plan.budgets()) {
        b.bind(id, pos++, q.quarter().fiscalYear(), q.quarter().quarter(), q.marketingBudget());
      }
      b.execute();
    }
    if (!plan.initiatives().isEmpty()) {
      BatchBindStep b = tx.batch(tx.insertInto(INITIATIVE, INITIATIVE.PLAN_ID,
          INITIATIVE.POSITION, INITIATIVE.ID, INITIATIVE.NAME, INITIATIVE.SEGMENT,
          INITIATIVE.START_DATE, INITIATIVE.END_DATE, INITIATIVE.OWNER)
          .values((Long) null, null, null, null, null, null, null, null));
      int pos = 0;
      for (Initiative i : plan.initiatives()) {
        b.bind(id, pos++, i.id(), i.name(), i.segment(), i.start(), i.end(), i.owner());
      }
      b.execute();
    }
    List<Program> programs = plan.programs();
    for (int from = 0; from < programs.size(); from += PROGRAM_BATCH) {
      refuseCancelled(cancelled);
      BatchBindStep b = tx.batch(tx.insertInto(PROGRAM, PROGRAM.PLAN_ID, PROGRAM.POSITION,
          PROGRAM.ID, PROGRAM.NAME, PROGRAM.KIND, PROGRAM.OWNER, PROGRAM.START_DATE,
          PROGRAM.END_DATE, PROGRAM.SUPPORTS, PROGRAM.MIN_LEAD, PROGRAM.MAX_LEAD, PROGRAM.COST,
          PROGRAM.SALES_SHARE, PROGRAM.EXPECTED_LEADS, PROGRAM.STATUS, PROGRAM.SALES_REVIEW,
          PROGRAM.ROW_VERSION, PROGRAM.CHANGED_BY)
          .values((Long) null, null, null, null, null, null, null, null, null, null, null, null,
              null, null, null, null, null, null));
      int to = Math.min(programs.size(), from + PROGRAM_BATCH);
      for (int pos = from; pos < to; pos++) {
        Program p = programs.get(pos);
        b.bind(id, pos, p.id(), p.name(), p.kind().code(), p.owner(), p.start(), p.end(),
            p.hasSupports() ? p.supports() : null, text(p.minLead()), text(p.maxLead()),
            p.cost(), p.salesShare(), p.expectedLeads(), p.status().code(), p.salesReview(),
            programVersion, user);
      }
      b.execute();
    }
    refuseCancelled(cancelled);
    insertOrdersAndHolidays(tx, id, plan, programVersion);
  }

  /** Thrown inside the transaction, so that everything written in it rolls back. */
  private static void refuseCancelled(java.util.function.BooleanSupplier cancelled) {
    if (cancelled.getAsBoolean()) {
      throw new java.util.concurrent.CancellationException("cancelled: nothing was stored");
    }
  }

  private void insertOrdersAndHolidays(DSLContext tx, long id, Plan plan, long version) {
    if (!plan.orders().isEmpty()) {
      BatchBindStep b = tx.batch(tx.insertInto(PROGRAM_ORDER, PROGRAM_ORDER.PLAN_ID,
          PROGRAM_ORDER.POSITION, PROGRAM_ORDER.PROGRAM_ID, PROGRAM_ORDER.ITEM,
          PROGRAM_ORDER.ITEM_KEY, PROGRAM_ORDER.OWNER, PROGRAM_ORDER.LEAD_TIME,
          PROGRAM_ORDER.NEEDED_BEFORE, PROGRAM_ORDER.ORDERED_ON, PROGRAM_ORDER.ROW_VERSION,
          PROGRAM_ORDER.CHANGED_BY)
          .values((Long) null, null, null, null, null, null, null, null, null, null, null));
      int pos = 0;
      for (Order o : plan.orders()) {
        b.bind(id, pos++, o.program(), o.item(), o.itemKey(), o.owner(), o.leadTime().toString(),
            o.neededBefore().toString(), o.ordered(), version, user);
      }
      b.execute();
    }
    insertHolidays(tx, id, plan.holidays());
  }

  private static void insertHolidays(DSLContext tx, long id, List<Holiday> holidays) {
    if (holidays.isEmpty()) {
      return;
    }
    BatchBindStep b = tx.batch(tx.insertInto(PLAN_HOLIDAY, PLAN_HOLIDAY.PLAN_ID,
        PLAN_HOLIDAY.POSITION, PLAN_HOLIDAY.HOLIDAY_DATE, PLAN_HOLIDAY.NAME)
        .values((Long) null, null, null, null));
    int pos = 0;
    for (Holiday h : holidays) {
      b.bind(id, pos++, h.date(), h.name());
    }
    b.execute();
  }

  private static String text(LeadDuration d) {
    return d == null ? null : d.toString();
  }

  /**
   * The whole plan with this id.
   *
   * @throws WorkspaceException when there is no such plan
   */
  public Plan load(long planId) {
    return dsl.transactionResult(trx -> load(trx.dsl(), planId));
  }

  /**
   * One program as stored now, e.g. after another user changed it; empty when it is gone. Its
   * version becomes the base of this client's next change to it.
   */
  public Optional<Program> loadProgram(long planId, String programId) {
    Optional<Record> r = dsl.selectFrom(PROGRAM)
        .where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(programId))).fetchOptional()
        .map(x -> x);
    r.ifPresentOrElse(x -> programVersions.put(key(planId, programId), x.get(PROGRAM.ROW_VERSION)),
        () -> programVersions.remove(key(planId, programId)));
    return r.map(PlanRepository::program);
  }

  private Plan load(DSLContext tx, long planId) {
    PlanRecord p = tx.selectFrom(PLAN).where(PLAN.ID.eq(planId)).fetchOne();
    if (p == null) {
      throw new WorkspaceException(null, "There is no plan with id " + planId + ".", null);
    }
    EnumMap<ProgramKind, LeadWindow> windows = PlanSettings.defaultLeadWindows();
    tx.selectFrom(PLAN_LEAD_WINDOW).where(PLAN_LEAD_WINDOW.PLAN_ID.eq(planId)).forEach(w ->
        ProgramKind.fromCode(w.getKind()).ifPresent(k -> windows.put(k, new LeadWindow(
            LeadDuration.parse(w.getMinLead()), LeadDuration.parse(w.getMaxLead())))));
    PlanSettings settings = new PlanSettings(p.getName(), p.getFiscalYearStart(),
        FiscalYearNaming.fromCode(p.getFiscalYearNamedBy()).orElseThrow(), p.getCurrency(),
        p.getCapacity() == null ? 0 : p.getCapacity(), windows);

    List<QuarterTarget> targets = tx.selectFrom(QUARTER_TARGET)
        .where(QUARTER_TARGET.PLAN_ID.eq(planId)).orderBy(QUARTER_TARGET.POSITION)
        .fetch(r -> new QuarterTarget(new FiscalQuarter(r.getFiscalYear(), r.getQuarter()),
            r.getSegment(), r.getRevenue(), r.getQualifiedLeads()));
    List<QuarterBudget> budgets = tx.selectFrom(QUARTER_BUDGET)
        .where(QUARTER_BUDGET.PLAN_ID.eq(planId)).orderBy(QUARTER_BUDGET.POSITION)
        .fetch(r -> new QuarterBudget(new FiscalQuarter(r.getFiscalYear(), r.getQuarter()),
            r.getMarketingBudget()));
    List<Initiative> initiatives = tx.selectFrom(INITIATIVE)
        .where(INITIATIVE.PLAN_ID.eq(planId)).orderBy(INITIATIVE.POSITION)
        .fetch(r -> new Initiative(r.getId(), r.getName(), r.getSegment(), r.getStartDate(),
            r.getEndDate(), r.getOwner()));
    List<Program> programs = new ArrayList<>();
    for (Record r : tx.selectFrom(PROGRAM).where(PROGRAM.PLAN_ID.eq(planId))
        .orderBy(PROGRAM.POSITION).fetch()) {
      programs.add(program(r));
      programVersions.put(key(planId, r.get(PROGRAM.ID)), r.get(PROGRAM.ROW_VERSION));
    }
    forgetOrders(planId, null);
    List<Order> orders = tx.selectFrom(PROGRAM_ORDER).where(PROGRAM_ORDER.PLAN_ID.eq(planId))
        .orderBy(PROGRAM_ORDER.POSITION)
        .fetch(r -> {
          orderVersions.put(versionKey(planId, r.getProgramId(), r.getItemKey()),
              r.getRowVersion());
          return order(r);
        });
    List<Holiday> holidays = holidays(tx, planId);
    planVersions.put(planId, p.getRowVersion());
    holidayVersions.put(planId, p.getHolidaysVersion());
    return new Plan(settings, targets, budgets, initiatives, programs, orders, holidays);
  }

  private static List<Holiday> holidays(DSLContext tx, long planId) {
    return tx.selectFrom(PLAN_HOLIDAY).where(PLAN_HOLIDAY.PLAN_ID.eq(planId))
        .orderBy(PLAN_HOLIDAY.POSITION)
        .fetch(r -> new Holiday(r.getHolidayDate(), r.getName()));
  }

  private static Order order(org.paceline.storage.jooq.tables.records.ProgramOrderRecord r) {
    return new Order(r.getProgramId(), r.getItem(), r.getOwner(),
        LeadDuration.parseWithUnit(r.getLeadTime()),
        LeadDuration.parseWithUnit(r.getNeededBefore()), r.getOrderedOn());
  }

  private static Program program(Record r) {
    String min = r.get(PROGRAM.MIN_LEAD);
    String max = r.get(PROGRAM.MAX_LEAD);
    return new Program(r.get(PROGRAM.ID), r.get(PROGRAM.NAME),
        ProgramKind.fromCode(r.get(PROGRAM.KIND)).orElseThrow(), r.get(PROGRAM.OWNER),
        r.get(PROGRAM.START_DATE), r.get(PROGRAM.END_DATE), r.get(PROGRAM.SUPPORTS),
        min == null ? null : LeadDuration.parse(min), max == null ? null : LeadDuration.parse(max),
        r.get(PROGRAM.COST), r.get(PROGRAM.SALES_SHARE), r.get(PROGRAM.EXPECTED_LEADS),
        ProgramStatus.fromCode(r.get(PROGRAM.STATUS)).orElseThrow(), r.get(PROGRAM.SALES_REVIEW));
  }

  // ------------------------------------------------------------ scenarios and baselines

  /**
   * Copies a whole plan under a new name, in one transaction, as a scenario (a what-if copy) or a
   * baseline (a frozen copy). The copy goes through {@link #load} and {@link #insert} of the whole
   * model, so every table the plan has is copied, including tables added later.
   *
   * @param kind {@link PlanKind#SCENARIO} or {@link PlanKind#BASELINE}
   * @return the copy's id
   * @throws IllegalArgumentException when the name is taken or empty
   */
  public long copy(long fromId, String name, PlanKind kind) {
    if (kind == PlanKind.PLAN) {
      throw new IllegalArgumentException("A copy is a scenario or a baseline.");
    }
    Plan[] copied = new Plan[1];
    long id = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      String newName = freeName(tx, name, -1);
      PlanRepository r = new PlanRepository(tx);
      copied[0] = r.load(fromId).withName(newName);
      long made = r.insert(copied[0]);
      tx.update(PLAN).set(PLAN.KIND, kind.code()).set(PLAN.ORIGIN_ID, fromId)
          .where(PLAN.ID.eq(made)).execute();
      return made;
    });
    // as after insert: this repository knows the copy's versions, so it may edit it at once
    planVersions.put(id, 0L);
    copied[0].programs().forEach(p -> programVersions.put(key(id, p.id()), 0L));
    ordersWritten(id, copied[0], 0);
    holidayVersions.put(id, 0L);
    return id;
  }

  /**
   * Gives a plan another name, in one transaction.
   *
   * @throws IllegalArgumentException when the name is taken or empty
   * @throws FrozenPlanException when the plan is a baseline
   */
  public void rename(long planId, String newName) {
    long planBase = planVersions.getOrDefault(planId, UNKNOWN);
    long now = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      refuseFrozen(tx, planId);
      long version = touchPlan(tx, planId); // counts in the plan's version: live boards hear
      String name = freeName(tx, newName, planId);
      tx.update(PLAN).set(PLAN.NAME, name).where(PLAN.ID.eq(planId)).execute();
      return version;
    });
    planTouched(planId, planBase, now);
  }

  private static String freeName(DSLContext tx, String name, long self) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw new IllegalArgumentException("A plan needs a name.");
    }
    if (n.length() > 200) {
      throw new IllegalArgumentException("A plan's name can be at most 200 characters long.");
    }
    Long other = tx.select(PLAN.ID).from(PLAN).where(PLAN.NAME.eq(n)).fetchOne(PLAN.ID);
    if (other != null && other != self) {
      throw new IllegalArgumentException("There is already a plan named \"" + n
          + "\"; choose another name.");
    }
    return n;
  }

  /**
   * What adopting a scenario did, with what {@link #unadopt} needs to take it back.
   *
   * @param planId the plan that took the scenario's content
   * @param planName its name (unchanged)
   * @param baselineId the automatic baseline that keeps the plan's old content
   * @param baselineName its name
   * @param scenario the scenario as it was before it was removed
   * @param copiesMoved the other plans made from the scenario, now pointing at the plan
   */
  public record Adoption(long planId, String planName, long baselineId, String baselineName,
      RemovedPlan scenario, List<Long> copiesMoved) {
    public Adoption {
      copiesMoved = List.copyOf(copiesMoved);
    }
  }

  /**
   * A plan as it was just before it was removed: everything {@link #restore} needs to bring it
   * back whole, under the same id (so its view settings, its undo history and the plans made from
   * it find it again).
   *
   * @param id its id
   * @param plan its content: settings and every table
   * @param kind plan, scenario or baseline
   * @param originId the plan it was copied from, or null
   * @param createdAt when it was made
   * @param rowVersion its row version when it was removed
   * @param copies the plans that were copied from it
   */
  public record RemovedPlan(long id, Plan plan, PlanKind kind, Long originId,
      java.time.LocalDateTime createdAt, long rowVersion, List<Long> copies) {
    public RemovedPlan {
      copies = List.copyOf(copies);
    }
  }

  /**
   * Adopts a scenario, in one transaction: the plan it came from takes the scenario's content
   * (keeping its own name and id), its old content is kept as an automatic baseline named by
   * {@code today}, and the scenario is removed.
   *
   * @throws IllegalArgumentException when the plan is not a scenario, or its plan is gone
   * @throws FrozenPlanException when the scenario was made from a baseline
   */
  public Adoption adopt(long scenarioId, LocalDate today) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      PlanRecord s = tx.selectFrom(PLAN).where(PLAN.ID.eq(scenarioId)).fetchOne();
      if (s == null) {
        throw missing(scenarioId);
      }
      if (!PlanKind.SCENARIO.code().equals(s.getKind())) {
        throw new IllegalArgumentException("\"" + s.getName() + "\" is a " + s.getKind()
            + ", not a scenario; only a scenario can be adopted.");
      }
      if (s.getOriginId() == null) {
        throw new IllegalArgumentException("The plan that \"" + s.getName()
            + "\" was made from is no longer in the workspace; there is nothing to adopt it into.");
      }
      long planId = s.getOriginId();
      // A repository on this transaction: its writes (and their guard) join it as savepoints.
      PlanRepository r = new PlanRepository(tx);
      Plan scenario = r.load(scenarioId);
      Plan old = r.load(planId);
      String baselineName = r.uniqueName(old.name() + " baseline " + today);
      r.replace(planId, scenario.withName(old.name()));
      long baselineId = r.insert(old.withName(baselineName));
      tx.update(PLAN).set(PLAN.KIND, PlanKind.BASELINE.code()).set(PLAN.ORIGIN_ID, planId)
          .where(PLAN.ID.eq(baselineId)).execute();
      // other scenarios of the adopted one now come from the plan it became
      List<Long> moved = tx.select(PLAN.ID).from(PLAN).where(PLAN.ORIGIN_ID.eq(scenarioId))
          .orderBy(PLAN.ID).fetch(PLAN.ID);
      tx.update(PLAN).set(PLAN.ORIGIN_ID, planId).where(PLAN.ORIGIN_ID.eq(scenarioId)).execute();
      RemovedPlan removed = r.remove(tx, scenarioId);
      return new Adoption(planId, old.name(), baselineId, baselineName, removed, moved);
    });
  }

  /**
   * Takes an adoption back, in one transaction: the plan gets its old content again (from the
   * adoption's baseline), the automatic baseline is removed, the scenario comes back whole under
   * its own id, and the plans that were made from it point at it again.
   *
   * @throws IllegalArgumentException when the automatic baseline is no longer in the workspace
   *     (its content is the plan's old content), or the scenario's name is taken meanwhile
   */
  public void unadopt(Adoption done) {
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      refuseFrozen(tx, done.planId());
      PlanRepository r = new PlanRepository(tx);
      if (tx.fetchCount(PLAN, PLAN.ID.eq(done.baselineId())) == 0) {
        throw new IllegalArgumentException("The baseline \"" + done.baselineName()
            + "\" that kept the plan's old content is no longer in the workspace.");
      }
      Plan old = r.load(done.baselineId());
      r.load(done.planId()); // the base version of the replace below
      r.replace(done.planId(), old.withName(done.planName()));
      r.delete(done.baselineId());
      r.restore(tx, done.scenario());
      if (!done.copiesMoved().isEmpty()) {
        tx.update(PLAN).set(PLAN.ORIGIN_ID, done.scenario().id())
            .where(PLAN.ID.in(done.copiesMoved()).and(PLAN.ORIGIN_ID.eq(done.planId())))
            .execute();
      }
    });
    planVersions.remove(done.planId()); // its next load says the version to base edits on
    rememberRestored(done.scenario());
  }

  /**
   * Removes a plan and everything in it, in one transaction, and returns it as it was, for
   * {@link #restore}. Allowed for a baseline: it removes the copy, it does not change it.
   */
  public RemovedPlan remove(long planId) {
    return dsl.transactionResult(trx -> remove(trx.dsl(), planId));
  }

  private RemovedPlan remove(DSLContext tx, long planId) {
    PlanRecord p = tx.selectFrom(PLAN).where(PLAN.ID.eq(planId)).fetchOne();
    if (p == null) {
      throw missing(planId);
    }
    Plan content = new PlanRepository(tx).load(planId);
    List<Long> copies = tx.select(PLAN.ID).from(PLAN).where(PLAN.ORIGIN_ID.eq(planId))
        .orderBy(PLAN.ID).fetch(PLAN.ID);
    RemovedPlan removed = new RemovedPlan(planId, content, kindOf(p.getKind()), p.getOriginId(),
        p.getCreatedAt(), p.getRowVersion(), copies);
    tx.deleteFrom(PROGRAM).where(PROGRAM.PLAN_ID.eq(planId)).execute();
    tx.deleteFrom(PLAN).where(PLAN.ID.eq(planId)).execute();
    planVersions.remove(planId);
    programVersions.keySet().removeIf(k -> k.startsWith(planId + "\u0000"));
    return removed;
  }

  /**
   * Brings a removed plan back whole, in one transaction: the same id, name, kind, origin (when
   * that plan is still there), time made and every table; the plans made from it that are still
   * there and come from nowhere now point at it again.
   *
   * @throws IllegalArgumentException when another plan took its name or id meanwhile
   */
  public void restore(RemovedPlan removed) {
    dsl.transaction(trx -> restore(trx.dsl(), removed));
    rememberRestored(removed);
  }

  private void restore(DSLContext tx, RemovedPlan removed) {
    String name = removed.plan().name();
    if (tx.fetchCount(PLAN, PLAN.NAME.eq(name)) > 0) {
      throw new IllegalArgumentException("There is already a plan named \"" + name
          + "\"; rename it first to bring this one back.");
    }
    if (tx.fetchCount(PLAN, PLAN.ID.eq(removed.id())) > 0) {
      throw new IllegalArgumentException("The plan \"" + name + "\" is already back.");
    }
    Long origin = removed.originId();
    if (origin != null && tx.fetchCount(PLAN, PLAN.ID.eq(origin)) == 0) {
      origin = null;
    }
    PlanSettings s = removed.plan().settings();
    long version = removed.rowVersion() + 1;
    tx.insertInto(PLAN, PLAN.ID, PLAN.NAME, PLAN.FISCAL_YEAR_START, PLAN.FISCAL_YEAR_NAMED_BY,
        PLAN.CURRENCY, PLAN.CAPACITY, PLAN.CREATED_AT, PLAN.KIND, PLAN.ORIGIN_ID,
        PLAN.ROW_VERSION, PLAN.CHANGED_BY)
        .values(removed.id(), s.name(), s.fiscalYearStart(), s.namedBy().code(), s.currency(),
            s.capacity() == 0 ? null : s.capacity(), removed.createdAt(), removed.kind().code(),
            origin, version, user)
        .execute();
    insertContent(tx, removed.id(), removed.plan(), version, NEVER);
    if (!removed.copies().isEmpty()) {
      tx.update(PLAN).set(PLAN.ORIGIN_ID, removed.id())
          .where(PLAN.ID.in(removed.copies()).and(PLAN.ORIGIN_ID.isNull())).execute();
    }
  }

  private void rememberRestored(RemovedPlan removed) {
    long version = removed.rowVersion() + 1;
    planVersions.put(removed.id(), version);
    removed.plan().programs().forEach(p -> programVersions.put(key(removed.id(), p.id()),
        version));
    ordersWritten(removed.id(), removed.plan(), version); // written at that version too
  }

  /**
   * The one guard of every change to an existing plan: runs {@code work} in a transaction after
   * checking that the plan exists and is not a baseline.
   */
  private void write(long planId, Consumer<DSLContext> work) {
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      refuseFrozen(tx, planId);
      work.accept(tx);
    });
  }

  /** The one check every write makes first, inside its transaction: a baseline is frozen. */
  private static void refuseFrozen(DSLContext tx, long planId) {
    PlanRecord p = tx.selectFrom(PLAN).where(PLAN.ID.eq(planId)).fetchOne();
    if (p == null) {
      throw missing(planId);
    }
    if (PlanKind.BASELINE.code().equals(p.getKind())) {
      throw new FrozenPlanException(p.getName());
    }
  }


  /** Removes a plan and everything in it. */
  public void delete(long planId) {
    // Allowed for a baseline too: it removes the frozen copy, it does not change it.
    dsl.transaction(trx -> {
      // Programs first: they refer to initiatives of the same plan.
      trx.dsl().deleteFrom(PROGRAM).where(PROGRAM.PLAN_ID.eq(planId)).execute();
      trx.dsl().deleteFrom(PLAN).where(PLAN.ID.eq(planId)).execute();
    });
  }

  // ---------------------------------------------------------------- edits, one transaction each

  /**
   * Replaces the whole content of a plan (settings and tables) in one transaction: what undo and
   * redo of any edit come down to, so every command is persisted the same simple way.
   */
  public void replace(long planId, Plan plan) {
    replace(planId, plan, NEVER);
  }

  /**
   * As {@link #replace(long, Plan)}, asking {@code cancelled} between batches of programs: once
   * it says so the transaction rolls back, the plan stays as it was, and a
   * {@link java.util.concurrent.CancellationException} is thrown.
   */
  public void replace(long planId, Plan plan, java.util.function.BooleanSupplier cancelled) {
    long base = planVersions.getOrDefault(planId, UNKNOWN);
    long[] versions = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      refuseFrozen(tx, planId);
      // The plan's row first: it is locked from here on, and refused if it changed since.
      PlanSettings s = plan.settings();
      int n = tx.update(PLAN)
          .set(PLAN.NAME, s.name())
          .set(PLAN.FISCAL_YEAR_START, s.fiscalYearStart())
          .set(PLAN.FISCAL_YEAR_NAMED_BY, s.namedBy().code())
          .set(PLAN.CURRENCY, s.currency())
          .set(PLAN.CAPACITY, s.capacity() == 0 ? null : s.capacity())
          .set(PLAN.ROW_VERSION, PLAN.ROW_VERSION.plus(1))
          .set(PLAN.CHANGED_BY, user)
          .where(PLAN.ID.eq(planId).and(PLAN.ROW_VERSION.eq(base)))
          .execute();
      if (n != 1) {
        throw planChanged(tx, planId);
      }
      // The holidays' own version moves only when the list changes, so a replace that leaves
      // them alone does not refuse another client's holiday edit.
      if (!holidays(tx, planId).equals(plan.holidays())) {
        tx.update(PLAN).set(PLAN.HOLIDAYS_VERSION, base + 1)
            .set(PLAN.HOLIDAYS_CHANGED_BY, user).where(PLAN.ID.eq(planId)).execute();
      }
      long holidaysNow = tx.select(PLAN.HOLIDAYS_VERSION).from(PLAN).where(PLAN.ID.eq(planId))
          .fetchOne(PLAN.HOLIDAYS_VERSION);
      tx.deleteFrom(PROGRAM_ORDER).where(PROGRAM_ORDER.PLAN_ID.eq(planId)).execute();
      tx.deleteFrom(PLAN_HOLIDAY).where(PLAN_HOLIDAY.PLAN_ID.eq(planId)).execute();
      tx.deleteFrom(PROGRAM).where(PROGRAM.PLAN_ID.eq(planId)).execute();
      tx.deleteFrom(INITIATIVE).where(INITIATIVE.PLAN_ID.eq(planId)).execute();
      tx.deleteFrom(QUARTER_TARGET).where(QUARTER_TARGET.PLAN_ID.eq(planId)).execute();
      tx.deleteFrom(QUARTER_BUDGET).where(QUARTER_BUDGET.PLAN_ID.eq(planId)).execute();
      tx.deleteFrom(PLAN_LEAD_WINDOW).where(PLAN_LEAD_WINDOW.PLAN_ID.eq(planId)).execute();
      // Programs and orders written anew get the plan's new version, higher than any they had
      // before, so no other client's older base for them matches.
      insertContent(tx, planId, plan, base + 1, cancelled);
      return new long[] {base + 1, holidaysNow};
    });
    long next = versions[0];
    planVersions.put(planId, next);
    programVersions.keySet().removeIf(k -> k.startsWith(planId + "\u0000"));
    plan.programs().forEach(p -> programVersions.put(key(planId, p.id()), next));
    ordersWritten(planId, plan, next);
    holidayVersions.put(planId, versions[1]);
  }

  /** Counts a change to one of the plan's programs in the plan's version, inside {@code tx}. */
  private long touchPlan(DSLContext tx, long planId) {
    tx.update(PLAN).set(PLAN.ROW_VERSION, PLAN.ROW_VERSION.plus(1)).set(PLAN.CHANGED_BY, user)
        .where(PLAN.ID.eq(planId)).execute();
    Long now = tx.select(PLAN.ROW_VERSION).from(PLAN).where(PLAN.ID.eq(planId))
        .fetchOne(PLAN.ROW_VERSION);
    if (now == null) {
      throw new WorkspaceException(null, "The plan is no longer in the workspace.", null);
    }
    return now;
  }

  /** After a program change: this client's plan version stays current only if it was. */
  private void planTouched(long planId, long base, long now) {
    planVersions.put(planId, now == base + 1 ? now : UNKNOWN);
  }

  private WorkspaceException planChanged(DSLContext tx, long planId) {
    Record r = tx.select(PLAN.NAME, PLAN.CHANGED_BY).from(PLAN).where(PLAN.ID.eq(planId))
        .fetchOne();
    if (r == null) {
      return new WorkspaceException(null, "The plan is no longer in the workspace.", null);
    }
    return stale("The plan \u201c" + r.get(PLAN.NAME) + "\u201d", r.get(PLAN.CHANGED_BY));
  }

  private WorkspaceException programChanged(DSLContext tx, long planId, String programId) {
    Record r = tx.select(PROGRAM.NAME, PROGRAM.CHANGED_BY).from(PROGRAM)
        .where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(programId))).fetchOne();
    if (r == null) {
      return new WorkspaceException(null, WorkspaceException.Problem.STALE, "The program "
          + programId + " is no longer in the plan.", null);
    }
    return stale("\u201c" + r.get(PROGRAM.NAME) + "\u201d", r.get(PROGRAM.CHANGED_BY));
  }

  private static WorkspaceException stale(String what, String by) {
    return WorkspaceException.stale(what, "was", by);
  }

  private static WorkspaceException stale(String what, String was, String by) {
    return WorkspaceException.stale(what, was, by);
  }

  /** Replaces one program (found by {@code originalId}) in one transaction. */
  public void updateProgram(long planId, String originalId, Program p) {
    Long base = programVersions.get(key(planId, originalId));
    long planBase = planVersions.getOrDefault(planId, UNKNOWN);
    long[] versions = dsl.transactionResult(trx -> {
      var where = PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(originalId));
      if (base != null) {
        where = where.and(PROGRAM.ROW_VERSION.eq(base));
      }
      refuseFrozen(trx.dsl(), planId);
      long planNow = touchPlan(trx.dsl(), planId); // the plan's row first, as every write
      int n = trx.dsl().update(PROGRAM)
          .set(PROGRAM.ID, p.id())
          .set(PROGRAM.NAME, p.name())
          .set(PROGRAM.KIND, p.kind().code())
          .set(PROGRAM.OWNER, p.owner())
          .set(PROGRAM.START_DATE, p.start())
          .set(PROGRAM.END_DATE, p.end())
          .set(PROGRAM.SUPPORTS, p.hasSupports() ? p.supports() : null)
          .set(PROGRAM.MIN_LEAD, text(p.minLead()))
          .set(PROGRAM.MAX_LEAD, text(p.maxLead()))
          .set(PROGRAM.COST, p.cost())
          .set(PROGRAM.SALES_SHARE, p.salesShare())
          .set(PROGRAM.EXPECTED_LEADS, p.expectedLeads())
          .set(PROGRAM.STATUS, p.status().code())
          .set(PROGRAM.SALES_REVIEW, p.salesReview())
          .set(PROGRAM.ROW_VERSION, PROGRAM.ROW_VERSION.plus(1))
          .set(PROGRAM.CHANGED_BY, user)
          .where(where)
          .execute();
      if (n != 1) {
        throw programChanged(trx.dsl(), planId, originalId);
      }
      long now = trx.dsl().select(PROGRAM.ROW_VERSION).from(PROGRAM)
          .where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(p.id())))
          .fetchOne(PROGRAM.ROW_VERSION);
      return new long[] {now, planNow};
    });
    programVersions.remove(key(planId, originalId));
    programVersions.put(key(planId, p.id()), versions[0]);
    planTouched(planId, planBase, versions[1]);
    if (!originalId.equals(p.id())) {
      // the stored orders followed the new id (ON UPDATE CASCADE), their versions unchanged
      String from = key(planId, originalId) + "\u0000";
      Map<String, Long> moved = new java.util.HashMap<>();
      orderVersions.forEach((k, v) -> {
        if (k.startsWith(from)) {
          moved.put(key(planId, p.id()) + "\u0000" + k.substring(from.length()), v);
        }
      });
      forgetOrders(planId, originalId);
      orderVersions.putAll(moved);
    }
  }

  /** A program before and after {@link #editProgram}. */
  public record ProgramEdit(Program before, Program after) {}

  /**
   * Changes one program as it is stored now, in one transaction: the plan's row is locked first
   * (as every write), then the program's row ({@code SELECT … FOR UPDATE}), {@code change} is
   * applied to what is read and the result written. Parallel edits of the same program wait for
   * each other instead of being refused, so relative changes (a cost +10, a move by 3 days) add
   * up exactly. Needs no base version: it is based on the row it has locked.
   *
   * @throws IllegalArgumentException when there is no such program, or the change is refused by
   *     the program's own rules (its message says why)
   */
  public ProgramEdit editProgram(long planId, String programId,
      java.util.function.UnaryOperator<Program> change) {
    long planBase = planVersions.getOrDefault(planId, UNKNOWN);
    Object[] out = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      refuseFrozen(tx, planId);
      long planNow = touchPlan(tx, planId);
      Record r = tx.selectFrom(PROGRAM)
          .where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(programId)))
          .forUpdate().fetchOne();
      if (r == null) {
        throw new IllegalArgumentException("There is no program " + programId + " in the plan"
            + " (program ids are in programs.csv, or shown by the board's details).");
      }
      Program before = program(r);
      Program after = change.apply(before);
      long version = r.get(PROGRAM.ROW_VERSION) + 1;
      tx.update(PROGRAM)
          .set(PROGRAM.NAME, after.name())
          .set(PROGRAM.OWNER, after.owner())
          .set(PROGRAM.START_DATE, after.start())
          .set(PROGRAM.END_DATE, after.end())
          .set(PROGRAM.COST, after.cost())
          .set(PROGRAM.SALES_SHARE, after.salesShare())
          .set(PROGRAM.EXPECTED_LEADS, after.expectedLeads())
          .set(PROGRAM.STATUS, after.status().code())
          .set(PROGRAM.ROW_VERSION, version)
          .set(PROGRAM.CHANGED_BY, user)
          .where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(programId)))
          .execute();
      return new Object[] {new ProgramEdit(before, after), version, planNow};
    });
    programVersions.put(key(planId, programId), (Long) out[1]);
    planTouched(planId, planBase, (Long) out[2]);
    return (ProgramEdit) out[0];
  }

  /**
   * Updates one initiative and some programs (found by their ids, which stay) in one
   * transaction: what a shift of an initiative with its programs writes, without rewriting the
   * rest of the plan.
   */
  public void updateInitiativeAndPrograms(long planId, Initiative i, List<Program> programs) {
    long planBase = planVersions.getOrDefault(planId, UNKNOWN);
    long now = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      refuseFrozen(tx, planId);
      long version = touchPlan(tx, planId); // the plan's row first, as every write
      int n = tx.update(INITIATIVE)
          .set(INITIATIVE.NAME, i.name())
          .set(INITIATIVE.SEGMENT, i.segment())
          .set(INITIATIVE.START_DATE, i.start())
          .set(INITIATIVE.END_DATE, i.end())
          .set(INITIATIVE.OWNER, i.owner())
          .where(INITIATIVE.PLAN_ID.eq(planId).and(INITIATIVE.ID.eq(i.id())))
          .execute();
      if (n != 1) {
        throw new WorkspaceException(null, "The initiative " + i.id()
            + " is no longer in the plan.", null);
      }
      // Each moved program must still be the one this client saw; it gets the plan's new
      // version, as programs rewritten by a replace do.
      for (Program p : programs) {
        var where = PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(p.id()));
        Long base = programVersions.get(key(planId, p.id()));
        if (base != null) {
          where = where.and(PROGRAM.ROW_VERSION.eq(base));
        }
        int count = tx.update(PROGRAM)
            .set(PROGRAM.START_DATE, p.start())
            .set(PROGRAM.END_DATE, p.end())
            .set(PROGRAM.ROW_VERSION, version)
            .set(PROGRAM.CHANGED_BY, user)
            .where(where).execute();
        if (count != 1) {
          throw programChanged(tx, planId, p.id());
        }
      }
      return version;
    });
    programs.forEach(p -> programVersions.put(key(planId, p.id()), now));
    planTouched(planId, planBase, now);
  }

  /** Adds a program at {@code index} of the plan's program order, in one transaction. */
  public void insertProgram(long planId, int index, Program p) {
    long planBase = planVersions.getOrDefault(planId, UNKNOWN);
    long now = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      refuseFrozen(tx, planId);
      long version = touchPlan(tx, planId);
      insertProgramAt(tx, planId, index, p, version);
      return version;
    });
    programVersions.put(key(planId, p.id()), now);
    planTouched(planId, planBase, now);
  }

  /** Inserts {@code p} at {@code index}, the programs from there on one place further down. */
  private void insertProgramAt(DSLContext tx, long planId, int index, Program p, long version) {
    if (tx.fetchExists(PROGRAM, PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(p.id())))) {
      throw programChanged(tx, planId, p.id()); // someone else added that id meanwhile
    }
    tx.update(PROGRAM).set(PROGRAM.POSITION, PROGRAM.POSITION.plus(1))
        .where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.POSITION.ge(index))).execute();
    tx.insertInto(PROGRAM, PROGRAM.PLAN_ID, PROGRAM.POSITION, PROGRAM.ID, PROGRAM.NAME,
            PROGRAM.KIND, PROGRAM.OWNER, PROGRAM.START_DATE, PROGRAM.END_DATE,
            PROGRAM.SUPPORTS, PROGRAM.MIN_LEAD, PROGRAM.MAX_LEAD, PROGRAM.COST,
            PROGRAM.SALES_SHARE, PROGRAM.EXPECTED_LEADS, PROGRAM.STATUS, PROGRAM.SALES_REVIEW,
            PROGRAM.ROW_VERSION, PROGRAM.CHANGED_BY)
        .values(planId, index, p.id(), p.name(), p.kind().code(), p.owner(), p.start(),
            p.end(), p.hasSupports() ? p.supports() : null, text(p.minLead()),
            text(p.maxLead()), p.cost(), p.salesShare(), p.expectedLeads(), p.status().code(),
            p.salesReview(), version, user)
        .execute();
  }

  /** Removes a program, in one transaction. */
  public void deleteProgram(long planId, String programId) {
    Long base = programVersions.get(key(planId, programId));
    long planBase = planVersions.getOrDefault(planId, UNKNOWN);
    long now = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      refuseFrozen(tx, planId);
      long version = touchPlan(tx, planId);
      var where = PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(programId));
      Integer pos = tx.select(PROGRAM.POSITION).from(PROGRAM)
          .where(base == null ? where : where.and(PROGRAM.ROW_VERSION.eq(base)))
          .forUpdate()
          .fetchOne(PROGRAM.POSITION);
      if (pos == null) {
        throw programChanged(tx, planId, programId);
      }
      tx.deleteFrom(PROGRAM).where(where).execute();
      tx.update(PROGRAM).set(PROGRAM.POSITION, PROGRAM.POSITION.minus(1))
          .where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.POSITION.gt(pos))).execute();
      return version;
    });
    programVersions.remove(key(planId, programId));
    forgetOrders(planId, programId); // deleted with it (ON DELETE CASCADE)
    planTouched(planId, planBase, now);
  }

  /**
   * A program as it was just before {@link #removeProgram} took it out of its plan with its
   * orders: what {@link #restoreProgram} needs to put all of it back in place.
   *
   * @param index its place in the plan's program order
   * @param program the program
   * @param orders its orders, in the plan's order
   * @param orderPositions the stored position of each of {@code orders} in the plan's order
   *     list (as {@link #deleteOrder} returns and {@link #insertOrderAt} takes them)
   */
  public record RemovedProgram(int index, Program program, List<Order> orders,
      int[] orderPositions) {
    public RemovedProgram {
      java.util.Objects.requireNonNull(program, "program");
      orders = List.copyOf(orders);
      orderPositions = orderPositions.clone();
      if (orders.size() != orderPositions.length) {
        throw new IllegalArgumentException(orders.size() + " orders but "
            + orderPositions.length + " positions");
      }
      for (Order o : orders) {
        if (!o.program().equals(program.id())) {
          throw new IllegalArgumentException("The order \u201c" + o.item() + "\u201d is for "
              + o.program() + ", not for " + program.id() + ".");
        }
      }
    }

    /** A copy: the record stays as it was made. */
    @Override
    public int[] orderPositions() {
      return orderPositions.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof RemovedProgram r && r.index == index && r.program.equals(program)
          && r.orders.equals(orders) && java.util.Arrays.equals(r.orderPositions, orderPositions);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(index, program, orders)
          + 31 * java.util.Arrays.hashCode(orderPositions);
    }

    @Override
    public String toString() {
      return "RemovedProgram[index=" + index + ", program=" + program.id() + ", orders="
          + orders.size() + ", orderPositions=" + java.util.Arrays.toString(orderPositions) + "]";
    }
  }

  /**
   * Removes a program and its orders, all in one transaction (a client killed half way leaves
   * the plan as it was), and returns them as they were, for {@link #restoreProgram}. Counts once
   * in the plan's version.
   *
   * <p>Refused, changing nothing, when another client changed the program since this one read
   * or wrote it, or changed, removed or added one of its orders: this removal would take away
   * what the other one did without it having been seen.
   *
   * @throws WorkspaceException {@link WorkspaceException.Problem#STALE} as above, or when there
   *     is no such program (any more)
   */
  public RemovedProgram removeProgram(long planId, String programId) {
    Long base = programVersions.get(key(planId, programId));
    Map<String, Long> seenOrders = ordersSeen(planId, programId);
    long planBase = planVersions.getOrDefault(planId, UNKNOWN);
    Object[] out = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      refuseFrozen(tx, planId);
      long version = touchPlan(tx, planId); // the plan's row first, as every write
      var where = PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(programId));
      Record r = tx.selectFrom(PROGRAM)
          .where(base == null ? where : where.and(PROGRAM.ROW_VERSION.eq(base)))
          .forUpdate().fetchOne();
      if (r == null) {
        throw programChanged(tx, planId, programId);
      }
      var itsOrders = PROGRAM_ORDER.PLAN_ID.eq(planId).and(PROGRAM_ORDER.PROGRAM_ID.eq(programId));
      List<Order> orders = new ArrayList<>();
      List<Integer> positions = new ArrayList<>();
      Set<String> found = new HashSet<>();
      for (var o : tx.selectFrom(PROGRAM_ORDER).where(itsOrders)
          .orderBy(PROGRAM_ORDER.POSITION).forUpdate().fetch()) {
        Order order = order(o);
        // A client that knows the program knows its orders (a load reads them together):
        // each must be at the version it saw; one it never saw was added by someone else.
        Long seen = seenOrders.get(o.getItemKey());
        if (base != null && (seen == null || seen.longValue() != o.getRowVersion())) {
          throw orderChanged(tx, planId, order);
        }
        orders.add(order);
        positions.add(o.getPosition());
        found.add(o.getItemKey());
      }
      for (String item : seenOrders.keySet()) {
        if (!found.contains(item)) {
          throw orderGone(item);
        }
      }
      tx.deleteFrom(PROGRAM_ORDER).where(itsOrders).execute();
      int index = r.get(PROGRAM.POSITION);
      tx.deleteFrom(PROGRAM).where(where).execute();
      tx.update(PROGRAM).set(PROGRAM.POSITION, PROGRAM.POSITION.minus(1))
          .where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.POSITION.gt(index))).execute();
      return new Object[] {new RemovedProgram(index, program(r), orders,
          positions.stream().mapToInt(Integer::intValue).toArray()), version};
    });
    programVersions.remove(key(planId, programId));
    forgetOrders(planId, programId);
    planTouched(planId, planBase, (Long) out[1]);
    return (RemovedProgram) out[0];
  }

  /**
   * Puts a program that {@link #removeProgram} took out back at its place, with its orders at
   * their positions, all in one transaction (the undo of a removal). Counts once in the plan's
   * version, which the program and its orders take as theirs.
   *
   * @throws WorkspaceException {@link WorkspaceException.Problem#STALE} when someone else added
   *     a program of that id meanwhile; nothing is written then
   */
  public void restoreProgram(long planId, RemovedProgram removed) {
    Program p = removed.program();
    int[] positions = removed.orderPositions();
    long planBase = planVersions.getOrDefault(planId, UNKNOWN);
    long now = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      refuseFrozen(tx, planId);
      long version = touchPlan(tx, planId);
      insertProgramAt(tx, planId, removed.index(), p, version);
      for (int k = 0; k < positions.length; k++) {
        insertOrder(tx, planId, positions[k], removed.orders().get(k), version);
      }
      return version;
    });
    programVersions.put(key(planId, p.id()), now);
    forgetOrders(planId, p.id());
    removed.orders().forEach(o -> orderVersions.put(versionKey(planId, o), now));
    planTouched(planId, planBase, now);
  }

  /** The versions this client knows of one program's orders, by item key. */
  private Map<String, Long> ordersSeen(long planId, String programId) {
    String prefix = key(planId, programId) + "\u0000";
    Map<String, Long> seen = new java.util.HashMap<>();
    orderVersions.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        seen.put(k.substring(prefix.length()), v);
      }
    });
    return seen;
  }

  // ---------------------------------------------------------------- orders and holidays

  /**
   * Adds an order after all the plan's orders, in one transaction, and returns its stored
   * position (for {@link #insertOrderAt} when the addition is undone and redone).
   */
  public int appendOrder(long planId, Order o) {
    int[] position = new int[1];
    orderWrite(planId, (tx, version) -> {
      Integer last = tx.select(DSL.max(PROGRAM_ORDER.POSITION)).from(PROGRAM_ORDER)
          .where(PROGRAM_ORDER.PLAN_ID.eq(planId)).fetchOne(0, Integer.class);
      position[0] = last == null ? 0 : last + 1;
      insertOrder(tx, planId, position[0], o, version);
      orderVersions.put(versionKey(planId, o), version);
    });
    return position[0];
  }

  /** Puts an order back at a position it had (undo of a deletion), in one transaction. */
  public void insertOrderAt(long planId, int position, Order o) {
    orderWrite(planId, (tx, version) -> {
      insertOrder(tx, planId, position, o, version);
      orderVersions.put(versionKey(planId, o), version);
    });
  }

  private void insertOrder(DSLContext tx, long planId, int position, Order o, long version) {
    if (tx.fetchExists(PROGRAM_ORDER, orderKey(planId, o))) {
      throw orderChanged(tx, planId, o); // someone else added that item meanwhile
    }
    tx.insertInto(PROGRAM_ORDER, PROGRAM_ORDER.PLAN_ID, PROGRAM_ORDER.POSITION,
            PROGRAM_ORDER.PROGRAM_ID, PROGRAM_ORDER.ITEM, PROGRAM_ORDER.ITEM_KEY,
            PROGRAM_ORDER.OWNER, PROGRAM_ORDER.LEAD_TIME, PROGRAM_ORDER.NEEDED_BEFORE,
            PROGRAM_ORDER.ORDERED_ON, PROGRAM_ORDER.ROW_VERSION, PROGRAM_ORDER.CHANGED_BY)
        .values(planId, position, o.program(), o.item(), o.itemKey(), o.owner(),
            o.leadTime().toString(), o.neededBefore().toString(), o.ordered(), version, user)
        .execute();
  }

  /**
   * Replaces one order (found by its program and item, ignoring case) in place, in one
   * transaction; refused when it changed since this client read or wrote it.
   */
  public void updateOrder(long planId, Order before, Order after) {
    orderWrite(planId, (tx, version) -> {
      int n = tx.update(PROGRAM_ORDER)
          .set(PROGRAM_ORDER.PROGRAM_ID, after.program())
          .set(PROGRAM_ORDER.ITEM, after.item())
          .set(PROGRAM_ORDER.ITEM_KEY, after.itemKey())
          .set(PROGRAM_ORDER.OWNER, after.owner())
          .set(PROGRAM_ORDER.LEAD_TIME, after.leadTime().toString())
          .set(PROGRAM_ORDER.NEEDED_BEFORE, after.neededBefore().toString())
          .set(PROGRAM_ORDER.ORDERED_ON, after.ordered())
          .set(PROGRAM_ORDER.ROW_VERSION, version)
          .set(PROGRAM_ORDER.CHANGED_BY, user)
          .where(seenOrder(planId, before))
          .execute();
      if (n != 1) {
        throw orderChanged(tx, planId, before);
      }
      orderVersions.remove(versionKey(planId, before));
      orderVersions.put(versionKey(planId, after), version);
    });
  }

  /**
   * Removes one order, in one transaction, and returns the position it had; refused when it
   * changed since this client read or wrote it.
   */
  public int deleteOrder(long planId, Order o) {
    int[] position = new int[1];
    orderWrite(planId, (tx, version) -> {
      Integer pos = tx.select(PROGRAM_ORDER.POSITION).from(PROGRAM_ORDER)
          .where(seenOrder(planId, o)).forUpdate().fetchOne(PROGRAM_ORDER.POSITION);
      if (pos == null) {
        throw orderChanged(tx, planId, o);
      }
      tx.deleteFrom(PROGRAM_ORDER).where(orderKey(planId, o)).execute();
      orderVersions.remove(versionKey(planId, o));
      position[0] = pos;
    });
    return position[0];
  }

  private interface VersionedWork {
    void run(DSLContext tx, long planVersion);
  }

  /**
   * The frame of every order and holiday write: one transaction, the frozen check, the plan's
   * row first (counted in its version, so live boards hear of it), then {@code work} with that
   * new version, which the rows it writes take as theirs.
   */
  private void orderWrite(long planId, VersionedWork work) {
    long planBase = planVersions.getOrDefault(planId, UNKNOWN);
    long now = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      refuseFrozen(tx, planId);
      long version = touchPlan(tx, planId);
      work.run(tx, version);
      return version;
    });
    planTouched(planId, planBase, now);
  }

  private static org.jooq.Condition orderKey(long planId, Order o) {
    return PROGRAM_ORDER.PLAN_ID.eq(planId).and(PROGRAM_ORDER.PROGRAM_ID.eq(o.program()))
        .and(PROGRAM_ORDER.ITEM_KEY.eq(o.itemKey()));
  }

  /** The order {@code o} at the version this client knows of it (any, if it knows none). */
  private org.jooq.Condition seenOrder(long planId, Order o) {
    Long base = orderVersions.get(versionKey(planId, o));
    return base == null ? orderKey(planId, o)
        : orderKey(planId, o).and(PROGRAM_ORDER.ROW_VERSION.eq(base));
  }

  private WorkspaceException orderChanged(DSLContext tx, long planId, Order o) {
    Record r = tx.select(PROGRAM_ORDER.ITEM, PROGRAM_ORDER.CHANGED_BY).from(PROGRAM_ORDER)
        .where(orderKey(planId, o)).fetchOne();
    if (r == null) {
      return orderGone(o.item());
    }
    return stale("\u201c" + r.get(PROGRAM_ORDER.ITEM) + "\u201d",
        r.get(PROGRAM_ORDER.CHANGED_BY));
  }

  private static WorkspaceException orderGone(String item) {
    return new WorkspaceException(null, WorkspaceException.Problem.STALE, "The order \u201c"
        + item + "\u201d is no longer in the plan; someone else removed it a moment ago,"
        + " so this change was not saved.", null);
  }

  /**
   * Replaces the plan's holidays, in one transaction; refused when another client changed them
   * since this one read or wrote them.
   */
  public void replaceHolidays(long planId, List<Holiday> holidays) {
    Long base = holidayVersions.get(planId);
    long[] now = new long[1];
    orderWrite(planId, (tx, version) -> {
      Record r = tx.select(PLAN.NAME, PLAN.HOLIDAYS_VERSION, PLAN.HOLIDAYS_CHANGED_BY).from(PLAN)
          .where(PLAN.ID.eq(planId)).fetchOne(); // locked: touchPlan updated the row
      if (base != null && base.longValue() != r.get(PLAN.HOLIDAYS_VERSION)) {
        throw stale("The holidays of \u201c" + r.get(PLAN.NAME) + "\u201d", "were",
            r.get(PLAN.HOLIDAYS_CHANGED_BY));
      }
      tx.update(PLAN).set(PLAN.HOLIDAYS_VERSION, version)
          .set(PLAN.HOLIDAYS_CHANGED_BY, user).where(PLAN.ID.eq(planId)).execute();
      tx.deleteFrom(PLAN_HOLIDAY).where(PLAN_HOLIDAY.PLAN_ID.eq(planId)).execute();
      insertHolidays(tx, planId, holidays);
      now[0] = version;
    });
    holidayVersions.put(planId, now[0]);
  }
}

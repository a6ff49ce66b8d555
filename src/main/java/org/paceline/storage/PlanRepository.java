package org.paceline.storage;

import static org.paceline.storage.jooq.Tables.INITIATIVE;
import static org.paceline.storage.jooq.Tables.PLAN;
import static org.paceline.storage.jooq.Tables.PLAN_LEAD_WINDOW;
import static org.paceline.storage.jooq.Tables.PROGRAM;
import static org.paceline.storage.jooq.Tables.QUARTER_BUDGET;
import static org.paceline.storage.jooq.Tables.QUARTER_TARGET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.FiscalYearNaming;
import org.paceline.model.FrozenPlanException;
import org.paceline.model.Initiative;
import org.paceline.model.LeadDuration;
import org.paceline.model.LeadWindow;
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

  PlanRepository(DSLContext dsl) {
    this.dsl = dsl;
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

  /** {@code base} if no plan has that name yet, else {@code base (2)}, {@code base (3)}, … */
  public String uniqueName(String base) {
    Set<String> taken = new HashSet<>(dsl.select(PLAN.NAME).from(PLAN).fetch(PLAN.NAME));
    String name = base;
    for (int n = 2; taken.contains(name); n++) {
      name = base + " (" + n + ")";
    }
    return name;
  }

  /** Stores a new plan, all of it in one transaction, and returns its id. */
  public long insert(Plan plan) {
    return dsl.transactionResult(trx -> insert(trx.dsl(), plan));
  }

  private static long insert(DSLContext tx, Plan plan) {
    PlanSettings s = plan.settings();
    PlanRecord rec = tx.newRecord(PLAN);
    rec.setName(s.name());
    rec.setFiscalYearStart(s.fiscalYearStart());
    rec.setFiscalYearNamedBy(s.namedBy().code());
    rec.setCurrency(s.currency());
    rec.setCapacity(s.capacity() == 0 ? null : s.capacity());
    rec.store();
    long id = rec.getId();
    insertContent(tx, id, plan);
    return id;
  }

  private static void insertContent(DSLContext tx, long id, Plan plan) {
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
    if (!plan.programs().isEmpty()) {
      BatchBindStep b = tx.batch(tx.insertInto(PROGRAM, PROGRAM.PLAN_ID, PROGRAM.POSITION,
          PROGRAM.ID, PROGRAM.NAME, PROGRAM.KIND, PROGRAM.OWNER, PROGRAM.START_DATE,
          PROGRAM.END_DATE, PROGRAM.SUPPORTS, PROGRAM.MIN_LEAD, PROGRAM.MAX_LEAD, PROGRAM.COST,
          PROGRAM.SALES_SHARE, PROGRAM.EXPECTED_LEADS, PROGRAM.STATUS, PROGRAM.SALES_REVIEW)
          .values((Long) null, null, null, null, null, null, null, null, null, null, null, null,
              null, null, null, null));
      int pos = 0;
      for (Program p : plan.programs()) {
        b.bind(id, pos++, p.id(), p.name(), p.kind().code(), p.owner(), p.start(), p.end(),
            p.hasSupports() ? p.supports() : null, text(p.minLead()), text(p.maxLead()),
            p.cost(), p.salesShare(), p.expectedLeads(), p.status().code(), p.salesReview());
      }
      b.execute();
    }
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
    }
    return new Plan(settings, targets, budgets, initiatives, programs);
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
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      String newName = freeName(tx, name, -1);
      PlanRepository r = new PlanRepository(tx);
      long id = r.insert(r.load(fromId).withName(newName));
      tx.update(PLAN).set(PLAN.KIND, kind.code()).set(PLAN.ORIGIN_ID, fromId)
          .where(PLAN.ID.eq(id)).execute();
      return id;
    });
  }

  /**
   * Gives a plan another name, in one transaction.
   *
   * @throws IllegalArgumentException when the name is taken or empty
   * @throws FrozenPlanException when the plan is a baseline
   */
  public void rename(long planId, String newName) {
    write(planId, tx -> {
      String name = freeName(tx, newName, planId);
      tx.update(PLAN).set(PLAN.NAME, name).where(PLAN.ID.eq(planId)).execute();
    });
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

  /** What adopting a scenario did. */
  public record Adoption(long planId, String planName, long baselineId, String baselineName) {}

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
      tx.update(PLAN).set(PLAN.ORIGIN_ID, planId).where(PLAN.ORIGIN_ID.eq(scenarioId)).execute();
      r.delete(scenarioId);
      return new Adoption(planId, old.name(), baselineId, baselineName);
    });
  }

  /**
   * The one guard of every change to an existing plan: runs {@code work} in a transaction after
   * checking that the plan exists and is not a baseline.
   */
  private void write(long planId, Consumer<DSLContext> work) {
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      PlanRecord p = tx.selectFrom(PLAN).where(PLAN.ID.eq(planId)).fetchOne();
      if (p == null) {
        throw missing(planId);
      }
      if (PlanKind.BASELINE.code().equals(p.getKind())) {
        throw new FrozenPlanException(p.getName());
      }
      work.accept(tx);
    });
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
    write(planId, tx -> {
      tx.deleteFrom(PROGRAM).where(PROGRAM.PLAN_ID.eq(planId)).execute();
      tx.deleteFrom(INITIATIVE).where(INITIATIVE.PLAN_ID.eq(planId)).execute();
      tx.deleteFrom(QUARTER_TARGET).where(QUARTER_TARGET.PLAN_ID.eq(planId)).execute();
      tx.deleteFrom(QUARTER_BUDGET).where(QUARTER_BUDGET.PLAN_ID.eq(planId)).execute();
      tx.deleteFrom(PLAN_LEAD_WINDOW).where(PLAN_LEAD_WINDOW.PLAN_ID.eq(planId)).execute();
      PlanSettings s = plan.settings();
      tx.update(PLAN)
          .set(PLAN.NAME, s.name())
          .set(PLAN.FISCAL_YEAR_START, s.fiscalYearStart())
          .set(PLAN.FISCAL_YEAR_NAMED_BY, s.namedBy().code())
          .set(PLAN.CURRENCY, s.currency())
          .set(PLAN.CAPACITY, s.capacity() == 0 ? null : s.capacity())
          .where(PLAN.ID.eq(planId))
          .execute();
      insertContent(tx, planId, plan);
    });
  }

  /** Replaces one program (found by {@code originalId}) in one transaction. */
  public void updateProgram(long planId, String originalId, Program p) {
    write(planId, tx -> {
      int n = tx.update(PROGRAM)
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
          .where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(originalId)))
          .execute();
      if (n != 1) {
        throw new WorkspaceException(null, "The program " + originalId
            + " is no longer in the plan.", null);
      }
    });
  }

  /**
   * Updates one initiative and some programs (found by their ids, which stay) in one
   * transaction: what a shift of an initiative with its programs writes, without rewriting the
   * rest of the plan.
   */
  public void updateInitiativeAndPrograms(long planId, Initiative i, List<Program> programs) {
    write(planId, tx -> {
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
      if (!programs.isEmpty()) {
        BatchBindStep b = tx.batch(tx.update(PROGRAM)
            .set(PROGRAM.START_DATE, (java.time.LocalDate) null)
            .set(PROGRAM.END_DATE, (java.time.LocalDate) null)
            .where(PROGRAM.PLAN_ID.eq((Long) null).and(PROGRAM.ID.eq((String) null))));
        for (Program p : programs) {
          b.bind(p.start(), p.end(), planId, p.id());
        }
        for (int count : b.execute()) {
          if (count != 1) {
            throw new WorkspaceException(null, "A program of the initiative " + i.id()
                + " is no longer in the plan.", null);
          }
        }
      }
    });
  }

  /** Adds a program at {@code index} of the plan's program order, in one transaction. */
  public void insertProgram(long planId, int index, Program p) {
    write(planId, tx -> {
      tx.update(PROGRAM).set(PROGRAM.POSITION, PROGRAM.POSITION.plus(1))
          .where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.POSITION.ge(index))).execute();
      tx.insertInto(PROGRAM, PROGRAM.PLAN_ID, PROGRAM.POSITION, PROGRAM.ID, PROGRAM.NAME,
              PROGRAM.KIND, PROGRAM.OWNER, PROGRAM.START_DATE, PROGRAM.END_DATE,
              PROGRAM.SUPPORTS, PROGRAM.MIN_LEAD, PROGRAM.MAX_LEAD, PROGRAM.COST,
              PROGRAM.SALES_SHARE, PROGRAM.EXPECTED_LEADS, PROGRAM.STATUS, PROGRAM.SALES_REVIEW)
          .values(planId, index, p.id(), p.name(), p.kind().code(), p.owner(), p.start(),
              p.end(), p.hasSupports() ? p.supports() : null, text(p.minLead()),
              text(p.maxLead()), p.cost(), p.salesShare(), p.expectedLeads(), p.status().code(),
              p.salesReview())
          .execute();
    });
  }

  /** Removes a program, in one transaction. */
  public void deleteProgram(long planId, String programId) {
    write(planId, tx -> {
      Integer pos = tx.select(PROGRAM.POSITION).from(PROGRAM)
          .where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(programId)))
          .fetchOne(PROGRAM.POSITION);
      if (pos == null) {
        throw new WorkspaceException(null, "The program " + programId
            + " is no longer in the plan.", null);
      }
      tx.deleteFrom(PROGRAM).where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.ID.eq(programId)))
          .execute();
      tx.update(PROGRAM).set(PROGRAM.POSITION, PROGRAM.POSITION.minus(1))
          .where(PROGRAM.PLAN_ID.eq(planId).and(PROGRAM.POSITION.gt(pos))).execute();
    });
  }
}

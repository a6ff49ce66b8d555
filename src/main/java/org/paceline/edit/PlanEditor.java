package org.paceline.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.paceline.model.Holiday;
import org.paceline.model.Order;
import org.paceline.model.FrozenPlanException;
import org.paceline.model.InitiativeShift;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.PlanSummary;
import org.paceline.model.Program;
import org.paceline.model.ShiftDuration;
import org.paceline.storage.PlanRepository;
import org.paceline.storage.WorkspaceException;

/**
 * The open plan and every change to it. Each change is a {@link Command} on the stack and is
 * stored at once; the {@link #planProperty() plan} always shows what is stored.
 */
public final class PlanEditor {

  private final PlanRepository repository;
  private final CommandStack stack = new CommandStack(200);
  private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
  private final ReadOnlyObjectWrapper<PlanKind> kind =
      new ReadOnlyObjectWrapper<>(this, "kind", PlanKind.PLAN);
  private long planId = -1;
  private java.util.function.LongConsumer reopen = this::reopenDirectly;
  private final WriteLane lane;
  /** The plan shown as this client last stored or loaded it: what a refused write falls back to. */
  private Plan confirmed;
  /**
   * Set on the lane when a write was refused or a reload was read: the writes queued after it
   * were based on what the board showed before, so they are refused too (with this text, or
   * silently for "") until the board has shown the plan as it is now. Null: writes run.
   */
  private volatile String skipping;
  /** True while a bar is being dragged: another user's change waits for the drop. */
  private boolean holding;
  /** Another user's change read while {@link #holding}, or null. */
  private Plan waiting;
  /** By default a refusal is thrown to whoever asked for the change (a direct lane's caller). */
  private java.util.function.Consumer<RuntimeException> onRefused = e -> {
    throw e;
  };

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanEditor.class);

  /** An editor whose writes run at once on the calling thread (tests, code without a window). */
  public PlanEditor(PlanRepository repository) {
    this(repository, WriteLane.direct());
  }

  /**
   * An editor whose writes run on {@code lane}. Each change is shown at once; when its write is
   * refused later (a team plan changed under it, a lost connection), the step leaves the undo
   * history, the board shows the plan as it is stored, and {@link #setOnRefused} hears why.
   */
  public PlanEditor(PlanRepository repository, WriteLane lane) {
    this.repository = Objects.requireNonNull(repository);
    this.lane = Objects.requireNonNull(lane);
  }

  /**
   * Who hears why a change was not saved (on the window's thread); without one, the refusal is
   * thrown, which only a {@link WriteLane#direct() direct} lane's caller can catch.
   */
  public void setOnRefused(java.util.function.Consumer<RuntimeException> onRefused) {
    this.onRefused = Objects.requireNonNull(onRefused);
  }

  /** The lane this editor's writes run on. */
  public WriteLane lane() {
    return lane;
  }

  /** The workspace's plans. */
  public List<PlanSummary> plans() {
    return repository.list();
  }

  /** Loads a plan from the workspace (off the JavaFX thread); {@link #show} makes it current. */
  public Plan load(long id) {
    return repository.load(id);
  }

  /** Every plan with its kind and origin (off the JavaFX thread). */
  public List<org.paceline.model.PlanLineage> lineage() {
    return repository.lineage();
  }

  /** What the plan with this id is (off the JavaFX thread). */
  public PlanKind kindOf(long id) {
    return repository.kind(id);
  }

  /** Makes a loaded working plan or scenario the one being edited. */
  public void show(long id, Plan loaded) {
    show(id, loaded, PlanKind.PLAN);
  }

  /**
   * Makes a loaded plan the one being edited. Each plan keeps its own undo history, so going to a
   * scenario and back leaves the plan's undo where it was.
   */
  public void show(long id, Plan loaded, PlanKind loadedKind) {
    planId = id;
    waiting = null;
    stack.switchTo(id);
    kind.set(loadedKind);
    confirmed = loaded;
    plan.set(loaded);
  }

  /**
   * Another user changed plan {@code id} (a team plan): when it is the one shown, it is read
   * again on the lane, after this client's own writes, and shown in place; the undo history
   * stays, and a step that no longer fits what is stored is refused when it is undone. Writes
   * asked for between the read and the showing were based on the older view and are refused.
   * While a bar is dragged ({@link #hold}) the change waits for the drop.
   */
  public void reloadFromOthers(long id) {
    if (id != planId) {
      return;
    }
    lane.submit(() -> {
      Plan now = repository.load(id);
      skipping = WorkspaceException.stale("The plan", "was", null).getMessage();
      return now;
    }, now -> {
      lane.execute(() -> skipping = null);
      if (id != planId) {
        return;
      }
      if (holding) {
        waiting = now;
      } else {
        confirmed = now;
        plan.set(now);
      }
    }, e -> LOG.debug("Could not read the changed plan: {}", e.getMessage()));
  }

  /**
   * While {@code on}, another user's change is kept aside (a bar is being dragged); when it ends,
   * or before the next edit, it is shown.
   */
  public void hold(boolean on) {
    holding = on;
    if (!on) {
      showWaiting();
    }
  }

  private void showWaiting() {
    if (waiting != null) {
      Plan now = waiting;
      waiting = null;
      confirmed = now;
      plan.set(now);
    }
  }

  /** What the plan being edited is: plan, scenario or baseline. */
  public ReadOnlyObjectProperty<PlanKind> kindProperty() {
    return kind.getReadOnlyProperty();
  }

  /** True when the plan being edited is a baseline: every edit is refused. */
  public boolean isFrozen() {
    return kind.get() == PlanKind.BASELINE;
  }

  private void requireEditable() {
    if (isFrozen()) {
      throw new FrozenPlanException(plan.get().name());
    }
    showWaiting(); // what the edit is checked against
  }

  /** Refuses an edit of {@code before} when the board no longer shows it so (a reload came). */
  private void requireShown(Program before) {
    if (!plan().programs().contains(before)) {
      throw WorkspaceException.stale("\u201c" + before.name() + "\u201d", "was", null);
    }
  }

  /**
   * Copies the plan being edited as a scenario or baseline (off the JavaFX thread) and returns the
   * copy's id.
   */
  public long copy(String name, PlanKind copyKind) {
    return repository.copy(planId, name, copyKind);
  }

  /**
   * What to do when a workspace step leaves another plan to show: by default it is loaded and
   * shown here; the board reads it off the JavaFX thread and refreshes its list of plans.
   */
  public void setReopen(java.util.function.LongConsumer reopen) {
    this.reopen = Objects.requireNonNull(reopen);
  }

  private void reopenDirectly(long id) {
    List<PlanSummary> all = repository.list();
    long shown = all.stream().anyMatch(p -> p.id() == id) ? id
        : all.isEmpty() ? -1 : all.get(0).id();
    if (shown >= 0) {
      show(shown, repository.load(shown), repository.kind(shown));
    }
  }

  /**
   * Deletes the scenario or baseline being edited as one undoable workspace step ("Delete
   * scenario ‘B’"), stored in one transaction; the plan it came from is shown next. Undo brings it
   * back whole, under the same id, with its own undo history.
   *
   * @return the step's name
   * @throws IllegalArgumentException when the plan being edited is a working plan (those are
   *     deleted from the command line, with {@code --yes})
   */
  public String deleteCopy() {
    long id = planId;
    PlanKind k = kind.get();
    if (id < 0 || k == PlanKind.PLAN) {
      throw new IllegalArgumentException("Only a scenario or a baseline can be deleted here.");
    }
    String name = plan().name();
    String description = "Delete " + k.code() + " " + EditNames.quote(name);
    stack.executeWorkspace(new WorkspaceCommand() {
      /** Written and read on the lane. */
      private volatile PlanRepository.RemovedPlan removed;

      @Override
      public void execute() {
        workspaceStep(this, () -> {
          removed = repository.remove(id);
          return removed.originId() == null ? -1L : removed.originId();
        });
      }

      @Override
      public void undo() {
        workspaceStep(this, () -> {
          repository.restore(removed);
          return id;
        });
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public List<Long> plans() {
        return List.of(id);
      }
    });
    return description;
  }

  /**
   * Adopts the scenario being edited into the plan it came from as one undoable workspace step
   * ("Adopt ‘B’ into ‘A’"), stored in one transaction; the plan is shown next. Undo gives the plan
   * its old content, removes the automatic baseline and brings the scenario back.
   *
   * @param planName the name of the plan it came from, for the step's name
   * @return the step's name
   * @throws IllegalArgumentException when the plan being edited is not a scenario
   */
  public String adopt(String planName, java.time.LocalDate today) {
    long id = planId;
    if (id < 0 || kind.get() != PlanKind.SCENARIO) {
      throw new IllegalArgumentException("Only a scenario can be adopted.");
    }
    String description = "Adopt " + EditNames.quote(plan().name()) + " into "
        + EditNames.quote(planName);
    stack.executeWorkspace(new WorkspaceCommand() {
      /** Written on the lane. */
      private volatile PlanRepository.Adoption done;

      @Override
      public void execute() {
        workspaceStep(this, () -> {
          done = repository.adopt(id, today);
          return done.planId();
        });
      }

      @Override
      public void undo() {
        workspaceStep(this, () -> {
          repository.unadopt(done);
          return id;
        });
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public List<Long> plans() {
        return done == null ? List.of(id) : List.of(id, done.planId());
      }
    });
    return description;
  }

  /**
   * The name adopting a scenario into {@code planName} on {@code today} gives the automatic
   * baseline (off the JavaFX thread): the same rule as {@link PlanRepository#adopt}.
   */
  public String baselineNameFor(String planName, java.time.LocalDate today) {
    return repository.uniqueName(planName + " baseline " + today);
  }

  /** Forgets the undo history of a plan that was deleted or replaced outside the stack. */
  public void forget(long id) {
    stack.forget(id);
  }

  /**
   * Shifts an initiative (and with it its programs, if asked) as one undoable step, stored in one
   * transaction: "Shift ‘Product launch’ and 6 programs 1 quarter later".
   *
   * @throws IllegalArgumentException when there is no such initiative
   */
  public String shiftInitiative(String initiativeId, ShiftDuration by, boolean withPrograms) {
    requireEditable();
    Plan before = plan();
    InitiativeShift.Result r = InitiativeShift.apply(before, initiativeId, by, withPrograms);
    String description = r.describe(by);
    if (by.isZero()) {
      return description;
    }
    Plan after = r.plan();
    List<Program> movedBefore = new ArrayList<>();
    List<Program> movedAfter = new ArrayList<>();
    for (int i = 0; i < before.programs().size(); i++) {
      if (before.programs().get(i) != after.programs().get(i)) {
        movedBefore.add(before.programs().get(i));
        movedAfter.add(after.programs().get(i));
      }
    }
    long planId = this.planId;
    // one command, one transaction each way: only the moved rows are written
    stack.execute(new Command() {
      @Override
      public void execute() {
        plan.set(after);
        store(this, null,
            () -> repository.updateInitiativeAndPrograms(planId, r.after(), movedAfter));
      }

      @Override
      public void undo() {
        plan.set(before);
        store(this, null,
            () -> repository.updateInitiativeAndPrograms(planId, r.before(), movedBefore));
      }

      @Override
      public String description() {
        return description;
      }
    });
    return description;
  }

  /** Stores a new plan and returns its id. */
  public long create(Plan newPlan) {
    return repository.insert(newPlan.withName(repository.uniqueName(newPlan.name())));
  }

  /** The id of the plan being edited, or -1. */
  public long planId() {
    return planId;
  }

  /** The plan being edited, as stored. */
  public ReadOnlyObjectProperty<Plan> planProperty() {
    return plan.getReadOnlyProperty();
  }

  /** The plan being edited. */
  public Plan plan() {
    return plan.get();
  }

  /** Undo and redo. */
  public CommandStack commands() {
    return stack;
  }

  /** A program id not used yet in the plan: {@code P-19}, {@code P-20}, … */
  public String newProgramId() {
    int n = plan().programs().size() + 1;
    while (true) {
      String id = "P-" + (n < 10 ? "0" + n : String.valueOf(n));
      if (plan().programs().stream().noneMatch(p -> p.id().equals(id))) {
        return id;
      }
      n++;
    }
  }

  /** Replaces a program by a changed copy (move, resize, field edit) as one undoable step. */
  public void changeProgram(Program before, Program after, String description) {
    if (before.equals(after)) {
      return;
    }
    requireEditable();
    requireShown(before);
    long planId = this.planId;
    stack.execute(new Command() {
      @Override
      public void execute() {
        plan.set(replaced(plan.get(), before.id(), after));
        store(this, before.id(), () -> repository.updateProgram(planId, before.id(), after));
      }

      @Override
      public void undo() {
        plan.set(replaced(plan.get(), after.id(), before));
        store(this, after.id(), () -> repository.updateProgram(planId, after.id(), before));
      }

      @Override
      public String description() {
        return description;
      }
    });
  }

  /** Adds a program at the end of the plan as one undoable step. */
  public void addProgram(Program p) {
    requireEditable();
    int index = plan().programs().size();
    long planId = this.planId;
    stack.execute(new Command() {
      @Override
      public void execute() {
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.add(index, p);
        plan.set(withPrograms(plan.get(), list));
        store(this, null, () -> repository.insertProgram(planId, index, p));
      }

      @Override
      public void undo() {
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.removeIf(x -> x.id().equals(p.id()));
        plan.set(withPrograms(plan.get(), list));
        store(this, p.id(), () -> repository.deleteProgram(planId, p.id()));
      }

      @Override
      public String description() {
        return "Add " + EditNames.quote(p.name());
      }
    });
  }

  /** Removes a program, and its orders with it, as one undoable step. */
  public void deleteProgram(Program p) {
    int index = plan().programs().indexOf(p);
    if (index < 0) {
      return;
    }
    requireEditable();
    long planId = this.planId;
    List<Order> allOrders = plan().orders();
    stack.execute(new Command() {
      /** What the removal took away, for its undo: written and read on the lane. */
      private volatile PlanRepository.RemovedProgram removed;

      @Override
      public void execute() {
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.remove(index);
        List<Order> orders = new ArrayList<>(plan.get().orders());
        orders.removeIf(o -> o.program().equals(p.id()));
        plan.set(withPrograms(plan.get(), list).withOrders(orders));
        // the program and its orders in one transaction; a refusal reads the whole plan again,
        // since the orders' versions come with it
        store(this, null, () -> removed = repository.removeProgram(planId, p.id()));
      }

      @Override
      public void undo() {
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.add(index, p);
        plan.set(withPrograms(plan.get(), list).withOrders(allOrders));
        store(this, null, () -> repository.restoreProgram(planId, removed));
      }

      @Override
      public String description() {
        return "Delete " + EditNames.quote(p.name());
      }
    });
  }

  /**
   * Any other change (initiatives, targets, budgets, settings) as one undoable step: the plan's
   * tables are replaced in one transaction. Cheap for the small tables these edits touch.
   */
  public void changePlan(Plan before, Plan after, String description) {
    if (before.equals(after)) {
      return;
    }
    requireEditable();
    if (!before.equals(plan())) {
      throw WorkspaceException.stale("The plan", "was", null);
    }
    long planId = this.planId;
    stack.execute(new Command() {
      @Override
      public void execute() {
        plan.set(after);
        store(this, null, () -> repository.replace(planId, after));
      }

      @Override
      public void undo() {
        plan.set(before);
        store(this, null, () -> repository.replace(planId, before));
      }

      @Override
      public String description() {
        return description;
      }
    });
  }

  // ---------------------------------------------------------------- orders and holidays

  /**
   * Adds an order after the plan's other orders as one undoable step.
   *
   * @throws IllegalArgumentException when its program has no such program, or already has an
   *     item of that name (ignoring case)
   */
  public void addOrder(Order o) {
    requireEditable();
    checkOrder(o, null);
    int[] position = {-1};
    stack.execute(new Command() {
      @Override
      public void execute() {
        List<Order> list = new ArrayList<>(plan.get().orders());
        list.add(o);
        plan.set(plan.get().withOrders(list));
        store(this, null, () -> {
          if (position[0] < 0) {
            position[0] = repository.appendOrder(planId, o);
          } else {
            repository.insertOrderAt(planId, position[0], o);
          }
        });
      }

      @Override
      public void undo() {
        List<Order> list = new ArrayList<>(plan.get().orders());
        list.remove(list.size() - 1);
        plan.set(plan.get().withOrders(list));
        store(this, null, () -> repository.deleteOrder(planId, o));
      }

      @Override
      public String description() {
        return "Add the order \u201c" + o.item() + "\u201d";
      }
    });
  }

  /**
   * Replaces an order by a changed copy (its item, owner, durations or ordered date) in place, as
   * one undoable step.
   *
   * @throws IllegalArgumentException when the changed item is taken in its program
   */
  public void changeOrder(Order before, Order after, String description) {
    requireEditable();
    if (before.equals(after)) {
      return;
    }
    int index = plan().orders().indexOf(before);
    if (index < 0) {
      throw new IllegalArgumentException("The order \u201c" + before.item()
          + "\u201d is no longer in the plan.");
    }
    checkOrder(after, before);
    stack.execute(new Command() {
      @Override
      public void execute() {
        List<Order> list = new ArrayList<>(plan.get().orders());
        list.set(index, after);
        plan.set(plan.get().withOrders(list));
        store(this, null, () -> repository.updateOrder(planId, before, after));
      }

      @Override
      public void undo() {
        List<Order> list = new ArrayList<>(plan.get().orders());
        list.set(index, before);
        plan.set(plan.get().withOrders(list));
        store(this, null, () -> repository.updateOrder(planId, after, before));
      }

      @Override
      public String description() {
        return description;
      }
    });
  }

  /** Removes an order as one undoable step. */
  public void deleteOrder(Order o) {
    requireEditable();
    int index = plan().orders().indexOf(o);
    if (index < 0) {
      return;
    }
    int[] position = {-1};
    stack.execute(new Command() {
      @Override
      public void execute() {
        List<Order> list = new ArrayList<>(plan.get().orders());
        list.remove(index);
        plan.set(plan.get().withOrders(list));
        store(this, null, () -> position[0] = repository.deleteOrder(planId, o));
      }

      @Override
      public void undo() {
        List<Order> list = new ArrayList<>(plan.get().orders());
        list.add(index, o);
        plan.set(plan.get().withOrders(list));
        store(this, null, () -> repository.insertOrderAt(planId, position[0], o));
      }

      @Override
      public String description() {
        return "Delete the order \u201c" + o.item() + "\u201d";
      }
    });
  }

  /** Replaces the plan's holidays as one undoable step. */
  public void changeHolidays(List<Holiday> after) {
    requireEditable();
    List<Holiday> before = plan().holidays();
    List<Holiday> copy = List.copyOf(after);
    if (before.equals(copy)) {
      return;
    }
    java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>();
    for (Holiday h : copy) {
      if (!days.add(h.date())) {
        throw new IllegalArgumentException(h.date() + " is in the list twice; a plan has one"
            + " holiday per date.");
      }
    }
    stack.execute(new Command() {
      @Override
      public void execute() {
        plan.set(plan.get().withHolidays(copy));
        store(this, null, () -> repository.replaceHolidays(planId, copy));
      }

      @Override
      public void undo() {
        plan.set(plan.get().withHolidays(before));
        store(this, null, () -> repository.replaceHolidays(planId, before));
      }

      @Override
      public String description() {
        return "Change the holidays";
      }
    });
  }

  private void checkOrder(Order o, Order replacing) {
    if (plan().programs().stream().noneMatch(p -> p.id().equals(o.program()))) {
      throw new IllegalArgumentException("There is no program " + o.program() + " in the plan.");
    }
    for (Order x : plan().orders()) {
      if (x != replacing && !x.equals(replacing) && x.program().equals(o.program())
          && x.itemKey().equals(o.itemKey())) {
        throw new IllegalArgumentException("This program already has an order \u201c" + x.item()
            + "\u201d; an item is listed once per program.");
      }
    }
  }

  /**
   * Queues the write behind {@code c}'s last step (its change is shown already). When the write
   * is refused, {@link #refused} takes the step back; when someone else changed what it was
   * based on, that program ({@code programId}), or for null the whole plan, is read as it is now
   * before the next write runs.
   */
  private void store(Command c, String programId, Runnable write) {
    long id = planId;
    Plan expected = plan.get();
    lane.submit(() -> {
      String skip = skipping;
      if (skip != null) {
        throw new Skipped(skip);
      }
      try {
        write.run();
        return expected;
      } catch (RuntimeException e) {
        skipping = ""; // the writes already queued were based on this one
        throw new Refused(e, fresh(id, programId, e));
      }
    }, ok -> {
      if (id == planId) {
        confirmed = ok;
      }
    }, e -> refused(c, id, programId, e));
  }

  /** A workspace step on the lane; when it is done, {@code step}'s plan is shown. */
  private void workspaceStep(Command c, java.util.concurrent.Callable<Long> step) {
    lane.submit(step, next -> reopen.accept(next), e -> {
      stack.refused(c);
      onRefused.accept(plain(e));
    });
  }

  /** On the lane, after a refusal: what is stored now, where someone else changed it. */
  private Object fresh(long id, String programId, RuntimeException why) {
    if (!(why instanceof WorkspaceException w) || w.problem() != WorkspaceException.Problem.STALE) {
      return null;
    }
    try {
      return programId == null ? repository.load(id)
          : repository.loadProgram(id, programId);
    } catch (RuntimeException e) {
      LOG.debug("Could not read the plan after a refused write: {}", e.getMessage());
      return null;
    }
  }

  /** On the window's thread: the write behind {@code c} was refused. */
  private void refused(Command c, long id, String programId, RuntimeException e) {
    stack.refused(c);
    if (e instanceof Skipped s) {
      if (!s.getMessage().isEmpty()) {
        onRefused.accept(new WorkspaceException(null, WorkspaceException.Problem.STALE,
            s.getMessage(), null));
      }
      return;
    }
    lane.execute(() -> skipping = null); // the writes asked for from now on see what is stored
    Refused r = e instanceof Refused x ? x : new Refused(e, null);
    if (id == planId) {
      Plan now = confirmed;
      if (r.fresh instanceof Plan p) {
        now = p;
      } else if (r.fresh instanceof Optional<?> o && programId != null) {
        now = withStored(confirmed, programId, (Program) o.orElse(null));
      }
      waiting = null;
      confirmed = now;
      plan.set(now);
    }
    onRefused.accept(plain(r.cause));
  }

  /**
   * A refusal in words a user can act on: the workspace's own, or for a fault in Paceline a
   * plain sentence (the details go to the log).
   */
  private static RuntimeException plain(RuntimeException e) {
    if (e instanceof WorkspaceException || e instanceof IllegalArgumentException
        || e instanceof FrozenPlanException) {
      return e;
    }
    LOG.error("A change could not be stored", e);
    return new WorkspaceException(null, WorkspaceException.Problem.OTHER, "This change could not"
        + " be stored because of an internal error; the board shows the plan as it is stored,"
        + " and the details are in the log file.", e);
  }

  /** A write refused on the lane, with what was read after it (a plan, a program, or null). */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient RuntimeException cause;
    final transient Object fresh;

    Refused(RuntimeException cause, Object fresh) {
      super(cause.getMessage(), cause, false, false);
      this.cause = cause;
      this.fresh = fresh;
    }
  }

  /** A write not run because one before it was refused or the plan was read again. */
  private static final class Skipped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Skipped(String why) {
      super(why, null, false, false);
    }
  }

  /** {@code p} with program {@code id} as stored ({@code now}, or gone when null). */
  private static Plan withStored(Plan p, String id, Program now) {
    List<Program> list = new ArrayList<>(p.programs());
    int at = -1;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(id)) {
        at = i;
      }
    }
    if (at >= 0 && now != null) {
      list.set(at, now);
    } else if (at >= 0) {
      list.remove(at);
    } else if (now != null) {
      list.add(now); // added elsewhere; the next reload puts it in its place
    }
    return withPrograms(p, list);
  }

  private static Plan replaced(Plan p, String id, Program with) {
    List<Program> list = new ArrayList<>(p.programs());
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(id)) {
        list.set(i, with);
        Plan out = withPrograms(p, list);
        if (!id.equals(with.id())) {
          // the stored orders follow a renamed program (ON UPDATE CASCADE); so do these
          List<Order> orders = new ArrayList<>(p.orders());
          orders.replaceAll(o -> o.program().equals(id) ? o.forProgram(with.id()) : o);
          out = out.withOrders(orders);
        }
        return out;
      }
    }
    throw new IllegalStateException("No program " + id);
  }

  private static Plan withPrograms(Plan p, List<Program> programs) {
    // the other tables stay the same objects, so a viewer can see only programs changed
    return p.withPrograms(programs);
  }
}

package org.paceline.ui.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.edit.EditNames;
import org.paceline.edit.PlanEditor;
import org.paceline.model.Conflict;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Initiative;
import org.paceline.model.QuarterBudget;
import org.paceline.model.QuarterTarget;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.model.PlanSummary;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.ui.BackgroundWork;
import org.paceline.ui.timeline.TimelineSelection;

/**
 * The state of the planning board: the open plan, its conflicts (also while a bar is being
 * dragged), the selection, and every edit, each one undoable and stored at once.
 */
public final class BoardViewModel implements org.paceline.ui.editor.DetailsActions,
    org.paceline.ui.editor.OrderActions {

  private final PlanEditor editor;
  private final BackgroundWork work;
  private final ObservableList<PlanSummary> plans = FXCollections.observableArrayList();
  private final ObjectProperty<PlanSummary> current = new SimpleObjectProperty<>(this, "current");
  private final ReadOnlyObjectWrapper<List<Conflict>> conflicts =
      new ReadOnlyObjectWrapper<>(this, "conflicts", List.of());
  private final ObjectProperty<Program> dragPreview = new SimpleObjectProperty<>(this, "preview");
  private final ObjectProperty<TimelineSelection> selection =
      new SimpleObjectProperty<>(this, "selection");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyObjectWrapper<Boolean> busy = new ReadOnlyObjectWrapper<>(this, "busy", false);
  private boolean switching;
  private ConflictAnalyzer analysis;
  private final ObjectProperty<LocalDate> asOf =
      new SimpleObjectProperty<>(this, "asOf", LocalDate.now());
  /** Why this workspace may not be changed (a viewer on a team plan), or null. */
  private final javafx.beans.property.StringProperty viewerReason =
      new javafx.beans.property.SimpleStringProperty(this, "viewerReason");
  /**
   * Why the board may not change the open plan, or null when it may: the one switch every edit
   * control follows (a viewer on a team plan, a frozen baseline).
   */
  private final ReadOnlyStringWrapper readOnlyReason =
      new ReadOnlyStringWrapper(this, "readOnlyReason");

  public BoardViewModel(PlanEditor editor, BackgroundWork work) {
    this.editor = Objects.requireNonNull(editor);
    this.work = Objects.requireNonNull(work);
    // a workspace step (delete, adopt, their undo) leaves another plan to show: read it off the
    // JavaFX thread, with the list of plans
    editor.setReopen(this::refresh);
    // a write refused after the board showed it (a team plan changed under it, a lost
    // connection): the editor has shown the plan as stored; say why
    editor.setOnRefused(e -> status.set("Not saved: " + e.getMessage()));
    readOnlyReason.bind(javafx.beans.binding.Bindings.createStringBinding(this::reasonNow,
        viewerReason, editor.kindProperty(), editor.planProperty()));
    editor.planProperty().addListener((o, a, b) -> analyse());
    dragPreview.addListener((o, a, b) -> {
      editor.hold(b != null); // another user's change waits for the drop
      analyse();
    });
    asOf.addListener((o, a, b) -> {
      if (b == null) {
        asOf.set(a == null ? LocalDate.now() : a);
        return;
      }
      analysis = null; // the order rules depend on the day
      analyse();
    });
    current.addListener((o, a, b) -> {
      if (b != null && !switching && b.id() != editor.planId()) {
        open(b.id());
      }
    });
  }

  /** Reads the plans and opens {@code preferred} (or the first when it is gone). */
  public void refresh(long preferred) {
    run("Opening the plan…", () -> {
      List<PlanSummary> list = editor.plans();
      long id = list.stream().anyMatch(p -> p.id() == preferred) ? preferred
          : list.isEmpty() ? -1 : list.get(0).id();
      return new Object[] {list, id, id < 0 ? null : editor.load(id),
          id < 0 ? null : editor.kindOf(id)};
    }, r -> {
      @SuppressWarnings("unchecked")
      List<PlanSummary> list = (List<PlanSummary>) r[0];
      show(list, (long) r[1], (Plan) r[2], (org.paceline.model.PlanKind) r[3]);
    });
  }

  /**
   * Shows plans already read (on the JavaFX thread): the workspace's {@code list} and the plan
   * {@code id}, loaded as {@code plan} (null when there is none). Start-up reads them while the
   * window opens, which saves a trip to the work thread on the way to the first frame.
   */
  public void show(List<PlanSummary> list, long id, Plan plan,
      org.paceline.model.PlanKind kind) {
    switching = true;
    plans.setAll(list);
    current.set(list.stream().filter(p -> p.id() == id).findFirst().orElse(null));
    switching = false;
    if (plan != null) {
      selection.set(null);
      editor.show(id, plan, kind);
    }
  }

  /** Opens another plan of the workspace. */
  public void open(long id) {
    refresh(id);
  }

  /** Creates an empty plan with these settings and opens it. */
  public void createPlan(PlanSettings settings) {
    if (viewerReason.get() != null) {
      status.set(viewerReason.get());
      return;
    }
    Plan empty = new Plan(settings, List.of(), List.of(), List.of(), List.of());
    run("Creating the plan…", () -> editor.create(empty), id -> refresh(id));
  }

  private <T> void run(String what, java.util.concurrent.Callable<T> job,
      java.util.function.Consumer<T> then) {
    Task<T> task = new Task<>() {
      @Override
      protected T call() throws Exception {
        return job.call();
      }
    };
    busy.set(true);
    status.set(what);
    task.setOnSucceeded(e -> {
      busy.set(false);
      status.set("");
      then.accept(task.getValue());
    });
    task.setOnFailed(e -> {
      busy.set(false);
      Throwable t = task.getException();
      status.set(t == null || t.getMessage() == null ? "Something went wrong." : t.getMessage());
    });
    work.submit(task);
  }

  /**
   * Keeps the conflicts current. A move or edit of one program is re-checked alone (a few
   * milliseconds even for 10,000 programs); anything else is analysed afresh.
   */
  private void analyse() {
    Plan plan = editor.plan();
    if (plan == null) {
      analysis = null;
      conflicts.set(List.of());
      return;
    }
    if (analysis == null || analysis.plan() != plan) {
      Program changed = analysis == null ? null
          : org.paceline.model.PlanDiff.onlyProgram(analysis.plan(), plan);
      analysis = changed != null ? analysis.withProgram(changed)
          : ConflictAnalyzer.of(plan, asOf.get());
    }
    Program preview = dragPreview.get();
    conflicts.set(preview == null ? analysis.conflicts()
        : analysis.withProgram(preview).conflicts());
  }

  /** The plan as shown: stored, with the bar being dragged in its dragged place. */
  public Plan displayedPlan() {
    Plan plan = editor.plan();
    Program p = dragPreview.get();
    if (plan == null || p == null) {
      return plan;
    }
    List<Program> list = new ArrayList<>(plan.programs());
    list.replaceAll(x -> x.id().equals(p.id()) ? p : x);
    return new Plan(plan.settings(), plan.targets(), plan.budgets(), plan.initiatives(), list, plan.orders(), plan.holidays());
  }

  // ---------------------------------------------------------------- edits

  /** A drag, resize or nudge of a bar. */
  public void moveProgram(Program before, Program after) {
    edit(() -> editor.changeProgram(before, after, EditNames.move(before.name(), before.start(),
        before.end(), after.start(), after.end())));
  }

  /** A change made in the details panel. */
  @Override
  public void changeProgram(Program before, Program after) {
    edit(() -> editor.changeProgram(before, after, EditNames.changeProgram(before, after)));
  }

  /** Adds a new program idea of four weeks from {@code start} and selects it. */
  public void addProgram(LocalDate start) {
    Program p = new Program(editor.newProgramId(), "New program", ProgramKind.CAMPAIGN, "",
        start, start.plusWeeks(4).minusDays(1), "", null, null, BigDecimal.ZERO, BigDecimal.ZERO,
        0, ProgramStatus.IDEA, null);
    edit(() -> editor.addProgram(p));
    selection.set(new TimelineSelection.ProgramItem(p.id()));
  }

  /** Copies the selected program. */
  public void duplicateSelected() {
    Program p = selectedProgram();
    if (p != null) {
      Program copy = new Program(editor.newProgramId(), p.name() + " (copy)", p.kind(), p.owner(),
          p.start(), p.end(), p.supports(), p.minLead(), p.maxLead(), p.cost(), p.salesShare(),
          p.expectedLeads(), p.status(), p.salesReview());
      edit(() -> editor.addProgram(copy));
      selection.set(new TimelineSelection.ProgramItem(copy.id()));
    }
  }

  /** Deletes the selected program. */
  public void deleteSelected() {
    Program p = selectedProgram();
    if (p != null) {
      edit(() -> editor.deleteProgram(p));
      selection.set(null);
    }
  }

  @Override
  public void changeInitiative(Initiative before, Initiative after) {
    Plan plan = editor.plan();
    if (!before.id().equals(after.id())
        && plan.initiatives().stream().anyMatch(i -> i.id().equals(after.id()))) {
      status.set("Not saved: another initiative already has the id " + after.id() + ".");
      return;
    }
    List<Initiative> list = new ArrayList<>(plan.initiatives());
    list.replaceAll(i -> i.id().equals(before.id()) ? after : i);
    List<Program> programs = new ArrayList<>(plan.programs());
    // a renamed id keeps its programs
    programs.replaceAll(p -> p.supports().equals(before.id()) ? withSupports(p, after.id()) : p);
    edit(() -> editor.changePlan(plan, new Plan(plan.settings(), plan.targets(), plan.budgets(),
        list, programs, plan.orders(), plan.holidays()), EditNames.changeInitiative(before, after)));
    if (!before.id().equals(after.id())) {
      selection.set(new TimelineSelection.InitiativeItem(after.id()));
    }
  }

  private static Program withSupports(Program p, String id) {
    return new Program(p.id(), p.name(), p.kind(), p.owner(), p.start(), p.end(), id,
        p.minLead(), p.maxLead(), p.cost(), p.salesShare(), p.expectedLeads(), p.status(),
        p.salesReview());
  }

  /** Adds a sales initiative of four weeks from {@code start} and selects it. */
  public void addInitiative(LocalDate start, String segment) {
    Plan plan = editor.plan();
    int n = plan.initiatives().size() + 1;
    String id = "I-" + n;
    while (true) {
      String candidate = id;
      if (plan.initiatives().stream().noneMatch(i -> i.id().equals(candidate))) {
        break;
      }
      id = "I-" + (++n);
    }
    Initiative i = new Initiative(id, "New initiative", segment, start, start.plusWeeks(4)
        .minusDays(1), "");
    List<Initiative> list = new ArrayList<>(plan.initiatives());
    list.add(i);
    edit(() -> editor.changePlan(plan, new Plan(plan.settings(), plan.targets(), plan.budgets(),
        list, plan.programs(), plan.orders(), plan.holidays()), "Add " + EditNames.quote(i.name())));
    selection.set(new TimelineSelection.InitiativeItem(i.id()));
  }

  @Override
  public void setTarget(FiscalQuarter quarter, String segment, BigDecimal revenue,
      Integer leads) {
    Plan plan = editor.plan();
    List<QuarterTarget> list = new ArrayList<>(plan.targets());
    int at = -1;
    for (int k = 0; k < list.size(); k++) {
      if (list.get(k).quarter().equals(quarter) && list.get(k).segment().equalsIgnoreCase(segment)) {
        at = k;
      }
    }
    String what = quarter + " " + (segment.isEmpty() ? "whole-business" : segment) + " target";
    if (revenue == null) {
      if (at >= 0) {
        list.remove(at);
      }
    } else if (at >= 0) {
      list.set(at, new QuarterTarget(quarter, list.get(at).segment(), revenue, leads));
    } else {
      list.add(new QuarterTarget(quarter, segment, revenue, leads));
    }
    edit(() -> editor.changePlan(plan, new Plan(plan.settings(), list, plan.budgets(),
        plan.initiatives(), plan.programs(), plan.orders(), plan.holidays()), (revenue == null ? "Remove the " : "Set the ")
        + what));
  }

  @Override
  public void setBudget(FiscalQuarter quarter, BigDecimal budget) {
    Plan plan = editor.plan();
    List<QuarterBudget> list = new ArrayList<>(plan.budgets());
    list.removeIf(b -> b.quarter().equals(quarter) && budget == null);
    list.replaceAll(b -> b.quarter().equals(quarter) ? new QuarterBudget(quarter, budget) : b);
    if (budget != null && list.stream().noneMatch(b -> b.quarter().equals(quarter))) {
      list.add(new QuarterBudget(quarter, budget));
    }
    edit(() -> editor.changePlan(plan, new Plan(plan.settings(), plan.targets(), list,
        plan.initiatives(), plan.programs(), plan.orders(), plan.holidays()), (budget == null ? "Remove" : "Set") + " the "
        + quarter + " budget"));
  }

  /** Changes the plan's name, calendar, currency, capacity or lead windows. */
  public void changeSettings(PlanSettings settings) {
    Plan plan = editor.plan();
    if (!settings.name().equals(plan.name())
        && plans.stream().anyMatch(p -> p.id() != editor.planId()
            && p.name().equals(settings.name()))) {
      status.set("Not saved: another plan is already named \u201c" + settings.name() + "\u201d.");
      return;
    }
    edit(() -> editor.changePlan(plan, new Plan(settings, plan.targets(), plan.budgets(),
        plan.initiatives(), plan.programs(), plan.orders(), plan.holidays()), "Change plan settings"));
    PlanSummary now = current.get();
    if (now != null && !now.name().equals(settings.name())) {
      refresh(editor.planId());
    }
  }

  /** Deletes what is selected: a program, an initiative no program supports, a target. */
  public void deleteSelection() {
    TimelineSelection s = selection.get();
    Plan plan = editor.plan();
    if (s instanceof TimelineSelection.ProgramItem) {
      deleteSelected();
    } else if (s instanceof TimelineSelection.InitiativeItem ii && plan != null) {
      long users = plan.programs().stream().filter(p -> p.supports().equals(ii.id())).count();
      if (users > 0) {
        status.set("Not deleted: " + users + (users == 1 ? " program supports" : " programs support")
            + " this initiative; link them elsewhere first.");
        return;
      }
      List<Initiative> list = new ArrayList<>(plan.initiatives());
      list.removeIf(i -> i.id().equals(ii.id()));
      edit(() -> editor.changePlan(plan, new Plan(plan.settings(), plan.targets(),
          plan.budgets(), list, plan.programs(), plan.orders(), plan.holidays()), "Delete initiative " + ii.id()));
      selection.set(null);
    } else if (s instanceof TimelineSelection.TargetItem ti) {
      setTarget(ti.quarter(), ti.segment(), null, null);
    } else if (s instanceof TimelineSelection.QuarterItem qi) {
      setBudget(qi.quarter(), null);
    }
  }

  /**
   * Shifts an initiative, with its programs if asked, as one undoable step; says what it did.
   *
   * @return true when the shift was made
   */
  public boolean shiftInitiative(String initiativeId, org.paceline.model.ShiftDuration by,
      boolean withPrograms) {
    if (readOnlyReason.get() != null) {
      status.set(readOnlyReason.get());
      return false;
    }
    try {
      status.set(editor.shiftInitiative(initiativeId, by, withPrograms));
      return true;
    } catch (RuntimeException e) {
      status.set("Not shifted: " + e.getMessage());
      return false;
    }
  }

  /** True when the open plan is a baseline: the board is read-only. */
  public javafx.beans.binding.BooleanBinding frozenProperty() {
    return javafx.beans.binding.Bindings.createBooleanBinding(
        () -> editor.kindProperty().get() == org.paceline.model.PlanKind.BASELINE,
        editor.kindProperty());
  }

  /**
   * Copies the open plan as a scenario or a baseline named {@code name} and opens the copy; the
   * plan's own undo history stays with it.
   */
  public void copyPlan(String name, org.paceline.model.PlanKind kind) {
    if (viewerReason.get() != null) {
      status.set(viewerReason.get());
      return;
    }
    run(kind == org.paceline.model.PlanKind.BASELINE ? "Making the baseline…"
        : "Making the scenario…", () -> editor.copy(name, kind), this::refresh);
  }

  public void undo() {
    if (editor.commands().workspaceUndoNextProperty().get()) {
      workspaceStep(() -> {
        editor.commands().undo();
        return "";
      });
    } else {
      edit(() -> editor.commands().undo());
    }
  }

  /**
   * True when Edit ▸ Undo may run: something to undo, and the board editable, or the step a
   * workspace one (delete or adopt a scenario) in a workspace that may be changed.
   */
  public javafx.beans.binding.BooleanBinding undoableProperty() {
    var c = editor.commands();
    return c.canUndoProperty().and(editableProperty()
        .or(c.workspaceUndoNextProperty().and(workspaceReadOnlyProperty().not())));
  }

  /** True when Edit ▸ Redo may run (as {@link #undoableProperty}). */
  public javafx.beans.binding.BooleanBinding redoableProperty() {
    var c = editor.commands();
    return c.canRedoProperty().and(editableProperty()
        .or(c.workspaceRedoNextProperty().and(workspaceReadOnlyProperty().not())));
  }

  /**
   * Deletes the scenario or baseline shown as one undoable step and shows the plan it came from.
   *
   * @return true when it was deleted
   */
  public boolean deleteOpenCopy() {
    return workspaceStep(editor::deleteCopy);
  }

  /**
   * Adopts the scenario shown into {@code planName}, the plan it came from, as one undoable step
   * and shows that plan.
   *
   * @return true when it was adopted
   */
  public boolean adoptOpenScenario(String planName) {
    return workspaceStep(() -> editor.adopt(planName, LocalDate.now()));
  }

  /** A step that changes the workspace: refused only when the workspace may not be changed. */
  private boolean workspaceStep(java.util.function.Supplier<String> step) {
    if (viewerReason.get() != null) {
      status.set(viewerReason.get());
      return false;
    }
    try {
      status.set(step.get());
      return true;
    } catch (RuntimeException e) {
      status.set("Not done: " + e.getMessage());
      return false;
    }
  }

  // ---------------------------------------------------------------- orders

  /** The day the plan is checked (the toolbar's "as of"); today unless changed. */
  @Override
  public ObjectProperty<LocalDate> asOfProperty() {
    return asOf;
  }

  @Override
  public boolean addOrder(org.paceline.model.Order o) {
    return edit(() -> editor.addOrder(o));
  }

  @Override
  public boolean changeOrder(org.paceline.model.Order before, org.paceline.model.Order after) {
    return edit(() -> editor.changeOrder(before, after, (before.ordered() == null
        && after.ordered() != null ? "Mark ordered: \u201c" : "Edit the order \u201c")
        + before.item() + "\u201d"));
  }

  @Override
  public void deleteOrder(org.paceline.model.Order o) {
    edit(() -> editor.deleteOrder(o));
  }

  /** Replaces the plan's holidays as one undoable step. */
  public boolean changeHolidays(List<org.paceline.model.Holiday> holidays) {
    return edit(() -> editor.changeHolidays(holidays));
  }

  public void redo() {
    if (editor.commands().workspaceRedoNextProperty().get()) {
      workspaceStep(() -> {
        editor.commands().redo();
        return "";
      });
    } else {
      edit(() -> editor.commands().redo());
    }
  }

  /**
   * Makes the whole workspace read-only (a viewer on a team plan): no plan may be changed, added
   * or copied, and every edit control says {@code why}.
   */
  public void setReadOnly(String why) {
    viewerReason.set(why);
  }

  /** Whether the workspace may not be changed (a viewer on a team plan). */
  public boolean isReadOnly() {
    return viewerReason.get() != null;
  }

  /** True while the workspace may not be changed: no new plan, import or copy is offered. */
  public javafx.beans.binding.BooleanBinding workspaceReadOnlyProperty() {
    return viewerReason.isNotNull();
  }

  /**
   * Why the open plan may not be changed, in plain words, or null when it may: a viewer on a
   * team plan, or a frozen baseline. Every edit control of the board follows it.
   */
  public ReadOnlyStringProperty readOnlyReasonProperty() {
    return readOnlyReason.getReadOnlyProperty();
  }

  /** True while the open plan may be changed (no read-only reason). */
  public javafx.beans.binding.BooleanBinding editableProperty() {
    return readOnlyReason.isNull();
  }

  private String reasonNow() {
    if (viewerReason.get() != null) {
      return viewerReason.get();
    }
    Plan plan = editor.plan();
    if (editor.kindProperty().get() == org.paceline.model.PlanKind.BASELINE && plan != null) {
      String why = new org.paceline.model.FrozenPlanException(plan.name()).getMessage();
      return Character.toUpperCase(why.charAt(0)) + why.substring(1)
          + " (Plan \u25b8 New scenario from this plan).";
    }
    return null;
  }

  /**
   * Another user changed plan {@code id}: when it is the one shown, it is loaded again off the
   * JavaFX thread and shown in place; the selection, zoom and undo history stay.
   */
  public void reloadFromOthers(long id) {
    editor.reloadFromOthers(id);
  }

  private boolean edit(Runnable r) {
    if (readOnlyReason.get() != null) {
      status.set(readOnlyReason.get());
      return false;
    }
    try {
      status.set(""); // a refusal heard while it runs says so
      r.run();
      return true;
    } catch (RuntimeException e) {
      status.set("Not saved: " + e.getMessage());
      return false;
    }
  }

  /** The selected program, or null. */
  public Program selectedProgram() {
    if (selection.get() instanceof TimelineSelection.ProgramItem pi && editor.plan() != null) {
      return editor.plan().programs().stream().filter(p -> p.id().equals(pi.id())).findFirst()
          .orElse(null);
    }
    return null;
  }

  /** The selection a conflict points at. */
  public static TimelineSelection selectionFor(Conflict c) {
    if (!c.program().isEmpty()) {
      return new TimelineSelection.ProgramItem(c.program());
    }
    if (c.month() != null) {
      return new TimelineSelection.MonthItem(c.month());
    }
    if (c.rule() == org.paceline.model.ConflictRule.OVER_BUDGET) {
      return new TimelineSelection.QuarterItem(c.quarter());
    }
    return new TimelineSelection.TargetItem(c.quarter(), c.segment());
  }

  // ---------------------------------------------------------------- properties

  public PlanEditor editor() {
    return editor;
  }

  public ObservableList<PlanSummary> plans() {
    return plans;
  }

  public ObjectProperty<PlanSummary> currentProperty() {
    return current;
  }

  public ReadOnlyObjectProperty<List<Conflict>> conflictsProperty() {
    return conflicts.getReadOnlyProperty();
  }

  public ObjectProperty<Program> dragPreviewProperty() {
    return dragPreview;
  }

  public ObjectProperty<TimelineSelection> selectionProperty() {
    return selection;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Boolean> busyProperty() {
    return busy.getReadOnlyProperty();
  }
}

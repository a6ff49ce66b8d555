package org.paceline.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.paceline.model.FrozenPlanException;
import org.paceline.model.InitiativeShift;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.PlanSummary;
import org.paceline.model.Program;
import org.paceline.model.ShiftDuration;
import org.paceline.storage.PlanRepository;

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

  public PlanEditor(PlanRepository repository) {
    this.repository = Objects.requireNonNull(repository);
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
    stack.switchTo(id);
    kind.set(loadedKind);
    plan.set(loaded);
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
  }

  /**
   * Copies the plan being edited as a scenario or baseline (off the JavaFX thread) and returns the
   * copy's id.
   */
  public long copy(String name, PlanKind copyKind) {
    return repository.copy(planId, name, copyKind);
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
        repository.updateInitiativeAndPrograms(planId, r.after(), movedAfter);
        plan.set(after);
      }

      @Override
      public void undo() {
        repository.updateInitiativeAndPrograms(planId, r.before(), movedBefore);
        plan.set(before);
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
    long planId = this.planId;
    stack.execute(new Command() {
      @Override
      public void execute() {
        repository.updateProgram(planId, before.id(), after);
        plan.set(replaced(plan.get(), before.id(), after));
      }

      @Override
      public void undo() {
        repository.updateProgram(planId, after.id(), before);
        plan.set(replaced(plan.get(), after.id(), before));
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
        repository.insertProgram(planId, index, p);
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.add(index, p);
        plan.set(withPrograms(plan.get(), list));
      }

      @Override
      public void undo() {
        repository.deleteProgram(planId, p.id());
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.removeIf(x -> x.id().equals(p.id()));
        plan.set(withPrograms(plan.get(), list));
      }

      @Override
      public String description() {
        return "Add " + EditNames.quote(p.name());
      }
    });
  }

  /** Removes a program as one undoable step. */
  public void deleteProgram(Program p) {
    int index = plan().programs().indexOf(p);
    if (index < 0) {
      return;
    }
    requireEditable();
    long planId = this.planId;
    stack.execute(new Command() {
      @Override
      public void execute() {
        repository.deleteProgram(planId, p.id());
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.remove(index);
        plan.set(withPrograms(plan.get(), list));
      }

      @Override
      public void undo() {
        repository.insertProgram(planId, index, p);
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.add(index, p);
        plan.set(withPrograms(plan.get(), list));
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
    long planId = this.planId;
    stack.execute(new Command() {
      @Override
      public void execute() {
        repository.replace(planId, after);
        plan.set(after);
      }

      @Override
      public void undo() {
        repository.replace(planId, before);
        plan.set(before);
      }

      @Override
      public String description() {
        return description;
      }
    });
  }

  private static Plan replaced(Plan p, String id, Program with) {
    List<Program> list = new ArrayList<>(p.programs());
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(id)) {
        list.set(i, with);
        return withPrograms(p, list);
      }
    }
    throw new IllegalStateException("No program " + id);
  }

  private static Plan withPrograms(Plan p, List<Program> programs) {
    // the other tables stay the same objects, so a viewer can see only programs changed
    return p.withPrograms(programs);
  }
}

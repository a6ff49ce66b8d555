package org.paceline.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;
import org.paceline.model.Program;
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

  /** Makes a loaded plan the one being edited; undo history starts afresh. */
  public void show(long id, Plan loaded) {
    planId = id;
    stack.clear();
    plan.set(loaded);
  }

  /**
   * Shows the plan as another user left it (a team plan), keeping the undo history: a step
   * that no longer fits what is stored is refused when it is undone, and that item reloaded.
   */
  public void showReloaded(long id, Plan reloaded) {
    if (id == planId) {
      plan.set(reloaded);
    }
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
    stack.execute(new Command() {
      @Override
      public void execute() {
        reloadWhenStale(before.id(), () -> repository.updateProgram(planId, before.id(), after));
        plan.set(replaced(plan.get(), before.id(), after));
      }

      @Override
      public void undo() {
        reloadWhenStale(after.id(), () -> repository.updateProgram(planId, after.id(), before));
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
    int index = plan().programs().size();
    stack.execute(new Command() {
      @Override
      public void execute() {
        reloadWhenStale(null, () -> repository.insertProgram(planId, index, p));
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.add(index, p);
        plan.set(withPrograms(plan.get(), list));
      }

      @Override
      public void undo() {
        reloadWhenStale(p.id(), () -> repository.deleteProgram(planId, p.id()));
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.removeIf(x -> x.id().equals(p.id()));
        plan.set(withPrograms(plan.get(), list));
      }

      @Override
      public String description() {
        return "Add \u201c" + p.name() + "\u201d";
      }
    });
  }

  /** Removes a program as one undoable step. */
  public void deleteProgram(Program p) {
    int index = plan().programs().indexOf(p);
    if (index < 0) {
      return;
    }
    stack.execute(new Command() {
      @Override
      public void execute() {
        reloadWhenStale(p.id(), () -> repository.deleteProgram(planId, p.id()));
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.remove(index);
        plan.set(withPrograms(plan.get(), list));
      }

      @Override
      public void undo() {
        reloadWhenStale(null, () -> repository.insertProgram(planId, index, p));
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.add(index, p);
        plan.set(withPrograms(plan.get(), list));
      }

      @Override
      public String description() {
        return "Delete \u201c" + p.name() + "\u201d";
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
    stack.execute(new Command() {
      @Override
      public void execute() {
        reloadWhenStale(null, () -> repository.replace(planId, after));
        plan.set(after);
      }

      @Override
      public void undo() {
        reloadWhenStale(null, () -> repository.replace(planId, before));
        plan.set(before);
      }

      @Override
      public String description() {
        return description;
      }
    });
  }

  /**
   * Runs a write; when someone else changed what it was based on (a team plan), shows that
   * program as it is now ({@code programId}), or the whole plan, and passes the refusal on. The
   * undo history stays as it is.
   */
  private void reloadWhenStale(String programId, Runnable write) {
    try {
      write.run();
    } catch (WorkspaceException e) {
      if (e.problem() == WorkspaceException.Problem.STALE) {
        reload(programId);
      }
      throw e;
    }
  }

  /** Shows one program (or, for null, the whole plan) as it is stored now. */
  public void reload(String programId) {
    if (programId == null) {
      plan.set(repository.load(planId));
      return;
    }
    var now = repository.loadProgram(planId, programId);
    List<Program> list = new ArrayList<>(plan.get().programs());
    int at = -1;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(programId)) {
        at = i;
      }
    }
    if (at >= 0 && now.isPresent()) {
      list.set(at, now.get());
    } else if (at >= 0) {
      list.remove(at);
    } else {
      plan.set(repository.load(planId)); // added elsewhere: the order comes from the plan
      return;
    }
    plan.set(withPrograms(plan.get(), list));
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
    return new Plan(p.settings(), p.targets(), p.budgets(), p.initiatives(), programs);
  }
}

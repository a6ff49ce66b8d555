package org.paceline.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.paceline.model.Holiday;
import org.paceline.model.Order;
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

  /** Removes a program, and its orders with it, as one undoable step. */
  public void deleteProgram(Program p) {
    int index = plan().programs().indexOf(p);
    if (index < 0) {
      return;
    }
    List<Order> allOrders = plan().orders();
    List<Order> itsOrders = plan().ordersOf(p.id());
    int[] positions = new int[itsOrders.size()];
    stack.execute(new Command() {
      @Override
      public void execute() {
        for (int k = 0; k < itsOrders.size(); k++) {
          positions[k] = repository.deleteOrder(planId, itsOrders.get(k));
        }
        reloadWhenStale(p.id(), () -> repository.deleteProgram(planId, p.id()));
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.remove(index);
        List<Order> orders = new ArrayList<>(plan.get().orders());
        orders.removeIf(o -> o.program().equals(p.id()));
        plan.set(withPrograms(plan.get(), list).withOrders(orders));
      }

      @Override
      public void undo() {
        reloadWhenStale(null, () -> repository.insertProgram(planId, index, p));
        for (int k = 0; k < itsOrders.size(); k++) {
          repository.insertOrderAt(planId, positions[k], itsOrders.get(k));
        }
        List<Program> list = new ArrayList<>(plan.get().programs());
        list.add(index, p);
        plan.set(withPrograms(plan.get(), list).withOrders(allOrders));
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

  // ---------------------------------------------------------------- orders and holidays

  /**
   * Adds an order after the plan's other orders as one undoable step.
   *
   * @throws IllegalArgumentException when its program has no such program, or already has an
   *     item of that name (ignoring case)
   */
  public void addOrder(Order o) {
    checkOrder(o, null);
    int[] position = {-1};
    stack.execute(new Command() {
      @Override
      public void execute() {
        if (position[0] < 0) {
          position[0] = repository.appendOrder(planId, o);
        } else {
          repository.insertOrderAt(planId, position[0], o);
        }
        List<Order> list = new ArrayList<>(plan.get().orders());
        list.add(o);
        plan.set(plan.get().withOrders(list));
      }

      @Override
      public void undo() {
        repository.deleteOrder(planId, o);
        List<Order> list = new ArrayList<>(plan.get().orders());
        list.remove(list.size() - 1);
        plan.set(plan.get().withOrders(list));
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
        repository.updateOrder(planId, before, after);
        List<Order> list = new ArrayList<>(plan.get().orders());
        list.set(index, after);
        plan.set(plan.get().withOrders(list));
      }

      @Override
      public void undo() {
        repository.updateOrder(planId, after, before);
        List<Order> list = new ArrayList<>(plan.get().orders());
        list.set(index, before);
        plan.set(plan.get().withOrders(list));
      }

      @Override
      public String description() {
        return description;
      }
    });
  }

  /** Removes an order as one undoable step. */
  public void deleteOrder(Order o) {
    int index = plan().orders().indexOf(o);
    if (index < 0) {
      return;
    }
    int[] position = {-1};
    stack.execute(new Command() {
      @Override
      public void execute() {
        position[0] = repository.deleteOrder(planId, o);
        List<Order> list = new ArrayList<>(plan.get().orders());
        list.remove(index);
        plan.set(plan.get().withOrders(list));
      }

      @Override
      public void undo() {
        repository.insertOrderAt(planId, position[0], o);
        List<Order> list = new ArrayList<>(plan.get().orders());
        list.add(index, o);
        plan.set(plan.get().withOrders(list));
      }

      @Override
      public String description() {
        return "Delete the order \u201c" + o.item() + "\u201d";
      }
    });
  }

  /** Replaces the plan's holidays as one undoable step. */
  public void changeHolidays(List<Holiday> after) {
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
        repository.replaceHolidays(planId, copy);
        plan.set(plan.get().withHolidays(copy));
      }

      @Override
      public void undo() {
        repository.replaceHolidays(planId, before);
        plan.set(plan.get().withHolidays(before));
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

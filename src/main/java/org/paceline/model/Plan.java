package org.paceline.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole plan: its settings and its tables, in the order they were written.
 *
 * @param settings name, fiscal calendar, currency, capacity, lead windows
 * @param targets quarterly sales targets
 * @param budgets quarterly marketing budgets
 * @param initiatives sales initiatives
 * @param programs marketing programs
 * @param orders what must be ordered before programs start (maybe none)
 * @param holidays days that are not working days (maybe none)
 */
public record Plan(
    PlanSettings settings,
    List<QuarterTarget> targets,
    List<QuarterBudget> budgets,
    List<Initiative> initiatives,
    List<Program> programs,
    List<Order> orders,
    List<Holiday> holidays) {

  public Plan {
    Objects.requireNonNull(settings, "settings");
    targets = List.copyOf(targets);
    budgets = List.copyOf(budgets);
    initiatives = List.copyOf(initiatives);
    programs = List.copyOf(programs);
    orders = List.copyOf(orders);
    holidays = List.copyOf(holidays);
  }

  /** A plan without orders and holidays. */
  public Plan(PlanSettings settings, List<QuarterTarget> targets, List<QuarterBudget> budgets,
      List<Initiative> initiatives, List<Program> programs) {
    this(settings, targets, budgets, initiatives, programs, List.of(), List.of());
  }

  /** The same plan with other programs; orders and holidays stay. */
  public Plan withPrograms(List<Program> newPrograms) {
    return new Plan(settings, targets, budgets, initiatives, newPrograms, orders, holidays);
  }

  /** The same plan with other orders. */
  public Plan withOrders(List<Order> newOrders) {
    return new Plan(settings, targets, budgets, initiatives, programs, newOrders, holidays);
  }

  /** The same plan with other holidays. */
  public Plan withHolidays(List<Holiday> newHolidays) {
    return new Plan(settings, targets, budgets, initiatives, programs, orders, newHolidays);
  }

  /** The orders of one program, in plan order. */
  public List<Order> ordersOf(String programId) {
    return orders.stream().filter(o -> o.program().equals(programId)).toList();
  }

  /** The plan's name. */
  public String name() {
    return settings.name();
  }

  /** The same plan with other initiatives; the other tables stay the same objects. */
  public Plan withInitiatives(List<Initiative> newInitiatives) {
    return new Plan(settings, targets, budgets, newInitiatives, programs, orders, holidays);
  }

  /** The same plan under another name. */
  public Plan withName(String newName) {
    return new Plan(settings.withName(newName), targets, budgets, initiatives, programs, orders,
        holidays);
  }

  /** The same plan with more initiatives and programs after its own (an import into it). */
  public Plan withAdded(List<Initiative> moreInitiatives, List<Program> morePrograms) {
    List<Initiative> i = new java.util.ArrayList<>(initiatives);
    i.addAll(moreInitiatives);
    List<Program> p = new java.util.ArrayList<>(programs);
    p.addAll(morePrograms);
    return new Plan(settings, targets, budgets, i, p, orders, holidays);
  }
}

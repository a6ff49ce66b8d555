package org.paceline.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole plan: its settings and its four tables, in the order they were written.
 *
 * @param settings name, fiscal calendar, currency, capacity, lead windows
 * @param targets quarterly sales targets
 * @param budgets quarterly marketing budgets
 * @param initiatives sales initiatives
 * @param programs marketing programs
 */
public record Plan(
    PlanSettings settings,
    List<QuarterTarget> targets,
    List<QuarterBudget> budgets,
    List<Initiative> initiatives,
    List<Program> programs) {

  public Plan {
    Objects.requireNonNull(settings, "settings");
    targets = List.copyOf(targets);
    budgets = List.copyOf(budgets);
    initiatives = List.copyOf(initiatives);
    programs = List.copyOf(programs);
  }

  /** The plan's name. */
  public String name() {
    return settings.name();
  }

  /** The same plan with other initiatives; the other tables stay the same objects. */
  public Plan withInitiatives(List<Initiative> newInitiatives) {
    return new Plan(settings, targets, budgets, newInitiatives, programs);
  }

  /** The same plan with other programs; the other tables stay the same objects. */
  public Plan withPrograms(List<Program> newPrograms) {
    return new Plan(settings, targets, budgets, initiatives, newPrograms);
  }

  /** The same plan under another name. */
  public Plan withName(String newName) {
    return new Plan(settings.withName(newName), targets, budgets, initiatives, programs);
  }
}

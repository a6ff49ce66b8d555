package org.paceline.model;


/** Tells a change of one program from any other change of a plan. */
public final class PlanDiff {

  private PlanDiff() {}

  /**
   * The one program that differs between two plans that share every other table (the same
   * objects, as an edit of one program leaves them), or null for any other difference.
   */
  public static Program onlyProgram(Plan a, Plan b) {
    if (a.settings() != b.settings() || a.targets() != b.targets() || a.budgets() != b.budgets()
        || a.initiatives() != b.initiatives() || a.programs().size() != b.programs().size()
        || a.orders() != b.orders() || a.holidays() != b.holidays()) {
      return null;
    }
    Program changed = null;
    for (int i = 0; i < a.programs().size(); i++) {
      Program x = a.programs().get(i);
      Program y = b.programs().get(i);
      if (x != y) {
        if (changed != null || !x.id().equals(y.id())) {
          return null;
        }
        changed = y;
      }
    }
    return changed;
  }
}

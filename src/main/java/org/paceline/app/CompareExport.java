package org.paceline.app;

import java.time.LocalDate;
import org.paceline.layout.CompareView;
import org.paceline.model.Plan;
import org.paceline.model.Quote;
import org.paceline.storage.Workspace;

/**
 * {@code paceline export --compare-with B}: the plan exported and the changes since plan B, both
 * read from one open workspace and checked on one day, as {@code paceline compare --plan B
 * --with PLAN} would list them.
 *
 * @param plan the plan on the board
 * @param compare the changes since the other plan
 */
record CompareExport(Plan plan, CompareView compare) {

  /**
   * Loads {@code planName} (null: the only plan) and {@code otherName}.
   *
   * @throws IllegalArgumentException in words, for an unknown plan or a date that is not one (a
   *     plan compared with itself is allowed: it lists nothing)
   */
  static CompareExport load(Cli.WorkspaceOptions workspace, String planName, String otherName,
      String asOf) {
    LocalDate day = AsOfDate.parse(asOf);
    if (otherName.isBlank()) {
      throw new IllegalArgumentException("--compare-with needs the name of a plan, e.g."
          + " --compare-with \"Approved FY2027\".");
    }
    Plan plan;
    Plan other;
    try (Workspace ws = workspace.openExisting()) {
      long id = Cli.PlanChoice.choose(ws, planName);
      long otherId;
      try {
        otherId = Cli.PlanChoice.choose(ws, otherName);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--compare-with: " + e.getMessage(), e);
      }
      plan = ws.plans().load(id);
      other = id == otherId ? plan : ws.plans().load(otherId);
    }
    return new CompareExport(plan, CompareView.of(other, plan, day));
  }

  /** Refuses {@code --compare-with} and {@code --as-of} for formats that cannot show them. */
  static void refuseFor(String format) {
    throw new IllegalArgumentException("--compare-with and --as-of work with --format pdf or"
        + " pptx, not " + Quote.of(format) + ".");
  }
}

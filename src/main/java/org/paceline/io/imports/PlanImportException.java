package org.paceline.io.imports;

import java.util.List;

/** An import that was refused, with every problem found, so they can all be fixed at once. */
public class PlanImportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<ImportProblem> problems;

  public PlanImportException(List<ImportProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in table and line order. */
  public List<ImportProblem> problems() {
    return problems;
  }

  private static String summary(List<ImportProblem> problems) {
    return problems.size() == 1
        ? "The plan was not imported: " + problems.get(0)
        : "The plan was not imported: " + problems.size() + " problems, the first: "
            + problems.get(0);
  }
}

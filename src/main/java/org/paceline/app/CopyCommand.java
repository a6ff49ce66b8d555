package org.paceline.app;

import java.util.concurrent.Callable;
import org.paceline.model.PlanKind;
import org.paceline.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paceline copy}: a scenario, a full and independent what-if copy of a plan. */
@Command(name = "copy", mixinStandardHelpOptions = true,
    description = "Makes a scenario: a full, independent copy of a plan to try changes in. The"
        + " original is not touched; compare them with: paceline compare.")
final class CopyCommand implements Callable<Integer> {

  @Option(names = "--plan", paramLabel = "NAME",
      description = "The plan to copy (may be left out when the workspace has one).")
  String plan;

  @Option(names = "--name", paramLabel = "NAME", required = true,
      description = "The new scenario's name.")
  String name;

  @CommandLine.Mixin Cli.WorkspaceOptions workspace = new Cli.WorkspaceOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return copy(workspace, plan, name, PlanKind.SCENARIO, spec);
  }

  /** Copies as a scenario or a baseline and says what was made. */
  static int copy(Cli.WorkspaceOptions workspace, String plan, String name, PlanKind kind,
      CommandLine.Model.CommandSpec spec) {
    try (Workspace ws = workspace.open()) {
      long from = Cli.PlanChoice.choose(ws, plan);
      long id = ws.plans().copy(from, name, kind);
      String fromName = ws.plans().load(from).name();
      String newName = ws.plans().load(id).name();
      spec.commandLine().getOut().println(kind == PlanKind.BASELINE
          ? "Made the baseline \"" + newName + "\" from \"" + fromName + "\": a frozen copy to"
              + " compare against (paceline compare --plan \"" + newName + "\" --with \""
              + fromName + "\")."
          : "Made the scenario \"" + newName + "\" from \"" + fromName + "\"; change it freely,"
              + " then compare, adopt or delete it.");
    }
    return 0;
  }
}

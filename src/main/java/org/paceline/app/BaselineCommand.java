package org.paceline.app;

import java.util.concurrent.Callable;
import org.paceline.model.PlanKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paceline baseline}: a frozen copy of a plan, e.g. the approved version. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
    description = "Makes a baseline: a frozen copy of a plan (the approved version) to compare"
        + " the year against. Nothing can change a baseline; make a scenario from it to try"
        + " changes.")
final class BaselineCommand implements Callable<Integer> {

  @Option(names = "--plan", paramLabel = "NAME",
      description = "The plan to freeze a copy of (may be left out when the workspace has one).")
  String plan;

  @Option(names = "--name", paramLabel = "NAME", required = true,
      description = "The baseline's name.")
  String name;

  @CommandLine.Mixin Cli.WorkspaceOptions workspace = new Cli.WorkspaceOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return CopyCommand.copy(workspace, plan, name, PlanKind.BASELINE, spec);
  }
}

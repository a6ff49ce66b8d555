package org.paceline.app;

import java.util.concurrent.Callable;
import org.paceline.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paceline rename}: another name for a plan or scenario. */
@Command(name = "rename", mixinStandardHelpOptions = true,
    description = "Gives a plan or scenario another name. A baseline keeps its name.")
final class RenameCommand implements Callable<Integer> {

  @Option(names = "--plan", paramLabel = "NAME", required = true,
      description = "The plan or scenario to rename.")
  String plan;

  @Option(names = "--name", paramLabel = "NAME", required = true, description = "Its new name.")
  String name;

  @CommandLine.Mixin Cli.WorkspaceOptions workspace = new Cli.WorkspaceOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Workspace ws = workspace.open()) {
      long id = Cli.PlanChoice.choose(ws, plan);
      ws.plans().rename(id, name);
      spec.commandLine().getOut().println("Renamed \"" + plan + "\" to \""
          + ws.plans().load(id).name() + "\".");
    }
    return 0;
  }
}

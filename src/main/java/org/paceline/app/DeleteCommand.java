package org.paceline.app;

import java.util.concurrent.Callable;
import org.paceline.model.PlanKind;
import org.paceline.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paceline delete}: removes a plan, scenario or baseline, only when asked twice. */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = "Deletes a plan, scenario or baseline and everything in it. Needs --yes; the"
        + " day's backup (paceline restore) is the only way back.")
final class DeleteCommand implements Callable<Integer> {

  @Option(names = "--plan", paramLabel = "NAME", required = true,
      description = "The plan, scenario or baseline to delete.")
  String plan;

  @Option(names = "--yes", description = "Yes, delete it.")
  boolean yes;

  @CommandLine.Mixin Cli.WorkspaceOptions workspace = new Cli.WorkspaceOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Workspace ws = workspace.open()) {
      long id = Cli.PlanChoice.choose(ws, plan);
      PlanKind kind = ws.plans().kind(id);
      long copies = ws.plans().lineage().stream()
          .filter(p -> Long.valueOf(id).equals(p.originId())).count();
      String what = kind.code() + " \"" + plan + "\"";
      if (!yes) {
        spec.commandLine().getErr().println("paceline: this would delete the " + what
            + " and everything in it; nothing was deleted. Run it again with --yes to delete it.");
        return Cli.BAD_INPUT;
      }
      ws.plans().delete(id);
      spec.commandLine().getOut().println("Deleted the " + what + "."
          + (copies == 0 ? "" : " Its " + copies + (copies == 1 ? " copy stays" : " copies stay")
              + ", now on their own."));
    }
    return 0;
  }
}

package org.paceline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paceline.model.InitiativeShift;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.ShiftDuration;
import org.paceline.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paceline shift}: moves an initiative, and with it its programs if asked. */
@Command(name = "shift", mixinStandardHelpOptions = true,
    description = "Moves an initiative's start and end by a duration, in place (make a scenario"
        + " first to keep the original). Months are calendar months: 2027-01-31 + 1m is"
        + " 2027-02-28.")
final class ShiftCommand implements Callable<Integer> {

  @Option(names = "--plan", paramLabel = "NAME",
      description = "The plan or scenario (may be left out when the workspace has one).")
  String plan;

  @Option(names = "--initiative", paramLabel = "ID", required = true,
      description = "The initiative's id, as in initiatives.csv.")
  String initiative;

  @Option(names = "--by", paramLabel = "D", required = true,
      description = "How far: a whole number with d, w or m (days, weeks, calendar months; no"
          + " unit means months), - for earlier: 3m, -2w, 10d.")
  String by;

  @Option(names = "--with-programs",
      description = "Also move every program that supports the initiative, whatever its status.")
  boolean withPrograms;

  @CommandLine.Mixin Cli.WorkspaceOptions workspace = new Cli.WorkspaceOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ShiftDuration d = ShiftDuration.parse(by);
    try (Workspace ws = workspace.open()) {
      long id = Cli.PlanChoice.choose(ws, plan);
      Plan before = ws.plans().load(id);
      InitiativeShift.Result r = InitiativeShift.apply(before, initiative, d, withPrograms);
      // only the moved rows are written, in one transaction; a baseline is refused here
      List<Program> moved = new ArrayList<>();
      for (int i = 0; i < before.programs().size(); i++) {
        if (before.programs().get(i) != r.plan().programs().get(i)) {
          moved.add(r.plan().programs().get(i));
        }
      }
      ws.plans().updateInitiativeAndPrograms(id, r.after(), moved);
      spec.commandLine().getOut().println(r.describe(d) + " in \"" + before.name() + "\": now "
          + r.after().start() + " to " + r.after().end() + ".");
    }
    return 0;
  }
}

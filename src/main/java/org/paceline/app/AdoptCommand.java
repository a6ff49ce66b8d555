package org.paceline.app;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.paceline.storage.PlanRepository;
import org.paceline.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paceline adopt}: a scenario becomes its plan; the old plan stays as a baseline. */
@Command(name = "adopt", mixinStandardHelpOptions = true,
    description = "Adopts a scenario: its plan takes the scenario's content (keeping its name),"
        + " the old content is kept as a baseline named by today's date, and the scenario is"
        + " removed.")
final class AdoptCommand implements Callable<Integer> {

  @Option(names = "--plan", paramLabel = "NAME", required = true,
      description = "The scenario to adopt.")
  String plan;

  @CommandLine.Mixin Cli.WorkspaceOptions workspace = new Cli.WorkspaceOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Workspace ws = workspace.open()) {
      long id = Cli.PlanChoice.choose(ws, plan);
      PlanRepository.Adoption done = ws.plans().adopt(id, LocalDate.now());
      spec.commandLine().getOut().println("Adopted \"" + plan + "\": \"" + done.planName()
          + "\" now holds it. The plan as it was is kept as the baseline \""
          + done.baselineName() + "\".");
    }
    return 0;
  }
}

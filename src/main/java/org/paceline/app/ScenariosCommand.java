package org.paceline.app;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.paceline.model.PlanKind;
import org.paceline.model.PlanLineage;
import org.paceline.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code paceline scenarios}: every plan with its scenarios and baselines. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
    description = "Lists the plans with their scenarios and baselines: what each was copied"
        + " from and when it was made.")
final class ScenariosCommand implements Callable<Integer> {

  private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @CommandLine.Mixin Cli.WorkspaceOptions workspace = new Cli.WorkspaceOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Workspace ws = workspace.open()) {
      PrintWriter out = spec.commandLine().getOut();
      List<PlanLineage> all = ws.plans().lineage();
      if (all.isEmpty()) {
        out.println("No plans in " + ws.directory() + " yet; add one with: paceline import PATH");
      }
      for (PlanLineage p : all) {
        out.println(line(p));
      }
    }
    return 0;
  }

  /** "Launch slips	scenario	of "Northwind"	made 2026-12-02 06:10". */
  static String line(PlanLineage p) {
    String origin;
    if (p.kind() == PlanKind.PLAN && p.originId() == null) {
      origin = "";
    } else if (p.originId() == null) {
      origin = "(its plan was deleted)";
    } else {
      origin = "of \"" + p.originName() + "\"";
    }
    return p.name() + "\t" + p.kind().code() + (p.isBaseline() ? " (frozen)" : "") + "\t"
        + origin + "\tmade " + MADE.format(p.createdAt());
  }
}

package org.paceline.app;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PlanComparison;
import org.paceline.io.export.ConflictChangeReport;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictChange;
import org.paceline.model.Plan;
import org.paceline.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paceline compare}: which conflicts a scenario or baseline adds and which it resolves. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compares two plans by their conflicts: the new ones (only in --with) and the"
        + " resolved ones (only in --plan). Both are checked with the same rules on the same"
        + " day.")
final class CompareCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { text, csv }

  @Option(names = "--plan", paramLabel = "A", required = true,
      description = "The plan to compare with, e.g. the plan a scenario came from.")
  String plan;

  @Option(names = "--with", paramLabel = "B", required = true,
      description = "The plan compared: a scenario, a baseline or any other plan.")
  String with;

  @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text",
      description = "text: for people (default); csv: the spec's columns.")
  Format format;

  @Option(names = "--as-of", paramLabel = "yyyy-mm-dd",
      description = "The day both plans are checked (default: today).")
  String asOf;

  @CommandLine.Mixin Cli.WorkspaceOptions workspace = new Cli.WorkspaceOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    LocalDate day = asOfDate(asOf);
    Plan a;
    Plan b;
    try (Workspace ws = workspace.open()) {
      a = ws.plans().load(Cli.PlanChoice.choose(ws, plan));
      b = ws.plans().load(Cli.PlanChoice.choose(ws, with));
    }
    // the same rules on the same day for both; the two analyses run side by side
    List<List<Conflict>> both = PlanComparison.analyzeBoth(a, b, day);
    List<ConflictChange> changes = PlanComparison.compare(both.get(0), both.get(1));
    Writer out = spec.commandLine().getOut();
    if (format == Format.csv) {
      ConflictChangeReport.writeCsv(changes, out);
    } else {
      ConflictChangeReport.writeText(a.name(), b.name(), day, changes, out);
    }
    return 0;
  }

  /** The as-of date given, or today; a date that is not one is refused in words. */
  static LocalDate asOfDate(String text) {
    if (text == null) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of " + text + " is not a date; write it as"
          + " yyyy-mm-dd, e.g. 2027-03-31.");
    }
  }

  /**
   * One plan's conflicts as of {@code day}: both plans go through here, so they are checked with
   * the same rules on the same day. Only the order rules depend on the day, and the analysis of
   * this build has none yet; its as-of overload (issue 14) takes {@code day} here.
   */
  static List<Conflict> conflicts(Plan plan, LocalDate day) {
    return ConflictAnalyzer.analyze(plan, day);
  }
}

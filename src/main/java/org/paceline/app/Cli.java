package org.paceline.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.io.export.ConflictReport;
import org.paceline.io.export.CsvPlanWriter;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.export.print.BoardPdf;
import org.paceline.io.export.print.BoardPng;
import org.paceline.io.export.print.PageSetup;
import org.paceline.io.imports.ImportProblem;
import org.paceline.io.imports.PlanImportException;
import org.paceline.io.imports.PlanImporter;
import org.paceline.model.Conflict;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;
import org.paceline.model.Quote;
import org.paceline.model.Severity;
import org.paceline.model.TextLimit;
import org.paceline.storage.Backups;
import org.paceline.storage.Workspace;
import org.paceline.storage.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The headless command line: the same storage, format and analysis code as the window. Exit codes:
 * 0 done, 1 conflicts at or above {@code --fail-on}, 2 bad usage or bad input, 3 an internal
 * error (see {@link CliFailure}).
 */
@Command(
    name = "paceline",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "Paceline: a planning board where marketing lead times meet quarterly sales targets.",
      "Without a command it opens the window."
    },
    subcommands = {
      Cli.ImportCommand.class,
      Cli.PlansCommand.class,
      Cli.CheckCommand.class,
      Cli.ExportCommand.class,
      Cli.RestoreCommand.class,
      TemplateCommand.class,
      ServerSetupCommand.class,
      CopyCommand.class, BaselineCommand.class, ScenariosCommand.class, RenameCommand.class,
      DeleteCommand.class, AdoptCommand.class, ShiftCommand.class, EditCommand.class,
      CompareCommand.class
    })
public final class Cli implements Callable<Integer> {

  /** Exit code for bad usage or input. */
  public static final int BAD_INPUT = 2;

  @Override
  public Integer call() {
    // Main opens the window before it gets here; reached only through tests.
    return 0;
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Cli());
    // "@name" is a file or folder a manager named so, never a file of arguments to read in.
    cl.setExpandAtFiles(false);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> CliFailure.report(e, err));
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      code = CliFailure.internal(e, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Runs the command line on the process's standard streams. */
  public static int run(String[] args) {
    return run(args,
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Paceline " + BuildInfo.version()};
    }
  }

  /** Options every workspace command has. */
  static class WorkspaceOptions {
    @Option(names = "--db", paramLabel = "DIR|postgresql://USER@HOST/DATABASE",
        description = "The workspace folder, or a team plan on a PostgreSQL server"
            + " (default: $PACELINE_DB, else your data folder).")
    String db;

    /** The folder or server {@code --db} names. */
    WorkspaceTarget target() {
      return WorkspaceTarget.resolve(db);
    }

    /** The workspace folder; refused for a team plan on a server (backups, restore). */
    Path folder() {
      WorkspaceTarget t = target();
      if (t.isServer()) {
        throw new IllegalArgumentException(Workspace.SERVER_BACKUPS);
      }
      return t.folder();
    }

    Workspace open() {
      Workspace ws = target().open(org.paceline.storage.ServerWorkspace.CLI_CONNECTIONS);
      ws.backUpIfDue();
      return ws;
    }

    /** For a command that only reads: creates nothing where there is no workspace. */
    Workspace openExisting() {
      WorkspaceTarget t = target();
      Workspace ws = t.isServer() ? t.open(org.paceline.storage.ServerWorkspace.CLI_CONNECTIONS)
          : Workspace.openExisting(t.folder());
      ws.backUpIfDue();
      return ws;
    }

    /** The plan named {@code name}, or the only one; the workspace is closed again after. */
    Plan loadPlan(String name) {
      try (Workspace ws = openExisting()) {
        return ws.plans().load(PlanChoice.choose(ws, name));
      }
    }
  }

  /** Chooses a plan by name, or the only one. */
  static final class PlanChoice {
    static long choose(Workspace ws, String name) {
      if (name != null) {
        return ws.plans().findByName(name).orElseThrow(() -> new IllegalArgumentException(
            "No plan is named " + Quote.of(name) + " in " + ws.describe() + "; the plans are: "
                + names(ws.plans().list())));
      }
      List<PlanSummary> plans = ws.plans().list();
      if (plans.isEmpty()) {
        throw new IllegalArgumentException("The workspace " + ws.describe()
            + " holds no plans yet; add one with: paceline import PATH");
      }
      if (plans.size() > 1) {
        throw new IllegalArgumentException("The workspace holds " + plans.size()
            + " plans; choose one with --plan NAME: " + names(plans));
      }
      return plans.get(0).id();
    }

    private static String names(List<PlanSummary> plans) {
      StringBuilder sb = new StringBuilder();
      for (PlanSummary p : plans) {
        sb.append(sb.length() == 0 ? "" : ", ").append(Quote.whole(p.name()));
      }
      return sb.length() == 0 ? "(none)" : sb.toString();
    }
  }

  @Command(name = "restore", mixinStandardHelpOptions = true,
      description = "Lists the workspace's backups (newest first), or puts one back: "
          + "paceline restore 1 restores the newest. The file it replaces is kept beside it.")
  static final class RestoreCommand implements Callable<Integer> {
    @Parameters(paramLabel = "BACKUP", arity = "0..1",
        description = "The number shown in the list (1 = newest) or a backup file.")
    String which;

    @CommandLine.Mixin WorkspaceOptions workspace = new WorkspaceOptions();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path dir = Workspace.location(workspace.folder());
      Backups backups = new Backups(dir);
      if (!Files.exists(dir.resolve(Workspace.DATABASE_NAME + ".mv.db"))
          && !Files.isDirectory(backups.folder())) {
        throw WorkspaceException.noWorkspace(dir);
      }
      List<Backups.Backup> all = backups.list();
      PrintWriter out = spec.commandLine().getOut();
      if (which == null) {
        List<Backups.Backup> future = backups.futureDated();
        if (!future.isEmpty()) {
          out.println((future.size() == 1 ? "1 backup is" : future.size() + " backups are")
              + " dated in the future, so left out (made while the computer's clock was wrong,"
              + " or copied from another machine):");
          future.forEach(b -> out.println("      " + b.file().getFileName() + " (dated "
              + b.describe().split(" · ")[0] + ")"));
        }
        if (all.isEmpty()) {
          out.println("No backups of " + dir + " yet. Paceline makes one each day it opens the"
              + " workspace, and before every upgrade of its format.");
          return 0;
        }
        out.println("Backups of " + dir + " (in " + backups.folder() + "):");
        for (int i = 0; i < all.size(); i++) {
          out.printf("  %2d  %s%n", i + 1, all.get(i).describe());
        }
        out.println("Restore one with: paceline restore NUMBER"
            + (workspace.db == null ? "" : " --db " + CliFailure.shellWord(dir)));
        return 0;
      }
      Backups.Backup chosen;
      if (which.matches("\\d+")) {
        int n = Integer.parseInt(which);
        if (n < 1 || n > all.size()) {
          throw new IllegalArgumentException("There is no backup " + n + "; "
              + (all.isEmpty() ? "there are none yet." : "choose 1 to " + all.size() + "."));
        }
        chosen = all.get(n - 1);
      } else {
        Path file = Path.of(which).toAbsolutePath().normalize();
        chosen = all.stream().filter(b -> b.file().equals(file)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(file
                + " is not one of this workspace's backups; list them with: paceline restore"));
      }
      Path kept = Workspace.restore(dir, chosen);
      out.println("Restored " + dir + " from the backup of " + chosen.describe() + ".");
      if (kept != null) {
        out.println("The file it replaced is kept as " + kept + ".");
      }
      return 0;
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Imports a plan from a folder of CSV files or an .xlsx workbook into a new"
          + " plan of the workspace, and prints the new plan's name.")
  static final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "A folder with plan.csv, targets.csv,"
        + " budgets.csv, initiatives.csv and programs.csv, or an .xlsx workbook; any other"
        + " workbook or CSV file is read as a table of programs.")
    Path path;

    @Option(names = "--name", paramLabel = "NAME",
        description = "The new plan's name (default: the name in the plan table).")
    String name;

    @CommandLine.Mixin WorkspaceOptions workspace = new WorkspaceOptions();

    @CommandLine.Mixin ForeignImportOptions foreign = new ForeignImportOptions();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Plan plan;
      try {
        if (ForeignImport.isForeignCandidate(path)) {
          return ForeignImport.run(foreign.request(path, name), workspace,
              spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (foreign.given()) {
          spec.commandLine().getErr().println("paceline: " + path + " is in the plan format;"
              + " --sheet, --map, --values, --date-order, --default-kind, --into and --dry-run"
              + " are for other tables of programs");
          spec.commandLine().getErr().flush();
          return BAD_INPUT;
        }
        plan = PlanImporter.read(path);
      } catch (PlanImportException e) {
        PrintWriter err = spec.commandLine().getErr();
        List<ImportProblem> problems = e.problems();
        err.println("paceline: " + path + " was not imported; "
            + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
            + " to fix:");
        problems.forEach(p -> err.println("  " + p));
        err.flush();
        return BAD_INPUT;
      }
      if (name != null && !name.isBlank()) {
        if (!TextLimit.PLAN_NAME.fits(name.trim())) {
          throw new IllegalArgumentException("--name: "
              + TextLimit.PLAN_NAME.tooLong(name.trim()) + ".");
        }
        plan = plan.withName(name.trim());
      }
      try (Workspace ws = workspace.open()) {
        plan = plan.withName(ws.plans().uniqueName(plan.name()));
        ws.plans().insert(plan);
      }
      spec.commandLine().getOut().println(plan.name());
      return 0;
    }
  }

  @Command(name = "plans", mixinStandardHelpOptions = true,
      description = "Lists the plans of the workspace.")
  static final class PlansCommand implements Callable<Integer> {
    @CommandLine.Mixin WorkspaceOptions workspace = new WorkspaceOptions();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Workspace ws = workspace.openExisting()) {
        PrintWriter out = spec.commandLine().getOut();
        List<PlanSummary> plans = ws.plans().list();
        if (plans.isEmpty()) {
          out.println("No plans in " + ws.describe() + " yet; add one with: paceline import PATH");
        }
        for (PlanSummary p : plans) {
          out.println(p.name() + "\t" + p.programs() + " programs, " + p.initiatives()
              + " initiatives");
        }
      }
      return 0;
    }
  }

  /** Output formats of {@code check}. */
  enum CheckFormat { csv, text }

  /** Severities for {@code --fail-on}. */
  enum FailOn { error, warning, info }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Lists where the marketing and sales paces conflict, by the rules of"
          + " conflicts.md.")
  static final class CheckCommand implements Callable<Integer> {
    @Option(names = "--plan", paramLabel = "NAME",
        description = "The plan (may be left out when the workspace has one).")
    String plan;

    @Option(names = "--format", paramLabel = "csv|text", defaultValue = "text",
        description = "csv: the spec's columns; text: for people (default).")
    CheckFormat format;

    @Option(names = "--fail-on", paramLabel = "error|warning|info",
        description = "Exit with 1 when a conflict of this severity or worse exists.")
    FailOn failOn;

    @Option(names = "--as-of", paramLabel = "yyyy-mm-dd",
        description = "The day the plan is checked (default: today); the order rules depend on"
            + " it.")
    String asOf;

    @CommandLine.Mixin WorkspaceOptions workspace = new WorkspaceOptions();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      java.time.LocalDate day = AsOfDate.parse(asOf);
      Plan p = workspace.loadPlan(plan);
      List<Conflict> conflicts = ConflictAnalyzer.analyze(p, day);
      Writer out = spec.commandLine().getOut();
      if (format == CheckFormat.csv) {
        ConflictReport.writeCsv(conflicts, out);
      } else {
        ConflictReport.writeText(p.name(), conflicts, out);
      }
      if (failOn != null) {
        Severity threshold = Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
        if (conflicts.stream().anyMatch(c -> c.severity().isAtLeast(threshold))) {
          return 1;
        }
      }
      return 0;
    }
  }

  /** Output formats of {@code export}. */
  enum ExportFormat { csv, xlsx, pdf, png, pptx }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Exports a plan: the board as PDF pages or PNG images (one page layout), an"
          + " .xlsx workbook (plan tables, conflicts, quarter summary) or a folder of CSV files.")
  static final class ExportCommand implements Callable<Integer> {
    @Option(names = "--plan", paramLabel = "NAME",
        description = "The plan (may be left out when the workspace has one).")
    String plan;

    @Option(names = "--format", paramLabel = "pdf|png|pptx|xlsx|csv", required = true,
        description = "pdf: the board as pages; png: the board as images; pptx: an editable"
            + " PowerPoint deck; xlsx: one workbook; csv: a folder of five CSV files.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "PATH", required = true,
        description = "The file (pdf, png, xlsx) or folder (csv) to write.")
    Path out;

    @Option(names = "--paper", paramLabel = "A4|A3|Letter|Legal|Tabloid", defaultValue = "A4",
        description = "Paper size for pdf and png (default A4).")
    String paper;

    @Option(names = "--landscape", description = "Landscape pages (the default).")
    boolean landscape;

    @Option(names = "--portrait", description = "Portrait pages.")
    boolean portrait;

    @Option(names = "--pages-wide", paramLabel = "N",
        description = "Spread the time axis over N pages side by side; rows flow onto further"
            + " pages. Default: as few pages wide as keep every text at 7 pt or more.")
    Integer pagesWide;

    @Option(names = "--one-page", description = "Squeeze the whole board onto one page, even"
        + " when its text gets smaller than 7 pt (the command says which).")
    boolean onePage;

    @Option(names = "--scale", paramLabel = "S",
        description = "A fixed scale instead of fitting (1 = natural size).")
    Double scale;

    @Option(names = "--from", paramLabel = "yyyy-mm-dd", description = "First day shown.")
    java.time.LocalDate from;

    @Option(names = "--to", paramLabel = "yyyy-mm-dd", description = "Last day shown.")
    java.time.LocalDate to;

    @Option(names = "--png-scale", paramLabel = "1|2|3", defaultValue = "2",
        description = "PNG resolution: 1×, 2× or 3× (default 2).")
    int pngScale;

    @Option(names = "--per", paramLabel = "quarter|half", defaultValue = "quarter",
        description = "pptx: one slide per quarter (default) or per half-year.")
    String per;

    @Option(names = "--pictures", description = "pptx: add a slide with a picture of the whole"
        + " board.")
    boolean pictures;

    @Option(names = "--no-legend", description = "Leave out the legend page (pdf).")
    boolean noLegend;

    @Option(names = "--no-conflicts", description = "Leave out the conflict summary (pdf).")
    boolean noConflicts;

    @Option(names = "--compare-with", paramLabel = "PLAN",
        description = "pdf, pptx: the changes since PLAN (e.g. the approved baseline): its moved"
            + " bars as dashed outlines, added programs framed, and a page of new and resolved"
            + " conflicts, added and removed programs and target changes.")
    String compareWith;

    @Option(names = "--as-of", paramLabel = "yyyy-mm-dd",
        description = "With --compare-with: the day both plans are checked (default: today).")
    String asOf;

    @CommandLine.Mixin WorkspaceOptions workspace = new WorkspaceOptions();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if ((compareWith != null || asOf != null) && format != ExportFormat.pdf
          && format != ExportFormat.pptx) {
        CompareExport.refuseFor(format.name());
      }
      if (asOf != null && compareWith == null) {
        throw new IllegalArgumentException("--as-of goes with --compare-with PLAN.");
      }
      CompareExport compare = compareWith == null ? null
          : CompareExport.load(workspace, plan, compareWith, asOf);
      Plan p = compare != null ? compare.plan() : workspace.loadPlan(plan);
      org.paceline.layout.CompareView view = compare == null ? null : compare.compare();
      switch (format) {
        case csv -> CsvPlanWriter.write(p, out);
        case xlsx -> XlsxPlanWriter.write(p, out);
        case pdf -> {
          BoardPdf.Result r = BoardPdf.write(p, pageSetup(), x -> true, view, out,
              BoardPdf.Progress.NONE);
          r.warnings().forEach(w -> spec.commandLine().getErr().println("paceline: " + w));
          spec.commandLine().getOut().println(r.pages() + (r.pages() == 1 ? " page" : " pages"));
        }
        case png -> BoardPng.write(p, pageSetup(), pngScale, out)
            .forEach(f -> spec.commandLine().getOut().println(f));
        case pptx -> {
          if (!per.equals("quarter") && !per.equals("half")) {
            throw new IllegalArgumentException("Unknown --per \"" + per
                + "\"; expected quarter or half.");
          }
          var r = org.paceline.io.export.slides.BoardDeck.write(p,
              new org.paceline.io.export.slides.BoardDeck.Options(per.equals("half"), pictures),
              view, out);
          spec.commandLine().getOut().println(r.slides() + " slides");
        }
        default -> throw new IllegalStateException();
      }
      spec.commandLine().getOut().println("Exported " + Quote.whole(p.name()) + " to " + out);
      return 0;
    }

    private PageSetup pageSetup() {
      if (landscape && portrait) {
        throw new IllegalArgumentException("Choose --landscape or --portrait, not both.");
      }
      PageSetup.Paper size;
      try {
        size = PageSetup.Paper.parse(paper);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Unknown paper " + Quote.of(paper)
            + "; expected A4, A3, Letter, Legal or Tabloid.");
      }
      PageSetup.Fit fit = scale != null ? PageSetup.Fit.scale(scale)
          : pagesWide != null ? PageSetup.Fit.pagesWide(pagesWide)
          : onePage ? PageSetup.Fit.onePage() : PageSetup.Fit.readableFit();
      return PageSetup.defaults().withPaper(size).withLandscape(!portrait).withFit(fit)
          .withRange(from, to).withExtras(!noLegend, !noConflicts);
    }
  }
}

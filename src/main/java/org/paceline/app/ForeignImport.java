package org.paceline.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.paceline.io.imports.PlanImportException;
import org.paceline.io.imports.PlanImporter;
import org.paceline.io.imports.WorkbookReader;
import org.paceline.io.imports.foreign.ForeignImportException;
import org.paceline.io.imports.foreign.ForeignTableReader;
import org.paceline.io.imports.foreign.ProjectFileReader;
import org.paceline.io.imports.foreign.SourceTable;
import org.paceline.io.imports.foreign.TableLoader;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.model.Program;
import org.paceline.model.TextLimit;
import org.paceline.storage.Workspace;

/**
 * {@code paceline import FILE} for a spreadsheet or CSV that is not in the plan format: reads it
 * as a table of programs and stores them as a new plan, or adds them to the plan {@code --into}
 * names, in one transaction. Prints the mapping used, every row skipped and the summary.
 */
final class ForeignImport {

  /** What the import command was asked. */
  record Request(Path file, String sheet, String name, String into, boolean dryRun,
      ProjectFileReader.Summaries summaries, ForeignTableReader.Options options) {}

  private ForeignImport() {}

  /** Whether the file is a workbook in the plan format (a plan and a programs sheet). */
  static boolean isPlanWorkbook(Path file) throws PlanImportException {
    try (WorkbookReader wb = WorkbookReader.open(file)) {
      return wb.findSheet("plan") != null && wb.findSheet("programs") != null;
    }
  }

  /** Loads the table of {@code file}: a CSV file, or a sheet of a workbook. */
  static SourceTable load(Path file, String sheet, List<String> notes)
      throws ForeignImportException, PlanImportException {
    if (TableLoader.isCsvName(file)) {
      if (sheet != null) {
        notes.add("--sheet is ignored: a CSV file is one sheet");
      }
      return TableLoader.csv(file);
    }
    try (WorkbookReader wb = WorkbookReader.open(file)) {
      return TableLoader.sheet(wb, sheet, notes);
    }
  }

  static int run(Request req, Cli.WorkspaceOptions workspace, PrintWriter out, PrintWriter err) {
    List<String> loadNotes = new java.util.ArrayList<>();
    try {
      boolean schedule = ProjectFileReader.isProjectName(req.file());
      SourceTable table = schedule ? null : load(req.file(), req.sheet(), loadNotes);
      ForeignTableReader.Result result;
      if (req.into() == null) {
        result = schedule
            ? ProjectFileReader.read(req.file(), req.summaries(), req.options().defaultKind(),
                Set.of())
            : ForeignTableReader.read(table, req.options(), List.of(), Set.of());
        report(out, loadNotes, result, !req.dryRun(), req.options().map() == null);
        if (req.dryRun()) {
          return 0;
        }
        String base = req.name() != null && !req.name().isBlank() ? req.name().trim()
            : baseName(req.file());
        if (req.name() != null && !req.name().isBlank() && !TextLimit.PLAN_NAME.fits(base)) {
          // refused before the workspace is opened, so its file is left as it was
          throw new IllegalArgumentException("--name: " + TextLimit.PLAN_NAME.tooLong(base) + ".");
        }
        try (Workspace ws = workspace.open()) {
          Plan plan = new Plan(PlanSettings.defaults(ws.plans().uniqueName(base)), List.of(),
              List.of(), result.newInitiatives(), result.programs());
          ws.plans().insert(plan);
          out.println(result.summary(true) + " into the new plan \"" + plan.name() + "\"");
        }
        return 0;
      }
      // Everything the file itself can be refused for is found before the workspace is
      // opened, so that such a refusal leaves the workspace's file as it was.
      if (schedule) {
        ProjectFileReader.read(req.file(), req.summaries(), req.options().defaultKind(),
            Set.of());
      } else {
        ForeignTableReader.read(table, req.options(), List.of(), Set.of());
      }
      // The plan and the file are checked against each other with the workspace opened
      // read-only, so a refusal (or --dry-run) leaves its file byte for byte; only then is it
      // opened to write, and the same checks are made again on what it holds by then.
      for (boolean write : req.dryRun() ? new boolean[] {false} : new boolean[] {false, true}) {
        try (Workspace ws = write ? workspace.open() : workspace.openExisting()) {
          long planId = Cli.PlanChoice.choose(ws, req.into());
          Plan plan = ws.plans().load(planId);
          Set<String> taken = new HashSet<>();
          for (Program p : plan.programs()) {
            taken.add(p.id());
          }
          Set<String> initiativeIds = new HashSet<>();
          for (Initiative i : plan.initiatives()) {
            initiativeIds.add(i.id());
          }
          if (schedule) {
            result = ProjectFileReader.read(req.file(), req.summaries(),
                req.options().defaultKind(), taken);
            for (Initiative i : result.newInitiatives()) {
              if (initiativeIds.contains(i.id())) {
                throw new ForeignImportException("the plan already has an initiative with the id"
                    + " \"" + i.id() + "\"; was this file imported into it before? Nothing was"
                    + " imported.");
              }
            }
          } else {
            result = ForeignTableReader.read(table, req.options(), plan.initiatives(), taken);
          }
          if (!write && !req.dryRun()) {
            continue;
          }
          report(out, loadNotes, result, !req.dryRun(), req.options().map() == null);
          if (req.dryRun()) {
            return 0;
          }
          ws.plans().replace(planId, plan.withAdded(result.newInitiatives(), result.programs()));
          out.println(result.summary(true) + " into the plan \"" + plan.name() + "\"");
        }
      }
      return 0;
    } catch (PlanImportException e) {
      err.println("paceline: " + req.file() + " was not imported: " + e.problems().get(0));
      return Cli.BAD_INPUT;
    } catch (ForeignImportException e) {
      loadNotes.forEach(n -> err.println("paceline: " + n));
      err.println("paceline: " + req.file().getFileName() + " was not imported: "
          + e.getMessage());
      e.details().forEach(d -> err.println("  " + d));
      return Cli.BAD_INPUT;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static void report(PrintWriter out, List<String> loadNotes,
      ForeignTableReader.Result r, boolean willStore, boolean proposed) {
    String where = r.table().describe();
    if (r.headerRow() > 0) {
      out.println("Reading " + where + " as a table of programs; header on "
          + r.table().rowWord() + " " + r.headerRow() + ".");
    } else {
      out.println("Reading " + where + " as a project schedule: its leaf tasks are programs.");
    }
    for (String n : loadNotes) {
      out.println("  " + n);
    }
    if (r.headerRow() > 0) {
      out.println("  mapping: --map \"" + r.mapArgument() + "\""
          + (proposed ? " (proposed from the headers; give --map to change it)" : ""));
    }
    for (String n : r.notes()) {
      out.println("  " + n);
    }
    if (!r.skipped().isEmpty()) {
      out.println("Skipped:");
      for (ForeignTableReader.Skipped s : r.skipped()) {
        out.println("  " + r.table().rowWord() + " " + s.number() + ": " + s.reason());
      }
    }
    if (!willStore) {
      out.println("First programs:");
      for (Program p : r.programs().subList(0, Math.min(5, r.programs().size()))) {
        out.println("  " + p.id() + "  " + p.start() + " … " + p.end() + "  " + p.kind() + "  "
            + p.status() + "  " + p.name() + (p.owner().isEmpty() ? "" : "  (" + p.owner() + ")"));
      }
      out.println(r.summary(false) + "; dry run: nothing was stored");
    }
  }

  private static String baseName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    String base = dot > 0 ? n.substring(0, dot) : n;
    base = base.replaceAll("\\p{Cntrl}", " ").trim();
    return base.isEmpty() ? "Imported plan" : base.length() > 200 ? base.substring(0, 200) : base;
  }

  static boolean isForeignCandidate(Path file) throws PlanImportException {
    if (java.nio.file.Files.isDirectory(file)) {
      return false;
    }
    if (TableLoader.isCsvName(file) || ProjectFileReader.isProjectName(file)) {
      return true;
    }
    return PlanImporter.isWorkbookName(file) && !isPlanWorkbook(file);
  }
}

package org.paceline.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paceline.io.imports.foreign.ForeignTableReader;
import org.paceline.io.imports.foreign.ProjectFileReader;
import org.paceline.model.ProgramKind;
import picocli.CommandLine.Option;

/** The options of {@code paceline import} for tables that are not in the plan format. */
final class ForeignImportOptions {

  @Option(names = "--sheet", paramLabel = "NAME",
      description = "The workbook's sheet to read (default: the only one, or the one that looks"
          + " most like a table). Ignored for CSV.")
  String sheet;

  @Option(names = "--map", paramLabel = "FIELD=Header,…",
      description = "Which column holds which program field, e.g. \"name=Content,start=Date,"
          + "end=Finish,kind=Type,status=Status,owner=Owner,cost=Budget,initiative=Campaign\"."
          + " Fields: name, start, end, duration, kind, status, owner, cost, initiative, id."
          + " Without it Paceline proposes one from the headers.")
  String map;

  @Option(names = "--values", paramLabel = "FIELD:Word=value,…",
      description = "Words of the kind or status column mapped to Paceline's, e.g."
          + " \"kind:Social=content,Webinar=event\"; may be repeated.")
  List<String> values = new ArrayList<>();

  @Option(names = "--date-order", paramLabel = "mdy|dmy",
      description = "Whether 03/04/2027 is March 4 (mdy) or 3 April (dmy), when the dates do"
          + " not say.")
  String dateOrder;

  @Option(names = "--default-kind", paramLabel = "KIND",
      description = "The kind of programs whose kind is missing or unknown (default: campaign).")
  String defaultKind;

  @Option(names = "--into", paramLabel = "NAME",
      description = "Add the programs to this existing plan instead of a new one.")
  String into;

  @Option(names = "--dry-run",
      description = "Show what would be imported (counts, first rows, skipped rows); store"
          + " nothing.")
  boolean dryRun;

  @Option(names = "--summaries", paramLabel = "skip|initiatives",
      description = "For MS Project, GanttProject and Primavera files: summary tasks are"
          + " skipped and reported (skip, the default) or become the sales initiatives their"
          + " tasks support (initiatives).")
  String summaries;

  boolean given() {
    return sheet != null || map != null || !values.isEmpty() || dateOrder != null
        || defaultKind != null || into != null || dryRun || summaries != null;
  }

  ForeignImport.Request request(Path file, String name) {
    ProgramKind kind = null;
    if (defaultKind != null) {
      kind = ProgramKind.fromCode(defaultKind).orElseThrow(() -> new IllegalArgumentException(
          "--default-kind \"" + defaultKind + "\" is not a kind; expected one of research,"
              + " brand, content, event, campaign, enablement"));
    }
    ProjectFileReader.Summaries s = ProjectFileReader.Summaries.SKIP;
    if (summaries != null) {
      s = switch (summaries.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "skip" -> ProjectFileReader.Summaries.SKIP;
        case "initiatives" -> ProjectFileReader.Summaries.INITIATIVES;
        default -> throw new IllegalArgumentException("--summaries \"" + summaries
            + "\": expected skip or initiatives");
      };
    }
    return new ForeignImport.Request(file, sheet, name, into, dryRun, s,
        new ForeignTableReader.Options(map, values, dateOrder, kind, null));
  }
}

package org.paceline.io.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.paceline.layout.ChangeLines;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictChange;

/** Writes the comparison of two plans as the CSV of {@code conflicts.md}, or as text for people. */
public final class ConflictChangeReport {

  /** The exact header of the spec's "Comparing two plans". */
  public static final List<String> CSV_HEADER = List.of("change", "rule", "severity", "program",
      "initiative", "quarter", "segment", "month", "item", "message");

  private ConflictChangeReport() {}

  /** The changes as CSV with exactly the spec's header and columns. */
  public static void writeCsv(List<ConflictChange> changes, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setRecordSeparator("\n").get());
    printer.printRecord(CSV_HEADER);
    for (ConflictChange change : changes) {
      Conflict c = change.conflict();
      printer.printRecord(change.change().code(), c.rule().name(), c.severity().code(),
          FormulaGuard.neutralise(c.program()), FormulaGuard.neutralise(c.initiative()),
          c.quarter() == null ? "" : c.quarter().toString(), FormulaGuard.neutralise(c.segment()),
          c.month() == null ? "" : c.month().toString(),
          FormulaGuard.neutralise(c.item()),
          FormulaGuard.neutralise(c.message()));
    }
    printer.flush();
  }

  /**
   * The changes for people: what "B" has that "A" has not, then what it no longer has.
   *
   * @param planA the plan compared with
   * @param planB the compared plan
   * @param asOf the day both were checked
   */
  public static void writeText(String planA, String planB, LocalDate asOf,
      List<ConflictChange> changes, Writer out) throws IOException {
    List<ConflictChange> added = changes.stream()
        .filter(c -> c.change() == ConflictChange.Kind.NEW).toList();
    List<ConflictChange> resolved = changes.stream()
        .filter(c -> c.change() == ConflictChange.Kind.RESOLVED).toList();
    out.write("\"" + planB + "\" compared with \"" + planA + "\" (both checked as of " + asOf
        + "): ");
    if (changes.isEmpty()) {
      out.write("the same conflicts, nothing new and nothing resolved.\n");
      out.flush();
      return;
    }
    out.write(plural(added.size(), "new conflict") + ", " + resolved.size() + " resolved.\n");
    section("New in \"" + planB + "\"", added, out);
    section("Resolved (only in \"" + planA + "\")", resolved, out);
    out.flush();
  }

  private static void section(String heading, List<ConflictChange> changes, Writer out)
      throws IOException {
    if (changes.isEmpty()) {
      return;
    }
    out.write("\n" + heading + " (" + changes.size() + ")\n");
    for (ConflictChange change : changes) {
      out.write("  " + ChangeLines.sentence(change.conflict()) + "\n");
    }
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}

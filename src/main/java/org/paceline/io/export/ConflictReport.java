package org.paceline.io.export;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.paceline.model.Conflict;
import org.paceline.model.Severity;

/** Writes conflicts as the CSV of {@code conflicts.md}, or as text for people. */
public final class ConflictReport {

  /** The exact header of the spec. */
  public static final List<String> CSV_HEADER =
      List.of("rule", "severity", "program", "initiative", "quarter", "segment", "month",
          "item", "message");

  private ConflictReport() {}

  /** The conflicts as CSV with exactly the spec's header and columns. */
  public static void writeCsv(List<Conflict> conflicts, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setRecordSeparator("\n").get());
    printer.printRecord(CSV_HEADER);
    for (Conflict c : conflicts) {
      printer.printRecord(c.rule().name(), c.severity().code(),
          FormulaGuard.neutralise(c.program()), FormulaGuard.neutralise(c.initiative()),
          c.quarter() == null ? "" : c.quarter().toString(), FormulaGuard.neutralise(c.segment()),
          c.month() == null ? "" : c.month().toString(), FormulaGuard.neutralise(c.item()),
          FormulaGuard.neutralise(c.message()));
    }
    printer.flush();
  }

  /** The conflicts for people: counts first, then grouped by severity. */
  public static void writeText(String planName, List<Conflict> conflicts, Writer out)
      throws IOException {
    Map<Severity, Integer> counts = counts(conflicts);
    out.write(planName + ": " + summary(counts) + "\n");
    Severity current = null;
    for (Conflict c : conflicts) {
      if (c.severity() != current) {
        current = c.severity();
        out.write("\n" + heading(current) + " (" + counts.get(current) + ")\n");
      }
      out.write("  " + c.rule().title() + ": " + c.message() + "\n");
    }
    out.flush();
  }

  /** How many conflicts of each severity (every severity present, maybe 0). */
  public static Map<Severity, Integer> counts(List<Conflict> conflicts) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (Conflict c : conflicts) {
      counts.merge(c.severity(), 1, Integer::sum);
    }
    return counts;
  }

  /** "2 errors, 9 warnings, 3 notes" or "no conflicts". */
  public static String summary(Map<Severity, Integer> counts) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return "no conflicts";
    }
    return plural(counts.get(Severity.ERROR), "error") + ", "
        + plural(counts.get(Severity.WARNING), "warning") + ", "
        + plural(counts.get(Severity.INFO), "note");
  }

  private static String heading(Severity s) {
    return switch (s) {
      case ERROR -> "Errors";
      case WARNING -> "Warnings";
      case INFO -> "Notes";
    };
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}

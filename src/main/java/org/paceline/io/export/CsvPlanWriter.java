package org.paceline.io.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.paceline.files.AtomicFiles;
import org.paceline.model.Amounts;
import org.paceline.model.Plan;

/** Writes a plan as the five CSV files of the interchange format (RFC 4180, UTF-8). */
public final class CsvPlanWriter {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
      .get();

  private CsvPlanWriter() {}

  /**
   * Writes {@code plan.csv}, {@code targets.csv}, … into {@code folder}, creating it. An {@code
   * orders.csv} or {@code holidays.csv} left there by an earlier export of a plan that had them
   * is removed when this plan has none, so that the folder reads back as this plan.
   */
  public static void write(Plan plan, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<PlanTables.Table> tables = PlanTables.of(plan);
    for (String optional : PlanTables.OPTIONAL) {
      if (tables.stream().noneMatch(t -> t.name().equals(optional))) {
        Files.deleteIfExists(folder.resolve(optional + ".csv"));
      }
    }
    for (PlanTables.Table table : tables) {
      AtomicFiles.write(folder.resolve(table.name() + ".csv"), out -> {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, FORMAT);
        printer.printRecord(table.header());
        for (var row : table.rows()) {
          for (Object cell : row) {
            printer.print(text(cell));
          }
          printer.println();
        }
        printer.flush();
      });
    }
  }

  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal d) {
      return Amounts.plain(d);
    }
    if (cell instanceof Number || cell instanceof java.time.LocalDate) {
      return cell.toString();
    }
    return FormulaGuard.neutralise(cell.toString());
  }
}

package org.paceline.io.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.QuarterSummary;
import org.paceline.files.AtomicFiles;
import org.paceline.model.Conflict;
import org.paceline.model.Plan;

/**
 * Writes a plan as an Excel workbook: the five sheets of the interchange format, then a
 * "Conflicts" sheet and a "Quarter summary" sheet for finance and the planning meeting. Real
 * number and date cells, a bold frozen header row, readable column widths; importing the
 * workbook again reads the five plan sheets and ignores the two report sheets.
 *
 * <p>The workbook is written as a stream (POI's {@link SXSSFWorkbook}): only the last
 * {@link #ROWS_IN_MEMORY} rows of a sheet are held, the rest go to a compressed temporary file
 * as they are written, so a plan of any size is exported in a small, fixed heap. Text is
 * written as inline strings (no shared-string table to hold). Each sheet has its own method;
 * a new sheet is one more method called from {@link #write}.
 */
public final class XlsxPlanWriter {

  /** Rows of a sheet kept in memory while writing; older rows are flushed to disk. */
  static final int ROWS_IN_MEMORY = 200;

  private XlsxPlanWriter() {}

  /** Writes the workbook to {@code file}. */
  public static void write(Plan plan, Path file) throws IOException {
    // close() also deletes the temporary files (POI 5.3 and later)
    try (SXSSFWorkbook wb = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      wb.setCompressTempFiles(true);
      Styles styles = new Styles(wb);
      planSheets(wb, plan, styles);
      List<Conflict> conflicts = ConflictAnalyzer.analyze(plan);
      conflictsSheet(wb, conflicts, styles);
      quarterSummarySheet(wb, plan, conflicts, styles);
      OrdersDueSheet.write(wb.createSheet(OrdersDueSheet.NAME), plan, styles);
      AtomicFiles.write(file, wb::write);
    }
  }

  /** The tables of the interchange format, one sheet each, in the format's order. */
  private static void planSheets(Workbook wb, Plan plan, Styles styles) {
    for (PlanTables.Table table : PlanTables.of(plan)) {
      writeSheet(wb.createSheet(table.name()), table.header(), table.rows(), styles);
    }
  }

  /** The conflicts, with the columns of the {@code check --format csv} report. */
  private static void conflictsSheet(Workbook wb, List<Conflict> conflicts, Styles styles) {
    List<List<Object>> rows = new ArrayList<>();
    for (Conflict c : conflicts) {
      rows.add(List.of(c.rule().name(), c.severity().code(), c.program(), c.initiative(),
          c.quarter() == null ? "" : c.quarter().toString(), c.segment(),
          c.month() == null ? "" : c.month().toString(), c.item(), c.message()));
    }
    report(wb.createSheet("Conflicts"), ConflictReport.CSV_HEADER, rows, styles);
  }

  /** Per quarter and segment: the target, what is behind it, leads and spend. */
  private static void quarterSummarySheet(Workbook wb, Plan plan, List<Conflict> conflicts,
      Styles styles) {
    String cur = plan.settings().currency();
    List<String> header = List.of("Quarter", "Segment", "Revenue target (" + cur + ")",
        "Initiatives", "Programs behind", "Expected leads", "Needed leads", "Leads gap",
        "Quarter marketing spend (" + cur + ")", "Quarter budget (" + cur + ")", "Conflicts");
    List<List<Object>> rows = new ArrayList<>();
    for (QuarterSummary q : QuarterSummary.of(plan, conflicts)) {
      List<Object> row = new ArrayList<>();
      row.add(q.quarter().toString());
      row.add(q.segment().isEmpty() ? "Whole business" : q.segment());
      row.add(q.revenueTarget());
      row.add(q.initiatives());
      row.add(q.programs());
      row.add(q.expectedLeads());
      row.add(q.neededLeads());
      row.add(Math.max(0, q.neededLeads() - q.expectedLeads()));
      row.add(q.quarterSpend());
      row.add(q.quarterBudget());
      row.add(q.conflicts());
      rows.add(row);
    }
    report(wb.createSheet("Quarter summary"), header, rows, styles);
  }

  /** A report sheet: a plan-style sheet with a filter on its columns. */
  private static void report(Sheet sheet, List<String> header, List<List<Object>> rows,
      Styles styles) {
    writeSheet(sheet, header, rows, styles);
    if (!rows.isEmpty()) {
      sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, header.size() - 1));
    }
  }

  /**
   * Writes a header and typed rows into a sheet, top to bottom (as a streaming sheet needs);
   * also used for report sheets.
   */
  static void writeSheet(Sheet sheet, List<String> header, List<List<Object>> rows,
      Styles styles) {
    sheet.createFreezePane(0, 1);
    Row h = sheet.createRow(0);
    int[] widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      Cell cell = h.createCell(c);
      cell.setCellValue(header.get(c));
      cell.setCellStyle(styles.header);
      widths[c] = header.get(c).length() + 2;
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        if (v == null) {
          continue;
        }
        int width = writeCell(row.createCell(c), v, styles);
        if (c < widths.length) {
          widths[c] = Math.max(widths[c], width);
        }
      }
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
  }

  /** Writes one typed value; returns the column width (in characters) it asks for. */
  private static int writeCell(Cell cell, Object v, Styles styles) {
    if (v instanceof BigDecimal d) {
      cell.setCellValue(d.doubleValue());
      cell.setCellStyle(d.stripTrailingZeros().scale() > 0 ? styles.cents : styles.amount);
      return 14;
    }
    if (v instanceof Number n) {
      cell.setCellValue(n.doubleValue());
      return 8;
    }
    if (v instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(styles.date);
      return 12;
    }
    String s = v.toString();
    cell.setCellValue(s);
    if (FormulaGuard.needsGuard(s)) {
      // shown and kept as text, never a formula; a real leading apostrophe is kept too
      cell.setCellStyle(styles.quoted);
    }
    return Math.min(80, s.length() + 2);
  }

  /** The few cell styles the sheets share (a workbook has a limited number of styles). */
  static final class Styles {
    final CellStyle header;
    final CellStyle amount;
    final CellStyle cents;
    final CellStyle date;
    final CellStyle quoted;

    Styles(Workbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      var format = wb.createDataFormat();
      amount = wb.createCellStyle();
      amount.setDataFormat(format.getFormat("#,##0"));
      cents = wb.createCellStyle();
      cents.setDataFormat(format.getFormat("#,##0.00"));
      date = wb.createCellStyle();
      date.setDataFormat(format.getFormat("yyyy-mm-dd"));
      quoted = wb.createCellStyle();
      quoted.setQuotePrefixed(true);
    }
  }
}

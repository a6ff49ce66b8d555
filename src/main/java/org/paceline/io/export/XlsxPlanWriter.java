package org.paceline.io.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.paceline.files.AtomicFiles;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.QuarterSummary;
import org.paceline.model.Conflict;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.paceline.model.Plan;

/**
 * Writes a plan as an Excel workbook: the five sheets of the interchange format, then a
 * "Conflicts" sheet and a "Quarter summary" sheet for finance and the planning meeting. Real
 * number and date cells, a bold frozen header row, readable column widths; importing the
 * workbook again reads the five plan sheets and ignores the two report sheets.
 */
public final class XlsxPlanWriter {

  private XlsxPlanWriter() {}

  /** Writes the workbook to {@code file}. */
  public static void write(Plan plan, Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      for (PlanTables.Table table : PlanTables.of(plan)) {
        writeSheet(wb.createSheet(table.name()), table.header(), table.rows(), styles);
      }
      List<Conflict> conflicts = ConflictAnalyzer.analyze(plan);
      report(wb.createSheet("Conflicts"), ConflictReport.CSV_HEADER, conflictRows(conflicts),
          styles);
      String cur = plan.settings().currency();
      report(wb.createSheet("Quarter summary"), List.of("Quarter", "Segment",
          "Revenue target (" + cur + ")", "Initiatives", "Programs behind", "Expected leads",
          "Needed leads", "Leads gap", "Quarter marketing spend (" + cur + ")",
          "Quarter budget (" + cur + ")", "Conflicts"),
          summaryRows(QuarterSummary.of(plan, conflicts)), styles);
      OrdersDueSheet.write(wb.createSheet(OrdersDueSheet.NAME), plan, styles);
      AtomicFiles.write(file, wb::write);
    }
  }

  private static void report(Sheet sheet, List<String> header, List<List<Object>> rows,
      Styles styles) {
    writeSheet(sheet, header, rows, styles);
    if (!rows.isEmpty()) {
      sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, header.size() - 1));
    }
  }

  private static List<List<Object>> conflictRows(List<Conflict> conflicts) {
    List<List<Object>> rows = new ArrayList<>();
    for (Conflict c : conflicts) {
      rows.add(List.of(c.rule().name(), c.severity().code(), c.program(), c.initiative(),
          c.quarter() == null ? "" : c.quarter().toString(), c.segment(),
          c.month() == null ? "" : c.month().toString(), c.item(), c.message()));
    }
    return rows;
  }

  private static List<List<Object>> summaryRows(List<QuarterSummary> summary) {
    List<List<Object>> rows = new ArrayList<>();
    for (QuarterSummary q : summary) {
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
    return rows;
  }

  /** Writes a header and typed rows into a sheet; also used for report sheets. */
  static void writeSheet(Sheet sheet, List<String> header, List<List<Object>> rows,
      Styles styles) {
    Row h = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      Cell cell = h.createCell(c);
      cell.setCellValue(header.get(c));
      cell.setCellStyle(styles.header);
    }
    int[] widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
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
        Cell cell = row.createCell(c);
        if (v instanceof BigDecimal d) {
          cell.setCellValue(d.doubleValue());
          cell.setCellStyle(d.stripTrailingZeros().scale() > 0 ? styles.cents : styles.amount);
          widths[c] = Math.max(widths[c], 14);
        } else if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
          widths[c] = Math.max(widths[c], 8);
        } else if (v instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(styles.date);
          widths[c] = Math.max(widths[c], 12);
        } else {
          String s = v.toString();
          cell.setCellValue(s);
          if (FormulaGuard.looksLikeFormula(s)) {
            cell.setCellStyle(styles.quoted); // shown and kept as text, never a formula
          }
          widths[c] = Math.max(widths[c], Math.min(80, s.length() + 2));
        }
      }
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  /** The few cell styles the sheets share (a workbook has a limited number of styles). */
  static final class Styles {
    final CellStyle header;
    final CellStyle amount;
    final CellStyle cents;
    final CellStyle date;
    final CellStyle quoted;

    Styles(XSSFWorkbook wb) {
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

package org.paceline.io.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.paceline.files.AtomicFiles;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;

/**
 * Writes the plan format as a workbook to fill in ({@code paceline template}): the {@code plan}
 * sheet with a placeholder name and the defaults, every other table with its header row (the
 * same columns an export writes), drop-downs for kind and status, a comment on each header, and
 * a {@code read me} sheet with an example row per table, which the importer ignores. Imported
 * untouched, it gives an empty plan named {@link #PLACEHOLDER_NAME}.
 */
public final class PlanTemplateWriter {

  /** The plan name the template carries until the user types one. */
  public static final String PLACEHOLDER_NAME = "My plan";

  /** Rows that get the kind and status drop-downs. */
  static final int VALIDATED_ROWS = 2000;

  private static final Map<String, String> HELP = Map.ofEntries(
      Map.entry("key", "A setting's name; keep these keys."),
      Map.entry("value", "The setting's value: type the plan's name in the name row."),
      Map.entry("quarter", "Fiscal quarter, e.g. FY2027-Q3."),
      Map.entry("segment", "Optional: the sales segment; empty means the whole business."),
      Map.entry("revenue", "Sales target for the quarter: a plain number, no currency sign."),
      Map.entry("qualified_leads", "Optional: qualified leads sales needs from marketing."),
      Map.entry("marketing_budget", "Marketing budget for the quarter: a plain number."),
      Map.entry("id", "A short unique id, e.g. P-01."),
      Map.entry("name", "What it is called."),
      Map.entry("start", "First day: a date cell or yyyy-mm-dd."),
      Map.entry("end", "Last day: a date cell or yyyy-mm-dd, on or after the start."),
      Map.entry("owner", "Optional: who is responsible."),
      Map.entry("kind", "Pick from the list: research, brand, content, event, campaign,"
          + " enablement."),
      Map.entry("supports", "Optional: the id of the initiative this program prepares."),
      Map.entry("min_lead", "Optional: how long before the initiative it must start at the"
          + " least, e.g. 6w or 3m. Empty: the kind's default."),
      Map.entry("max_lead", "Optional: how long before the initiative it may start at the most."),
      Map.entry("cost", "Optional: total cost, a plain number."),
      Map.entry("sales_share", "Optional: the part of the cost paid by sales."),
      Map.entry("expected_leads", "Optional: qualified leads it should bring."),
      Map.entry("status", "Pick from the list; empty means planned."),
      Map.entry("sales_review", "Optional: the date sales reviewed it."));

  private static final List<List<String>> EXAMPLES = List.of(
      List.of("targets", "FY2027-Q3", "Enterprise", "1200000", "40"),
      List.of("budgets", "FY2027-Q3", "90000"),
      List.of("initiatives", "I-LAUNCH", "Spring product launch", "Enterprise", "2027-04-01",
          "2027-06-30", "Sales: Dana"),
      List.of("programs", "P-01", "Launch webinar", "event", "Lee", "2027-01-11", "2027-01-15",
          "I-LAUNCH", "", "", "4000", "0", "25", "planned", ""));

  private PlanTemplateWriter() {}

  public static void write(Path file) throws IOException {
    Plan empty = new Plan(PlanSettings.defaults(PLACEHOLDER_NAME), List.of(), List.of(),
        List.of(), List.of());
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CreationHelper help = wb.getCreationHelper();
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(help.createDataFormat().getFormat("yyyy-mm-dd"));
      for (PlanTables.Table t : PlanTables.of(empty)) {
        Sheet sheet = wb.createSheet(t.name());
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row header = sheet.createRow(0);
        for (int c = 0; c < t.header().size(); c++) {
          String column = t.header().get(c);
          var cell = header.createCell(c);
          cell.setCellValue(column);
          cell.setCellStyle(bold);
          sheet.setColumnWidth(c, Math.max(12, column.length() + 4) * 256);
          String text = HELP.get(column);
          if (text != null) {
            ClientAnchor anchor = help.createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(help.createRichTextString(text));
            comment.setAuthor("Paceline");
            cell.setCellComment(comment);
          }
          if (column.equals("start") || column.equals("end") || column.equals("sales_review")) {
            sheet.setDefaultColumnStyle(c, date);
          }
        }
        for (int r = 0; r < t.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> cells = t.rows().get(r);
          for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v instanceof Number n) {
              row.createCell(c).setCellValue(n.doubleValue());
            } else if (v != null) {
              row.createCell(c).setCellValue(v.toString());
            }
          }
        }
        sheet.createFreezePane(0, 1);
        if (t.name().equals("programs")) {
          dropDown(sheet, t.header().indexOf("kind"), codes(ProgramKind.values()));
          dropDown(sheet, t.header().indexOf("status"), codes(ProgramStatus.values()));
        }
      }
      readMe(wb, bold);
      AtomicFiles.write(file, wb::write);
    }
  }

  private static void readMe(XSSFWorkbook wb, CellStyle bold) {
    Sheet s = wb.createSheet("read me");
    int r = 0;
    for (String line : List.of(
        "How to fill in this Paceline plan",
        "1. On the plan sheet, type your plan's name over \"" + PLACEHOLDER_NAME
            + "\"; change the other settings if you need to.",
        "2. Fill in the targets, budgets, initiatives and programs sheets, one row each."
            + " Keep the header rows.",
        "3. Import it: paceline import THIS-FILE.xlsx (or File → Import in the window).",
        "Paceline ignores this sheet. Example rows for each table:")) {
      s.createRow(r++).createCell(0).setCellValue(line);
    }
    s.getRow(0).getCell(0).setCellStyle(bold);
    r++;
    for (List<String> example : EXAMPLES) {
      Row row = s.createRow(r++);
      for (int c = 0; c < example.size(); c++) {
        row.createCell(c).setCellValue(example.get(c));
      }
      row.getCell(0).setCellStyle(bold);
    }
    s.setColumnWidth(0, 14 * 256);
  }

  private static void dropDown(Sheet sheet, int column, String[] values) {
    if (column < 0) {
      return;
    }
    DataValidationHelper h = sheet.getDataValidationHelper();
    DataValidation v = h.createValidation(h.createExplicitListConstraint(values),
        new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
    v.setShowErrorBox(true);
    v.createErrorBox("Not a Paceline word", "Pick one of: " + String.join(", ", values));
    v.setSuppressDropDownArrow(true);
    sheet.addValidationData(v);
  }

  private static String[] codes(Enum<?>[] values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].toString();
    }
    return out;
  }
}

package org.paceline.io.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the sheets of a plan workbook ({@code .xlsx}). Real date cells are read as dates and
 * numeric cells as numbers; a formula counts as the value Excel last computed for it.
 */
final class XlsxTableReader {

  private XlsxTableReader() {}

  /**
   * The sheets named in {@code names} (matched ignoring case), or null when the workbook cannot
   * be opened. A missing sheet is a problem and has no entry in the map.
   */
  static Map<String, RawTable> read(String fileName, InputStream in, List<String> names,
      List<ImportProblem> problems) {
    return read(fileName, in, names, List.of(), problems);
  }

  /**
   * As {@link #read(String, InputStream, List, List)}, and also the sheets named in {@code
   * optional} that the workbook has; a missing optional sheet is no problem.
   */
  static Map<String, RawTable> read(String fileName, InputStream in, List<String> names,
      List<String> optional, List<ImportProblem> problems) {
    try (Workbook wb = new XSSFWorkbook(in)) {
      Map<String, RawTable> tables = new LinkedHashMap<>();
      for (String name : optional) {
        Sheet sheet = findSheet(wb, name);
        RawTable t = sheet == null ? null : readSheet(name + " sheet", sheet, problems);
        if (t != null) {
          tables.put(name, t);
        }
      }
      for (String name : names) {
        Sheet sheet = findSheet(wb, name);
        if (sheet == null) {
          problems.add(new ImportProblem(fileName, 0, "",
              "the workbook has no sheet named \"" + name + "\"; a plan has the sheets "
                  + String.join(", ", names)));
          continue;
        }
        RawTable t = readSheet(name + " sheet", sheet, problems);
        if (t != null) {
          tables.put(name, t);
        }
      }
      return tables;
    } catch (IOException | RuntimeException e) {
      problems.add(new ImportProblem(fileName, 0, "",
          "the file is not an Excel workbook (.xlsx) or is damaged (" + reason(e) + ")"));
      return null;
    }
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().get();
  }

  private static Sheet findSheet(Workbook wb, String name) {
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (wb.getSheetName(i).trim().equalsIgnoreCase(name)) {
        return wb.getSheetAt(i);
      }
    }
    return null;
  }

  private static RawTable readSheet(String source, Sheet sheet, List<ImportProblem> problems) {
    Row header = sheet.getRow(0);
    if (header == null || header.getLastCellNum() <= 0) {
      problems.add(new ImportProblem(source, 1, "", "the first row must hold the column names"));
      return null;
    }
    List<String> columns = new ArrayList<>();
    for (int c = 0; c < header.getLastCellNum(); c++) {
      RawCell cell = cellValue(source, 1, "", header.getCell(c), problems);
      columns.add(cell.text().toLowerCase(Locale.ROOT));
    }
    while (!columns.isEmpty() && columns.get(columns.size() - 1).isEmpty()) {
      columns.remove(columns.size() - 1);
    }
    if (sheet.getLastRowNum() > RawTable.MAX_ROWS) {
      problems.add(RawTable.tooManyRows(source, RawTable.MAX_ROWS + 2));
      return null;
    }
    List<RawTable.RawRow> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      int line = r + 1;
      Map<String, RawCell> cells = new LinkedHashMap<>();
      boolean any = false;
      for (int c = 0; c < Math.max(columns.size(), row.getLastCellNum()); c++) {
        String column = c < columns.size() ? columns.get(c) : "";
        RawCell v = cellValue(source, line, column, row.getCell(c), problems);
        if (v.isEmpty()) {
          continue;
        }
        if (c >= columns.size() || column.isEmpty()) {
          problems.add(new ImportProblem(source, line, "",
              "a value stands in column " + (c + 1) + ", which has no column name"));
          continue;
        }
        cells.put(column, v);
        any = true;
      }
      if (any) {
        rows.add(new RawTable.RawRow(line, cells));
      }
    }
    return new RawTable(source, columns, rows);
  }

  private static RawCell cellValue(String source, int line, String column, Cell cell,
      List<ImportProblem> problems) {
    if (cell == null) {
      return RawCell.EMPTY;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        return RawCell.text(cell.getStringCellValue());
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
          return RawCell.date(d);
        }
        double v = cell.getNumericCellValue();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
          problems.add(new ImportProblem(source, line, column, "the cell holds no usable number"));
          return RawCell.EMPTY;
        }
        return RawCell.number(BigDecimal.valueOf(v));
      case BOOLEAN:
        return RawCell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
      case ERROR:
        problems.add(new ImportProblem(source, line, column,
            "the cell shows an Excel error (" + errorText(cell.getErrorCellValue())
                + "); expected a value"));
        return RawCell.EMPTY;
      default:
        return RawCell.EMPTY;
    }
  }

  private static String errorText(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "code " + code;
    }
  }
}

package org.paceline.io.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the sheets of a plan workbook ({@code .xlsx}) through the streaming {@link
 * WorkbookReader}. Real date cells are read as dates and numeric cells as numbers; a formula
 * counts as the value the spreadsheet program last computed for it.
 */
final class XlsxTableReader {

  private XlsxTableReader() {}

  /**
   * The sheets named in {@code names} (matched ignoring case) of an open workbook. A missing
   * sheet is a problem and has no entry in the map; a sheet that cannot be read at all (too
   * large, a formula without a result) is a problem too.
   */
  static Map<String, RawTable> read(WorkbookReader wb, List<String> names,
      List<ImportProblem> problems) {
    return read(wb, names, List.of(), problems);
  }

  /**
   * As {@link #read(WorkbookReader, List, List)}, and also the sheets named in {@code optional}
   * that the workbook has; a missing optional sheet is no problem.
   */
  static Map<String, RawTable> read(WorkbookReader wb, List<String> names, List<String> optional,
      List<ImportProblem> problems) {
    Map<String, RawTable> tables = new LinkedHashMap<>();
    for (String name : optional) {
      String sheet = wb.findSheet(name);
      if (sheet == null) {
        continue;
      }
      String source = name + " sheet";
      try {
        RawTable t = table(source, wb.rows(sheet, source), problems);
        if (t != null) {
          tables.put(name, t);
        }
      } catch (PlanImportException e) {
        problems.addAll(e.problems());
      }
    }
    for (String name : names) {
      String sheet = wb.findSheet(name);
      if (sheet == null) {
        problems.add(new ImportProblem(wb.fileName(), 0, "",
            "the workbook has no sheet named \"" + name + "\"; a plan has the sheets "
                + String.join(", ", names)));
        continue;
      }
      String source = name + " sheet";
      try {
        RawTable t = table(source, wb.rows(sheet, source), problems);
        if (t != null) {
          tables.put(name, t);
        }
      } catch (PlanImportException e) {
        problems.addAll(e.problems());
      }
    }
    return tables;
  }

  private static RawTable table(String source, List<SheetRow> sheetRows,
      List<ImportProblem> problems) {
    if (sheetRows.isEmpty() || sheetRows.get(0).number() != 1) {
      problems.add(new ImportProblem(source, 1, "", "the first row must hold the column names"));
      return null;
    }
    SheetRow header = sheetRows.get(0);
    List<String> columns = new ArrayList<>();
    for (SheetCell c : header.cells()) {
      while (columns.size() < c.column()) {
        columns.add("");
      }
      columns.add(raw(source, 1, "", c, problems).text().toLowerCase(Locale.ROOT));
    }
    while (!columns.isEmpty() && columns.get(columns.size() - 1).isEmpty()) {
      columns.remove(columns.size() - 1);
    }
    List<RawTable.RawRow> rows = new ArrayList<>();
    for (SheetRow row : sheetRows.subList(1, sheetRows.size())) {
      int line = row.number();
      Map<String, RawCell> cells = new LinkedHashMap<>();
      boolean any = false;
      for (SheetCell c : row.cells()) {
        int col = c.column();
        String column = col < columns.size() ? columns.get(col) : "";
        RawCell v = raw(source, line, column, c, problems);
        if (v.isEmpty()) {
          continue;
        }
        if (col >= columns.size() || column.isEmpty()) {
          problems.add(new ImportProblem(source, line, "",
              "a value stands in column " + (col + 1) + ", which has no column name"));
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

  private static RawCell raw(String source, int line, String column, SheetCell cell,
      List<ImportProblem> problems) {
    if (cell.error()) {
      problems.add(new ImportProblem(source, line, column,
          "the cell shows an Excel error (" + cell.text() + "); expected a value"));
      return RawCell.EMPTY;
    }
    if (cell.value() instanceof LocalDate d) {
      return RawCell.date(d);
    }
    if (cell.value() instanceof BigDecimal n) {
      return RawCell.number(n);
    }
    return RawCell.text(cell.text());
  }
}

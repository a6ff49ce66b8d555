package org.paceline.io.imports;

import java.util.List;
import java.util.Map;

/**
 * One table as read from a CSV file or a sheet, before its values are checked.
 *
 * @param source how problems name it: {@code programs.csv}, {@code programs sheet}
 * @param columns the column names as written, trimmed and lower-cased, in file order
 * @param rows the non-empty data rows
 */
record RawTable(String source, List<String> columns, List<RawRow> rows) {

  /** More rows than this in one table is refused: no real plan comes near it. */
  static final int MAX_ROWS = 100_000;

  /** The problem of a table with too many rows. */
  static ImportProblem tooManyRows(String source, int line) {
    return new ImportProblem(source, line, "", "more than " + String.format("%,d", MAX_ROWS)
        + " rows; a plan holds at most " + String.format("%,d", MAX_ROWS)
        + " of each (is this the right file?)");
  }

  /** One data row: its line (sheet row) and its cells by lower-cased column name. */
  record RawRow(int line, Map<String, RawCell> cells) {

    RawCell get(String column) {
      RawCell c = cells.get(column);
      return c == null ? RawCell.EMPTY : c;
    }
  }
}

package org.paceline.io.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One non-empty cell of a worksheet as the streaming reader found it.
 *
 * @param column the column, 0 for A
 * @param text the text a person sees in the cell (a number as plain digits, a date as
 *     yyyy-mm-dd, an error as Excel shows it), trimmed
 * @param value a {@link LocalDate} for a date cell, a {@link BigDecimal} for a number, a
 *     {@link Boolean} for TRUE/FALSE, a {@link String} otherwise
 * @param error whether the cell shows an Excel error such as {@code #DIV/0!}
 */
public record SheetCell(int column, String text, Object value, boolean error) {

  /** The cell's reference as Excel writes it, e.g. {@code C7}, for the given sheet row. */
  public String reference(int row) {
    return columnName(column) + row;
  }

  /** The letters of a column: 0 → A, 26 → AA. */
  public static String columnName(int column) {
    StringBuilder sb = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      int rem = (c - 1) % 26;
      sb.insert(0, (char) ('A' + rem));
      c = (c - 1) / 26;
    }
    return sb.toString();
  }

  public boolean isDate() {
    return value instanceof LocalDate;
  }

  public boolean isNumber() {
    return value instanceof BigDecimal;
  }
}

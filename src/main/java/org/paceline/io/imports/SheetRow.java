package org.paceline.io.imports;

import java.util.List;

/**
 * One worksheet row that holds at least one value.
 *
 * @param number the row number Excel shows (1 for the first row)
 * @param cells the non-empty cells, left to right
 */
public record SheetRow(int number, List<SheetCell> cells) {

  public SheetRow {
    cells = List.copyOf(cells);
  }

  /** The cell in {@code column} (0 for A), or null when it is empty. */
  public SheetCell cell(int column) {
    for (SheetCell c : cells) {
      if (c.column() == column) {
        return c;
      }
      if (c.column() > column) {
        return null;
      }
    }
    return null;
  }
}

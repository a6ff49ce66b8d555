package org.paceline.io.imports.foreign;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.paceline.io.imports.SheetCell;
import org.paceline.io.imports.SheetRow;
import org.paceline.io.imports.WorkbookReader;

/**
 * What merged cells mean for a table's header. A workbook stores a merged range's value only in
 * its top-left cell, so a two-row header ("Title" merged over rows 1–2 beside "Dates" over
 * "Start" and "End") would leave the lower row without "Title", and a header merged over two
 * columns would sit over the column that holds nothing. Within the rows searched for the header:
 * a cell merged down gives its value to the rows below it that it covers, and a header merged
 * across moves to the one column of its range that holds values below it.
 */
final class MergedHeaders {

  private MergedHeaders() {}

  static List<SheetRow> apply(List<SheetRow> rows, List<WorkbookReader.Merge> merges) {
    if (merges.isEmpty() || rows.isEmpty()) {
      return rows;
    }
    int lastHeaderRow = rows.get(Math.min(ForeignTableReader.HEADER_SEARCH, rows.size()) - 1)
        .number();
    TreeMap<Integer, TreeMap<Integer, SheetCell>> byRow = new TreeMap<>();
    for (SheetRow r : rows) {
      TreeMap<Integer, SheetCell> cells = new TreeMap<>();
      r.cells().forEach(c -> cells.put(c.column(), c));
      byRow.put(r.number(), cells);
    }
    boolean changed = false;
    for (WorkbookReader.Merge m : merges) {
      if (m.firstRow() > lastHeaderRow) {
        continue;
      }
      TreeMap<Integer, SheetCell> top = byRow.get(m.firstRow());
      SheetCell value = top == null ? null : top.get(m.firstColumn());
      if (value == null) {
        continue;
      }
      if (m.lastRow() > m.firstRow()) {
        // merged down: each covered row below holds the value in the range's first column
        for (int r = m.firstRow() + 1; r <= Math.min(m.lastRow(), lastHeaderRow); r++) {
          TreeMap<Integer, SheetCell> cells = byRow.computeIfAbsent(r, k -> new TreeMap<>());
          if (!cells.containsKey(m.firstColumn())) {
            cells.put(m.firstColumn(), value);
            changed = true;
          }
        }
      }
      if (m.lastColumn() > m.firstColumn()) {
        // merged across: the header belongs over the one column of the range with values below
        int below = m.lastRow();
        List<Integer> filled = new ArrayList<>();
        for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
          if (hasValueBelow(byRow, below, c)) {
            filled.add(c);
          }
        }
        if (filled.size() == 1 && filled.get(0) != m.firstColumn()) {
          for (int r = m.firstRow(); r <= Math.min(m.lastRow(), lastHeaderRow); r++) {
            TreeMap<Integer, SheetCell> cells = byRow.get(r);
            if (cells != null && cells.get(m.firstColumn()) == value
                && !cells.containsKey(filled.get(0))) {
              cells.remove(m.firstColumn());
              cells.put(filled.get(0), new SheetCell(filled.get(0), value.text(), value.value(),
                  value.error()));
              changed = true;
            }
          }
        }
      }
    }
    if (!changed) {
      return rows;
    }
    List<SheetRow> out = new ArrayList<>();
    byRow.forEach((n, cells) -> {
      if (!cells.isEmpty()) {
        List<SheetCell> placed = new ArrayList<>();
        cells.forEach((c, cell) -> placed.add(cell.column() == c ? cell
            : new SheetCell(c, cell.text(), cell.value(), cell.error())));
        out.add(new SheetRow(n, placed));
      }
    });
    return out;
  }

  private static boolean hasValueBelow(TreeMap<Integer, TreeMap<Integer, SheetCell>> byRow,
      int row, int column) {
    for (TreeMap<Integer, SheetCell> cells : byRow.tailMap(row, false).values()) {
      if (cells.containsKey(column)) {
        return true;
      }
    }
    return false;
  }
}

package org.paceline.io.imports.foreign;

import java.util.List;
import org.paceline.io.imports.SheetRow;

/**
 * A table as it stands in a file that is not in the plan format: one sheet of a workbook, or a
 * CSV file.
 *
 * @param fileName the file's name, as messages show it
 * @param sheet the sheet's name, or null for a CSV file
 * @param rowWord how messages name a row: "row" (a sheet's row number) or "line" (a CSV line)
 * @param rows the rows that hold a value, in order, each with its row or line number
 */
public record SourceTable(String fileName, String sheet, String rowWord, List<SheetRow> rows) {

  /** "the sheet Calendar of plan.xlsx" or "calendar.csv". */
  public String describe() {
    return sheet == null ? fileName : "the sheet \"" + sheet + "\" of " + fileName;
  }
}

package org.paceline.io.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.paceline.analysis.DueOrders;
import org.paceline.analysis.OrderState;
import org.paceline.model.Plan;

/**
 * The workbook's {@code orders due} sheet: what must be ordered within the next 14 days (and
 * what is overdue) as of the day of the export, by date. A report sheet: import ignores it.
 */
final class OrdersDueSheet {

  /** The sheet's name. */
  static final String NAME = "orders due";

  private OrdersDueSheet() {}

  static void write(Sheet sheet, Plan plan, XlsxPlanWriter.Styles styles) {
    write(sheet, plan, LocalDate.now(), styles);
  }

  static void write(Sheet sheet, Plan plan, LocalDate asOf, XlsxPlanWriter.Styles styles) {
    List<List<Object>> rows = rows(DueOrders.of(plan, asOf));
    XlsxPlanWriter.writeSheet(sheet, DueOrders.HEADER, rows, styles);
    if (!rows.isEmpty()) {
      sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, DueOrders.HEADER.size() - 1));
    }
  }

  static List<List<Object>> rows(List<DueOrders.Row> due) {
    List<List<Object>> rows = new ArrayList<>();
    for (DueOrders.Row r : due) {
      rows.add(List.of(r.orderBy(), r.state() == OrderState.OVERDUE ? "overdue" : "due",
          r.item(), r.programName() + " (" + r.programId() + ")", r.owner(),
          r.leadTime().describe(), r.neededOn()));
    }
    return rows;
  }
}

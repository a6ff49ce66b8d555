package org.paceline.ui.timeline.impl;

import static org.paceline.layout.ScreenMetrics.LABEL_WIDTH;
import static org.paceline.layout.ScreenMetrics.STRIP;

import java.time.LocalDate;
import java.time.YearMonth;
import org.paceline.layout.ScreenBoard;
import org.paceline.layout.ScreenLayout;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Initiative;
import org.paceline.model.Program;
import org.paceline.model.QuarterTarget;

/** What lies under a point of the canvas, read from the same layout that is painted. */
final class HitTester {

  /** Something under the pointer. */
  sealed interface Hit {}

  /** A program's row or bar; {@code grab} is null over its label or beside the bar. */
  record ProgramHit(Program program, ScreenLayout.Grab grab) implements Hit {}

  record GroupHit(String key) implements Hit {}

  record TargetHit(QuarterTarget target) implements Hit {}

  record InitiativeHit(Initiative initiative) implements Hit {}

  /** A quarter of a segment row that has no target yet (selecting it lets one be added). */
  record EmptyTargetHit(FiscalQuarter quarter, String segment) implements Hit {}

  record MonthHit(YearMonth month) implements Hit {}

  record QuarterHit(FiscalQuarter quarter, int strip) implements Hit {}

  private HitTester() {}

  static Hit hit(ScreenBoard board, ScreenLayout l, double mx, double my) {
    if (!board.ready()) {
      return null;
    }
    if (my >= l.lanesTop() && my < l.stripsTop()) {
      int r = l.rowAt(my);
      if (r < 0) {
        return null;
      }
      ScreenBoard.Row row = board.row(r);
      if (row instanceof ScreenBoard.Row.Group g) {
        return new GroupHit(g.key());
      }
      Program p = ((ScreenBoard.Row.Item) row).program();
      if (mx < LABEL_WIDTH) {
        return new ProgramHit(p, null);
      }
      ScreenLayout.Grab grab = l.grab(p, mx);
      return grab == null ? null : new ProgramHit(p, grab);
    }
    if (mx < LABEL_WIDTH) {
      return null;
    }
    LocalDate day = l.view().dayAt(mx);
    if (my >= l.stripsTop()) {
      int strip = (int) ((my - l.stripsTop()) / STRIP);
      return strip == 0 ? new MonthHit(YearMonth.from(day))
          : new QuarterHit(board.quarterOf(day), strip);
    }
    int row = l.segmentRowAt(my);
    if (row < 0) {
      return null;
    }
    double inRow = l.inSegmentRow(row, my);
    int lane = ScreenLayout.initiativeLaneAt(inRow);
    if (lane >= 0) {
      Initiative i = board.initiativeAt(row, lane, day);
      if (i != null) {
        return new InitiativeHit(i);
      }
    }
    FiscalQuarter q = board.quarterOf(day);
    QuarterTarget t = board.targetAt(q, row);
    if (t != null) {
      return new TargetHit(t);
    }
    return inRow < 26 ? new EmptyTargetHit(q, row == 0 ? "" : board.segments().get(row)) : null;
  }
}

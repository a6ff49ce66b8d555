package org.paceline.ui.timeline.impl;

import static org.paceline.layout.ScreenMetrics.LABEL_WIDTH;
import static org.paceline.layout.ScreenMetrics.ROW;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.paceline.layout.ScreenBoard;
import org.paceline.layout.ScreenLayout;
import org.paceline.layout.ScreenMetrics;
import org.paceline.layout.Shape;
import org.paceline.layout.Styles;
import org.paceline.model.Initiative;
import org.paceline.model.Program;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;

/**
 * Paints the visible marketing rows (and only those): group headings, lead windows, links, bars
 * with their names and marks, orders, the comparison's ghosts, and the rows' labels.
 */
final class LanePainter {

  private final PlanTimeline c;
  private final ScreenPalette palette;
  private final FxTextMeasure measure;
  private final OrderMarks orders;
  private final CompareOverlay compare;

  LanePainter(PlanTimeline c, ScreenPalette palette, FxTextMeasure measure, OrderMarks orders) {
    this.c = c;
    this.palette = palette;
    this.measure = measure;
    this.orders = orders;
    this.compare = new CompareOverlay(c);
  }

  void rows(GraphicsContext g, ScreenBoard board, ScreenLayout l, InitiativeDrag shift) {
    double top = l.lanesTop();
    double bottom = l.stripsTop();
    g.save();
    g.beginPath();
    g.rect(0, top, l.view().width(), bottom - top);
    g.clip();
    for (int r = l.firstRow(); r <= l.lastRow(); r++) {
      double y = l.rowTop(r);
      ScreenBoard.Row row = board.row(r);
      if (row instanceof ScreenBoard.Row.Group) {
        g.setFill(palette.fill(Styles.ROW_GROUP));
        g.fillRect(LABEL_WIDTH, y, l.view().width(), ROW);
        continue;
      }
      Program p = board.drawn(((ScreenBoard.Row.Item) row).program());
      Initiative supports = board.initiative(p.supports());
      if (shift != null && shift.initiative().id().equals(p.supports())) {
        p = shift.shifted(p);
        supports = shift.moved();
      }
      program(g, l.programRow(p, supports, y, measure), l);
      compare.draw(g, l.comparison(p, y));
    }
    g.restore();
  }

  private void program(GraphicsContext g, ScreenLayout.ProgramRow row, ScreenLayout l) {
    if (row.window() != null) {
      Shape.Box w = row.window();
      g.setFill(palette.fill(w.style()));
      g.fillRect(w.x(), w.y(), w.w(), w.h());
      g.setStroke(palette.fill(Styles.LINK));
      g.setLineWidth(1);
      g.setLineDashes(2, 3);
      Shape.Line k = row.link();
      g.strokeLine(k.x1(), k.y1(), k.x2(), k.y2());
      g.setLineDashes(null);
      Shape.Line s = row.initiativeStart();
      g.strokeLine(s.x1(), s.y1(), s.x2(), s.y2());
    }
    Shape.Box b = row.bar();
    if (b == null) {
      return;
    }
    Program p = row.program();
    boolean selected = c.getSelection() instanceof TimelineSelection.ProgramItem pi
        && pi.id().equals(p.id());
    if (b.style().endsWith(".idea")) {
      g.setFill(c.backgroundFill());
      g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 6, 6);
      g.setStroke(palette.fill(b.style()));
      g.setLineWidth(1.5);
      g.setLineDashes(5, 3);
      g.strokeRoundRect(b.x() + 0.75, b.y() + 0.75, b.w() - 1.5, b.h() - 1.5, 6, 6);
      g.setLineDashes(null);
    } else {
      g.setFill(palette.fill(b.style()));
      g.setGlobalAlpha(b.style().endsWith(".cancelled") ? 0.35
          : b.style().endsWith(".done") ? 0.6 : 1);
      g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 6, 6);
      g.setGlobalAlpha(1);
    }
    if (selected) {
      g.setStroke(c.selectionFill());
      g.setLineWidth(2);
      g.strokeRoundRect(b.x() - 2, b.y() - 2, b.w() + 4, b.h() + 4, 8, 8);
    }
    g.setTextBaseline(VPos.CENTER);
    BoardPainter.text(g, palette, row.label());
    double mid = row.y() + ROW / 2;
    if (b.style().endsWith(".cancelled")) {
      g.setStroke(c.textFill());
      g.setLineWidth(1);
      g.strokeLine(b.x(), mid, b.maxX(), mid);
    }
    if (row.mark() != null) {
      BoardPainter.mark(g, palette, row.mark());
    }
    orders.draw(g, p, row.y(), ROW, l);
  }

  /** The rows' labels in the label column, and a note when no program matches. */
  void labels(GraphicsContext g, ScreenBoard board, ScreenLayout l) {
    double lanes = l.lanesTop();
    double bottom = l.stripsTop();
    g.save();
    g.beginPath();
    g.rect(0, lanes, LABEL_WIDTH, bottom - lanes);
    g.clip();
    g.setTextBaseline(VPos.CENTER);
    for (int r = l.firstRow(); r <= l.lastRow(); r++) {
      ScreenBoard.Row row = board.row(r);
      for (Shape.Text t : l.rowLabels(row, l.rowTop(r) + ROW / 2, measure)) {
        if (row instanceof ScreenBoard.Row.Group && !t.bold()) {
          // the count, right-aligned at the column's edge
          g.setFont(FxTextMeasure.font(t.size(), false));
          g.setFill(palette.fill(t.style()));
          g.setTextAlign(TextAlignment.RIGHT);
          g.fillText(t.text(), t.x() + t.w(), t.y());
          g.setTextAlign(TextAlignment.LEFT);
        } else {
          BoardPainter.text(g, palette, t);
        }
      }
    }
    g.restore();
    if (board.rowCount() == 0) {
      g.setFill(c.mutedTextFill());
      g.setFont(FxTextMeasure.font(ScreenMetrics.TEXT, false));
      g.fillText("No programs match the filters.", LABEL_WIDTH + 16, lanes + ROW);
    }
  }
}

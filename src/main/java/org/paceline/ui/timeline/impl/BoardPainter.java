package org.paceline.ui.timeline.impl;

import static org.paceline.layout.ScreenMetrics.HEADER_HEIGHT;
import static org.paceline.layout.ScreenMetrics.HEADER_ROW;
import static org.paceline.layout.ScreenMetrics.LABEL_WIDTH;
import static org.paceline.layout.ScreenMetrics.SMALL;
import static org.paceline.layout.ScreenMetrics.STRIP;

import java.time.LocalDate;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.paceline.layout.ScreenLayout;
import org.paceline.layout.ScreenMetrics;
import org.paceline.layout.Shape;
import org.paceline.layout.Styles;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;

/**
 * Paints the board around the marketing rows from the screen layout: the grid, the time header,
 * the sales lane, the pace strips, the today line and the label column. Only paints: every
 * position and style comes from {@link ScreenLayout}.
 */
final class BoardPainter {

  private final PlanTimeline c;
  private final ScreenPalette palette;
  private final FxTextMeasure measure;

  BoardPainter(PlanTimeline c, ScreenPalette palette, FxTextMeasure measure) {
    this.c = c;
    this.palette = palette;
    this.measure = measure;
  }

  static double snap(double v) {
    return Math.floor(v) + 0.5;
  }

  void grid(GraphicsContext g, ScreenLayout l) {
    g.setStroke(c.gridColor());
    for (Shape.Line v : l.verticals()) {
      boolean quarter = v.style().equals(Styles.GRID_QUARTER);
      double x = snap(v.x1());
      g.setLineWidth(quarter ? 1.2 : 0.5);
      g.setGlobalAlpha(quarter ? 1 : 0.6);
      g.strokeLine(x, v.y1(), x, v.y2());
    }
    g.setGlobalAlpha(1);
  }

  void holidays(GraphicsContext g, ScreenLayout l) {
    g.setFill(palette.fill("holiday"));
    for (Shape.Box b : l.holidays()) {
      g.fillRect(b.x(), b.y(), b.w(), b.h());
    }
  }

  void header(GraphicsContext g, ScreenLayout l) {
    double w = l.view().width();
    g.setFill(c.headerFill());
    g.fillRect(LABEL_WIDTH, 0, w - LABEL_WIDTH, HEADER_HEIGHT);
    g.setStroke(c.gridColor());
    g.setLineWidth(1);
    g.strokeLine(LABEL_WIDTH, HEADER_HEIGHT - 0.5, w, HEADER_HEIGHT - 0.5);
    g.setTextBaseline(VPos.CENTER);
    for (ScreenLayout.Band b : l.header(measure)) {
      g.setStroke(c.gridColor());
      g.setLineWidth(1);
      g.strokeLine(snap(b.ruleX()), b.y() + 2, snap(b.ruleX()), b.y() + HEADER_ROW - 2);
      if (b.text() != null) {
        centred(g, b.text());
      }
    }
  }

  private void centred(GraphicsContext g, Shape.Text t) {
    g.setFont(FxTextMeasure.font(t.size(), t.bold()));
    g.setFill(palette.fill(t.style()));
    g.setTextAlign(TextAlignment.CENTER);
    g.fillText(t.text(), t.x() + t.w() / 2, t.y());
    g.setTextAlign(TextAlignment.LEFT);
  }

  static void text(GraphicsContext g, ScreenPalette palette, Shape.Text t) {
    if (t == null) {
      return;
    }
    g.setFont(FxTextMeasure.font(t.size(), t.bold()));
    g.setFill(palette.fill(t.style()));
    g.fillText(t.text(), t.x(), t.y());
  }

  void today(GraphicsContext g, ScreenLayout l) {
    LocalDate today = c.todayProperty().get();
    if (today == null) {
      return;
    }
    double x = l.x(today);
    g.setStroke(palette.fill("today"));
    g.setLineWidth(1.5);
    g.setLineDashes(4, 3);
    g.strokeLine(x, HEADER_HEIGHT, x, l.view().height());
    g.setLineDashes(null);
  }

  void sales(GraphicsContext g, ScreenLayout l, InitiativeDrag shift) {
    double top = l.salesTop();
    g.setFill(c.backgroundFill());
    g.fillRect(LABEL_WIDTH, top, l.view().width(), l.lanesTop() - top);
    for (ScreenLayout.TargetCell t : l.targets(measure)) {
      Shape.Box b = t.box();
      g.setFill(palette.fill(b.style()));
      g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 6, 6);
      boolean selected = c.getSelection() instanceof TimelineSelection.TargetItem ti
          && ti.quarter().equals(t.target().quarter())
          && ti.segment().equalsIgnoreCase(t.target().segment());
      if (t.mark() != null || selected) {
        g.setStroke(selected ? c.selectionFill() : palette.fill(t.mark().style()));
        g.setLineWidth(selected ? 2 : 1.2);
        g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 6, 6);
      }
      g.setTextBaseline(VPos.CENTER);
      text(g, palette, t.label());
      if (t.mark() != null) {
        mark(g, palette, t.mark());
      }
      if (t.changeRule() != null) {
        Shape.Box r = t.changeRule();
        g.setFill(palette.fill(r.style()));
        g.fillRect(r.x() + 3, r.y(), r.w() - 6, r.h());
        text(g, palette, t.change());
      }
    }
    for (ScreenLayout.GoneTarget t : l.goneTargets(measure)) {
      Shape.Box b = t.box();
      g.setStroke(palette.fill(b.style()));
      g.setLineWidth(1.2);
      g.setLineDashes(4, 3);
      g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 6, 6);
      g.setLineDashes(null);
      g.setTextBaseline(VPos.CENTER);
      text(g, palette, t.text());
    }
    for (ScreenLayout.InitiativeBar i : l.initiatives(measure)) {
      initiative(g, l, shift == null ? i : shift.preview(l, i, measure));
    }
    g.setStroke(c.gridColor());
    g.setLineWidth(1);
    for (Shape.Line r : l.segmentRules()) {
      g.strokeLine(r.x1(), snap(r.y1()), r.x2(), snap(r.y1()));
    }
  }

  private void initiative(GraphicsContext g, ScreenLayout l, ScreenLayout.InitiativeBar i) {
    Shape.Box b = i.box();
    g.setFill(palette.fill(b.style()));
    g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 4, 4);
    if (c.getSelection() instanceof TimelineSelection.InitiativeItem ii
        && ii.id().equals(i.initiative().id())) {
      g.setStroke(c.selectionFill());
      g.setLineWidth(2);
      g.strokeRoundRect(b.x() - 1, b.y() - 1, b.w() + 2, b.h() + 2, 4, 4);
    }
    g.setTextBaseline(VPos.CENTER);
    text(g, palette, i.label());
  }

  /** A conflict mark: a filled circle with "!" (error, warning) or "i" (info). */
  static void mark(GraphicsContext g, ScreenPalette palette, Shape.Dot d) {
    g.setFill(palette.fill(d.style()));
    g.fillOval(d.cx() - d.r(), d.cy() - d.r(), 2 * d.r(), 2 * d.r());
    g.setFill(Color.WHITE);
    g.setFont(FxTextMeasure.font(ScreenMetrics.MARK_TEXT, true));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(d.style().endsWith("info") ? "i" : "!", d.cx(), d.cy() + 0.5);
    g.setTextAlign(TextAlignment.LEFT);
  }

  void strips(GraphicsContext g, ScreenLayout l) {
    double top = l.stripsTop();
    double w = l.view().width();
    g.setFill(c.headerFill());
    g.fillRect(LABEL_WIDTH, top, w, 3 * STRIP);
    g.setStroke(c.gridColor());
    g.setLineWidth(1);
    for (int i = 0; i <= 3; i++) {
      g.strokeLine(LABEL_WIDTH, snap(top + i * STRIP), w, snap(top + i * STRIP));
    }
    for (ScreenLayout.MonthLoad m : l.monthLoads()) {
      Shape.Box b = m.bar();
      g.setFill(palette.fill(b.style()));
      g.fillRect(b.x(), b.y(), b.w(), b.h());
      if (m.count() != null) {
        g.setFont(FxTextMeasure.font(m.over() ? ScreenMetrics.TEXT : SMALL, m.over()));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFill(c.textFill());
        g.fillText(m.count(), m.countX(), m.countY());
      }
    }
    Shape.Line cap = l.capacityLine();
    if (cap != null) {
      g.setStroke(palette.fill(cap.style()));
      g.setLineWidth(1);
      g.setLineDashes(6, 4);
      g.strokeLine(cap.x1(), cap.y1(), cap.x2(), cap.y2());
      g.setLineDashes(null);
    }
    for (ScreenLayout.QuarterCell q : l.quarterCells()) {
      cell(g, q);
    }
    g.setTextAlign(TextAlignment.LEFT);
  }

  private void cell(GraphicsContext g, ScreenLayout.QuarterCell q) {
    Shape.Box b = q.box();
    g.setFill(c.backgroundFill());
    g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 4, 4);
    g.setFill(palette.fill(b.style()));
    g.fillRoundRect(b.x(), b.y(), b.w() * q.fill(), b.h(), 4, 4);
    if (q.bad()) {
      g.setStroke(c.warningFill());
      g.setLineWidth(1.5);
      g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 4, 4);
    }
    g.setFill(q.bad() ? c.warningFill() : c.textFill());
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    if (measure.width(q.text(), SMALL, q.bad()) < b.w() - 4) {
      g.setFont(FxTextMeasure.font(SMALL, q.bad()));
      g.fillText(q.text(), q.textX(), q.textY());
    }
    g.setTextAlign(TextAlignment.LEFT);
  }

  /** The label column beside the header, the sales lane and the strips. */
  void labels(GraphicsContext g, ScreenLayout l) {
    double h = l.view().height();
    g.setFill(c.headerFill());
    g.fillRect(0, 0, LABEL_WIDTH, h);
    g.setStroke(c.gridColor());
    g.setLineWidth(1);
    g.strokeLine(LABEL_WIDTH - 0.5, 0, LABEL_WIDTH - 0.5, h);
    g.setTextBaseline(VPos.CENTER);
    g.setFill(c.textFill());
    g.setFont(FxTextMeasure.font(ScreenMetrics.TEXT, true));
    g.fillText(c.getPlan() == null ? "" : c.getPlan().name(), 10, HEADER_ROW);
    g.setFont(FxTextMeasure.font(SMALL, false));
    g.setFill(c.mutedTextFill());
    g.fillText("Sales targets and initiatives", 10, 2.5 * HEADER_ROW);
    for (Shape.Text t : l.segmentLabels(measure)) {
      text(g, palette, t);
    }
    double lanes = l.lanesTop();
    g.setStroke(c.gridColor());
    g.strokeLine(0, Math.floor(lanes) - 0.5, l.view().width(), Math.floor(lanes) - 0.5);
  }

  void stripLabels(GraphicsContext g, ScreenLayout l) {
    double bottom = l.stripsTop();
    g.setFill(c.headerFill());
    g.fillRect(0, bottom, LABEL_WIDTH, 3 * STRIP);
    g.setStroke(c.gridColor());
    g.setLineWidth(1);
    g.strokeLine(0, snap(bottom), LABEL_WIDTH, snap(bottom));
    g.setTextBaseline(VPos.CENTER);
    for (Shape.Text t : l.stripLabels(measure)) {
      text(g, palette, t);
    }
  }
}

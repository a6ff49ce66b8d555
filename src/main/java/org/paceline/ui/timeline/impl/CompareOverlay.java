package org.paceline.ui.timeline.impl;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.paceline.layout.ScreenLayout;
import org.paceline.layout.Shape;
import org.paceline.ui.timeline.PlanTimeline;

/**
 * Paints the comparison with another plan over a program row, as {@link ScreenLayout#comparison}
 * places it: a dashed ghost outline where a moved bar was joined to the bar by an arrow, and a
 * frame with a "NEW" tag on a bar the other plan does not have. Colours are the timeline's theme
 * paints, so the dark theme works without code.
 */
final class CompareOverlay {

  private final PlanTimeline c;

  CompareOverlay(PlanTimeline c) {
    this.c = c;
  }

  void draw(GraphicsContext g, ScreenLayout.Comparison k) {
    if (k == null) {
      return;
    }
    if (k.added() != null) {
      Shape.Box a = k.added();
      g.setStroke(c.selectionFill());
      g.setLineWidth(2);
      g.strokeRoundRect(a.x(), a.y(), a.w(), a.h(), 8, 8);
      Shape.Box t = k.tag();
      g.setFill(c.selectionFill());
      g.fillRoundRect(t.x(), t.y(), t.w(), t.h(), 6, 6);
      g.setFill(c.barTextFill());
      g.setFont(FxTextMeasure.font(10, true));
      g.setTextAlign(TextAlignment.CENTER);
      g.setTextBaseline(VPos.CENTER);
      g.fillText("NEW", t.x() + t.w() / 2, t.y() + t.h() / 2);
      g.setTextAlign(TextAlignment.LEFT);
      return;
    }
    Shape.Box b = k.ghost();
    g.setStroke(c.mutedTextFill());
    g.setLineWidth(1.5);
    g.setLineDashes(4, 3);
    g.strokeRoundRect(b.x() + 0.75, b.y() + 0.75, b.w() - 1.5, b.h() - 1.5, 6, 6);
    g.setLineDashes(null);
    Shape.Line a = k.arrow();
    if (a != null) {
      double from = a.x1();
      double to = a.x2();
      double mid = a.y1();
      double dir = Math.signum(to - from);
      g.setStroke(c.warningFill());
      g.setLineWidth(1.5);
      g.strokeLine(from + dir * 2, mid, to - dir * 2, mid);
      g.strokeLine(to - dir * 2, mid, to - dir * 7, mid - 4);
      g.strokeLine(to - dir * 2, mid, to - dir * 7, mid + 4);
    }
  }
}

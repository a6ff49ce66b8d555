package org.paceline.ui.timeline.impl;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.ui.timeline.PlanTimeline;

/**
 * Draws the comparison with another plan over a program row: where a moved bar was (a dashed
 * ghost outline joined to the bar by an arrow), and a mark on a bar the other plan does not
 * have. Colours are the timeline's theme paints, so the dark theme works without code.
 */
final class CompareOverlay {

  private static final Font TAG = Font.font("System", FontWeight.BOLD, 10);

  private Plan indexed;
  private Map<String, Program> others = Map.of();

  /** Draws the row's comparison; nothing when no plan is compared. */
  void drawRow(GraphicsContext g, PlanTimeline c, Program p, double y, double row,
      Function<LocalDate, Double> x) {
    Plan other = c.getComparedPlan();
    if (other == null) {
      return;
    }
    Program was = index(other).get(p.id());
    double by = y + 4;
    double bh = row - 8;
    double x0 = x.apply(p.start());
    double x1 = Math.max(x0 + 4, x.apply(p.end().plusDays(1)));
    if (was == null) {
      // added: a bold outline and a tag
      g.setStroke(c.selectionFill());
      g.setLineWidth(2);
      g.strokeRoundRect(x0 - 3, by - 1, x1 - x0 + 6, bh + 2, 8, 8);
      tag(g, c, "NEW", x1 + 6, y + row / 2);
      return;
    }
    if (was.start().equals(p.start()) && was.end().equals(p.end())) {
      return;
    }
    double g0 = x.apply(was.start());
    double g1 = Math.max(g0 + 4, x.apply(was.end().plusDays(1)));
    g.setStroke(c.mutedTextFill());
    g.setLineWidth(1.5);
    g.setLineDashes(4, 3);
    g.strokeRoundRect(g0 + 0.75, by + 0.75, g1 - g0 - 1.5, bh - 1.5, 6, 6);
    g.setLineDashes(null);
    // an arrow from where it started to where it starts now, along the row's lower edge
    double mid = y + row - 5;
    double from = g0;
    double to = x0;
    if (Math.abs(to - from) > 8) {
      double dir = Math.signum(to - from);
      g.setStroke(c.warningFill());
      g.setLineWidth(1.5);
      g.strokeLine(from + dir * 2, mid, to - dir * 2, mid);
      g.strokeLine(to - dir * 2, mid, to - dir * 7, mid - 4);
      g.strokeLine(to - dir * 2, mid, to - dir * 7, mid + 4);
    }
  }

  private void tag(GraphicsContext g, PlanTimeline c, String text, double x, double mid) {
    double w = 30;
    g.setFill(c.selectionFill());
    g.fillRoundRect(x, mid - 7, w, 14, 6, 6);
    g.setFill(c.barTextFill());
    g.setFont(TAG);
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(text, x + w / 2, mid);
    g.setTextAlign(TextAlignment.LEFT);
  }

  private Map<String, Program> index(Plan other) {
    if (other != indexed) {
      Map<String, Program> m = new HashMap<>(other.programs().size() * 2);
      for (Program p : other.programs()) {
        m.put(p.id(), p);
      }
      others = m;
      indexed = other;
    }
    return others;
  }
}

package org.paceline.ui.timeline.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.paceline.layout.ScreenLayout;
import org.paceline.layout.ScreenOrders;
import org.paceline.ui.timeline.PlanTimeline;

/**
 * Paints a program's orders as small diamonds on its row at their order-by dates (placed and
 * styled by {@link ScreenOrders}), and finds the mark under the pointer for its tooltip.
 */
final class OrderMarks {

  private static final double SIZE = 5.5; // half the diamond's diagonal

  /**
   * A mark as drawn, for hit-testing.
   *
   * @param x its centre
   * @param y its centre
   */
  record Drawn(double x, double y, ScreenOrders.Mark mark) {}

  private final PlanTimeline control;
  private final ScreenPalette palette;
  private final ScreenOrders orders = new ScreenOrders();
  private final List<Drawn> drawn = new ArrayList<>();

  OrderMarks(PlanTimeline control, ScreenPalette palette) {
    this.control = control;
    this.palette = palette;
  }

  /** Forgets the marks of the last frame; called when a frame starts. */
  void frameStarted() {
    drawn.clear();
  }

  /** Draws the orders of {@code p} (as drawn now, maybe being dragged) on the row at {@code y}. */
  void draw(GraphicsContext g, org.paceline.model.Program p, double y, double rowHeight,
      ScreenLayout l) {
    LocalDate asOf = control.asOfProperty().get();
    double cy = y + rowHeight / 2;
    for (ScreenOrders.Mark m : orders.marks(control.getPlan(), p, asOf)) {
      double cx = l.x(m.orderBy()) + 0.5;
      if (cx < -SIZE || cx > g.getCanvas().getWidth() + SIZE) {
        continue;
      }
      double[] xs = {cx, cx + SIZE, cx, cx - SIZE};
      double[] ys = {cy - SIZE, cy, cy + SIZE, cy};
      g.setGlobalAlpha(m.counts() ? 1 : 0.4);
      if (m.open()) {
        g.setFill(control.backgroundFill());
        g.fillPolygon(xs, ys, 4);
        g.setStroke(palette.fill(m.style()));
        g.setLineWidth(1.5);
        g.strokePolygon(xs, ys, 4);
      } else {
        g.setFill(palette.fill(m.style()));
        g.fillPolygon(xs, ys, 4);
        g.setStroke(control.backgroundFill());
        g.setLineWidth(1);
        g.strokePolygon(xs, ys, 4);
      }
      g.setGlobalAlpha(1);
      drawn.add(new Drawn(cx, cy, m));
    }
  }

  /** The mark under the pointer, or null. */
  Drawn at(double px, double py) {
    Drawn best = null;
    double bestD = SIZE + 2;
    for (Drawn m : drawn) {
      double d = Math.abs(px - m.x()) + Math.abs(py - m.y());
      if (d <= bestD) {
        best = m;
        bestD = d;
      }
    }
    return best;
  }

  /** The marks of the last frame, for tests. */
  List<Drawn> drawn() {
    return List.copyOf(drawn);
  }
}

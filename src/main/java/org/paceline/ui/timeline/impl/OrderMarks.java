package org.paceline.ui.timeline.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import org.paceline.analysis.OrderDates;
import org.paceline.analysis.OrderState;
import org.paceline.model.Holiday;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.ui.timeline.PlanTimeline;

/**
 * Draws a program's orders as small diamonds on its row at their order-by dates, coloured by
 * their state at the timeline's as-of date, and the plan's holidays as light bands when zoomed
 * in to weeks; and finds the mark under the pointer for its tooltip. The order-by dates are
 * derived from the program as drawn, so a dragged bar takes its marks along.
 */
final class OrderMarks {

  /** From this zoom on (pixels per day) the holidays are drawn: a week is 42 px wide. */
  static final double HOLIDAY_ZOOM = 6;
  private static final double SIZE = 5.5; // half the diamond's diagonal

  /**
   * A mark as drawn, for hit-testing.
   *
   * @param x its centre
   * @param y its centre
   */
  record Mark(double x, double y, Order order, Program program, LocalDate orderBy,
      OrderState state) {}

  private final PlanTimeline control;
  private Plan indexed;
  private Map<String, List<Order>> byProgram = Map.of();
  private OrderDates dates;
  private final List<Mark> drawn = new ArrayList<>();

  OrderMarks(PlanTimeline control) {
    this.control = control;
  }

  /** Forgets the marks of the last frame; called when a frame starts. */
  void frameStarted() {
    drawn.clear();
  }

  private void index() {
    Plan plan = control.getPlan();
    if (plan == indexed) {
      return;
    }
    indexed = plan;
    byProgram = new HashMap<>();
    if (plan != null) {
      for (Order o : plan.orders()) {
        byProgram.computeIfAbsent(o.program(), k -> new ArrayList<>()).add(o);
      }
      dates = OrderDates.of(plan);
    }
  }

  /** Draws the orders of {@code p} (as drawn now, maybe being dragged) on the row at {@code y}. */
  void draw(GraphicsContext g, Program p, double y, double rowHeight,
      ToDoubleFunction<LocalDate> x) {
    index();
    List<Order> orders = byProgram.get(p.id());
    if (orders == null) {
      return;
    }
    LocalDate asOf = control.asOfProperty().get();
    double cy = y + rowHeight / 2;
    for (Order o : orders) {
      LocalDate by = dates.orderBy(o, p.start());
      OrderState state = OrderState.of(by, o.ordered(), asOf);
      double cx = x.applyAsDouble(by) + 0.5;
      if (cx < -SIZE || cx > g.getCanvas().getWidth() + SIZE) {
        continue;
      }
      double[] xs = {cx, cx + SIZE, cx, cx - SIZE};
      double[] ys = {cy - SIZE, cy, cy + SIZE, cy};
      boolean counts = OrderDates.counts(p);
      g.setGlobalAlpha(counts ? 1 : 0.4);
      if (state == OrderState.LATER) {
        g.setFill(control.backgroundFill());
        g.fillPolygon(xs, ys, 4);
        g.setStroke(paint(state));
        g.setLineWidth(1.5);
        g.strokePolygon(xs, ys, 4);
      } else {
        g.setFill(paint(state));
        g.fillPolygon(xs, ys, 4);
        g.setStroke(control.backgroundFill());
        g.setLineWidth(1);
        g.strokePolygon(xs, ys, 4);
      }
      g.setGlobalAlpha(1);
      drawn.add(new Mark(cx, cy, o, p, by, state));
    }
  }

  /** Light bands on the plan's holidays, from {@code top} to {@code bottom}, when zoomed in. */
  void drawHolidays(GraphicsContext g, LocalDate first, LocalDate last, double top,
      double bottom, ToDoubleFunction<LocalDate> x) {
    Plan plan = control.getPlan();
    if (plan == null || plan.holidays().isEmpty()
        || control.getPixelsPerDay() < HOLIDAY_ZOOM) {
      return;
    }
    g.setFill(control.holidayFill());
    for (Holiday h : plan.holidays()) {
      if (!h.date().isBefore(first) && !h.date().isAfter(last)) {
        double x0 = x.applyAsDouble(h.date());
        double x1 = x.applyAsDouble(h.date().plusDays(1));
        g.fillRect(x0, top, x1 - x0, bottom - top);
      }
    }
  }

  /** The mark under the pointer, or null. */
  Mark at(double px, double py) {
    Mark best = null;
    double bestD = SIZE + 2;
    for (Mark m : drawn) {
      double d = Math.abs(px - m.x()) + Math.abs(py - m.y());
      if (d <= bestD) {
        best = m;
        bestD = d;
      }
    }
    return best;
  }

  /** The tooltip of a mark: item, owner, lead time, order-by date, ordered date, state. */
  static String describe(Mark m) {
    Order o = m.order();
    StringBuilder sb = new StringBuilder();
    sb.append("Order: ").append(o.item()).append("\nFor ").append(m.program().name());
    if (!o.owner().isEmpty()) {
      sb.append("\nOwner: ").append(o.owner());
    }
    sb.append("\nLead time ").append(o.leadTime().describe());
    if (o.neededBefore().amount() > 0) {
      sb.append(", needed ").append(o.neededBefore().describe()).append(" before the start");
    }
    sb.append("\nOrder by ").append(m.orderBy());
    sb.append("\n").append(o.ordered() == null ? "Not ordered yet" : "Ordered " + o.ordered());
    sb.append(" (").append(switch (m.state()) {
      case ORDERED_IN_TIME -> "in time";
      case ORDERED_LATE -> "late";
      case LATER -> "not due yet";
      case DUE -> "due within " + OrderState.DUE_WITHIN_DAYS + " days";
      case OVERDUE -> "overdue";
    }).append(")");
    return sb.toString();
  }

  private Paint paint(OrderState s) {
    return switch (s) {
      case ORDERED_IN_TIME -> control.orderInTimeFill();
      case ORDERED_LATE -> control.orderLateFill();
      case DUE -> control.orderDueFill();
      case OVERDUE -> control.orderOverdueFill();
      case LATER -> control.orderLaterFill();
    };
  }

  /** The marks of the last frame, for tests. */
  List<Mark> drawn() {
    return List.copyOf(drawn);
  }
}

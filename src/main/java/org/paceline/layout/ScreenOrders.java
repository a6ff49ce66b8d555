package org.paceline.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paceline.analysis.OrderDates;
import org.paceline.analysis.OrderState;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * A program's orders as the board marks them: at their order-by dates, derived from the program
 * as drawn (so a dragged bar takes its marks along), styled by their state at the as-of date.
 */
public final class ScreenOrders {

  /**
   * An order's mark before it is placed on a row.
   *
   * @param style {@code order.<state>}, e.g. {@code order.due}
   * @param open true when not ordered and not yet due (drawn as an outline)
   * @param counts false for a program whose orders no longer count (drawn faint)
   */
  public record Mark(Order order, Program program, LocalDate orderBy, String style, boolean open,
      boolean counts, String description) {}

  private Plan indexed;
  private Map<String, List<Order>> byProgram = Map.of();
  private OrderDates dates;

  /** The marks of {@code p} (as drawn) at {@code asOf}; none when it has no orders. */
  public List<Mark> marks(Plan plan, Program p, LocalDate asOf) {
    index(plan);
    List<Order> orders = byProgram.get(p.id());
    if (orders == null) {
      return List.of();
    }
    List<Mark> out = new ArrayList<>(orders.size());
    boolean counts = OrderDates.counts(p);
    for (Order o : orders) {
      LocalDate by = dates.orderBy(o, p.start());
      OrderState state = OrderState.of(by, o.ordered(), asOf);
      out.add(new Mark(o, p, by, "order." + state.styleName(), state == OrderState.LATER, counts,
          describe(o, p, by, state)));
    }
    return out;
  }

  private void index(Plan plan) {
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

  /** The tooltip of a mark: item, owner, lead time, order-by date, ordered date, state. */
  static String describe(Order o, Program p, LocalDate orderBy, OrderState state) {
    StringBuilder sb = new StringBuilder();
    sb.append("Order: ").append(o.item()).append("\nFor ").append(p.name());
    if (!o.owner().isEmpty()) {
      sb.append("\nOwner: ").append(o.owner());
    }
    sb.append("\nLead time ").append(o.leadTime().describe());
    if (o.neededBefore().amount() > 0) {
      sb.append(", needed ").append(o.neededBefore().describe()).append(" before the start");
    }
    sb.append("\nOrder by ").append(orderBy);
    sb.append("\n").append(o.ordered() == null ? "Not ordered yet" : "Ordered " + o.ordered());
    sb.append(" (").append(switch (state) {
      case ORDERED_IN_TIME -> "in time";
      case ORDERED_LATE -> "late";
      case LATER -> "not due yet";
      case DUE -> "due within " + OrderState.DUE_WITHIN_DAYS + " days";
      case OVERDUE -> "overdue";
    }).append(")");
    return sb.toString();
  }
}

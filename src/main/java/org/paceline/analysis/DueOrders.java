package org.paceline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paceline.model.LeadDuration;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * What must be ordered soon, for the weekly check-in: the orders that count and are not placed
 * yet whose order-by date has passed ({@link OrderState#OVERDUE}) or lies within the next 14 days
 * ({@link OrderState#DUE}), by order-by date, then in plan order.
 */
public final class DueOrders {

  /**
   * One order to place.
   *
   * @param programId the program's id
   * @param programName the program's name
   * @param item what to order, as written in the plan
   * @param owner who orders it, or ""
   * @param leadTime how long the supplier needs
   * @param neededOn the day it must be in hand
   * @param orderBy its order-by date O
   * @param state {@link OrderState#DUE} or {@link OrderState#OVERDUE}
   */
  public record Row(String programId, String programName, String item, String owner,
      LeadDuration leadTime, LocalDate neededOn, LocalDate orderBy, OrderState state) {}

  private DueOrders() {}

  /** The orders to place as of {@code asOf}. */
  public static List<Row> of(Plan plan, LocalDate asOf) {
    Map<String, Program> programs = new HashMap<>(plan.programs().size() * 2);
    for (Program p : plan.programs()) {
      programs.put(p.id(), p);
    }
    OrderDates dates = OrderDates.of(plan);
    List<Row> out = new ArrayList<>();
    for (Order o : plan.orders()) {
      Program p = programs.get(o.program());
      if (p == null || !OrderDates.counts(p) || o.isOrdered()) {
        continue;
      }
      LocalDate needed = dates.neededOn(o, p.start());
      LocalDate by = dates.workingDays().before(needed, o.leadTime());
      OrderState state = OrderState.of(by, null, asOf);
      if (state == OrderState.DUE || state == OrderState.OVERDUE) {
        out.add(new Row(p.id(), p.name(), o.item(), o.owner(), o.leadTime(), needed, by, state));
      }
    }
    out.sort(Comparator.comparing(Row::orderBy)); // stable: plan order within a day
    return out;
  }

  /** The column names of the list as a table (the xlsx sheet, the PDF). */
  public static final List<String> HEADER = List.of("Order by", "State", "Item", "Program",
      "Owner", "Lead time", "Needed on");
}

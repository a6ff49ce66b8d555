package org.paceline.analysis;

import java.time.LocalDate;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.ProgramStatus;

/**
 * The derived dates of a plan's orders: the day an item is needed, {@code P.start −
 * needed_before}, and its order-by date {@code O = needed − lead_time}, each step in its
 * duration's own unit. Never stored: moving a program moves them.
 */
public final class OrderDates {

  private final WorkingDays workingDays;

  private OrderDates(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  /** The order dates of a plan, counting working days with its holidays. */
  public static OrderDates of(Plan plan) {
    return new OrderDates(WorkingDays.of(plan.holidays()));
  }

  /** The order dates with these working days. */
  public static OrderDates of(WorkingDays workingDays) {
    return new OrderDates(workingDays);
  }

  /** The plan's working days. */
  public WorkingDays workingDays() {
    return workingDays;
  }

  /** The day the item must be in hand for a program starting {@code programStart}. */
  public LocalDate neededOn(Order o, LocalDate programStart) {
    return workingDays.before(programStart, o.neededBefore());
  }

  /** The order-by date O for a program starting {@code programStart}. */
  public LocalDate orderBy(Order o, LocalDate programStart) {
    return workingDays.before(neededOn(o, programStart), o.leadTime());
  }

  /** True when an order of this program counts: its status is neither cancelled nor done. */
  public static boolean counts(Program p) {
    return p.status() != ProgramStatus.CANCELLED && p.status() != ProgramStatus.DONE;
  }
}

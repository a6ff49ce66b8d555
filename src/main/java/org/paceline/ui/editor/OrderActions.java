package org.paceline.ui.editor;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import org.paceline.model.Order;

/** What the orders table of a program can change; each call is one undoable, stored edit. */
public interface OrderActions {

  /** The day the plan is checked; orders are coloured and listed by it. */
  ObjectProperty<LocalDate> asOfProperty();

  /** Adds an order; false (with the reason in the status line) when it is refused. */
  boolean addOrder(Order o);

  /** Replaces an order by a changed copy; false when it is refused. */
  boolean changeOrder(Order before, Order after);

  /** Removes an order. */
  void deleteOrder(Order o);
}

package org.paceline.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Something that must be ordered or prepared before a program starts: booth graphics, printed
 * brochures, a venue. Its order-by date is derived from the program's start (see {@code
 * analysis.OrderDates}); only the {@code ordered} date is a fact that is stored.
 *
 * @param program the id of the program it is for
 * @param item what is ordered or prepared; unique within its program, ignoring case
 * @param owner who orders or delivers it, or ""
 * @param leadTime how long the supplier or person needs
 * @param neededBefore how long before the program's start it must be in hand
 * @param ordered the day the order was placed or the work handed over, or null while not
 */
public record Order(
    String program,
    String item,
    String owner,
    LeadDuration leadTime,
    LeadDuration neededBefore,
    LocalDate ordered) {

  public Order {
    program = Texts.required(program, TextLimit.ID);
    item = Texts.required(item, TextLimit.ORDER_ITEM);
    owner = Texts.optional(owner, TextLimit.OWNER);
    Objects.requireNonNull(leadTime, "lead time");
    neededBefore = neededBefore == null ? LeadDuration.days(0) : neededBefore;
  }

  /** The item compared ignoring case, as the format compares items within a program. */
  public String itemKey() {
    return itemKey(item);
  }

  /** The key under which {@code item} is compared ignoring case. */
  public static String itemKey(String item) {
    return item.trim().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /** True once the order was placed. */
  public boolean isOrdered() {
    return ordered != null;
  }

  /** The same order for another program id (a program renamed). */
  public Order forProgram(String programId) {
    return new Order(programId, item, owner, leadTime, neededBefore, ordered);
  }

  /** The same order, placed on {@code day} (null: not placed). */
  public Order withOrdered(LocalDate day) {
    return new Order(program, item, owner, leadTime, neededBefore, day);
  }
}

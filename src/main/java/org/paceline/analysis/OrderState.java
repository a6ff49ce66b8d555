package org.paceline.analysis;

import java.time.LocalDate;

/**
 * Where an order stands at an as-of date, by the {@code ORDER_*} rules of {@code conflicts.md}.
 * The board colours its order marks by it and the rules fire from it, so both always agree.
 */
public enum OrderState {
  /** Ordered on or before its order-by date. */
  ORDERED_IN_TIME("ordered-in-time"),
  /** Ordered after its order-by date ({@code ORDER_LATE}). */
  ORDERED_LATE("ordered-late"),
  /** Not ordered, and its order-by date is more than 14 days ahead. */
  LATER("later"),
  /** Not ordered, order-by date within the next 14 days, the as-of date included ({@code ORDER_DUE}). */
  DUE("due"),
  /** Not ordered, and its order-by date has passed ({@code ORDER_OVERDUE}). */
  OVERDUE("overdue");

  /** How many calendar days ahead of the as-of date an order counts as due. */
  public static final int DUE_WITHIN_DAYS = 14;

  private final String styleName;

  OrderState(String styleName) {
    this.styleName = styleName;
  }

  /** The state of an order with order-by date {@code orderBy}, placed on {@code ordered}. */
  public static OrderState of(LocalDate orderBy, LocalDate ordered, LocalDate asOf) {
    if (ordered != null) {
      return ordered.isAfter(orderBy) ? ORDERED_LATE : ORDERED_IN_TIME;
    }
    if (orderBy.isBefore(asOf)) {
      return OVERDUE;
    }
    return orderBy.isAfter(asOf.plusDays(DUE_WITHIN_DAYS)) ? LATER : DUE;
  }

  /** The name used for it in style sheets: {@code ordered-late}, {@code due}, … */
  public String styleName() {
    return styleName;
  }
}

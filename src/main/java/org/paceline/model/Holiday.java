package org.paceline.model;

import java.util.Objects;

/**
 * A day of the plan that is not a working day, on top of Saturdays and Sundays.
 *
 * @param date the day; unique in a plan
 * @param name what it is, or ""
 */
public record Holiday(java.time.LocalDate date, String name) {

  public Holiday {
    Objects.requireNonNull(date, "date");
    name = Texts.optional(name, TextLimit.HOLIDAY_NAME);
  }
}

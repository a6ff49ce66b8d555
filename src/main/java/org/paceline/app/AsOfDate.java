package org.paceline.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The {@code --as-of} date of the command line: a real ISO date, or today when left out. */
final class AsOfDate {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private AsOfDate() {}

  /**
   * The date written as {@code yyyy-mm-dd}; today for null.
   *
   * @throws IllegalArgumentException with a message for people when it is not a real date
   */
  static LocalDate parse(String text) {
    if (text == null) {
      return LocalDate.now();
    }
    String t = text.trim();
    if (!t.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException("--as-of \"" + text + "\" is not a date; expected"
          + " yyyy-mm-dd, e.g. 2027-03-15.");
    }
    try {
      return LocalDate.parse(t, ISO);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of " + t + " is not a real date (there is no such"
          + " day in the calendar); expected yyyy-mm-dd, e.g. 2027-03-15.");
    }
  }
}

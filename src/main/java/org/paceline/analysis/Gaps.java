package org.paceline.analysis;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** Says how far apart two days are, exactly and in words: "7 weeks and 1 day", "4 months". */
final class Gaps {

  private Gaps() {}

  /** The distance from {@code from} to a later or equal {@code to}. */
  static String between(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    if (days < 14) {
      return count(days, "day");
    }
    if (days < 63) {
      return join(count(days / 7, "week"), days % 7, "day");
    }
    Period p = Period.between(from, to);
    return join(count(p.toTotalMonths(), "month"), p.getDays(), "day");
  }

  private static String join(String first, long rest, String unit) {
    return rest == 0 ? first : first + " and " + count(rest, unit);
  }

  static String count(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}

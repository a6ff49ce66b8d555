package org.paceline.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far an initiative is shifted: a signed whole number of days, weeks or calendar months, as
 * {@code paceline shift --by} takes it ({@code 3m}, {@code -2w}, {@code +10d}, {@code 1}).
 *
 * @param amount how many units, negative for earlier
 * @param unit days, weeks or calendar months
 */
public record ShiftDuration(int amount, LeadDuration.Unit unit) {

  /** An optional sign, digits, an optional unit; no unit means months (conflicts.md). */
  private static final Pattern FORMAT = Pattern.compile("([+-]?)(\\d{1,6})([dwm]?)");

  public ShiftDuration {
    Objects.requireNonNull(unit, "unit");
    if (unit == LeadDuration.Unit.WORKING_DAYS) {
      throw new IllegalArgumentException("a shift is in days, weeks or calendar months, not"
          + " working days");
    }
  }

  /**
   * Reads a shift as the spec writes it. Anything else ({@code wd}, a space, a fraction, an
   * upper-case unit) is refused.
   *
   * @throws IllegalArgumentException with a message for people
   */
  public static ShiftDuration parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + (text == null ? "" : text)
          + "\" is not a shift; write a whole number with d, w or m (days, weeks, calendar "
          + "months; no unit means months) and - for earlier, e.g. 3m, -2w or 10d.");
    }
    int amount = Integer.parseInt(m.group(2)) * ("-".equals(m.group(1)) ? -1 : 1);
    LeadDuration.Unit unit = switch (m.group(3)) {
      case "d" -> LeadDuration.Unit.DAYS;
      case "w" -> LeadDuration.Unit.WEEKS;
      default -> LeadDuration.Unit.MONTHS;
    };
    return new ShiftDuration(amount, unit);
  }

  /**
   * The date moved by this shift, as {@code plusDays}, {@code plusWeeks} or {@code plusMonths} do
   * (2027-01-31 plus one month is 2027-02-28).
   *
   * @throws DateTimeException when the date would leave the years 1 to 9999 that plans use
   *     (the range of {@link FiscalQuarter})
   */
  public LocalDate applyTo(LocalDate date) {
    LocalDate moved = switch (unit) {
      case DAYS -> date.plusDays(amount);
      case WEEKS -> date.plusWeeks(amount);
      case MONTHS -> date.plusMonths(amount);
      case WORKING_DAYS -> throw new IllegalStateException("refused by the constructor");
    };
    if (moved.getYear() < 1 || moved.getYear() > 9999) {
      throw new DateTimeException("outside the years 1 to 9999: " + moved);
    }
    return moved;
  }

  /** True for a shift that moves nothing. */
  public boolean isZero() {
    return amount == 0;
  }

  /**
   * For people: "3 weeks later", "1 quarter earlier" (three calendar months read as a quarter),
   * "not at all".
   */
  public String describe() {
    if (amount == 0) {
      return "by nothing";
    }
    int n = Math.abs(amount);
    String what;
    if (unit == LeadDuration.Unit.MONTHS && n % 3 == 0) {
      what = plural(n / 3, "quarter");
    } else {
      what = plural(n, unit.singular());
    }
    return what + (amount > 0 ? " later" : " earlier");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** As {@code --by} takes it: {@code -2w}. */
  @Override
  public String toString() {
    return amount + unit.code();
  }
}

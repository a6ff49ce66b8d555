package org.paceline.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lead time such as {@code 8w}, {@code 3m} or {@code 15wd}. The unit is kept as written, so eight
 * weeks stays eight weeks and is never turned into an approximate number of days or months.
 * Working days ({@code wd}) are allowed only in the plan's {@code orders} table; counting them
 * needs the plan's holidays, so it is done in {@code analysis.WorkingDays}.
 *
 * @param amount how many units, zero or more
 * @param unit days, weeks, calendar months or working days
 */
public record LeadDuration(int amount, Unit unit) implements Comparable<LeadDuration> {

  /** The unit of a lead duration and its one-letter suffix in the plan format. */
  public enum Unit {
    DAYS("d", "day"),
    WEEKS("w", "week"),
    MONTHS("m", "month"),
    WORKING_DAYS("wd", "working day");

    private final String code;
    private final String singular;

    Unit(String code, String singular) {
      this.code = code;
      this.singular = singular;
    }

    /** The suffix in the plan format: {@code d}, {@code w}, {@code m} or {@code wd}. */
    public String code() {
      return code;
    }

    /** The English word for one unit. */
    public String singular() {
      return singular;
    }
  }

  private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\s*([dwmDWM]?)");
  private static final Pattern ORDER_FORMAT =
      Pattern.compile("(\\d{1,4})\\s*(wd|d|w|m)", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORKING_DAYS_SHAPE =
      Pattern.compile("\\d{1,4}\\s*wd", Pattern.CASE_INSENSITIVE);
  private static final double DAYS_PER_MONTH = 365.2425 / 12;

  public LeadDuration {
    Objects.requireNonNull(unit, "unit");
    if (amount < 0) {
      throw new IllegalArgumentException("A lead duration cannot be negative: " + amount);
    }
  }

  /** {@code n} days. */
  public static LeadDuration days(int n) {
    return new LeadDuration(n, Unit.DAYS);
  }

  /** {@code n} weeks. */
  public static LeadDuration weeks(int n) {
    return new LeadDuration(n, Unit.WEEKS);
  }

  /** {@code n} calendar months. */
  public static LeadDuration months(int n) {
    return new LeadDuration(n, Unit.MONTHS);
  }

  /** {@code n} working days: Monday to Friday, except the plan's holidays. */
  public static LeadDuration workingDays(int n) {
    return new LeadDuration(n, Unit.WORKING_DAYS);
  }

  /**
   * Reads {@code <n>d}, {@code <n>w} or {@code <n>m}; a bare number means months. Working days are
   * refused: they are allowed only in the {@code orders} table ({@link #parseWithUnit}).
   *
   * @throws IllegalArgumentException when the text is not such a duration
   */
  public static LeadDuration parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (WORKING_DAYS_SHAPE.matcher(trimmed).matches()) {
      throw new IllegalArgumentException("\"" + trimmed + "\" counts working days, which only"
          + " the orders table allows; expected a whole number followed by d, w or m"
          + " (days, weeks, months), e.g. 8w");
    }
    Matcher m = FORMAT.matcher(trimmed);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          Quote.of(text) + " is not a duration; expected a whole number followed by d, w or m"
              + " (days, weeks, months), e.g. 8w");
    }
    int amount = Integer.parseInt(m.group(1));
    return switch (m.group(2).toLowerCase()) {
      case "d" -> days(amount);
      case "w" -> weeks(amount);
      default -> months(amount);
    };
  }

  /**
   * Reads a duration of the {@code orders} table: {@code <n>d}, {@code <n>w}, {@code <n>m} or
   * {@code <n>wd}; the unit is required there, so a bare number is refused.
   *
   * @throws IllegalArgumentException when the text is not such a duration
   */
  public static LeadDuration parseWithUnit(String text) {
    String trimmed = text == null ? "" : text.trim();
    Matcher m = ORDER_FORMAT.matcher(trimmed);
    if (!m.matches()) {
      String why = trimmed.matches("\\d+") ? "\"" + trimmed + "\" has no unit"
          : "\"" + trimmed + "\" is not a duration";
      throw new IllegalArgumentException(why + "; expected a whole number followed by d, w, m"
          + " or wd (days, weeks, months, working days), e.g. 15wd or 6w");
    }
    int amount = Integer.parseInt(m.group(1));
    return switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
      case "d" -> days(amount);
      case "w" -> weeks(amount);
      case "wd" -> workingDays(amount);
      default -> months(amount);
    };
  }

  /** True for working days, which only an order's durations may use. */
  public boolean isWorkingDays() {
    return unit == Unit.WORKING_DAYS;
  }

  /**
   * The day this duration before {@code date}. Months are calendar months: a day that does not
   * exist in the target month becomes that month's last day ({@code 2027-05-31} minus 3 months is
   * {@code 2027-02-28}).
   *
   * @throws UnsupportedOperationException for working days, which need the plan's holidays
   *     ({@code analysis.WorkingDays} counts them)
   */
  public LocalDate before(LocalDate date) {
    return switch (unit) {
      case DAYS -> date.minusDays(amount);
      case WEEKS -> date.minusWeeks(amount);
      case MONTHS -> date.minusMonths(amount);
      case WORKING_DAYS -> throw new UnsupportedOperationException(
          "Working days are counted with the plan's holidays");
    };
  }

  /** Approximate length in days, only for comparing durations of different units. */
  public double approximateDays() {
    return switch (unit) {
      case DAYS -> amount;
      case WEEKS -> amount * 7.0;
      case MONTHS -> amount * DAYS_PER_MONTH;
      case WORKING_DAYS -> amount * 7.0 / 5;
    };
  }

  @Override
  public int compareTo(LeadDuration other) {
    return Double.compare(approximateDays(), other.approximateDays());
  }

  /** For people: {@code 3 months}, {@code 1 week}. */
  public String describe() {
    return amount + " " + unit.singular() + (amount == 1 ? "" : "s");
  }

  /** The plan format: {@code 8w}. */
  @Override
  public String toString() {
    return amount + unit.code();
  }
}

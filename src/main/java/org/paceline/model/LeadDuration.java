package org.paceline.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lead time such as {@code 8w} or {@code 3m}. The unit is kept as written, so eight weeks stays
 * eight weeks and is never turned into an approximate number of days or months.
 *
 * @param amount how many units, zero or more
 * @param unit days, weeks or calendar months
 */
public record LeadDuration(int amount, Unit unit) implements Comparable<LeadDuration> {

  /** The unit of a lead duration and its one-letter suffix in the plan format. */
  public enum Unit {
    DAYS('d', "day"),
    WEEKS('w', "week"),
    MONTHS('m', "month");

    private final char suffix;
    private final String singular;

    Unit(char suffix, String singular) {
      this.suffix = suffix;
      this.singular = singular;
    }

    /** The suffix in the plan format: {@code d}, {@code w} or {@code m}. */
    public char suffix() {
      return suffix;
    }

    /** The English word for one unit. */
    public String singular() {
      return singular;
    }
  }

  private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\s*([dwmDWM]?)");
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

  /**
   * Reads {@code <n>d}, {@code <n>w} or {@code <n>m}; a bare number means months.
   *
   * @throws IllegalArgumentException when the text is not such a duration
   */
  public static LeadDuration parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
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
   * The day this duration before {@code date}. Months are calendar months: a day that does not
   * exist in the target month becomes that month's last day ({@code 2027-05-31} minus 3 months is
   * {@code 2027-02-28}).
   */
  public LocalDate before(LocalDate date) {
    return switch (unit) {
      case DAYS -> date.minusDays(amount);
      case WEEKS -> date.minusWeeks(amount);
      case MONTHS -> date.minusMonths(amount);
    };
  }

  /** Approximate length in days, only for comparing durations of different units. */
  public double approximateDays() {
    return switch (unit) {
      case DAYS -> amount;
      case WEEKS -> amount * 7.0;
      case MONTHS -> amount * DAYS_PER_MONTH;
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
    return amount + String.valueOf(unit.suffix());
  }
}

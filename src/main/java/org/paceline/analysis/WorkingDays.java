package org.paceline.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import org.paceline.model.Holiday;
import org.paceline.model.LeadDuration;

/**
 * Working-day arithmetic of {@code plan-format.md}: working days are Monday to Friday, except the
 * plan's holidays. {@code D − n wd} is the n-th working day before D, D itself not counted, and
 * {@code D − 0wd} is D even when D is not a working day. Immutable and fast: the holidays that
 * fall on weekdays are kept as a sorted array of epoch days, and counting back jumps whole weeks,
 * then steps back once more for each holiday it jumped over.
 */
public final class WorkingDays {

  private static final WorkingDays NONE = new WorkingDays(new long[0]);

  /** Epoch days of the holidays that fall Monday to Friday, sorted, without repeats. */
  private final long[] holidays;

  private WorkingDays(long[] holidays) {
    this.holidays = holidays;
  }

  /** Monday to Friday, no holidays. */
  public static WorkingDays weekdays() {
    return NONE;
  }

  /** Monday to Friday except these holidays. */
  public static WorkingDays of(Collection<Holiday> holidays) {
    if (holidays.isEmpty()) {
      return NONE;
    }
    long[] days = holidays.stream().map(Holiday::date).filter(WorkingDays::isWeekday)
        .mapToLong(LocalDate::toEpochDay).sorted().distinct().toArray();
    return new WorkingDays(days);
  }

  /** True when {@code day} is a working day. */
  public boolean isWorkingDay(LocalDate day) {
    return isWeekday(day) && Arrays.binarySearch(holidays, day.toEpochDay()) < 0;
  }

  /** True when {@code day} is one of the plan's holidays on a weekday. */
  public boolean isHoliday(LocalDate day) {
    return Arrays.binarySearch(holidays, day.toEpochDay()) >= 0;
  }

  /**
   * The n-th working day before {@code day}, {@code day} itself not counted; {@code day} itself
   * for n = 0.
   */
  public LocalDate minus(LocalDate day, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be 0 or more: " + n);
    }
    if (n == 0) {
      return day;
    }
    long end = day.toEpochDay(); // exclusive
    long x = weekdaysBefore(end, n); // [x, end) holds n weekdays; x is one of them
    int skipped = holidaysIn(x, end);
    while (skipped > 0) {
      long earlier = weekdaysBefore(x, skipped);
      skipped = holidaysIn(earlier, x);
      x = earlier;
    }
    return LocalDate.ofEpochDay(x);
  }

  /**
   * The day {@code d} before {@code day}, each unit as the plan format defines it: days, weeks of
   * 7 days, calendar months as {@link LocalDate#minusMonths}, working days as {@link #minus}.
   */
  public LocalDate before(LocalDate day, LeadDuration d) {
    return d.isWorkingDays() ? minus(day, d.amount()) : d.before(day);
  }

  /** How many weekday holidays lie in {@code [from, to)} (epoch days). */
  private int holidaysIn(long from, long to) {
    if (holidays.length == 0 || from >= to) {
      return 0;
    }
    return insertionPoint(to) - insertionPoint(from);
  }

  private int insertionPoint(long epochDay) {
    int i = Arrays.binarySearch(holidays, epochDay);
    return i >= 0 ? i : -i - 1;
  }

  /** The n-th weekday (n ≥ 1) before the epoch day {@code end}, {@code end} not counted. */
  private static long weekdaysBefore(long end, int n) {
    long y = end - 1;
    int dow = dayOfWeek(y);
    if (dow == 5) { // Saturday
      y -= 1;
    } else if (dow == 6) { // Sunday
      y -= 2;
    }
    int k = n - 1; // further weekdays back from y, itself a weekday
    y -= 7L * (k / 5);
    int rem = k % 5;
    return dayOfWeek(y) >= rem ? y - rem : y - rem - 2;
  }

  /** 0 = Monday … 6 = Sunday; 1970-01-01 was a Thursday. */
  private static int dayOfWeek(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
  }

  private static boolean isWeekday(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
  }
}

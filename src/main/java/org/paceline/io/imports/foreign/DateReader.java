package org.paceline.io.imports.foreign;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.paceline.io.imports.SheetCell;

/**
 * Dates as they occur in foreign tables: date cells, Excel serial numbers, ISO text
 * ({@code 2027-03-15}, also with a time), numeric dates with the day and month in either order
 * ({@code 03/15/2027}, {@code 15.03.2027}), and dates with English month names
 * ({@code 15 March 2027}, {@code Mar 15, 2027}, {@code 15-Mar-27}). Which of day and month comes
 * first is decided for the whole table, see {@link Order}.
 */
final class DateReader {

  /** Which number of {@code a/b/yyyy} is the month. */
  enum Order { MDY, DMY }

  /** Excel serials read as dates: 1954-10-04 … 2119-01-05. A bigger or smaller number is not. */
  static final int MIN_SERIAL = 20_000;
  static final int MAX_SERIAL = 80_000;

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
          + "(?:Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern NUMERIC = Pattern.compile(
      "(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?"
          + "(?:\\s*[ap]\\.?m\\.?)?)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(\\d{1,2})(?:st|nd|rd|th)?\\.?[\\s\\-/]*([\\p{L}]{3,})\\.?,?[\\s\\-/]*(\\d{4}|\\d{2})");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "([\\p{L}]{3,})\\.?[\\s\\-/]*(\\d{1,2})(?:st|nd|rd|th)?,?[\\s\\-/]+(\\d{4}|\\d{2})");
  private static final Pattern WEEKDAY = Pattern.compile(
      "^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|urday|sday)?\\.?,?\\s+",
      Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[] names = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    for (int i = 0; i < names.length; i++) {
      MONTHS.put(names[i], i + 1);
      MONTHS.put(names[i].substring(0, 3), i + 1);
    }
    MONTHS.put("sept", 9);
  }

  private DateReader() {}

  /** What a value says about the order: which part is certainly the month, if any. */
  static Order hint(SheetCell cell) {
    if (cell == null || cell.isDate() || cell.isNumber()) {
      return null;
    }
    Matcher m = NUMERIC.matcher(stripWeekday(cell.text()));
    if (!m.matches()) {
      return null;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    if (a > 12 && b <= 12) {
      return Order.DMY;
    }
    if (b > 12 && a <= 12) {
      return Order.MDY;
    }
    return null;
  }

  /** Whether the value's meaning depends on the order (a numeric date with two parts ≤ 12 that differ). */
  static boolean dependsOnOrder(SheetCell cell) {
    if (cell == null || cell.isDate() || cell.isNumber()) {
      return false;
    }
    Matcher m = NUMERIC.matcher(stripWeekday(cell.text()));
    if (!m.matches()) {
      return false;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    return a <= 12 && b <= 12 && a != b;
  }

  /** The date a cell holds, or null when it holds none. */
  static LocalDate read(SheetCell cell, Order order) {
    if (cell == null) {
      return null;
    }
    if (cell.value() instanceof LocalDate d) {
      return d;
    }
    if (cell.value() instanceof BigDecimal n) {
      return serial(n);
    }
    String t = stripWeekday(cell.text().trim());
    Matcher m = ISO.matcher(t);
    if (m.matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = NUMERIC.matcher(t);
    if (m.matches()) {
      String year = m.group(3);
      boolean mdy = order == Order.MDY;
      return date(year, mdy ? m.group(1) : m.group(2), mdy ? m.group(2) : m.group(1));
    }
    m = DAY_MONTH_YEAR.matcher(t);
    if (m.matches()) {
      Integer month = month(m.group(2));
      return month == null ? null : date(m.group(3), month.toString(), m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(t);
    if (m.matches()) {
      Integer month = month(m.group(1));
      return month == null ? null : date(m.group(3), month.toString(), m.group(2));
    }
    if (t.matches("\\d{5}(\\.\\d+)?")) {
      return serial(new BigDecimal(t));
    }
    return null;
  }

  private static LocalDate serial(BigDecimal n) {
    if (n.compareTo(BigDecimal.valueOf(MIN_SERIAL)) < 0
        || n.compareTo(BigDecimal.valueOf(MAX_SERIAL)) > 0) {
      return null;
    }
    return DateUtil.getLocalDateTime(n.doubleValue(), false).toLocalDate();
  }

  private static String stripWeekday(String t) {
    return WEEKDAY.matcher(t).replaceFirst("");
  }

  private static Integer month(String word) {
    return MONTHS.get(word.toLowerCase(Locale.ROOT));
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (year.length() == 2) {
        y += 2000;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}

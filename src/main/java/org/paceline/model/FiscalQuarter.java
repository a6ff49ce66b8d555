package org.paceline.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal quarter label such as {@code FY2027-Q3}. Which days it covers depends on the plan's
 * fiscal calendar ({@code org.paceline.analysis.FiscalCalendar}).
 *
 * @param fiscalYear the fiscal year's number as the plan names it
 * @param quarter 1 to 4
 */
public record FiscalQuarter(int fiscalYear, int quarter) implements Comparable<FiscalQuarter> {

  private static final Pattern LABEL =
      Pattern.compile("FY\\s*(\\d{4})\\s*-?\\s*Q([1-4])", Pattern.CASE_INSENSITIVE);

  public FiscalQuarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
    }
    if (fiscalYear < 1 || fiscalYear > 9999) {
      throw new IllegalArgumentException("Not a fiscal year: " + fiscalYear);
    }
  }

  /**
   * Reads a label such as {@code FY2027-Q3}.
   *
   * @throws IllegalArgumentException when the text is not such a label
   */
  public static FiscalQuarter parse(String text) {
    Matcher m = LABEL.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          Quote.of(text) + " is not a fiscal quarter; expected a label like FY2027-Q3");
    }
    return new FiscalQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The quarter after this one. */
  public FiscalQuarter next() {
    return quarter == 4
        ? new FiscalQuarter(fiscalYear + 1, 1)
        : new FiscalQuarter(fiscalYear, quarter + 1);
  }

  /** A number that grows by one from each quarter to the next. */
  public int ordinal() {
    return fiscalYear * 4 + quarter - 1;
  }

  @Override
  public int compareTo(FiscalQuarter o) {
    return Integer.compare(ordinal(), o.ordinal());
  }

  /** The label: {@code FY2027-Q3}. */
  @Override
  public String toString() {
    return "FY" + fiscalYear + "-Q" + quarter;
  }
}

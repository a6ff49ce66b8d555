package org.paceline.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * Writes amounts for people, in one fixed style whatever the machine's locale, so that messages
 * and reports are the same everywhere: {@code $2,800,000}, {@code $245,312.50}, {@code CHF 900}.
 */
public final class Money {

  private Money() {}

  /** The amount in the currency, cents shown only when there are any. */
  public static String format(BigDecimal amount, String currencyCode) {
    BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
    boolean whole = cents.remainder(BigDecimal.ONE).signum() == 0;
    String digits = (whole ? cents.setScale(0) : cents).abs().toPlainString();
    int dot = digits.indexOf('.');
    String integer = dot < 0 ? digits : digits.substring(0, dot);
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (cents.signum() < 0) {
      sb.append('-');
    }
    sb.append(symbol(currencyCode));
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(integer.charAt(i));
    }
    if (dot >= 0) {
      sb.append(digits, dot, digits.length());
    }
    return sb.toString();
  }

  private static String symbol(String currencyCode) {
    String s;
    try {
      s = Currency.getInstance(currencyCode).getSymbol(Locale.US);
    } catch (IllegalArgumentException e) {
      s = currencyCode;
    }
    return s.length() >= 2 && Character.isLetter(s.charAt(s.length() - 1)) ? s + " " : s;
  }

  /** Short, for blocks and strips: {@code $3.1M}, {@code $900K}, {@code €250}. */
  public static String compact(BigDecimal amount, String currencyCode) {
    String symbol = symbol(currencyCode);
    double v = amount.doubleValue();
    if (Math.abs(v) >= 1_000_000) {
      return symbol + trim(v / 1_000_000) + "M";
    }
    if (Math.abs(v) >= 1_000) {
      return symbol + trim(v / 1_000) + "K";
    }
    return symbol + trim(v);
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}

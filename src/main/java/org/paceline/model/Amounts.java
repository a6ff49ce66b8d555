package org.paceline.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Money amounts are kept in cents: scale 2, so that 12500 and 12500.00 are the same amount. */
public final class Amounts {

  private Amounts() {}

  /**
   * The amount at scale 2.
   *
   * @throws IllegalArgumentException when it is negative or has fractions of a cent
   */
  public static BigDecimal cents(BigDecimal amount, String what) {
    Objects.requireNonNull(amount, what);
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(what + " cannot be negative: " + amount.toPlainString());
    }
    try {
      return amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          what + " has more than two decimals: " + amount.toPlainString(), e);
    }
  }

  /** The amount without trailing zero cents, as the plan format writes it: 12500, 12500.5. */
  public static String plain(BigDecimal amount) {
    BigDecimal s = amount.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}

package org.paceline.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The marketing budget of one fiscal quarter. Quarters without a budget have no limit.
 *
 * @param quarter the fiscal quarter
 * @param marketingBudget the budget, in cents precision
 */
public record QuarterBudget(FiscalQuarter quarter, BigDecimal marketingBudget) {

  public QuarterBudget {
    Objects.requireNonNull(quarter, "quarter");
    marketingBudget = Amounts.cents(marketingBudget, "marketing budget");
  }
}

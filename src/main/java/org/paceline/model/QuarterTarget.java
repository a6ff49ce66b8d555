package org.paceline.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quarterly sales target, for one segment or (empty segment) the whole business.
 *
 * @param quarter the fiscal quarter
 * @param segment the segment, or "" for the whole business
 * @param revenue the revenue target, in cents precision
 * @param qualifiedLeads the qualified leads sales needs from marketing; null when not given
 */
public record QuarterTarget(
    FiscalQuarter quarter, String segment, BigDecimal revenue, Integer qualifiedLeads) {

  public QuarterTarget {
    Objects.requireNonNull(quarter, "quarter");
    segment = Texts.optional(segment, TextLimit.SEGMENT);
    revenue = Amounts.cents(revenue, "revenue");
    if (qualifiedLeads != null && qualifiedLeads < 0) {
      throw new IllegalArgumentException("qualified leads cannot be negative");
    }
  }

  /** True for the target of the whole business. */
  public boolean isWholeBusiness() {
    return segment.isEmpty();
  }

  /** The qualified leads needed, 0 when not given. */
  public int leadsNeeded() {
    return qualifiedLeads == null ? 0 : qualifiedLeads;
  }
}

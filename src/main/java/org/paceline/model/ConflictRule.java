package org.paceline.model;

/** The conflict rules of the spec, each with its severity, in the spec's order. */
public enum ConflictRule {
  LATE_START(Severity.ERROR, "Starts too late"),
  EARLY_START(Severity.WARNING, "Starts too early"),
  UNSUPPORTED_QUARTER(Severity.ERROR, "Target without marketing"),
  LEADS_SHORTFALL(Severity.WARNING, "Short of leads"),
  OVER_CAPACITY(Severity.WARNING, "Over capacity"),
  OVER_BUDGET(Severity.WARNING, "Over budget"),
  NO_SALES_REVIEW(Severity.WARNING, "Not reviewed by sales"),
  UNLINKED(Severity.INFO, "Supports no initiative"),
  ORDER_OVERDUE(Severity.ERROR, "Order overdue"),
  ORDER_LATE(Severity.WARNING, "Ordered late"),
  ORDER_DUE(Severity.INFO, "Order due soon");

  private final Severity severity;
  private final String title;

  ConflictRule(Severity severity, String title) {
    this.severity = severity;
    this.title = title;
  }

  /** How serious a conflict of this rule is. */
  public Severity severity() {
    return severity;
  }

  /** A short title for people. */
  public String title() {
    return title;
  }
}

package org.paceline.model;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A place where the marketing and sales paces do not fit. Fields that do not apply to the rule are
 * "" (or null for the month).
 *
 * @param rule the rule that fired
 * @param program the program's id, or ""
 * @param initiative the initiative's id, or ""
 * @param quarter the fiscal quarter, or null
 * @param segment the target row's segment ("" also for the whole business)
 * @param month the calendar month, or null
 * @param item the order's item as written in the plan, or ""
 * @param message a sentence for a manager, with the numbers in it
 */
public record Conflict(
    ConflictRule rule,
    String program,
    String initiative,
    FiscalQuarter quarter,
    String segment,
    YearMonth month,
    String item,
    String message) {

  public Conflict {
    Objects.requireNonNull(rule, "rule");
    program = program == null ? "" : program;
    initiative = initiative == null ? "" : initiative;
    segment = segment == null ? "" : segment;
    item = item == null ? "" : item;
    Objects.requireNonNull(message, "message");
  }

  /** A conflict about no order item. */
  public Conflict(ConflictRule rule, String program, String initiative, FiscalQuarter quarter,
      String segment, YearMonth month, String message) {
    this(rule, program, initiative, quarter, segment, month, "", message);
  }

  /** The rule's severity. */
  public Severity severity() {
    return rule.severity();
  }
}

package org.paceline.model;

import java.time.YearMonth;
import java.util.Locale;

/**
 * What makes two conflicts "the same" when two plans are compared (conflicts.md, "Comparing two
 * plans"): the rule and the things it is about, the segment ignoring case; never the message.
 *
 * @param rule the rule
 * @param program the program's id, or ""
 * @param initiative the initiative's id, or ""
 * @param quarter the fiscal quarter, or null
 * @param segment the segment in one case, or ""
 * @param month the calendar month, or null
 * @param item the order's item as written in the plan, or ""
 */
public record ConflictKey(
    ConflictRule rule,
    String program,
    String initiative,
    FiscalQuarter quarter,
    String segment,
    YearMonth month,
    String item) {

  /** The identity of a conflict: the one place that says which of its fields count. */
  public static ConflictKey of(Conflict c) {
    return new ConflictKey(c.rule(), c.program(), c.initiative(), c.quarter(),
        oneCase(c.segment()), c.month(), c.item());
  }

  /** The segment in one case; most are plain lower-case ASCII already and kept as they are. */
  private static String oneCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= 0x80 || (ch >= 'A' && ch <= 'Z')) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
      }
    }
    return s;
  }
}

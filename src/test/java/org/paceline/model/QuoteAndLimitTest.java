package org.paceline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one helper that quotes values in messages, and the one place text limits are kept. */
class QuoteAndLimitTest {

  @Test
  void aQuotedValueIsShortenedAndItsControlCharactersAreShownEscaped() {
    assertEquals("\"abc\"", Quote.of("abc"));
    assertEquals("\"a\\nb\\tc\\rd\\u0000e\\u001b[31m\"", Quote.of("a\nb\tc\rd\u0000e\u001b[31m"));
    assertEquals("\"\\u202eevil\"", Quote.of("\u202eevil"), "a bidi override is shown");
    String q = Quote.of("x".repeat(10_000));
    assertEquals("\"" + "x".repeat(Quote.MAX) + "…\"", q);
    assertEquals("\"" + "x".repeat(Quote.MAX) + "\"", Quote.of("x".repeat(Quote.MAX)),
        "exactly the limit is not cut");
    String emoji = "💥".repeat(100);
    assertEquals("\"" + "💥".repeat(Quote.MAX) + "…\"", Quote.of(emoji),
        "counted and cut by characters, never inside a pair");
    assertEquals("\"Ünïcödé ✓\"", Quote.of("Ünïcödé ✓"));
    assertEquals("\"\"", Quote.of(null));
    String stored = "N".repeat(196) + "\t(2)";
    assertEquals("\"" + "N".repeat(196) + "\\t(2)\"", Quote.whole(stored),
        "a stored name is escaped but kept whole");
  }

  @Test
  void theModelRefusesTextOverItsLimit() {
    LocalDate d = LocalDate.of(2027, 1, 1);
    String owner = "o".repeat(TextLimit.OWNER.max());
    assertEquals(owner, new Initiative("I-1", "n", "", d, d, owner).owner());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Initiative("I-1", "n", "", d, d, owner + "o"));
    assertEquals("The owner is 501 characters long; expected at most 500", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> PlanSettings.defaults("p".repeat(TextLimit.PLAN_NAME.max() + 1)));
    assertThrows(IllegalArgumentException.class,
        () -> new QuarterTarget(FiscalQuarter.parse("FY2027-Q1"), "s".repeat(501),
            java.math.BigDecimal.ONE, null));
    assertThrows(IllegalArgumentException.class,
        () -> new Initiative("i".repeat(101), "n", "", d, d, ""));
  }

  @Test
  void aSuffixShortensTheBaseToStayWithinTheLimit() {
    String base = "p".repeat(TextLimit.PLAN_NAME.max());
    String named = TextLimit.PLAN_NAME.withSuffix(base, " (2)");
    assertEquals(TextLimit.PLAN_NAME.max(), named.length());
    assertTrue(named.endsWith("p (2)"));
    assertEquals("short (2)", TextLimit.PLAN_NAME.withSuffix("short", " (2)"));
    String pairs = "💥".repeat(TextLimit.PLAN_NAME.max() / 2);
    String cut = TextLimit.PLAN_NAME.withSuffix(pairs, " (12)");
    assertTrue(cut.length() <= TextLimit.PLAN_NAME.max());
    assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 6)), "no half pair");
  }
}

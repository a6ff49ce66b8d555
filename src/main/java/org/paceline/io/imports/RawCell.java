package org.paceline.io.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as read from a file: its text, and for spreadsheet cells that carry a type, the typed
 * value (a {@link LocalDate} or a {@link BigDecimal}).
 */
record RawCell(String text, Object typed) {

  static final RawCell EMPTY = new RawCell("", null);

  static RawCell text(String text) {
    return text == null || text.isBlank() ? EMPTY : new RawCell(text.trim(), null);
  }

  static RawCell number(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return new RawCell((s.scale() < 0 ? s.setScale(0) : s).toPlainString(), n);
  }

  static RawCell date(LocalDate d) {
    return new RawCell(d.toString(), d);
  }

  boolean isEmpty() {
    return text.isEmpty();
  }
}

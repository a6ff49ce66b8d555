package org.paceline.model;

import java.util.Locale;
import java.util.Optional;

/** Whether fiscal year {@code Y} is the one that ends in calendar year Y or starts in it. */
public enum FiscalYearNaming {
  END("end"),
  START("start");

  private final String code;

  FiscalYearNaming(String code) {
    this.code = code;
  }

  /** The word used in the plan format. */
  public String code() {
    return code;
  }

  /** The naming for a plan-format word, ignoring case. */
  public static Optional<FiscalYearNaming> fromCode(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (FiscalYearNaming n : values()) {
      if (n.code.equals(t)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return code;
  }
}

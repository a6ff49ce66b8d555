package org.paceline.model;

/** How serious a conflict is, most serious first. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The word the conflict CSV uses: {@code error}, {@code warning}, {@code info}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** True when this is as serious as {@code other} or more. */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}

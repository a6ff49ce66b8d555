package org.paceline.model;

/** Text fields are trimmed; optional ones are "" rather than null; each has its {@link TextLimit}. */
final class Texts {

  private Texts() {}

  static String required(String value, TextLimit limit) {
    String t = value == null ? "" : value.trim();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(limit.what() + " is required");
    }
    return limit.check(t);
  }

  static String optional(String value, TextLimit limit) {
    return limit.check(value == null ? "" : value.trim());
  }
}

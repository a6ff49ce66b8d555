package org.paceline.model;

/** Text fields are trimmed; optional ones are "" rather than null. */
final class Texts {

  private Texts() {}

  static String required(String value, String what) {
    String t = value == null ? "" : value.trim();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return t;
  }

  static String optional(String value) {
    return value == null ? "" : value.trim();
  }
}

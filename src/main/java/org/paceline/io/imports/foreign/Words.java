package org.paceline.io.imports.foreign;

import java.util.List;
import java.util.Locale;

/** How messages quote what a file holds: shortened, control characters shown escaped. */
final class Words {

  private Words() {}

  /** A value from the file as a message quotes it (at most 80 characters). */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length() && sb.length() < 80; i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (Character.isISOControl(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.length() < 80 && sb.length() >= s.length() ? sb.toString()
        : sb.substring(0, Math.min(sb.length(), 79)) + "…";
  }

  /** "a", "b", "c" → {@code "a", "b", "c"} with each quoted. */
  static String list(List<String> values) {
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      sb.append(sb.length() == 0 ? "" : ", ").append('"').append(quote(v)).append('"');
    }
    return sb.toString();
  }

  /**
   * A header or value as people write it, for matching: lower case, inner spaces, dashes and
   * underscores as one space, trailing colons and surrounding punctuation gone.
   */
  static String normal(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    t = t.replaceAll("[\\s_\\-./]+", " ").trim();
    t = t.replaceAll("^[^\\p{L}\\p{N}#]+|[^\\p{L}\\p{N}#%)]+$", "").trim();
    return t;
  }
}

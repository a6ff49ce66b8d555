package org.paceline.layout;

import java.util.ArrayList;
import java.util.List;

/** Fitting text into a width: shortening with "…", wrapping onto lines. */
public final class Labels {

  /** The ellipsis added to a shortened text. */
  public static final String ELLIPSIS = "…";

  private Labels() {}

  /** The text on one line: line breaks, tabs and other control characters become spaces. */
  public static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return sb.toString();
  }

  /**
   * The text, or its longest prefix followed by "…" that fits {@code max}; null when not even one
   * character and the ellipsis fit.
   */
  public static String fit(TextMeasure m, String text, double max, double size, boolean bold) {
    if (m.width(text, size, bold) <= max) {
      return text;
    }
    if (text.length() < 2 || m.width(text.substring(0, 1) + ELLIPSIS, size, bold) > max) {
      return null;
    }
    // the longest prefix that fits, found by halving rather than a character at a time
    int lo = 1;
    int hi = text.length() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (m.width(text.substring(0, mid) + ELLIPSIS, size, bold) <= max) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    if (Character.isHighSurrogate(text.charAt(lo - 1))) {
      lo--;
    }
    return text.substring(0, lo).stripTrailing() + ELLIPSIS;
  }

  /** The text broken at spaces into lines no wider than {@code max}; later lines indented. */
  public static List<String> wrap(TextMeasure m, String text, double max, double size,
      boolean bold, String indent) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.replace('\n', ' ').split(" ")) {
      String next = line.length() == 0 ? word : line + " " + word;
      if (m.width(next, size, bold) > max && line.length() > indent.length()) {
        out.add(line.toString());
        line = new StringBuilder(indent + word);
      } else {
        line = new StringBuilder(next);
      }
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }
}

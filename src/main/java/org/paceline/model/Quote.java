package org.paceline.model;

/**
 * How a value from outside (a cell, a file's column name, a typed name) is quoted back in a
 * message: in double quotes, at most {@link #MAX} characters with "…" after a cut, and with
 * control characters shown escaped ({@code \n}, {@code \t}, {@code \u0007}), so that a huge or
 * hostile value can neither flood a message nor break a terminal's or a log's lines. Every
 * import and command-line message that repeats a value uses this one helper.
 */
public final class Quote {

  /** The most characters of a value that a message repeats. */
  public static final int MAX = 80;

  private Quote() {}

  /** The value quoted for a message: {@code "abc"}, {@code "a\nb"}, {@code "xxxx…"}. */
  public static String of(String value) {
    return "\"" + shown(value) + "\"";
  }

  /**
   * A value Paceline itself keeps and holds to a {@link TextLimit} (a stored plan's name),
   * quoted with its control characters escaped but not shortened, so that names differing only
   * at the end can still be told apart in a list.
   */
  public static String whole(String value) {
    return "\"" + escaped(value, Integer.MAX_VALUE) + "\"";
  }

  /** The value as a message shows it, without the quotes. */
  public static String shown(String value) {
    return escaped(value, MAX);
  }

  private static String escaped(String value, int max) {
    if (value == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(Math.min(value.length(), max) + 8);
    int shown = 0;
    int i = 0;
    while (i < value.length()) {
      if (shown == max) {
        return sb.append('…').toString();
      }
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      shown++;
      switch (cp) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Character.isISOControl(cp) || isInvisibleFormat(cp)) {
            sb.append(String.format("\\u%04x", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
    return sb.toString();
  }

  /** Bidirectional controls, line separators and the byte-order mark: they disguise text. */
  private static boolean isInvisibleFormat(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E
        || cp == 0x200F || cp == 0x061C || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
  }
}

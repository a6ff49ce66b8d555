package org.paceline.model;

/**
 * The longest text each field of a plan may hold: the one place these limits are written. The
 * plan format's readers, the command line's options, the window's editors and the workspace's
 * schema (migration V2, checked by a test) all follow it. Lengths count characters as Java
 * strings do (UTF-16 units), which is what the database's {@code VARCHAR(n)} counts too.
 */
public enum TextLimit {
  /** A plan's name: shown in the plan list and the window title; unique in a workspace. */
  PLAN_NAME("plan name", 200),
  /** The id of a program or an initiative (and a program's {@code supports}). */
  ID("id", 100),
  /** A program's or an initiative's name. */
  NAME("name", 500),
  /** Who owns a program or an initiative. */
  OWNER("owner", 500),
  /** A sales segment (of an initiative or a target). */
  SEGMENT("segment", 500),
  /** What an order is for ({@code orders.item}); unique within its program, ignoring case. */
  ORDER_ITEM("item", 500),
  /** A holiday's name. */
  HOLIDAY_NAME("holiday name", 200);

  private final String what;
  private final int max;

  TextLimit(String what, int max) {
    this.what = what;
    this.max = max;
  }

  /** The most characters the field may hold. */
  public int max() {
    return max;
  }

  /** What the field is called in messages. */
  public String what() {
    return what;
  }

  /** True when {@code text} fits (null fits: it stands for empty). */
  public boolean fits(String text) {
    return text == null || text.length() <= max;
  }

  /** Why {@code text} does not fit, for a message, e.g. "the owner is 612 characters long…". */
  public String tooLong(String text) {
    return "the " + what + " is " + text.length() + " characters long; expected at most " + max;
  }

  /** {@code text} unchanged, or an IllegalArgumentException that says why it does not fit. */
  public String check(String text) {
    if (!fits(text)) {
      throw new IllegalArgumentException(capitalised(tooLong(text)));
    }
    return text;
  }

  /**
   * {@code base} with {@code suffix} appended, {@code base} shortened first (never inside a
   * surrogate pair) so that the whole stays within the limit; e.g. a unique name "… (2)".
   */
  public String withSuffix(String base, String suffix) {
    int room = max - suffix.length();
    if (room < 1) {
      throw new IllegalArgumentException("the suffix alone is longer than the " + what);
    }
    String b = base;
    if (b.length() > room) {
      int end = room;
      if (Character.isHighSurrogate(b.charAt(end - 1))) {
        end--;
      }
      b = b.substring(0, end).stripTrailing();
    }
    return b + suffix;
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

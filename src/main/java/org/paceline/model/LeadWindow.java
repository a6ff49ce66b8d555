package org.paceline.model;

import java.util.Objects;

/**
 * How long before a sales initiative's start a marketing program should start: at least {@code
 * min}, at most {@code max}.
 */
public record LeadWindow(LeadDuration min, LeadDuration max) {

  public LeadWindow {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "The minimum lead " + min + " is longer than the maximum lead " + max);
    }
  }

  /**
   * Reads the plan format {@code <min>..<max>}, e.g. {@code 8w..6m}.
   *
   * @throws IllegalArgumentException when the text is not such a window
   */
  public static LeadWindow parse(String text) {
    String t = text == null ? "" : text.trim();
    int dots = t.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException(
          Quote.of(text) + " is not a lead window; expected <min>..<max>, e.g. 8w..6m");
    }
    return new LeadWindow(
        LeadDuration.parse(t.substring(0, dots)), LeadDuration.parse(t.substring(dots + 2)));
  }

  @Override
  public String toString() {
    return min + ".." + max;
  }
}

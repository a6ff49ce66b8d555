package org.paceline.layout;

/**
 * The board's sizes at a type scale, in points. Every size grows with the scale, so a layout at
 * scale {@code k} is the layout at scale 1 with text and rows {@code k} times larger; only the
 * width per day is chosen separately.
 *
 * @param scale the type scale: 1 gives 7.5 pt small text and 8.5 pt labels
 */
public record Metrics(double scale) {

  /** Small text (bars, bands, strips) at scale 1, in points. */
  public static final double SMALL_AT_1 = 7.5;

  /** A day's natural width at scale 1: what the board looks like unsqueezed. */
  public static final double NATURAL_PT_PER_DAY = 1.6;

  /** The narrowest day, at scale 1, that keeps quarter and strip figures legible. */
  public static final double MIN_PT_PER_DAY = 0.9;

  public Metrics {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("The type scale must be more than 0");
    }
  }

  public double labelWidth() {
    return 150 * scale;
  }

  public double headRow() {
    return 12 * scale;
  }

  public double headerHeight() {
    return 3 * headRow();
  }

  public double segmentRow() {
    return 32 * scale;
  }

  public double initiativeLane() {
    return 12 * scale;
  }

  public double row() {
    return 15 * scale;
  }

  public double strip() {
    return 18 * scale;
  }

  public double stripsHeight() {
    return 3 * strip();
  }

  public double gap() {
    return 4 * scale;
  }

  public double text() {
    return 8.5 * scale;
  }

  public double small() {
    return SMALL_AT_1 * scale;
  }

  public double markRadius() {
    return 4.6 * scale;
  }

  /** Scaled points: {@code v} at scale 1. */
  public double pt(double v) {
    return v * scale;
  }
}

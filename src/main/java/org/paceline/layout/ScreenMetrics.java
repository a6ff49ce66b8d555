package org.paceline.layout;

/**
 * The board's sizes on screen, in pixels: the screen's size profile of the layout (paper and
 * slides use {@link Metrics} at a type scale). Rows are taller and the label column wider than
 * on paper, for a pointer to hit and a 12 px font to read.
 */
public final class ScreenMetrics {

  private ScreenMetrics() {}

  /** The label column's width. */
  public static final double LABEL_WIDTH = 240;
  /** One of the header's three bands (fiscal years, quarters, months). */
  public static final double HEADER_ROW = 18;
  /** The whole time header. */
  public static final double HEADER_HEIGHT = 3 * HEADER_ROW;
  /** A segment row of the sales lane with one initiative lane. */
  public static final double SALES_ROW = 48;
  /** Each further initiative lane of a segment row. */
  public static final double INITIATIVE_LANE = 19;
  /** A marketing row. */
  public static final double ROW = 28;
  /** One pace strip. */
  public static final double STRIP = 34;
  /** How near a bar's end the pointer resizes rather than moves. */
  public static final double EDGE = 6;
  /** The gap between the sales lane and the marketing rows. */
  public static final double GAP = 6;
  /** From this zoom on (pixels per day) holidays are drawn: a week is 42 px wide. */
  public static final double HOLIDAY_ZOOM = 6;

  /** Font sizes: body text, small text (bars, bands, strips), conflict-mark glyphs. */
  public static final double TEXT = 12;
  public static final double SMALL = 10.5;
  public static final double MARK_TEXT = 9.5;
}

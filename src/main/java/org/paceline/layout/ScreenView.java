package org.paceline.layout;

import java.time.LocalDate;

/**
 * What the screen shows of the board: the day at the time area's left edge, the zoom, the
 * canvas size and how far the marketing rows are scrolled.
 *
 * @param origin the day at the left edge of the time area
 * @param pixelsPerDay the zoom
 */
public record ScreenView(LocalDate origin, double pixelsPerDay, double width, double height,
    double verticalOffset) {

  /** Date ⇄ x over the visible time area (the same axis paper lays out with). */
  public TimeAxis axis() {
    long days = (long) Math.ceil(Math.max(0, width - ScreenMetrics.LABEL_WIDTH) / pixelsPerDay);
    return new TimeAxis(origin, origin.plusDays(Math.max(1, days)), ScreenMetrics.LABEL_WIDTH,
        pixelsPerDay);
  }

  /** The day under {@code x} of the canvas (not clamped: the pointer may be left of the axis). */
  public LocalDate dayAt(double x) {
    return origin.plusDays((long) Math.floor((x - ScreenMetrics.LABEL_WIDTH) / pixelsPerDay));
  }

  /** The first day any part of which shows, with one day's margin. */
  public LocalDate firstDay() {
    return dayAt(ScreenMetrics.LABEL_WIDTH).minusDays(1);
  }

  /** The last day any part of which shows, with one day's margin. */
  public LocalDate lastDay() {
    return dayAt(width).plusDays(1);
  }

  /** The top of the pace strips. */
  public double stripsTop() {
    return height - 3 * ScreenMetrics.STRIP;
  }
}

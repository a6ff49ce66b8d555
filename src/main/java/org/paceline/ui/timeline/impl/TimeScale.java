package org.paceline.ui.timeline.impl;

import java.time.LocalDate;

/**
 * How a drag on the timeline turns into days and snaps (day, week, month by zoom). Date ⇄ x is
 * the layout's {@code TimeAxis}, shared with paper.
 *
 * @param origin the day at x = 0
 * @param pixelsPerDay the zoom
 */
public record TimeScale(LocalDate origin, double pixelsPerDay) {

  /** Whole days for a horizontal distance in pixels, rounded. */
  public long days(double dx) {
    return Math.round(dx / pixelsPerDay);
  }

  /** The step a drag snaps to at this zoom. */
  public Snap snap() {
    if (pixelsPerDay >= 8) {
      return Snap.DAY;
    }
    return pixelsPerDay >= 1.5 ? Snap.WEEK : Snap.MONTH;
  }

  /** Where drags land. */
  public enum Snap {
    DAY,
    WEEK,
    MONTH;

    /** {@code day} moved by {@code steps} of this unit. */
    public LocalDate shift(LocalDate day, long steps) {
      return switch (this) {
        case DAY -> day.plusDays(steps);
        case WEEK -> day.plusWeeks(steps);
        case MONTH -> day.plusMonths(steps);
      };
    }

    /** How many steps a drag of {@code days} days is. */
    public long steps(long days) {
      return switch (this) {
        case DAY -> days;
        case WEEK -> Math.round(days / 7.0);
        case MONTH -> Math.round(days / 30.4);
      };
    }
  }
}

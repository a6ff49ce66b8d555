package org.paceline.layout;

import java.time.LocalDate;

/**
 * Date ⇄ x on the board: day {@code from} starts at {@code left}, each day is {@code pointsPerDay}
 * wide, and day {@code to} ends at {@link #right()}.
 */
public record TimeAxis(LocalDate from, LocalDate to, double left, double pointsPerDay) {

  public TimeAxis {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The time range ends before it starts");
    }
    if (!(pointsPerDay > 0)) {
      throw new IllegalArgumentException("A day must be wider than 0");
    }
  }

  /** The x where a day starts. */
  public double x(LocalDate day) {
    return left + (day.toEpochDay() - from.toEpochDay()) * pointsPerDay;
  }

  /** The x where a day ends (the next day's start). */
  public double xEnd(LocalDate day) {
    return x(day.plusDays(1));
  }

  /** The day under {@code x}, clamped to the range. */
  public LocalDate dateAt(double x) {
    long d = (long) Math.floor((x - left) / pointsPerDay);
    long max = days() - 1;
    return from.plusDays(Math.max(0, Math.min(max, d)));
  }

  /** Days in the range, both ends included. */
  public long days() {
    return to.toEpochDay() - from.toEpochDay() + 1;
  }

  /** The x where the last day ends. */
  public double right() {
    return left + days() * pointsPerDay;
  }

  /** True when the days {@code a..b} overlap the range. */
  public boolean shows(LocalDate a, LocalDate b) {
    return !b.isBefore(from) && !a.isAfter(to);
  }
}

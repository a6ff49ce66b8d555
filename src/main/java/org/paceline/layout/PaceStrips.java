package org.paceline.layout;

import java.math.BigDecimal;
import java.util.Map;
import java.time.YearMonth;

/**
 * The pace strips' figures as every medium draws them: when a month is over capacity, how
 * high a month's bar is, how full a quarter's spend and leads cells are.
 */
public final class PaceStrips {

  private PaceStrips() {}

  /**
   * True when {@code programs} running in a month exceed the capacity (0: no capacity set). The
   * OVER_CAPACITY rule counts the same months, so strip and conflict list agree.
   */
  public static boolean overCapacity(int programs, int capacity) {
    return capacity > 0 && programs > capacity;
  }

  /** The count a full-height month bar stands for: the busiest month or the capacity. */
  public static int loadScale(Map<YearMonth, Integer> perMonth, int capacity) {
    int busiest = perMonth.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    return Math.max(Math.max(1, capacity), busiest);
  }

  /** How full the spend cell is, 0 … 1: spend against budget (no budget: full if any spend). */
  public static double spendRatio(BigDecimal spend, BigDecimal budget) {
    if (budget == null || budget.signum() == 0) {
      return spend == null || spend.signum() == 0 ? 0 : 1;
    }
    return Math.min(1, (spend == null ? 0 : spend.doubleValue()) / budget.doubleValue());
  }

  /** How full the leads cell is, 0 … 1: expected against needed. */
  public static double leadsRatio(int expected, int needed) {
    return needed == 0 ? 1 : Math.min(1.0, (double) expected / needed);
  }
}

package org.paceline.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.paceline.model.Program;

/**
 * Active programs per calendar month, from the first active program's start to the last one's
 * end; a program counts for a month when it runs on at least one day of it. The one place both
 * the OVER_CAPACITY rule and the board's strip count this, so they always agree.
 *
 * @param first the first month, or null when no program is active
 * @param counts programs running in each month from {@code first}
 */
record MonthlyLoad(YearMonth first, int[] counts) {

  static MonthlyLoad of(List<Program> programs) {
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (Program p : programs) {
      if (p.isActive()) {
        lo = Math.min(lo, index(p.start()));
        hi = Math.max(hi, index(p.end()));
      }
    }
    if (lo > hi) {
      return new MonthlyLoad(null, new int[0]);
    }
    int[] delta = new int[(int) (hi - lo) + 2];
    for (Program p : programs) {
      if (p.isActive()) {
        delta[(int) (index(p.start()) - lo)]++;
        delta[(int) (index(p.end()) - lo) + 1]--;
      }
    }
    int[] counts = new int[(int) (hi - lo) + 1];
    int running = 0;
    for (int m = 0; m < counts.length; m++) {
      running += delta[m];
      counts[m] = running;
    }
    return new MonthlyLoad(YearMonth.of((int) (lo / 12), (int) (lo % 12) + 1), counts);
  }

  YearMonth month(int i) {
    return first.plusMonths(i);
  }

  private static long index(LocalDate d) {
    return d.getYear() * 12L + d.getMonthValue() - 1;
  }
}

package org.paceline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paceline.model.Holiday;
import org.paceline.model.LeadDuration;

class WorkingDaysTest {

  @ParameterizedTest(name = "{0} - {1}wd = {2}")
  @CsvSource({
    // the spec's examples, no holidays
    "2027-03-15, 1, 2027-03-12",
    "2027-03-15, 5, 2027-03-08",
    "2027-03-14, 1, 2027-03-12",
    // 0wd is the day itself, also on a weekend
    "2027-03-14, 0, 2027-03-14",
    "2027-03-15, 0, 2027-03-15",
    // from a Saturday, a Friday, across weeks and a year end
    "2027-03-13, 1, 2027-03-12",
    "2027-03-12, 1, 2027-03-11",
    "2027-03-12, 5, 2027-03-05",
    "2027-03-15, 10, 2027-03-01",
    "2027-01-04, 1, 2027-01-01",
    "2027-01-04, 15, 2026-12-14",
  })
  void countsBackMondayToFriday(LocalDate from, int n, LocalDate expected) {
    assertEquals(expected, WorkingDays.weekdays().minus(from, n));
  }

  @ParameterizedTest(name = "{0} - {1}wd with holidays {2} = {3}")
  @CsvSource({
    // a holiday on the day that would be the answer moves it one working day back
    "2027-03-15, 1, 2027-03-12, 2027-03-11",
    // a run of holidays across a year end
    "2027-01-04, 1, 2026-12-24 2026-12-25 2026-12-28 2026-12-29 2026-12-30 2026-12-31"
        + " 2027-01-01, 2026-12-23",
    "2027-01-04, 3, 2026-12-25 2026-12-28 2026-12-29 2026-12-30 2026-12-31 2027-01-01,"
        + " 2026-12-22",
    // a holiday on a weekend changes nothing
    "2027-03-15, 1, 2027-03-13 2027-03-14, 2027-03-12",
    // a holiday on the start day itself is never counted
    "2027-03-15, 1, 2027-03-15, 2027-03-12",
    // 0wd stays on the day, even a holiday
    "2027-03-15, 0, 2027-03-15, 2027-03-15",
  })
  void skipsThePlansHolidays(LocalDate from, int n, String holidays, LocalDate expected) {
    List<Holiday> list = new ArrayList<>();
    for (String d : holidays.split(" ")) {
      list.add(new Holiday(LocalDate.parse(d), ""));
    }
    assertEquals(expected, WorkingDays.of(list).minus(from, n));
  }

  @Test
  void agreesWithCountingDayByDay() {
    Random r = new Random(7);
    for (int round = 0; round < 200; round++) {
      Set<LocalDate> holidays = new HashSet<>();
      LocalDate base = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(800));
      int h = r.nextInt(40);
      for (int k = 0; k < h; k++) {
        holidays.add(base.minusDays(r.nextInt(120)));
      }
      WorkingDays wd = WorkingDays.of(holidays.stream().map(d -> new Holiday(d, "")).toList());
      for (int n = 0; n < 60; n++) {
        assertEquals(slowly(base, n, holidays), wd.minus(base, n), base + " - " + n + "wd");
      }
    }
  }

  @Test
  void durationsOfEveryUnitCountBackTheirOwnWay() {
    WorkingDays wd = WorkingDays.of(List.of(new Holiday(LocalDate.of(2027, 3, 12), "Day off")));
    LocalDate d = LocalDate.of(2027, 5, 31);
    assertEquals(LocalDate.of(2027, 2, 28), wd.before(d, LeadDuration.months(3)));
    assertEquals(LocalDate.of(2027, 5, 21), wd.before(d, LeadDuration.days(10)));
    assertEquals(LocalDate.of(2027, 4, 19), wd.before(d, LeadDuration.weeks(6)));
    assertEquals(LocalDate.of(2027, 3, 11),
        wd.before(LocalDate.of(2027, 3, 15), LeadDuration.workingDays(1)));
    assertTrue(wd.isHoliday(LocalDate.of(2027, 3, 12)));
    assertFalse(wd.isWorkingDay(LocalDate.of(2027, 3, 12)));
    assertFalse(wd.isWorkingDay(LocalDate.of(2027, 3, 13)));
    assertTrue(wd.isWorkingDay(LocalDate.of(2027, 3, 11)));
  }

  private static LocalDate slowly(LocalDate from, int n, Set<LocalDate> holidays) {
    LocalDate d = from;
    for (int left = n; left > 0; ) {
      d = d.minusDays(1);
      DayOfWeek w = d.getDayOfWeek();
      if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.contains(d)) {
        left--;
      }
    }
    return d;
  }
}

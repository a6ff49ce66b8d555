package org.paceline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.FiscalYearNaming;

class FiscalCalendarTest {

  @ParameterizedTest(name = "start {0}, named by {1}: {2} is {3} … {4}")
  @CsvSource({
    // calendar years: both namings agree
    "1,  END,   FY2027-Q1, 2027-01-01, 2027-03-31",
    "1,  START, FY2027-Q1, 2027-01-01, 2027-03-31",
    "1,  END,   FY2027-Q4, 2027-10-01, 2027-12-31",
    // the spec's example: October start, named by end
    "10, END,   FY2027-Q1, 2026-10-01, 2026-12-31",
    "10, END,   FY2027-Q3, 2027-04-01, 2027-06-30",
    "10, END,   FY2027-Q4, 2027-07-01, 2027-09-30",
    // October start, named by start
    "10, START, FY2027-Q1, 2027-10-01, 2027-12-31",
    "10, START, FY2027-Q2, 2028-01-01, 2028-03-31",
    // a leap day inside the quarter
    "12, END,   FY2028-Q1, 2027-12-01, 2028-02-29",
    "7,  END,   FY2027-Q2, 2026-10-01, 2026-12-31",
    "4,  START, FY2026-Q4, 2027-01-01, 2027-03-31",
  })
  void quarterLabelsMapToDateRanges(int startMonth, FiscalYearNaming naming, String label,
      LocalDate start, LocalDate end) {
    FiscalCalendar cal = new FiscalCalendar(startMonth, naming);
    FiscalQuarter q = FiscalQuarter.parse(label);
    assertEquals(start, cal.startOf(q));
    assertEquals(end, cal.endOf(q));
    // and back: every day of the range lies in that quarter, the days around it do not
    assertEquals(q, cal.quarterOf(start));
    assertEquals(q, cal.quarterOf(end));
    assertEquals(q.next(), cal.quarterOf(end.plusDays(1)));
    assertEquals(q, cal.quarterOf(start.plusDays(40)));
  }

  @ParameterizedTest
  @CsvSource({
    "10, END,   2026-09-30, FY2026-Q4",
    "10, END,   2026-10-01, FY2027-Q1",
    "10, START, 2026-09-30, FY2025-Q4",
    "10, START, 2026-10-01, FY2026-Q1",
    "1,  END,   2027-05-31, FY2027-Q2",
    "2,  END,   2028-02-29, FY2029-Q1", // Feb 2028 – Jan 2029 ends in 2029
    "2,  END,   2028-01-31, FY2028-Q4",
  })
  void dayLiesInItsFiscalQuarter(int startMonth, FiscalYearNaming naming, LocalDate day,
      String label) {
    assertEquals(FiscalQuarter.parse(label), new FiscalCalendar(startMonth, naming).quarterOf(day));
  }

  @Test
  void everyDayOfSeveralYearsRoundTrips() {
    for (int m = 1; m <= 12; m++) {
      for (FiscalYearNaming n : FiscalYearNaming.values()) {
        FiscalCalendar cal = new FiscalCalendar(m, n);
        for (LocalDate d = LocalDate.of(2023, 1, 1); d.isBefore(LocalDate.of(2029, 1, 1));
            d = d.plusDays(1)) {
          FiscalQuarter q = cal.quarterOf(d);
          if (d.isBefore(cal.startOf(q)) || d.isAfter(cal.endOf(q))) {
            throw new AssertionError(d + " is not inside " + q + " for start " + m + " " + n);
          }
        }
      }
    }
  }

  @Test
  void fiscalYearSpansTwelveMonths() {
    FiscalCalendar cal = new FiscalCalendar(10, FiscalYearNaming.END);
    assertEquals(LocalDate.of(2026, 10, 1), cal.startOfYear(2027));
    assertEquals(LocalDate.of(2027, 9, 30), cal.endOfYear(2027));
  }

  @Test
  void badLabelsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> FiscalQuarter.parse("FY2027-Q5"));
    assertThrows(IllegalArgumentException.class, () -> FiscalQuarter.parse("2027-Q1"));
    assertThrows(IllegalArgumentException.class, () -> new FiscalCalendar(13, FiscalYearNaming.END));
  }
}

package org.paceline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadDurationTest {

  @ParameterizedTest
  @CsvSource({
    "8w, 8, WEEKS, 8w",
    "3m, 3, MONTHS, 3m",
    "3, 3, MONTHS, 3m",
    "10d, 10, DAYS, 10d",
    "' 12M ', 12, MONTHS, 12m",
    "0m, 0, MONTHS, 0m",
  })
  void keepsItsUnit(String text, int amount, LeadDuration.Unit unit, String written) {
    LeadDuration d = LeadDuration.parse(text);
    assertEquals(new LeadDuration(amount, unit), d);
    assertEquals(written, d.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "m", "-3m", "3y", "3.5m", "three months", "8 weeks"})
  void refusesWhatIsNotADuration(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LeadDuration.parse(text));
    assertTrue(e.getMessage().contains("expected"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "2027-05-31, 3m, 2027-02-28",
    "2028-05-31, 3m, 2028-02-29",
    "2028-02-29, 12m, 2027-02-28",
    "2027-03-01, 7w, 2027-01-11",
    "2027-03-01, 1d, 2027-02-28",
    "2027-03-31, 1m, 2027-02-28",
  })
  void countsBackInCalendarUnits(LocalDate from, String duration, LocalDate expected) {
    assertEquals(expected, LeadDuration.parse(duration).before(from));
  }

  @Test
  void windowsOfMixedUnitsCompareByLength() {
    assertEquals("8w..6m", LeadWindow.parse("8w..6m").toString());
    assertThrows(IllegalArgumentException.class, () -> LeadWindow.parse("14m..12m"));
    assertThrows(IllegalArgumentException.class, () -> LeadWindow.parse("5w..1m"));
    assertThrows(IllegalArgumentException.class, () -> LeadWindow.parse("3m"));
  }

  @ParameterizedTest
  @CsvSource({"15wd, 15, WORKING_DAYS", "15WD, 15, WORKING_DAYS", "0wd, 0, WORKING_DAYS",
      "6w, 6, WEEKS", "10d, 10, DAYS", "2m, 2, MONTHS"})
  void ordersTakeWorkingDaysAndNeedAUnit(String text, int amount, LeadDuration.Unit unit) {
    LeadDuration d = LeadDuration.parseWithUnit(text);
    assertEquals(new LeadDuration(amount, unit), d);
    assertEquals(text.toLowerCase(), d.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"15", "", "wd", "15 working days", "-2wd", "1.5wd", "3y"})
  void ordersRefuseABareNumberAndWhatIsNotADuration(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LeadDuration.parseWithUnit(text));
    assertTrue(e.getMessage().contains("expected a whole number followed by d, w, m or wd"),
        e.getMessage());
  }

  @Test
  void programLeadTimesRefuseWorkingDays() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LeadDuration.parse("15wd"));
    assertTrue(e.getMessage().contains("only the orders table allows"), e.getMessage());
    assertEquals("15 working days", LeadDuration.workingDays(15).describe());
  }
}

package org.paceline.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paceline.model.Holiday;

class HolidayTextTest {

  @Test
  void readsOneHolidayALineAndWritesItBack() {
    List<Holiday> h = HolidayText.parse("2027-12-25 Christmas Day\n\n  2027-01-01\r\n");
    assertEquals(List.of(new Holiday(LocalDate.of(2027, 12, 25), "Christmas Day"),
        new Holiday(LocalDate.of(2027, 1, 1), "")), h);
    assertEquals(h, HolidayText.parse(HolidayText.format(h)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2027-02-29 Leap | line 1: \"2027-02-29\" is not a real date",
    "Christmas 2027-12-25 | line 1: \"Christmas\" is not a real date",
    "2027-01-01 a\\n2027-01-01 b | line 2: 2027-01-01 is already on line 1",
  })
  void namesTheLineOfAProblem(String text, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HolidayText.parse(text.replace("\\n", "\n")));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}

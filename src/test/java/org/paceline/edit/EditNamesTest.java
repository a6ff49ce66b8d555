package org.paceline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Initiative;
import org.paceline.model.Program;
import org.paceline.model.ProgramStatus;

/** The Edit menu speaks the user's language. */
class EditNamesTest {

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "2027-03-01, 2027-03-22, 3 weeks later",
    "2027-03-22, 2027-03-01, 3 weeks earlier",
    "2027-03-01, 2027-03-02, 1 day later",
    "2027-03-01, 2027-03-11, 10 days later",
    "2027-03-15, 2027-06-15, 1 quarter later",
    "2027-03-15, 2027-04-15, 1 month later",
    "2027-03-15, 2027-01-15, 2 months earlier",
    "2027-01-31, 2027-02-28, 4 weeks later",
    "2027-01-30, 2027-02-28, 29 days later",
  })
  void distancesReadInTheLargestWholeUnit(String from, String to, String words) {
    assertEquals(words, EditNames.distance(LocalDate.parse(from), LocalDate.parse(to)));
  }

  @Test
  void movesResizesAndFieldEditsAreNamedByWhatChanged() {
    Program p = SamplePlan.load().programs().get(0);
    String q = EditNames.quote(p.name());
    assertEquals("Move " + q + " 3 weeks later", EditNames.changeProgram(p,
        p.withDates(p.start().plusWeeks(3), p.end().plusWeeks(3))));
    assertEquals("Move the end of " + q + " 2 days earlier", EditNames.move(p.name(), p.start(),
        p.end(), p.start(), p.end().minusDays(2)));
    assertEquals("Move the start of " + q + " 1 week earlier", EditNames.changeProgram(p,
        p.withDates(p.start().minusWeeks(1), p.end())));
    assertEquals("Change the dates of " + q, EditNames.changeProgram(p,
        p.withDates(p.start().minusWeeks(1), p.end().plusDays(1))));
    Program renamed = new Program(p.id(), "Spring webinar series", p.kind(), p.owner(),
        p.start(), p.end(), p.supports(), p.minLead(), p.maxLead(), p.cost(), p.salesShare(),
        p.expectedLeads(), p.status(), p.salesReview());
    assertEquals("Rename " + q + " to \u2018Spring webinar series\u2019",
        EditNames.changeProgram(p, renamed));
    Program committed = new Program(p.id(), p.name(), p.kind(), p.owner(), p.start(), p.end(),
        p.supports(), p.minLead(), p.maxLead(), p.cost(), p.salesShare(), p.expectedLeads(),
        ProgramStatus.COMMITTED, p.salesReview());
    assertEquals("Set the status of " + q + " to committed",
        EditNames.changeProgram(p, committed));
    Program costly = new Program(p.id(), p.name(), p.kind(), p.owner(), p.start(), p.end(),
        p.supports(), p.minLead(), p.maxLead(), p.cost().add(BigDecimal.TEN), p.salesShare(),
        p.expectedLeads(), p.status(), p.salesReview());
    assertEquals("Change the cost of " + q, EditNames.changeProgram(p, costly));
    Program same = new Program(p.id(), p.name(), p.kind(), p.owner(), p.start(), p.end(),
        p.supports(), p.minLead(), p.maxLead(), p.cost().setScale(4), p.salesShare(),
        p.expectedLeads(), p.status(), p.salesReview());
    assertEquals("Edit " + q, EditNames.changeProgram(p, same), "100.00 is 100.0000");
    Program both = new Program(p.id(), "Other", p.kind(), "Someone", p.start().plusDays(1),
        p.end().plusDays(1), p.supports(), p.minLead(), p.maxLead(), p.cost(), p.salesShare(),
        p.expectedLeads(), p.status(), p.salesReview());
    assertEquals("Edit " + q + " (dates, name, owner)", EditNames.changeProgram(p, both));
  }

  @Test
  void initiativeEdits() {
    Initiative i = SamplePlan.load().initiatives().get(3);
    assertEquals("Move \u2018Controls Suite 5 launch\u2019 1 quarter later",
        EditNames.changeInitiative(i, new Initiative(i.id(), i.name(), i.segment(),
            i.start().plusMonths(3), i.end().plusMonths(3), i.owner())));
    assertEquals("Rename \u2018Controls Suite 5 launch\u2019 to \u2018Suite 6\u2019",
        EditNames.changeInitiative(i, new Initiative(i.id(), "Suite 6", i.segment(), i.start(),
            i.end(), i.owner())));
    assertEquals("Change the segment of \u2018Controls Suite 5 launch\u2019",
        EditNames.changeInitiative(i, new Initiative(i.id(), i.name(), "SMB", i.start(),
            i.end(), i.owner())));
  }
}

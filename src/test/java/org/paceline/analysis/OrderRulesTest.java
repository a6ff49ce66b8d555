package org.paceline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.Holiday;
import org.paceline.model.LeadDuration;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;

/** The ORDER_* rules of conflicts.md at their boundaries. */
class OrderRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    // case | start | status | lead | needed | ordered | holidays | as-of | O | rule
    "O on the as-of date is due | 2027-02-01 | planned | 15wd | 0d | - | - | 2027-01-11"
        + " | 2027-01-11 | ORDER_DUE",
    "O the day before the as-of date is overdue | 2027-02-01 | planned | 15wd | 0d | - | -"
        + " | 2027-01-12 | 2027-01-11 | ORDER_OVERDUE",
    "O 14 days ahead is due | 2027-02-01 | planned | 15wd | 0d | - | - | 2026-12-28"
        + " | 2027-01-11 | ORDER_DUE",
    "O 15 days ahead is not yet due | 2027-02-01 | planned | 15wd | 0d | - | - | 2026-12-27"
        + " | 2027-01-11 | -",
    "ordered exactly on O is in time | 2027-02-01 | planned | 15wd | 0d | 2027-01-11 | -"
        + " | 2027-03-01 | 2027-01-11 | -",
    "ordered the day after O is late | 2027-02-01 | planned | 15wd | 0d | 2027-01-12 | -"
        + " | 2027-01-01 | 2027-01-11 | ORDER_LATE",
    "late whatever the as-of date | 2027-02-01 | planned | 15wd | 0d | 2027-01-12 | -"
        + " | 2020-01-01 | 2027-01-11 | ORDER_LATE",
    "an order planned after the as-of date, before O | 2027-02-01 | planned | 15wd | 0d"
        + " | 2027-01-05 | - | 2027-01-11 | 2027-01-11 | -",
    "a holiday on O's weekday moves O back | 2027-02-01 | planned | 15wd | 0d | - | 2027-01-11"
        + " | 2027-01-11 | 2027-01-08 | ORDER_OVERDUE",
    "a holiday on a weekend changes nothing | 2027-02-01 | planned | 15wd | 0d | - | 2027-01-16"
        + " | 2027-01-11 | 2027-01-11 | ORDER_DUE",
    "a lead time across a year end and a run of holidays | 2027-01-11 | planned | 7wd | 0d | -"
        + " | 2026-12-24 2026-12-25 2026-12-31 2027-01-01 | 2027-01-01 | 2026-12-29"
        + " | ORDER_OVERDUE",
    "0wd on a Sunday start is the start itself | 2027-01-10 | planned | 0wd | 0d | - | -"
        + " | 2027-01-10 | 2027-01-10 | ORDER_DUE",
    "0wd the day after is overdue | 2027-01-10 | planned | 0wd | 0d | - | - | 2027-01-11"
        + " | 2027-01-10 | ORDER_OVERDUE",
    "needed before in working days, lead in weeks | 2027-02-01 | planned | 1w | 2wd | - | -"
        + " | 2027-01-22 | 2027-01-21 | ORDER_OVERDUE",
    "months from a month end | 2027-05-31 | planned | 3m | 0d | - | - | 2027-02-28"
        + " | 2027-02-28 | ORDER_DUE",
    "months from a month end, a day later | 2027-05-31 | planned | 3m | 0d | - | - | 2027-03-01"
        + " | 2027-02-28 | ORDER_OVERDUE",
    "needed before and lead in months | 2027-03-31 | planned | 1m | 1m | - | - | 2027-01-29"
        + " | 2027-01-28 | ORDER_OVERDUE",
    "days | 2027-02-01 | planned | 10d | 3d | - | - | 2027-01-20 | 2027-01-19 | ORDER_OVERDUE",
    "cancelled programs do not count | 2027-02-01 | cancelled | 15wd | 0d | - | - | 2027-03-01"
        + " | 2027-01-11 | -",
    "done programs do not count | 2027-02-01 | done | 15wd | 0d | 2027-01-30 | - | 2027-03-01"
        + " | 2027-01-11 | -",
    "ideas count | 2027-02-01 | idea | 15wd | 0d | - | - | 2027-03-01 | 2027-01-11"
        + " | ORDER_OVERDUE",
    "running programs count | 2027-02-01 | running | 15wd | 0d | 2027-01-30 | - | 2027-03-01"
        + " | 2027-01-11 | ORDER_LATE",
  })
  void firesAtItsBoundaries(String name, LocalDate start, String status, String lead,
      String needed, LocalDate ordered, String holidays, LocalDate asOf, LocalDate orderBy,
      ConflictRule expected) {
    Program p = program("P-1", start, ProgramStatus.fromCode(status).orElseThrow());
    Order o = new Order("P-1", "Booth graphics", "Sales: Dana",
        LeadDuration.parseWithUnit(lead), LeadDuration.parseWithUnit(needed), ordered);
    List<Holiday> days = new ArrayList<>();
    if (holidays != null) {
      for (String d : holidays.split(" ")) {
        days.add(new Holiday(LocalDate.parse(d), "Holiday"));
      }
    }
    Plan plan = plan(List.of(p), List.of(o), days);
    assertEquals(orderBy, OrderDates.of(plan).orderBy(o, start), "order-by date");
    List<Conflict> found = orderConflicts(plan, asOf);
    assertEquals(expected == null ? List.of() : List.of(expected),
        found.stream().map(Conflict::rule).toList());
    for (Conflict c : found) {
      assertEquals("P-1", c.program());
      assertEquals("Booth graphics", c.item());
      assertEquals("", c.initiative());
    }
  }

  @Test
  void theMessageReadsAsTheSpecsExample() {
    Program p = new Program("P-7", "Hannover Messe booth", ProgramKind.EVENT, "",
        LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 5), "", null, null,
        java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, 0, ProgramStatus.COMMITTED, null);
    Order o = new Order("P-7", "Booth graphics", "", LeadDuration.workingDays(15), null, null);
    Conflict c = orderConflicts(plan(List.of(p), List.of(o), List.of()),
        LocalDate.of(2027, 1, 20)).get(0);
    assertEquals("Order \"Booth graphics\" for \"Hannover Messe booth\" by 2027-01-11 (15 working"
        + " days before it is needed on 2027-02-01): not ordered yet, and that day has passed.",
        c.message());
  }

  @Test
  void itemsAreReportedAsWrittenInPlanOrderWithinEachRule() {
    Program a = program("A", LocalDate.of(2027, 3, 1), ProgramStatus.PLANNED);
    Program b = program("B", LocalDate.of(2027, 2, 1), ProgramStatus.PLANNED);
    LocalDate asOf = LocalDate.of(2027, 1, 25);
    List<Order> orders = List.of(
        new Order("B", "Giveaways", "", LeadDuration.weeks(1), null, null), // due 01-25
        new Order("A", "booth GRAPHICS", "", LeadDuration.weeks(8), null, null), // overdue
        new Order("B", "Venue", "", LeadDuration.months(2), null, null), // overdue
        new Order("A", "Printing", "", LeadDuration.weeks(1), null, LocalDate.of(2027, 2, 26)));
    List<Conflict> found = orderConflicts(plan(List.of(a, b), orders, List.of()), asOf);
    assertEquals(List.of("ORDER_OVERDUE A booth GRAPHICS", "ORDER_OVERDUE B Venue",
        "ORDER_LATE A Printing", "ORDER_DUE B Giveaways"),
        found.stream().map(c -> c.rule() + " " + c.program() + " " + c.item()).toList());
  }

  @Test
  void followingProgramEditsWithOrdersEqualsAFullAnalysis() {
    Random r = new Random(11);
    Plan base = PlanGenerator.generate(5, 300, 40, 30, 2);
    List<Order> orders = new ArrayList<>();
    for (Program p : base.programs()) {
      for (int k = 0; k < 3; k++) {
        orders.add(new Order(p.id(), "Item " + k, "", LeadDuration.workingDays(r.nextInt(30)),
            LeadDuration.days(r.nextInt(10)),
            r.nextBoolean() ? null : p.start().minusDays(r.nextInt(80))));
      }
    }
    Plan plan = base.withOrders(orders)
        .withHolidays(List.of(new Holiday(LocalDate.of(2027, 1, 1), "New year")));
    LocalDate asOf = LocalDate.of(2027, 2, 1);
    ConflictAnalyzer live = ConflictAnalyzer.of(plan, asOf);
    for (int step = 0; step < 100; step++) {
      Program p = live.plan().programs().get(r.nextInt(live.plan().programs().size()));
      live = live.withProgram(PlanGenerator.mutate(p, r, live.plan()));
      assertEquals(ConflictAnalyzer.analyze(live.plan(), asOf), live.conflicts(), "step " + step);
    }
    for (Program p : live.plan().programs()) {
      assertEquals(live.conflicts().stream().filter(c -> c.program().equals(p.id())).toList(),
          live.conflicts().forProgram(p.id()), p.id());
    }
  }

  @Test
  void movingAProgramMovesItsOrderByDatesButNotWhatWasOrdered() {
    Program p = program("P-1", LocalDate.of(2027, 2, 1), ProgramStatus.PLANNED);
    Order booth = new Order("P-1", "Booth", "", LeadDuration.workingDays(15), null, null);
    Order venue = new Order("P-1", "Venue", "", LeadDuration.weeks(2), null,
        LocalDate.of(2027, 1, 20)); // O 2027-01-18: ordered late
    Plan plan = plan(List.of(p), List.of(booth, venue), List.of());
    LocalDate asOf = LocalDate.of(2027, 1, 12);
    ConflictAnalyzer live = ConflictAnalyzer.of(plan, asOf);
    assertEquals(List.of("ORDER_OVERDUE Booth", "ORDER_LATE Venue"),
        live.conflicts().stream().map(c -> c.rule() + " " + c.item()).toList());
    // a week later: the booth's O moves to 2027-01-18 (due), the venue's to 2027-01-25 (in time)
    ConflictAnalyzer moved = live.withProgram(p.withDates(p.start().plusWeeks(1),
        p.end().plusWeeks(1)));
    assertEquals(List.of("ORDER_DUE Booth"),
        moved.conflicts().stream().map(c -> c.rule() + " " + c.item()).toList());
    assertEquals(LocalDate.of(2027, 1, 20), moved.plan().orders().get(1).ordered());
    assertEquals(ConflictAnalyzer.analyze(moved.plan(), asOf), moved.conflicts());
  }

  private static List<Conflict> orderConflicts(Plan plan, LocalDate asOf) {
    return ConflictAnalyzer.analyze(plan, asOf).stream()
        .filter(c -> c.rule().name().startsWith("ORDER_")).toList();
  }

  private static Program program(String id, LocalDate start, ProgramStatus status) {
    return new Program(id, "Program " + id, ProgramKind.BRAND, "", start, start.plusDays(3), "",
        null, null, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, 0, status, null);
  }

  private static Plan plan(List<Program> programs, List<Order> orders, List<Holiday> holidays) {
    return PlanBuilder.plan().build().withPrograms(programs).withOrders(orders)
        .withHolidays(holidays);
  }
}

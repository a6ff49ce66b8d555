package org.paceline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.analysis.PlanBuilder.program;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.PlanBuilder;
import org.paceline.analysis.PlanGenerator;
import org.paceline.model.Plan;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;

/** The board's geometry on its own: no painter, a fixed-width font. */
class BoardLayoutTest {

  static final TextMeasure FONT = TextMeasure.fixed(0.55);
  static final LocalDate JAN = LocalDate.of(2027, 1, 1);
  static final LocalDate DEC = LocalDate.of(2027, 12, 31);

  static Plan plan() {
    return PlanBuilder.plan()
        .target("FY2027-Q2", "", 1_000_000, 400)
        .initiative("I1", "", "2027-04-01", "2027-04-30")
        .program(program("P1", "2027-01-04", "2027-01-29").kind(ProgramKind.CONTENT)
            .supports("I1"))
        .program(program("P2", "2027-03-20", "2027-03-31").supports("I1"))
        .program(program("P3", "2027-02-01", "2027-02-05").status(ProgramStatus.IDEA))
        .build();
  }

  static Stream<Shape> all(BoardLayout l) {
    return l.sections().stream().flatMap(s -> Stream.concat(s.timeArea().stream(),
        s.labels().stream()));
  }

  static Shape.Box bar(BoardLayout l, String id) {
    return l.rows().stream().filter(r -> r.ref().equals(id)).flatMap(r -> r.timeArea().stream())
        .filter(s -> s instanceof Shape.Box b && Styles.is(b.style(), Styles.BAR))
        .map(s -> (Shape.Box) s).findFirst().orElseThrow();
  }

  @Test
  void datesMapToXLinearlyAfterTheLabelColumn() {
    TimeAxis axis = new TimeAxis(JAN, DEC, 150, 2);
    assertEquals(150, axis.x(JAN));
    assertEquals(150 + 31 * 2, axis.x(LocalDate.of(2027, 2, 1)));
    assertEquals(150 + 365 * 2, axis.right());
    assertEquals(LocalDate.of(2027, 2, 1), axis.dateAt(axis.x(LocalDate.of(2027, 2, 1)) + 0.5));
    assertEquals(JAN, axis.dateAt(-100), "clamped to the range");
    assertEquals(DEC, axis.dateAt(10_000));
  }

  @Test
  void barsSitOnTheirDatesWithTheKindAndStatusInTheStyle() {
    BoardLayout l = BoardLayout.of(BoardData.of(plan()), JAN, DEC, 150 + 365 * 2, 1, FONT);
    Shape.Box p1 = bar(l, "P1");
    assertEquals(l.axis().x(LocalDate.of(2027, 1, 4)), p1.x(), 1e-9);
    assertEquals(26 * 2, p1.w(), 1e-9, "26 days, both ends included");
    assertEquals("bar.content", p1.style());
    assertEquals("bar.campaign.idea", bar(l, "P3").style());
  }

  @Test
  void rowsAreGroupedByInitiativeAndStackedInOrder() {
    BoardLayout l = BoardLayout.of(BoardData.of(plan()), JAN, DEC, 900, 1, FONT);
    List<String> refs = l.rows().stream().map(BoardLayout.Section::ref).toList();
    assertEquals(List.of("I1", "P1", "P2", "", "P3"), refs, "initiative group, then no group");
    assertTrue(l.rows().stream().allMatch(r -> r.height() == 15));
    assertEquals(l.header().height() + l.salesHeight() + 4 + 5 * 15 + 54, l.height(), 1e-9);
  }

  @Test
  void aLateStartGetsALateWindowAndAnErrorMark() {
    // P2 starts 12 days before its initiative: a campaign needs at least a month
    BoardLayout l = BoardLayout.of(BoardData.of(plan()), JAN, DEC, 900, 1, FONT);
    BoardLayout.Section p2 = l.rows().stream().filter(r -> r.ref().equals("P2")).findFirst()
        .orElseThrow();
    assertTrue(p2.timeArea().stream().anyMatch(s -> s.style().equals(Styles.WINDOW_LATE)));
    assertTrue(p2.timeArea().stream().anyMatch(s -> s instanceof Shape.Dot d
        && d.style().equals("mark.error")));
    BoardLayout.Section p1 = l.rows().stream().filter(r -> r.ref().equals("P1")).findFirst()
        .orElseThrow();
    assertTrue(p1.timeArea().stream().anyMatch(s -> s.style().equals(Styles.WINDOW)),
        "P1 starts in its window");
  }

  @Test
  void namesGoInsideWideBarsBesideNarrowOnesAndAreShortenedWhenNeeded() {
    Plan p = PlanBuilder.plan()
        .program(program("W", "2027-01-01", "2027-06-30"))
        .program(program("N", "2027-02-01", "2027-02-03"))
        .build();
    BoardLayout l = BoardLayout.of(BoardData.of(p), JAN, DEC, 150 + 365 * 2, 1, FONT);
    Shape.Text inside = texts(l, "W", TextRole.PROGRAM).get(0);
    assertEquals(Styles.TEXT_ON_BAR, inside.style());
    assertTrue(inside.x() > bar(l, "W").x() && inside.maxX() < bar(l, "W").maxX());
    Shape.Text beside = texts(l, "N", TextRole.PROGRAM).get(0);
    assertEquals(Styles.TEXT, beside.style());
    assertTrue(beside.x() > bar(l, "N").maxX());

    String longName = "A very long program name that cannot fit in the label column at all";
    Plan q = PlanBuilder.plan().program(program("L", "2027-01-01", "2027-01-10")).build();
    org.paceline.model.Program o = q.programs().get(0);
    q = new Plan(q.settings(), q.targets(), q.budgets(), q.initiatives(), List.of(
        new org.paceline.model.Program(o.id(), longName, o.kind(), o.owner(), o.start(), o.end(),
            o.supports(), o.minLead(), o.maxLead(), o.cost(), o.salesShare(), o.expectedLeads(),
            o.status(), o.salesReview())));
    BoardLayout ll = BoardLayout.of(BoardData.of(q), JAN, DEC, 900, 1, FONT);
    BoardLayout.Section row = ll.rows().stream().filter(r -> r.ref().equals("L")).findFirst()
        .orElseThrow();
    Shape.Text label = (Shape.Text) row.labels().get(0);
    assertTrue(label.elided());
    assertTrue(label.text().endsWith("…"));
    assertEquals(longName, label.full(), "the full name travels with the shortened one");
    assertTrue(label.maxX() <= ll.labelWidth());
  }

  @Test
  void fittingShortensByWholeCharactersAndGivesUpWhenNothingFits() {
    assertEquals("Summit", Labels.fit(FONT, "Summit", 100, 10, false));
    String s = Labels.fit(FONT, "Summit webinar", 30, 10, false);
    assertEquals("Summ…", s, "5.5 pt a character: 4 characters and the ellipsis fit 30 pt");
    assertNull(Labels.fit(FONT, "Summit", 8, 10, false));
    assertEquals(List.of("one two", "  three"), Labels.wrap(FONT, "one two three", 40, 10,
        false, "  "));
  }

  @Test
  void monthNamesShrinkThenDisappearAsTheBoardNarrows() {
    BoardData d = BoardData.of(plan());
    assertTrue(months(BoardLayout.of(d, JAN, DEC, 150 + 365 * 2, 1, FONT)).contains("Jan"));
    List<String> narrow = months(BoardLayout.of(d, JAN, DEC, 150 + 365 * 0.45, 1, FONT));
    assertTrue(narrow.contains("J") && !narrow.contains("Jan"), narrow.toString());
    assertTrue(months(BoardLayout.of(d, JAN, DEC, 150 + 365 * 0.2, 1, FONT)).isEmpty());
    List<String> quarters = texts(BoardLayout.of(d, JAN, DEC, 150 + 365 * 2, 1, FONT), "",
        TextRole.QUARTER).stream().map(Shape.Text::text).toList();
    assertEquals("Q1  Jan–Mar 2027", quarters.get(0), "wide: the long quarter name");
    assertEquals("Q1", texts(BoardLayout.of(d, JAN, DEC, 150 + 365 * 0.45, 1, FONT), "",
        TextRole.QUARTER).get(0).text(), "narrow: the short one");
  }

  @Test
  void theTypeScaleScalesEveryTextAndRow() {
    BoardData d = BoardData.of(plan());
    BoardLayout big = BoardLayout.of(d, JAN, DEC, 2000, 2, FONT);
    assertEquals(15, big.smallestText(), 1e-9);
    assertTrue(big.textBelow(7).isEmpty());
    assertEquals(30, big.rows().get(0).height(), 1e-9);
    BoardLayout small = BoardLayout.of(d, JAN, DEC, 600, 0.6, FONT);
    assertEquals(4.5, small.smallestText(), 1e-9);
    assertTrue(small.textBelow(7).containsKey(TextRole.PROGRAM));
    assertTrue(SheetFit.smallTextSentence(small.textBelow(7)).startsWith("Program names, target"
        + " figures, month names and "), SheetFit.smallTextSentence(small.textBelow(7)));
    assertEquals("Month names would be printed at 6.5 pt, below 7 pt", SheetFit.smallTextSentence(
        java.util.Map.of(TextRole.MONTH, 6.5)));
    assertTrue(SheetFit.smallTextSentence(small.textBelow(7)).endsWith("4.5 pt, below 7 pt"));
  }

  @Test
  void pagesRepeatHeaderSalesStripsAndLabelsAndBreakBetweenRows() {
    Plan big = PlanGenerator.generate(3, 120, 10, 8, 1);
    BoardData d = BoardData.of(big);
    LocalDate[] span = d.span();
    List<LocalDate> cuts = Pagination.cuts(span[0], span[1], 2);
    assertEquals(1, cuts.get(1).getDayOfMonth(), "tiles start on a month start");
    TimeAxis axis = new TimeAxis(span[0], span[1], 150, 1.2);
    BoardLayout l = BoardLayout.of(d, axis, 1, cuts.subList(1, 2), FONT);
    assertTrue(Pagination.repeatsSales(l, 500));
    int perPage = (int) Math.floor((500 - l.header().height() - l.salesHeight() - 4 - 54) / 15);
    List<Pagination.Page> pages = Pagination.pages(l, cuts, 500);
    int bands = (int) Math.ceil(l.rows().size() / (double) perPage);
    assertEquals(2 * bands, pages.size());
    for (Pagination.Page page : pages) {
      assertTrue(page.height() <= 500 + 1e-6, "fits the page: " + page.height());
      assertTrue(page.fixed().stream().anyMatch(s -> s instanceof Shape.Text t
          && t.role() == TextRole.STRIP_NAME), "strip names on every page");
      assertTrue(page.fixed().stream().anyMatch(s -> s instanceof Shape.Text t
          && t.role() == TextRole.TITLE), "plan name on every page");
      assertTrue(page.timeArea().stream().anyMatch(s -> s instanceof Shape.Text t
          && t.role() == TextRole.QUARTER), "each tile names its quarters");
    }
    // every program row is on exactly one band
    long programRows = pages.stream().filter(p -> p.column() == 0)
        .flatMap(p -> p.fixed().stream()).filter(s -> s instanceof Shape.Text t
            && t.role() == TextRole.PROGRAM).count();
    assertEquals(big.programs().stream().filter(p -> p.isActive()).count(), programRows);
    assertFalse(pages.get(1).timeArea().stream().anyMatch(s -> s.maxX() < l.labelWidth() - 1),
        "the second tile shows nothing left of its time area");
  }

  @Test
  void theReadableFitKeepsSevenPointTextAndOnePageWhenItFits() {
    BoardData small = BoardData.of(plan());
    SheetFit one = SheetFit.readable(small, JAN, DEC, 1190 - 57, 842 - 57 - 42);
    assertEquals(1, one.across());
    assertEquals(1, Pagination.pages(one.layout(small, FONT), one.cuts(), one.areaHeight())
        .size(), "one page");
    assertTrue(one.typeScale() >= SheetFit.MIN_SCALE);
    BoardData big = BoardData.of(PlanGenerator.generate(5, 1000, 100, 40, 3));
    LocalDate[] span = big.span();
    SheetFit many = SheetFit.readable(big, span[0], span[1], 842 - 57, 595 - 57 - 42);
    assertEquals(1, many.typeScale());
    assertTrue(many.pointsPerDay() >= Metrics.MIN_PT_PER_DAY);
    assertTrue(many.across() > 1, "three years do not fit A4 wide at 7 pt");
    SheetFit squeezed = SheetFit.pagesWide(big, span[0], span[1], 1, 842 - 57, 595 - 57 - 42);
    assertTrue(squeezed.typeScale() < SheetFit.MIN_SCALE, "asked for fewer pages: smaller");
  }

  @Test
  void aSalesLaneTallerThanThePageFlowsOnceInsteadOfRepeating() {
    BoardData d = BoardData.of(PlanGenerator.generate(8, 300, 200, 80, 3));
    LocalDate[] span = d.span();
    SheetFit fit = SheetFit.readable(d, span[0], span[1], 785, 496);
    BoardLayout l = fit.layout(d, FONT);
    assertTrue(l.salesHeight() > 496 / 2, "the test needs a tall lane: " + l.salesHeight());
    assertFalse(Pagination.repeatsSales(l, 496));
    List<Pagination.Page> pages = Pagination.pages(l, fit.cuts(), 496);
    for (Pagination.Page p : pages) {
      assertTrue(p.height() <= 496 + 1e-6, "fits: " + p.height());
    }
    long segmentLabels = pages.stream().filter(p -> p.column() == 0)
        .flatMap(p -> p.fixed().stream())
        .filter(s -> s instanceof Shape.Text t && t.role() == TextRole.SEGMENT).count();
    assertEquals(d.rows().segments().size(), segmentLabels, "each segment printed once");
  }

  static List<Shape.Text> texts(BoardLayout l, String ref, TextRole role) {
    return all(l).filter(s -> s instanceof Shape.Text t && t.role() == role
        && (ref.isEmpty() || t.ref().equals(ref))).map(s -> (Shape.Text) s).toList();
  }

  static List<String> months(BoardLayout l) {
    return texts(l, "", TextRole.MONTH).stream().map(Shape.Text::text).toList();
  }
}

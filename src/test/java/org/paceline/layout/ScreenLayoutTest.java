package org.paceline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PaceSummary;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Grouping;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/** The screen's geometry without a window: date ⇄ x, row packing, what is visible, elision. */
class ScreenLayoutTest {

  /** Every character 6 wide, so widths are easy to reason about. */
  static final TextMeasure SIX = (t, size, bold) -> 6.0 * t.length();

  static ScreenBoard sample() {
    Plan plan = SamplePlan.load();
    ScreenBoard b = new ScreenBoard();
    b.show(plan, Grouping.INITIATIVE, p -> p.isActive());
    b.setConflicts(ConflictAnalyzer.analyze(plan));
    return b;
  }

  @Test
  void dateToXIsTheSharedAxisAndThePointerFindsTheDayBack() {
    ScreenView v = new ScreenView(LocalDate.of(2027, 1, 1), 4, 1240, 800, 0);
    TimeAxis axis = v.axis();
    assertEquals(ScreenMetrics.LABEL_WIDTH, axis.x(LocalDate.of(2027, 1, 1)));
    assertEquals(ScreenMetrics.LABEL_WIDTH + 31 * 4, axis.x(LocalDate.of(2027, 2, 1)));
    assertEquals(axis.x(LocalDate.of(2027, 1, 2)), axis.xEnd(LocalDate.of(2027, 1, 1)));
    for (int d = -3; d < 200; d += 7) {
      LocalDate day = LocalDate.of(2027, 1, 1).plusDays(d);
      assertEquals(day, v.dayAt(axis.x(day) + 1), "day " + day);
    }
    // left of the time area the pointer still names a day (for pans that start there)
    assertEquals(LocalDate.of(2026, 12, 31), v.dayAt(ScreenMetrics.LABEL_WIDTH - 1));
    assertEquals(LocalDate.of(2026, 12, 31), v.firstDay());
    assertEquals(v.dayAt(1240).plusDays(1), v.lastDay());
  }

  @Test
  void segmentRowsStackTheirInitiativeLanesLikePaper() {
    double[] tops = SegmentTops.of(new int[] {1, 3, 2}, 48, 19);
    assertArrayEquals(new double[] {0, 48, 48 + 48 + 38, 134 + 48 + 19}, tops);
    assertEquals(0, SegmentTops.rowAt(tops, 0));
    assertEquals(1, SegmentTops.rowAt(tops, 48));
    assertEquals(2, SegmentTops.rowAt(tops, 200));
    assertEquals(-1, SegmentTops.rowAt(tops, 201));
    assertEquals(-1, SegmentTops.rowAt(tops, -1));
    // paper's sales lane is the same function at paper's sizes
    ScreenBoard b = sample();
    BoardData data = BoardData.of(SamplePlan.load());
    assertEquals(b.segments(), data.rows().segments());
    Metrics m = new Metrics(1);
    BoardLayout paper = BoardLayout.of(data, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31),
        1000, 1, SIX);
    double[] paperTops = SegmentTops.of(data.lanes().lanesPerSegment(), m.segmentRow(),
        m.initiativeLane());
    assertEquals(paperTops[paperTops.length - 1], paper.salesHeight(), 1e-9);
  }

  @Test
  void onlyTheRowsInViewAreVisibleAndTheScrollStopsAtTheLastRow() {
    ScreenBoard b = sample();
    ScreenLayout top = new ScreenLayout(b, new ScreenView(LocalDate.of(2026, 4, 1), 3, 1280, 600,
        0));
    assertEquals(0, top.firstRow());
    int rows = (int) Math.ceil((top.stripsTop() - top.lanesTop()) / ScreenMetrics.ROW);
    assertEquals(Math.min(b.rowCount() - 1, rows), top.lastRow());
    assertEquals(top.lanesTop(), top.rowTop(0));
    assertEquals(0, top.rowAt(top.lanesTop() + 1));
    assertEquals(-1, top.rowAt(top.stripsTop()));

    ScreenLayout scrolled = new ScreenLayout(b, new ScreenView(LocalDate.of(2026, 4, 1), 3, 1280,
        600, 10_000));
    assertEquals(scrolled.maxOffset(), scrolled.offset(), "scrolling stops at the last row");
    assertEquals(b.rowCount() - 1, scrolled.lastRow());
    assertTrue(scrolled.firstRow() > 0);
    assertTrue(scrolled.rowTop(b.rowCount() - 1) + ScreenMetrics.ROW <= scrolled.stripsTop());
  }

  @Test
  void labelsAreShortenedWithAnEllipsisOrLeftOutWhenThereIsNoRoom() {
    Shape.Text whole = ScreenLayout.fitted(SIX, "Launch", 0, 0, 36, 12, false, Styles.TEXT,
        TextRole.PROGRAM, "P");
    assertEquals("Launch", whole.text());
    Shape.Text cut = ScreenLayout.fitted(SIX, "Product launch webinar", 0, 0, 54, 12, false,
        Styles.TEXT, TextRole.PROGRAM, "P");
    assertEquals("Product…", cut.text(), "no space is left before the ellipsis");
    assertEquals("Product launch webinar", cut.full());
    assertTrue(cut.w() <= 54);
    assertEquals("Product l…", ScreenLayout.fitted(SIX, "Product launch webinar", 0, 0, 60, 12,
        false, Styles.TEXT, TextRole.PROGRAM, "P").text());
    assertNull(ScreenLayout.fitted(SIX, "Launch", 0, 0, 10, 12, false, Styles.TEXT,
        TextRole.PROGRAM, "P"));
    assertEquals("Tab and new line", ScreenLayout.fitted(SIX, "Tab\tand\nnew line", 0, 0, 500, 12,
        false, Styles.TEXT, TextRole.PROGRAM, "P").text());
  }

  @Test
  void aBarNameGoesInsideWhenItFitsElseBesideIt() {
    ScreenBoard b = sample();
    ScreenLayout l = new ScreenLayout(b, new ScreenView(LocalDate.of(2026, 4, 1), 3, 1280, 800,
        0));
    Shape.Text inside = l.barLabel(SIX, "Short", 300, 400, 10, 12, Styles.TEXT_ON_BAR,
        TextRole.PROGRAM, "P");
    assertEquals(306, inside.x());
    assertEquals(Styles.TEXT_ON_BAR, inside.style());
    Shape.Text beside = l.barLabel(SIX, "A much longer name", 300, 330, 10, 12,
        Styles.TEXT_ON_BAR, TextRole.PROGRAM, "P");
    assertEquals(336, beside.x());
    assertEquals(Styles.TEXT, beside.style());
  }

  @Test
  void anAddedProgramsNameBesideItsBarStartsAfterTheNewTagAndIsShortenedNoSooner() {
    Plan sample = SamplePlan.load();
    Program first = sample.programs().stream().filter(Program::isActive).findFirst()
        .orElseThrow();
    // 29 characters: 174 px at six a character, wider than the bar, well short of 320 px
    String name = "Competitive comparison sheets";
    Program added = new Program(first.id(), name, first.kind(), first.owner(), first.start(),
        first.start().plusDays(20), first.supports(), first.minLead(), first.maxLead(),
        first.cost(), first.salesShare(), first.expectedLeads(), first.status(),
        first.salesReview());
    List<Program> programs = new ArrayList<>(sample.programs());
    programs.set(programs.indexOf(first), added);
    Plan shown = sample.withPrograms(programs);
    List<Program> without = new ArrayList<>(programs);
    without.remove(added);
    ScreenBoard b = new ScreenBoard();
    b.show(shown, Grouping.INITIATIVE, Program::isActive);
    ScreenLayout l = new ScreenLayout(b, new ScreenView(added.start().minusDays(30), 3, 1600,
        800, 0));
    int row = -1;
    for (int r = 0; r < b.rowCount(); r++) {
      if (b.row(r) instanceof ScreenBoard.Row.Item i && i.program().id().equals(added.id())) {
        row = r;
      }
    }
    assertTrue(row >= 0, "the program has a row");
    double y = l.rowTop(row);
    ScreenLayout.ProgramRow plain = l.programRow(b.drawn(added), y, SIX);
    assertEquals(Styles.TEXT, plain.label().style(), "the name does not fit its bar");
    assertEquals(plain.bar().maxX() + 6, plain.label().x(), "beside the bar, nothing between");
    assertNull(l.comparison(b.drawn(added), y), "nothing is compared yet");

    b.setCompared(sample.withPrograms(without));
    Program p = b.drawn(added);
    ScreenLayout.Comparison k = l.comparison(p, y);
    Shape.Box tag = k.tag();
    assertEquals(plain.bar().maxX() + 6, tag.x(), "the tag sits right of the bar");
    Shape.Text label = l.programRow(p, y, SIX).label();
    double top = label.y() - label.size() / 2;
    double bottom = label.y() + label.size() / 2;
    boolean overlap = label.x() < tag.maxX() && tag.x() < label.maxX()
        && top < tag.y() + tag.h() && tag.y() < bottom;
    assertTrue(!overlap, "the tag " + tag + " covers the name " + label);
    assertEquals(tag.maxX() + 6, label.x(), "the name follows the tag at the bar's gap");
    assertEquals(name, label.text(), "the tag takes no room from the name");

    // a name too long for the room beside a bar is still shortened there, by the same room
    String longName = name + " for every sales team in the whole region";
    Shape.Text cut = l.programRow(new Program(p.id(), longName, p.kind(), p.owner(), p.start(),
        p.end(), p.supports(), p.minLead(), p.maxLead(), p.cost(), p.salesShare(),
        p.expectedLeads(), p.status(), p.salesReview()), y, SIX).label();
    assertEquals(tag.maxX() + 6, cut.x());
    assertTrue(cut.text().endsWith(Labels.ELLIPSIS) && cut.w() <= 320, cut.text());
    assertEquals(longName, cut.full());
  }

  @Test
  void theLoadStripMarksTheMonthsTheCapacityRuleCounts() {
    ScreenBoard b = sample();
    ScreenLayout l = new ScreenLayout(b, new ScreenView(LocalDate.of(2026, 4, 1), 3, 1400, 800,
        0));
    PaceSummary pace = PaceSummary.of(SamplePlan.load());
    List<YearMonth> over = new ArrayList<>();
    for (ScreenLayout.MonthLoad m : l.monthLoads()) {
      assertEquals(m.over(), m.bar().style().equals(Styles.STRIP_OVER_CAPACITY));
      if (m.over()) {
        over.add(m.month());
      }
    }
    assertTrue(!over.isEmpty(), "the sample has busy months");
    assertTrue(pace.overCapacityMonths().containsAll(over), over.toString());
    for (YearMonth m : pace.overCapacityMonths()) {
      if (!m.atDay(1).isBefore(l.view().firstDay()) && m.atDay(1).isBefore(l.view().lastDay())) {
        assertTrue(over.contains(m), m + " is over capacity on the strip too");
      }
    }
  }

  @Test
  void whileComparingAChangedTargetShowsItsChangeAndAVanishedOneWhatItWas() {
    Plan now = SamplePlan.load();
    List<org.paceline.model.QuarterTarget> before = new ArrayList<>(now.targets());
    org.paceline.model.QuarterTarget raised = before.get(0);
    org.paceline.model.QuarterTarget dropped = before.get(1);
    // the compared plan had the first target $200K lower and one target that is gone now
    before.set(0, new org.paceline.model.QuarterTarget(raised.quarter(), raised.segment(),
        raised.revenue().subtract(new java.math.BigDecimal("200000")),
        raised.qualifiedLeads()));
    List<org.paceline.model.QuarterTarget> after = new ArrayList<>(now.targets());
    after.remove(1);
    Plan shown = new Plan(now.settings(), after, now.budgets(), now.initiatives(),
        now.programs(), now.orders(), now.holidays());
    Plan compared = new Plan(now.settings(), before, now.budgets(), now.initiatives(),
        now.programs(), now.orders(), now.holidays());
    ScreenBoard b = new ScreenBoard();
    b.show(shown, Grouping.INITIATIVE, p -> p.isActive());
    b.setConflicts(ConflictAnalyzer.analyze(shown));
    FiscalQuarter q = raised.quarter();
    ScreenLayout l = new ScreenLayout(b, new ScreenView(
        org.paceline.analysis.FiscalCalendar.of(shown.settings()).startOf(q).minusDays(30), 3,
        1600, 800, 0));
    assertTrue(l.targets(SIX).stream().allMatch(t -> t.change() == null),
        "nothing is marked while nothing is compared");
    assertTrue(l.goneTargets(SIX).isEmpty());

    b.setCompared(compared);
    ScreenLayout.TargetCell cell = l.targets(SIX).stream()
        .filter(t -> t.target().quarter().equals(q)
            && t.target().segment().equals(raised.segment())).findFirst().orElseThrow();
    assertEquals(Styles.TARGET_CHANGE_UP, cell.changeRule().style());
    assertTrue(cell.change().text().startsWith("\u25b2 +"), cell.change().text());
    assertTrue(cell.change().text().contains("200K"), cell.change().text());
    assertEquals(Styles.TEXT_CHANGE_UP, cell.change().style());
    assertTrue(cell.label().maxX() <= cell.change().x(), "the figures end before the change");
    assertTrue(cell.change().maxX() <= cell.box().x() + cell.box().w(), "inside the cell");
    long unchanged = l.targets(SIX).stream().filter(t -> t.change() == null).count();
    assertEquals(l.targets(SIX).size() - 1, unchanged, "only the changed target is marked");

    boolean droppedInView = l.goneTargets(SIX).stream().anyMatch(g -> g.text() != null
        && g.text().text().startsWith("was ") && g.box().style()
            .equals(Styles.TARGET_CHANGE_GONE));
    FiscalQuarter dq = dropped.quarter();
    LocalDate ds = org.paceline.analysis.FiscalCalendar.of(shown.settings()).startOf(dq);
    if (!ds.isBefore(l.view().firstDay()) && ds.isBefore(l.view().lastDay())) {
      assertTrue(droppedInView, "the vanished target is drawn where it was");
    }
    b.setCompared(null);
    assertTrue(l.targets(SIX).stream().allMatch(t -> t.change() == null));
  }
}

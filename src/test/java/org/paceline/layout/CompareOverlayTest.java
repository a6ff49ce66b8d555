package org.paceline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.layout.BoardLayoutTest.DEC;
import static org.paceline.layout.BoardLayoutTest.FONT;
import static org.paceline.layout.BoardLayoutTest.JAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.PlanBuilder;
import org.paceline.analysis.PlanChanges;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/** The compare overlay on its own: ghosts where moved bars were, frames round added ones. */
class CompareOverlayTest {

  static List<Shape.Box> boxes(BoardLayout l, String id, String style) {
    return l.rows().stream().filter(r -> r.ref().equals(id)).flatMap(r -> r.timeArea().stream())
        .filter(s -> s instanceof Shape.Box b && b.style().equals(style))
        .map(s -> (Shape.Box) s).collect(Collectors.toList());
  }

  @Test
  void aMovedBarLeavesAGhostWhereItWasAndAnAddedOneIsFramed() {
    Plan before = BoardLayoutTest.plan();
    List<Program> programs = new ArrayList<>();
    for (Program p : before.programs()) {
      programs.add(p.id().equals("P1") ? p.withDates(LocalDate.of(2027, 3, 1),
          LocalDate.of(2027, 3, 26)) : p);
    }
    programs.add(PlanBuilder.plan().program(PlanBuilder.program("P9", "2027-06-01",
        "2027-06-30")).build().programs().get(0));
    Plan after = before.withPrograms(programs);
    PlanChanges changes = PlanChanges.of(before, after, JAN);
    BoardLayout plain = BoardLayout.of(BoardData.of(after), JAN, DEC, 150 + 365 * 2, 1, FONT);
    BoardLayout l = CompareOverlay.apply(plain, changes);

    List<Shape.Box> ghosts = boxes(l, "P1", Styles.GHOST_MOVED);
    assertEquals(1, ghosts.size());
    Shape.Box bar = BoardLayoutTest.bar(l, "P1");
    Shape.Box ghost = ghosts.get(0);
    assertEquals(l.axis().x(LocalDate.of(2027, 1, 4)), ghost.x(), 1e-9, "where it was");
    assertEquals(26 * 2, ghost.w(), 1e-9);
    assertEquals(bar.y(), ghost.y(), 1e-9, "in the bar's own row, at the bar's height");
    assertEquals(bar.h(), ghost.h(), 1e-9);
    List<Shape> row = l.rows().stream().filter(r -> r.ref().equals("P1")).findFirst()
        .orElseThrow().timeArea();
    assertTrue(row.indexOf(ghost) < row.indexOf(bar), "the bar as it is now on top");

    List<Shape.Box> frames = boxes(l, "P9", Styles.MARK_ADDED);
    assertEquals(1, frames.size());
    Shape.Box added = BoardLayoutTest.bar(l, "P9");
    assertTrue(frames.get(0).x() < added.x() && frames.get(0).maxX() > added.maxX(),
        "the frame goes round the bar");
    assertTrue(boxes(l, "P2", Styles.GHOST_MOVED).isEmpty(), "an unmoved bar has no ghost");
    assertTrue(boxes(l, "P2", Styles.MARK_ADDED).isEmpty());
    assertEquals(plain.rows().size(), l.rows().size(), "no row added or lost");
  }

  @Test
  void theBoardWidensToWholeMonthsHoldingWhereMovedBarsWere() {
    Plan before = BoardLayoutTest.plan();
    List<Program> programs = new ArrayList<>();
    for (Program p : before.programs()) {
      programs.add(p.id().equals("P1") ? p.withDates(LocalDate.of(2027, 3, 1),
          LocalDate.of(2027, 3, 26)) : p);
    }
    CompareView view = CompareView.of(before.withName("Was"), before.withPrograms(programs),
        JAN);
    LocalDate[] span = {LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30)};
    assertEquals(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)),
        List.of(view.widen(span)), "P1 was 2027-01-04 – 2027-01-29");
    LocalDate[] wide = {LocalDate.of(2026, 12, 1), LocalDate.of(2027, 6, 30)};
    assertEquals(List.of(wide), List.of(view.widen(wide)), "already wide enough");
  }

  @Test
  void aLongChangesHeadingWrapsInsideThePage() {
    String name = "Northwind Controls FY2027 approved by the board on the first of March";
    List<List<Shape>> sheets = Sheets.conflicts(ChangeLines.title(name) + " (both checked as of"
        + " 2027-01-15): 5 new conflicts, 4 resolved", List.of(), 300, 500, FONT);
    List<Shape.Text> texts = sheets.get(0).stream().map(s -> (Shape.Text) s).toList();
    assertTrue(texts.stream().filter(Shape.Text::bold).count() > 1, "the heading wraps");
    texts.forEach(t -> assertTrue(t.x() + t.w() <= 300 + 1e-6, t.text()));
  }

  @Test
  void nothingChangedLeavesTheBoardAsItIs() {
    Plan p = BoardLayoutTest.plan();
    BoardLayout plain = BoardLayout.of(BoardData.of(p), JAN, DEC, 900, 1, FONT);
    assertSame(plain, CompareOverlay.apply(plain, PlanChanges.of(p, p, JAN)));
    assertEquals(List.of("Nothing changed: the same conflicts, programs and sales targets as"
        + " \"A\"."), ChangeLines.of("A", PlanChanges.of(p, p, JAN)).stream()
            .map(ConflictLines.Line::text).toList());
  }
}

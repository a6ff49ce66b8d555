package org.paceline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.PlanChanges;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Grouping;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * The screen's compare overlay and paper's mark the same programs as moved (with the same
 * dates where they were) and as added, for the same pair of plans: both read one computation.
 */
class CompareAgreementTest {

  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2027, 12, 31);

  /** What the screen marks: added ids, and where each moved bar was (first and last day). */
  record Marks(TreeSet<String> added, Map<String, List<LocalDate>> was) {}

  /**
   * The plan compared with: every third program elsewhere (even ones by start, odd ones by end
   * alone), the fifth missing (so it is added), and one the shown plan no longer has.
   */
  static Plan before(Plan shown) {
    List<Program> was = new ArrayList<>();
    int i = 0;
    for (Program p : shown.programs()) {
      i++;
      if (i == 5) {
        continue;
      }
      if (i % 6 == 0) {
        was.add(p.withDates(p.start().minusWeeks(5), p.end().minusWeeks(5)));
      } else if (i % 3 == 0) {
        was.add(p.withDates(p.start(), p.end().plusDays(9)));
      } else {
        was.add(p);
      }
    }
    Program gone = shown.programs().get(0);
    was.add(new Program("P-GONE", "Dropped print run", gone.kind(), gone.owner(), gone.start(),
        gone.end(), gone.supports(), gone.minLead(), gone.maxLead(), gone.cost(),
        gone.salesShare(), gone.expectedLeads(), gone.status(), gone.salesReview()));
    return shown.withPrograms(was);
  }

  static Marks screen(Plan shown, Plan compared) {
    ScreenBoard b = new ScreenBoard();
    b.show(shown, Grouping.INITIATIVE, Program::isActive);
    b.setCompared(compared);
    return screen(b);
  }

  static Marks screen(ScreenBoard b) {
    ScreenView view = new ScreenView(FROM, 4, 240 + 4 * 800, 800, 0);
    ScreenLayout l = new ScreenLayout(b, view);
    Marks m = new Marks(new TreeSet<>(), new TreeMap<>());
    for (int r = 0; r < b.rowCount(); r++) {
      if (b.row(r) instanceof ScreenBoard.Row.Item item) {
        Program p = b.drawn(item.program());
        ScreenLayout.Comparison k = l.comparison(p, l.rowTop(r));
        if (k != null && k.added() != null) {
          m.added().add(p.id());
        } else if (k != null) {
          m.was().put(p.id(), List.of(view.dayAt(k.ghost().x() + 1e-6),
              view.dayAt(k.ghost().maxX() - 1e-6)));
        }
      }
    }
    return m;
  }

  static Marks paper(Plan shown, Plan compared) {
    BoardLayout plain = BoardLayout.of(BoardData.of(shown), FROM, TO, 150 + 730 * 3, 1,
        BoardLayoutTest.FONT);
    BoardLayout l = CompareOverlay.apply(plain, PlanChanges.of(compared, shown, FROM),
        BoardLayoutTest.FONT);
    Marks m = new Marks(new TreeSet<>(), new TreeMap<>());
    for (BoardLayout.Section s : l.rows()) {
      for (Shape shape : s.timeArea()) {
        if (shape instanceof Shape.Box box && box.style().equals(Styles.MARK_ADDED)) {
          m.added().add(s.ref());
        } else if (shape instanceof Shape.Box box && box.style().equals(Styles.GHOST_MOVED)) {
          m.was().put(s.ref(), List.of(l.axis().dateAt(box.x() + 1e-6),
              l.axis().dateAt(box.maxX() - 1e-6)));
        }
      }
    }
    return m;
  }

  @Test
  void screenAndPaperMarkTheSameProgramsMovedAndAddedWithTheSameGhosts() {
    Plan shown = SamplePlan.load();
    Plan compared = before(shown);
    Marks screen = screen(shown, compared);
    Marks paper = paper(shown, compared);

    // worked out from how the compared plan was made, for the programs both boards show
    TreeSet<String> added = new TreeSet<>();
    Map<String, List<LocalDate>> was = new TreeMap<>();
    for (int i = 0; i < shown.programs().size(); i++) {
      Program p = shown.programs().get(i);
      if (!p.isActive()) {
        continue;
      }
      int n = i + 1;
      if (n == 5) {
        added.add(p.id());
      } else if (n % 6 == 0) {
        was.put(p.id(), List.of(p.start().minusWeeks(5), p.end().minusWeeks(5)));
      } else if (n % 3 == 0) {
        was.put(p.id(), List.of(p.start(), p.end().plusDays(9)));
      }
    }
    assertEquals(1, added.size(), "the sample's fifth program is active");
    assertTrue(was.size() >= 4, "moves by start and by end alone: " + was.keySet());

    assertEquals(added, paper.added(), "paper");
    assertEquals(was, paper.was(), "paper");
    assertEquals(paper.added(), screen.added(), "the screen frames what paper frames");
    assertEquals(paper.was(), screen.was(), "the screen's ghosts are paper's ghosts");
  }

  @Test
  void theScreenHandsOutTheSameProgramChangesAsPaperAndFollowsEdits() {
    Plan shown = SamplePlan.load();
    Plan compared = before(shown);
    ScreenBoard b = new ScreenBoard();
    b.show(shown, Grouping.INITIATIVE, Program::isActive);
    b.setCompared(compared);
    PlanChanges paper = PlanChanges.of(compared, shown, FROM);
    assertEquals(paper.moves(), b.programChanges().moves());
    assertEquals(paper.added(), b.programChanges().added());
    assertEquals(List.of("P-GONE"), b.programChanges().removed().stream().map(Program::id)
        .toList());
    assertEquals(paper.removed(), b.programChanges().removed());

    // one program put back where the compared plan has it: no longer moved, on either medium
    Program moved = paper.moves().get(0).after();
    Program back = moved.withDates(paper.moves().get(0).before().start(),
        paper.moves().get(0).before().end());
    List<Program> programs = new ArrayList<>(shown.programs());
    programs.set(programs.indexOf(moved), back);
    Plan edited = shown.withPrograms(programs);
    b.planChanged(shown, edited);
    assertFalse(screen(b).was().containsKey(moved.id()), "the ghost goes with the move");
    PlanChanges after = PlanChanges.of(compared, edited, FROM);
    assertEquals(after.moves(), b.programChanges().moves());
    assertEquals(paper(edited, compared), screen(b));
  }

  @Test
  void aBarBeingDraggedIsComparedAsDrawn() {
    Plan shown = SamplePlan.load();
    Plan compared = before(shown);
    ScreenBoard b = new ScreenBoard();
    b.show(shown, Grouping.INITIATIVE, Program::isActive);
    b.setCompared(compared);
    ScreenLayout l = new ScreenLayout(b, new ScreenView(FROM, 4, 3440, 800, 0));
    Program same = shown.programs().stream().filter(Program::isActive)
        .filter(p -> b.programChanges().kind(p) == org.paceline.model.ProgramChanges.Kind.SAME)
        .findFirst().orElseThrow();
    assertNull(l.comparison(same, 0), "unchanged: nothing drawn");
    Program dragged = same.withDates(same.start().plusWeeks(2), same.end().plusWeeks(2));
    b.setPreview(dragged);
    ScreenLayout.Comparison k = l.comparison(b.drawn(same), 0);
    assertNotNull(k, "the ghost shows while dragging, before the plan is stored");
    assertEquals(l.x(same.start()), k.ghost().x(), 1e-9, "where the compared plan has it");
    b.setPreview(null);
    assertNull(l.comparison(b.drawn(same), 0));
    assertEquals(paper(shown, compared), screen(b), "the preview changed nothing stored");
  }
}

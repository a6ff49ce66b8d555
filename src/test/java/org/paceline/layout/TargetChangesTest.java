package org.paceline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.layout.BoardLayoutTest.DEC;
import static org.paceline.layout.BoardLayoutTest.FONT;
import static org.paceline.layout.BoardLayoutTest.JAN;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.PlanBuilder;
import org.paceline.analysis.PlanChanges;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Plan;

/** The change of each sales target per quarter and segment, and how paper and slides show it. */
class TargetChangesTest {

  static Plan targets(PlanBuilder b) {
    return b.initiative("I1", "", "2027-04-01", "2027-04-30").build();
  }

  @Test
  void eachQuarterAndSegmentSaysWhichWayItWentInShortAndInFull() {
    Plan before = targets(PlanBuilder.plan()
        .target("FY2027-Q1", "", 1_000_000, null)
        .target("FY2027-Q2", "Enterprise", 300_000, null)
        .target("FY2027-Q2", "Enterprise", 100_000, null) // rows of one quarter add up
        .target("FY2027-Q3", "", 300_000, null)
        .target("FY2027-Q4", "", 500_000, null));
    Plan after = targets(PlanBuilder.plan()
        .target("FY2027-Q1", "", 1_200_000, null)
        .target("FY2027-Q2", "enterprise", 250_000, null) // the segment ignoring case
        .target("FY2027-Q4", "", 500_000, null) // unchanged: not listed
        .target("FY2027-Q4", "SMB", 80_000, null));
    List<TargetChanges.Change> c = TargetChanges.of(before, after);
    assertEquals(4, c.size(), c.toString());

    TargetChanges.Change up = c.get(0);
    assertEquals(FiscalQuarter.parse("FY2027-Q1"), up.quarter());
    assertEquals(TargetChanges.Direction.UP, up.direction());
    assertEquals(0, new BigDecimal(200_000).compareTo(up.delta()));
    assertEquals("\u25b2 +$200K", up.shortText());
    assertEquals("FY2027-Q1 target $1M \u2192 $1.2M (\u25b2 +$200K)", up.fullText());
    assertEquals(Styles.TARGET_CHANGE_UP, up.boxStyle());
    assertEquals(Styles.TEXT_CHANGE_UP, up.textStyle());

    TargetChanges.Change down = c.get(1);
    assertEquals("enterprise", down.segment(), "as the plan shown writes it");
    assertEquals(TargetChanges.Direction.DOWN, down.direction());
    assertEquals(0, new BigDecimal(400_000).compareTo(down.before()));
    assertEquals("\u25bc \u2212$150K", down.shortText());
    assertEquals(Styles.TEXT_CHANGE_DOWN, down.textStyle());
    assertTrue(down.isAbout(FiscalQuarter.parse("FY2027-Q2"), "ENTERPRISE"));

    TargetChanges.Change gone = c.get(2);
    assertEquals(TargetChanges.Direction.GONE, gone.direction());
    assertNull(gone.after());
    assertEquals("was $300K", gone.shortText());
    assertEquals("FY2027-Q3 target was $300K, none now", gone.fullText());
    assertEquals(Styles.TARGET_CHANGE_GONE, gone.boxStyle());

    TargetChanges.Change added = c.get(3);
    assertEquals("SMB", added.segment());
    assertEquals(TargetChanges.Direction.UP, added.direction());
    assertEquals("FY2027-Q4 SMB target new: $80K (\u25b2 +$80K)", added.fullText());

    assertEquals(List.of(), TargetChanges.of(before, before), "a plan against itself");
  }

  @Test
  void theSalesLaneShowsTheChangeInTheTargetsBoxAndWhereAGoneTargetWas() {
    Plan before = targets(PlanBuilder.plan()
        .target("FY2027-Q2", "", 1_000_000, 400)
        .target("FY2027-Q3", "", 300_000, null));
    Plan after = targets(PlanBuilder.plan().target("FY2027-Q2", "", 1_200_000, 400));
    PlanChanges changes = PlanChanges.of(before, after, JAN);
    BoardLayout plain = BoardLayout.of(BoardData.of(after), JAN, DEC, 150 + 365 * 2, 1, FONT);
    BoardLayout l = CompareOverlay.apply(plain, changes, FONT);

    List<Shape> lane = l.sales().get(0).timeArea();
    Shape.Box target = lane.stream().filter(s -> s instanceof Shape.Box b
        && b.style().startsWith("target.") && b.ref().startsWith("FY2027-Q2")
        && !b.style().startsWith("target.change")).map(s -> (Shape.Box) s).findFirst()
        .orElseThrow();
    Shape.Box rule = boxes(lane, Styles.TARGET_CHANGE_UP).get(0);
    assertEquals(target.x(), rule.x(), 1e-9);
    assertEquals(target.w(), rule.w(), 1e-9);
    assertEquals(target.y() + target.h(), rule.y() + rule.h(), 1e-9, "along its bottom edge");
    Shape.Text up = texts(lane, Styles.TEXT_CHANGE_UP).get(0);
    assertEquals("\u25b2 +$200K", up.text());
    assertTrue(up.maxX() <= target.x() + target.w() && up.x() > target.x(), "inside, at the right");
    Shape.Text label = lane.stream().filter(s -> s instanceof Shape.Text t
        && t.style().equals(Styles.TEXT) && t.role() == TextRole.TARGET)
        .map(s -> (Shape.Text) s).findFirst().orElseThrow();
    assertTrue(label.maxX() < up.x(), "the target's own label ends before the change");

    Shape.Box was = boxes(lane, Styles.TARGET_CHANGE_GONE).get(0);
    var cal = org.paceline.analysis.FiscalCalendar.of(after.settings());
    assertEquals(l.axis().x(cal.startOf(FiscalQuarter.parse("FY2027-Q3"))) + 1.5, was.x(), 1e-9);
    assertEquals("was $300K", texts(lane, Styles.TEXT_CHANGE_DOWN).get(0).text());

    assertSame(plain, CompareOverlay.apply(plain, PlanChanges.of(after, after, JAN), FONT),
        "nothing changed, nothing drawn");
  }

  static List<Shape.Box> boxes(List<Shape> lane, String style) {
    return lane.stream().filter(s -> s instanceof Shape.Box b && b.style().equals(style))
        .map(s -> (Shape.Box) s).collect(Collectors.toList());
  }

  static List<Shape.Text> texts(List<Shape> lane, String style) {
    return lane.stream().filter(s -> s instanceof Shape.Text t && t.style().equals(style))
        .map(s -> (Shape.Text) s).collect(Collectors.toList());
  }
}

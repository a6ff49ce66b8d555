package org.paceline.layout;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.paceline.analysis.FiscalCalendar;
import org.paceline.analysis.InitiativeLanes;
import org.paceline.analysis.LaneRows;
import org.paceline.analysis.PaceSummary;
import org.paceline.model.Conflict;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Grouping;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.PlanDiff;
import org.paceline.model.Program;
import org.paceline.model.ProgramChanges;
import org.paceline.model.QuarterTarget;

/**
 * The plan as the screen shows it: its marketing rows (grouped, filtered, folded), the stacking
 * of initiatives in the sales lane, the pace figures (following a drag) and the conflicts by what
 * they are about. Kept between frames and updated in place: a move of one program changes its
 * row and figures alone; a change of grouping, filter or folding rebuilds the rows. Geometry at a
 * given scroll and zoom is {@link ScreenLayout}'s; the sizes are {@link ScreenMetrics}.
 */
public final class ScreenBoard {

  /** One row of the marketing lanes. */
  public sealed interface Row {
    /** A group heading: its key folds or unfolds it. */
    record Group(String key, String label, int count, boolean collapsed) implements Row {}

    /** A program's row. */
    record Item(Program program) implements Row {}
  }

  private Plan plan;
  private Grouping grouping = Grouping.INITIATIVE;
  private Predicate<Program> show = p -> true;
  private final java.util.HashSet<String> collapsed = new java.util.HashSet<>();
  private LaneRows rows;
  private FiscalCalendar calendar;
  private Map<String, Initiative> initiatives = new HashMap<>();
  private Map<String, Integer> initiativeLane = new HashMap<>();
  private double[] segmentTops = {0, ScreenMetrics.SALES_ROW};
  private PaceSummary storedPace;
  private PaceSummary pace;
  private Program preview;
  private ConflictIndex conflicts = new ConflictIndex(List.of());
  private Plan compared;
  private ProgramChanges programChanges = ProgramChanges.NONE;
  private List<TargetChanges.Change> targetChanges = List.of();

  /** Shows {@code plan} (null: nothing) with these rows; rebuilds everything. */
  public void show(Plan plan, Grouping grouping, Predicate<Program> show) {
    this.plan = plan;
    this.grouping = grouping == null ? Grouping.INITIATIVE : grouping;
    this.show = show;
    rebuild();
  }

  /**
   * The plan changed from {@code before} to {@code after}: a move or edit of one program updates
   * its row and figures in place, anything else rebuilds.
   */
  public void planChanged(Plan before, Plan after) {
    Program changed = before == null || after == null || rows == null ? null
        : PlanDiff.onlyProgram(before, after);
    if (changed != null) {
      LaneRows next = rows.withProgram(changed, grouping, show);
      if (next != null) {
        Program old = before.programs().stream().filter(p -> p.id().equals(changed.id()))
            .findFirst().orElseThrow();
        plan = after;
        rows = next;
        storedPace = storedPace == null ? PaceSummary.of(after)
            : storedPace.withProgram(old, changed);
        compareWithShown();
        setPreview(preview);
        return;
      }
    }
    plan = after;
    rebuild();
  }

  /** Folds a group, or unfolds it when folded. */
  public void toggle(String groupKey) {
    if (!collapsed.remove(groupKey)) {
      collapsed.add(groupKey);
    }
    rebuild();
  }

  /** Unfolds every group (to reveal a program inside one). */
  public void unfoldAll() {
    collapsed.clear();
    rebuild();
  }

  private void rebuild() {
    if (plan == null) {
      rows = null;
      pace = null;
      storedPace = null;
      return;
    }
    calendar = FiscalCalendar.of(plan.settings());
    initiatives = new HashMap<>();
    plan.initiatives().forEach(i -> initiatives.put(i.id(), i));
    rows = LaneRows.of(plan, grouping, show, Set.copyOf(collapsed));
    InitiativeLanes lanes = InitiativeLanes.of(plan, rows.segments());
    initiativeLane = lanes.lane();
    segmentTops = SegmentTops.of(lanes.lanesPerSegment(), ScreenMetrics.SALES_ROW,
        ScreenMetrics.INITIATIVE_LANE);
    storedPace = PaceSummary.of(plan);
    compareWithShown();
    setPreview(preview);
  }

  /**
   * The plan the shown one is compared with (null: none): its programs are where moved bars
   * were, and programs it lacks are new.
   */
  public void setCompared(Plan other) {
    if (other == compared) {
      return;
    }
    compared = other;
    compareWithShown();
  }

  /** The program and target changes from the compared plan to the one shown now. */
  private void compareWithShown() {
    boolean both = compared != null && plan != null;
    programChanges = both ? ProgramChanges.of(compared, plan) : ProgramChanges.NONE;
    targetChanges = both ? TargetChanges.of(compared, plan) : List.of();
  }

  /** The targets that differ from the compared plan's (none while nothing is compared). */
  public List<TargetChanges.Change> targetChanges() {
    return targetChanges;
  }

  /** True while another plan is compared. */
  public boolean comparing() {
    return compared != null;
  }

  /**
   * The programs added, removed and moved from the compared plan to the one shown, as paper and
   * slides have them ({@link ProgramChanges#NONE} while nothing is compared).
   */
  public ProgramChanges programChanges() {
    return programChanges;
  }

  /** The conflicts to mark. */
  public void setConflicts(List<Conflict> list) {
    conflicts = new ConflictIndex(list == null ? List.of() : list);
  }

  /**
   * The program as it is being dragged (null: none); the pace figures follow it by its
   * contribution alone.
   */
  public void setPreview(Program dragged) {
    preview = dragged;
    pace = storedPace;
    if (dragged != null && storedPace != null) {
      Program original = stored(dragged.id());
      if (original != null) {
        pace = storedPace.withProgram(original, dragged);
      }
    }
  }

  /** The program as the plan has it, not as dragged, or null. */
  public Program stored(String id) {
    int idx = rows == null ? -1 : rows.indexOf(id);
    if (idx >= 0 && rows.rows().get(idx) instanceof LaneRows.ProgramRow pr
        && pr.program().id().equals(id)) {
      return pr.program();
    }
    return plan == null ? null
        : plan.programs().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
  }

  /** The program as drawn now: the dragged one in place of its stored self. */
  public Program drawn(Program p) {
    return preview != null && preview.id().equals(p.id()) ? preview : p;
  }

  // ---------------------------------------------------------------- what there is

  /** True when there is a plan to draw. */
  public boolean ready() {
    return plan != null && rows != null;
  }

  public Plan plan() {
    return plan;
  }

  public int rowCount() {
    return rows == null ? 0 : rows.rows().size();
  }

  /** The row at {@code index}, top to bottom. */
  public Row row(int index) {
    LaneRows.Row r = rows.rows().get(index);
    if (r instanceof LaneRows.GroupRow g) {
      return new Row.Group(g.key(), g.label(), g.count(), g.collapsed());
    }
    return new Row.Item(((LaneRows.ProgramRow) r).program());
  }

  /** The row of a program, or -1 when it is filtered out or folded away. */
  public int indexOf(String programId) {
    return rows == null ? -1 : rows.indexOf(programId);
  }

  /** The sales lane's rows: "Whole business" first, then each segment. */
  public List<String> segments() {
    return rows.segments();
  }

  /** The row of a segment in the sales lane (0 for the whole business or an unknown one). */
  public int segmentRow(String segment) {
    return InitiativeLanes.segmentRow(rows.segments(), segment);
  }

  /** The top of each segment row relative to the sales lane, and last the lane's height. */
  public double[] segmentTops() {
    return segmentTops.clone();
  }

  double segmentTop(int row) {
    return segmentTops[row];
  }

  double salesHeight() {
    return segmentTops[segmentTops.length - 1];
  }

  /** The stacking lane of an initiative inside its segment row. */
  public int lane(String initiativeId) {
    return initiativeLane.getOrDefault(initiativeId, 0);
  }

  public Initiative initiative(String id) {
    return initiatives.get(id);
  }

  FiscalCalendar calendar() {
    return calendar;
  }

  /** The pace figures as drawn (following a drag). */
  PaceSummary pace() {
    return pace;
  }

  public ConflictIndex conflicts() {
    return conflicts;
  }

  /** The first day of a quarter, for revealing it. */
  public LocalDate startOf(FiscalQuarter q) {
    return calendar.startOf(q);
  }

  /** The fiscal quarter a day falls in. */
  public FiscalQuarter quarterOf(LocalDate day) {
    return calendar.quarterOf(day);
  }

  /** The target of a quarter in a segment row, or null. */
  public QuarterTarget targetAt(FiscalQuarter q, int segmentRow) {
    for (QuarterTarget t : plan.targets()) {
      if (t.quarter().equals(q) && segmentRow(t.segment()) == segmentRow) {
        return t;
      }
    }
    return null;
  }

  /** The initiative drawn in a segment row's lane on a day, or null. */
  public Initiative initiativeAt(int segmentRow, int lane, LocalDate day) {
    for (Initiative i : plan.initiatives()) {
      if (segmentRow(i.segment()) == segmentRow && lane(i.id()) == lane
          && !day.isBefore(i.start()) && !day.isAfter(i.end())) {
        return i;
      }
    }
    return null;
  }

  /** The programs supporting an initiative, as the plan has them. */
  public List<Program> supporting(String initiativeId) {
    return plan.programs().stream().filter(p -> initiativeId.equals(p.supports())).toList();
  }
}

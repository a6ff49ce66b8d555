package org.paceline.layout;

import java.time.LocalDate;
import java.util.Objects;
import org.paceline.analysis.PlanChanges;
import org.paceline.model.Plan;
import org.paceline.model.ProgramChanges;

/**
 * What a compare export shows besides the board: the plan compared with (e.g. the approved
 * baseline), the day both plans were checked, and the changes from it to the board's plan.
 *
 * @param otherPlan the name of the plan compared with
 * @param asOf the day both plans were checked; the board's own conflicts use it too
 * @param changes from {@code otherPlan} to the plan on the board
 */
public record CompareView(String otherPlan, LocalDate asOf, PlanChanges changes) {

  public CompareView {
    Objects.requireNonNull(otherPlan);
    Objects.requireNonNull(asOf);
    Objects.requireNonNull(changes);
  }

  /** The changes from {@code other} to {@code shown}, both checked as of {@code asOf}. */
  public static CompareView of(Plan other, Plan shown, LocalDate asOf) {
    return new CompareView(other.name(), asOf, PlanChanges.of(other, shown, asOf));
  }

  /**
   * A board's time range {@code span} (first and last day) widened to whole months that also
   * hold where every moved bar was, so no ghost falls off the board.
   */
  public LocalDate[] widen(LocalDate[] span) {
    LocalDate lo = span[0];
    LocalDate hi = span[1];
    for (ProgramChanges.Move m : changes.moves()) {
      lo = m.before().start().isBefore(lo) ? m.before().start().withDayOfMonth(1) : lo;
      hi = m.before().end().isAfter(hi) ? java.time.YearMonth.from(m.before().end())
          .atEndOfMonth() : hi;
    }
    return new LocalDate[] {lo, hi};
  }

  /** "Changes since "Approved" (both checked as of 2027-03-31): 2 new conflicts, 1 resolved". */
  public String heading() {
    long added = changes.conflicts().stream()
        .filter(c -> c.change() == org.paceline.model.ConflictChange.Kind.NEW).count();
    long resolved = changes.conflicts().size() - added;
    return ChangeLines.title(otherPlan) + " (both checked as of " + asOf + "): " + added
        + (added == 1 ? " new conflict, " : " new conflicts, ") + resolved + " resolved";
  }
}

package org.paceline.layout;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.FiscalCalendar;
import org.paceline.model.Grouping;
import org.paceline.analysis.InitiativeLanes;
import org.paceline.analysis.LaneRows;
import org.paceline.analysis.PaceSummary;
import org.paceline.model.ConflictList;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * A plan with its analysis, as the layout reads it: conflicts, calendar, rows, initiative lanes
 * and pace figures. Computed once and laid out as often as needed (one page setup after another,
 * one slide after another).
 *
 * @param rows the marketing rows of the programs shown
 */
public record BoardData(Plan plan, ConflictList conflicts, FiscalCalendar calendar,
    PaceSummary pace, LaneRows rows, InitiativeLanes lanes, Map<String, Initiative> initiatives) {

  /** The analysis of a plan with every active program shown. */
  public static BoardData of(Plan plan) {
    return of(plan, p -> true, null, null, Set.of());
  }

  /**
   * The analysis of a plan showing the active programs {@code filter} accepts that overlap
   * {@code from..to} (null: no limit), grouped by initiative, with {@code collapsed} groups folded.
   */
  public static BoardData of(Plan plan, Predicate<Program> filter, LocalDate from, LocalDate to,
      Set<String> collapsed) {
    return of(plan, ConflictAnalyzer.analyze(plan), PaceSummary.of(plan), filter, from, to,
        collapsed);
  }

  /** The same with conflicts and pace figures already computed. */
  public static BoardData of(Plan plan, ConflictList conflicts, PaceSummary pace,
      Predicate<Program> filter, LocalDate from, LocalDate to, Set<String> collapsed) {
    FiscalCalendar cal = FiscalCalendar.of(plan.settings());
    LaneRows rows = LaneRows.of(plan, Grouping.INITIATIVE, p -> p.isActive() && filter.test(p)
        && (from == null || !p.end().isBefore(from)) && (to == null || !p.start().isAfter(to)),
        collapsed);
    Map<String, Initiative> byId = new HashMap<>();
    plan.initiatives().forEach(i -> byId.put(i.id(), i));
    return new BoardData(plan, conflicts, cal, pace, rows, InitiativeLanes.of(plan,
        rows.segments()), byId);
  }

  /** The same plan and analysis with other rows (another range, filter or folding). */
  public BoardData withRows(Predicate<Program> filter, LocalDate from, LocalDate to,
      Set<String> collapsed) {
    return of(plan, conflicts, pace, filter, from, to, collapsed);
  }

  /** The plan's span in whole months: active programs, initiatives and target quarters. */
  public LocalDate[] span() {
    List<LocalDate[]> spans = new ArrayList<>();
    plan.programs().stream().filter(Program::isActive)
        .forEach(p -> spans.add(new LocalDate[] {p.start(), p.end()}));
    plan.initiatives().forEach(i -> spans.add(new LocalDate[] {i.start(), i.end()}));
    plan.targets().forEach(t -> spans.add(new LocalDate[] {calendar.startOf(t.quarter()),
        calendar.endOf(t.quarter())}));
    LocalDate lo = null;
    LocalDate hi = null;
    for (LocalDate[] s : spans) {
      lo = lo == null || s[0].isBefore(lo) ? s[0] : lo;
      hi = hi == null || s[1].isAfter(hi) ? s[1] : hi;
    }
    if (lo == null) {
      lo = calendar.startOfYear(calendar.fiscalYearOf(LocalDate.now()));
      hi = lo.plusYears(1).minusDays(1);
    }
    return new LocalDate[] {lo.withDayOfMonth(1), YearMonth.from(hi).atEndOfMonth()};
  }
}

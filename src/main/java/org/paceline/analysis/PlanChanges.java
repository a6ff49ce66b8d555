package org.paceline.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.paceline.model.ConflictChange;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.ProgramChanges;
import org.paceline.model.QuarterTarget;

/**
 * Everything that changed from one plan ({@code before}, e.g. the approved baseline) to another
 * ({@code after}, the plan shown): the new and resolved conflicts (by {@link PlanComparison},
 * both plans checked at the same as-of date), the programs added, removed and moved (by
 * {@link ProgramChanges}, the same computation the screen's compare overlay reads), and the
 * revenue target per quarter. The compare side panel and the compare exports both read it.
 *
 * @param conflicts new conflicts, then resolved ones, as {@code paceline compare} lists them
 * @param programs the programs added, removed and moved
 * @param targetChanges one line per quarter whose revenue target changed
 * @param before the plan compared with, as it was read (its targets, calendar and currency)
 * @param after the plan shown
 */
public record PlanChanges(List<ConflictChange> conflicts, ProgramChanges programs,
    List<String> targetChanges, Plan before, Plan after) {

  public PlanChanges {
    conflicts = List.copyOf(conflicts);
    java.util.Objects.requireNonNull(programs);
    targetChanges = List.copyOf(targetChanges);
    java.util.Objects.requireNonNull(before);
    java.util.Objects.requireNonNull(after);
  }

  /** The changes from {@code before} to {@code after}, both analysed as of {@code asOf}. */
  public static PlanChanges of(Plan before, Plan after, LocalDate asOf) {
    List<List<org.paceline.model.Conflict>> both =
        PlanComparison.analyzeBoth(before, after, asOf);
    List<ConflictChange> changes = PlanComparison.compare(both.get(0), both.get(1));
    return new PlanChanges(changes, ProgramChanges.of(before, after),
        targetChanges(before, after), before, after);
  }

  /** Programs of {@code after} that {@code before} has not, in {@code after}'s order. */
  public List<Program> added() {
    return programs.added();
  }

  /** Programs of {@code before} that {@code after} has not, in {@code before}'s order. */
  public List<Program> removed() {
    return programs.removed();
  }

  /** Programs in both whose start or end differs, in {@code after}'s order. */
  public List<ProgramChanges.Move> moves() {
    return programs.moves();
  }

  /** True when nothing differs that this record tells. */
  public boolean isEmpty() {
    return conflicts.isEmpty() && programs.isEmpty() && targetChanges.isEmpty();
  }

  /** "FY2027-Q2: target 1,000,000 → 1,200,000" for each quarter whose revenue target changed. */
  public static List<String> targetChanges(Plan before, Plan after) {
    Map<FiscalQuarter, BigDecimal> a = revenue(before);
    Map<FiscalQuarter, BigDecimal> b = revenue(after);
    Set<FiscalQuarter> quarters = new TreeSet<>(Comparator.comparing(FiscalQuarter::toString));
    quarters.addAll(a.keySet());
    quarters.addAll(b.keySet());
    List<String> lines = new ArrayList<>();
    for (FiscalQuarter q : quarters) {
      BigDecimal x = a.getOrDefault(q, BigDecimal.ZERO);
      BigDecimal y = b.getOrDefault(q, BigDecimal.ZERO);
      if (x.compareTo(y) != 0) {
        lines.add(q + ": target " + money(x) + " \u2192 " + money(y));
      }
    }
    return lines;
  }

  private static Map<FiscalQuarter, BigDecimal> revenue(Plan p) {
    Map<FiscalQuarter, BigDecimal> m = new TreeMap<>(
        Comparator.comparing(FiscalQuarter::toString));
    for (QuarterTarget t : p.targets()) {
      m.merge(t.quarter(), t.revenue(), BigDecimal::add);
    }
    return m;
  }

  private static String money(BigDecimal v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}

package org.paceline.layout;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Severity;

/** The conflicts by what they are about, so drawing finds a bar's markers in constant time. */
public final class ConflictIndex {

  private final Map<String, List<Conflict>> byProgram;
  /** When the list can answer per program itself, program conflicts are not indexed again. */
  private final org.paceline.model.ConflictList perProgram;
  private final Map<String, List<Conflict>> byTarget = new HashMap<>();
  private final Map<YearMonth, List<Conflict>> byMonth = new HashMap<>();
  private final Map<FiscalQuarter, List<Conflict>> byBudget = new HashMap<>();

  public ConflictIndex(List<Conflict> conflicts) {
    perProgram = conflicts instanceof org.paceline.model.ConflictList cl ? cl : null;
    // sized for one entry per conflict: no rehashing while 10,000s are indexed
    byProgram = new HashMap<>(perProgram != null ? 16 : Math.max(16, conflicts.size() * 4 / 3 + 1));
    for (Conflict c : conflicts) {
      if (!c.program().isEmpty()) {
        if (perProgram != null) {
          continue;
        }
        List<Conflict> list = byProgram.get(c.program());
        if (list == null) {
          list = new ArrayList<>(2);
          byProgram.put(c.program(), list);
        }
        list.add(c);
      } else if (c.rule() == ConflictRule.OVER_CAPACITY) {
        byMonth.computeIfAbsent(c.month(), k -> new ArrayList<>()).add(c);
      } else if (c.rule() == ConflictRule.OVER_BUDGET) {
        byBudget.computeIfAbsent(c.quarter(), k -> new ArrayList<>()).add(c);
      } else if (c.quarter() != null) {
        byTarget.computeIfAbsent(targetKey(c.quarter(), c.segment()), k -> new ArrayList<>())
            .add(c);
      }
    }
  }

  static String targetKey(FiscalQuarter q, String segment) {
    return q + "|" + segment.toLowerCase(Locale.ROOT);
  }

  public List<Conflict> program(String id) {
    return perProgram != null ? perProgram.forProgram(id) : byProgram.getOrDefault(id, List.of());
  }

  public List<Conflict> target(FiscalQuarter q, String segment) {
    return byTarget.getOrDefault(targetKey(q, segment), List.of());
  }

  public List<Conflict> month(YearMonth m) {
    return byMonth.getOrDefault(m, List.of());
  }

  public List<Conflict> budget(FiscalQuarter q) {
    return byBudget.getOrDefault(q, List.of());
  }

  /** The most serious severity among conflicts, or null for none. */
  public static Severity worst(List<Conflict> conflicts) {
    Severity worst = null;
    for (Conflict c : conflicts) {
      if (worst == null || c.severity().isAtLeast(worst)) {
        worst = c.severity();
      }
    }
    return worst;
  }
}

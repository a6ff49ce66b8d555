package org.paceline.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictChange;
import org.paceline.model.ConflictKey;

/**
 * Compares two plans by their conflicts (conflicts.md, "Comparing two plans"): the new ones, then
 * the resolved ones, each in its plan's report order. Both lists must come from the same rules at
 * the same as-of date.
 */
public final class PlanComparison {

  private PlanComparison() {}

  /**
   * The conflicts of {@code b} that {@code a} does not have ({@code new}, b's message), then those
   * of {@code a} that {@code b} does not have ({@code resolved}, a's message). Conflicts are the
   * same by {@link ConflictKey}; when one plan has the same conflict twice, each one pairs with at
   * most one of the other plan.
   */
  public static List<ConflictChange> compare(List<Conflict> a, List<Conflict> b) {
    List<ConflictChange> changes = new ArrayList<>();
    Map<ConflictKey, Integer> inA = counts(a);
    Map<ConflictKey, Integer> inB = counts(b);
    addUnmatched(b, inA, ConflictChange.Kind.NEW, changes);
    addUnmatched(a, inB, ConflictChange.Kind.RESOLVED, changes);
    return changes;
  }

  private static Map<ConflictKey, Integer> counts(List<Conflict> conflicts) {
    Map<ConflictKey, Integer> counts = new HashMap<>(conflicts.size() * 2);
    for (Conflict c : conflicts) {
      counts.merge(ConflictKey.of(c), 1, Integer::sum);
    }
    return counts;
  }

  private static void addUnmatched(List<Conflict> side, Map<ConflictKey, Integer> other,
      ConflictChange.Kind kind, List<ConflictChange> out) {
    Map<ConflictKey, Integer> left = new HashMap<>(other);
    for (Conflict c : side) {
      ConflictKey key = ConflictKey.of(c);
      Integer n = left.get(key);
      if (n != null && n > 0) {
        left.put(key, n - 1);
      } else {
        out.add(new ConflictChange(kind, c));
      }
    }
  }
}

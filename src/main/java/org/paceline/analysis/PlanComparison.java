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
    // each list is read once (a conflict list may be a view), each key made once
    Conflict[] ca = a.toArray(Conflict[]::new);
    Conflict[] cb = b.toArray(Conflict[]::new);
    ConflictKey[] ka = keys(ca);
    ConflictKey[] kb = keys(cb);
    Map<ConflictKey, Integer> inA = counts(ka);
    Map<ConflictKey, Integer> inB = counts(kb);
    List<ConflictChange> changes = new ArrayList<>();
    addUnmatched(cb, kb, inA, ConflictChange.Kind.NEW, changes);
    addUnmatched(ca, ka, inB, ConflictChange.Kind.RESOLVED, changes);
    return changes;
  }

  private static ConflictKey[] keys(Conflict[] conflicts) {
    ConflictKey[] keys = new ConflictKey[conflicts.length];
    for (int i = 0; i < conflicts.length; i++) {
      keys[i] = ConflictKey.of(conflicts[i]);
    }
    return keys;
  }

  private static Map<ConflictKey, Integer> counts(ConflictKey[] keys) {
    Map<ConflictKey, Integer> counts = new HashMap<>(keys.length * 2);
    for (ConflictKey k : keys) {
      counts.merge(k, 1, Integer::sum);
    }
    return counts;
  }

  /** Adds the conflicts of one side that the other side's counts do not cover (uses them up). */
  private static void addUnmatched(Conflict[] side, ConflictKey[] keys,
      Map<ConflictKey, Integer> other, ConflictChange.Kind kind, List<ConflictChange> out) {
    for (int i = 0; i < side.length; i++) {
      Integer n = other.get(keys[i]);
      if (n != null && n > 0) {
        other.put(keys[i], n - 1);
      } else {
        out.add(new ConflictChange(kind, side[i]));
      }
    }
  }
}

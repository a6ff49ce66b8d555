package org.paceline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictChange;
import org.paceline.model.ConflictKey;
import org.paceline.model.Plan;

/**
 * Compares two plans by their conflicts (conflicts.md, "Comparing two plans"): the new ones, then
 * the resolved ones, each in its plan's report order. Both lists must come from the same rules at
 * the same as-of date.
 */
public final class PlanComparison {

  private PlanComparison() {}

  /**
   * The conflicts of two plans checked with the same rules on the same day, {@code a}'s first.
   * The two analyses are independent, so {@code b}'s runs on a second thread while {@code a}'s
   * runs on this one.
   */
  public static List<List<Conflict>> analyzeBoth(Plan a, Plan b, LocalDate asOf) {
    CompletableFuture<List<Conflict>> other =
        CompletableFuture.supplyAsync(() -> ConflictAnalyzer.analyze(b, asOf));
    List<Conflict> first = ConflictAnalyzer.analyze(a, asOf);
    return List.of(first, other.join());
  }

  /**
   * The conflicts of {@code b} that {@code a} does not have ({@code new}, b's message), then those
   * of {@code a} that {@code b} does not have ({@code resolved}, a's message). Conflicts are the
   * same by {@link ConflictKey}; when one plan has the same conflict twice, each one pairs with at
   * most one of the other plan: the first ones of a key pair, the later ones are left over.
   */
  public static List<ConflictChange> compare(List<Conflict> a, List<Conflict> b) {
    // Each list is read once (a conflict list may be a view) and each key made and hashed once.
    // One table holds every distinct key with its count on each side; each conflict remembers
    // its key's slot, so the two passes below look nothing up again.
    Conflict[] ca = a.toArray(Conflict[]::new);
    Conflict[] cb = b.toArray(Conflict[]::new);
    Table t = new Table(ca.length + cb.length);
    int[] sa = new int[ca.length];
    int[] sb = new int[cb.length];
    for (int i = 0; i < ca.length; i++) {
      sa[i] = t.add(ConflictKey.of(ca[i]), 0);
    }
    for (int i = 0; i < cb.length; i++) {
      sb[i] = t.add(ConflictKey.of(cb[i]), 1);
    }
    List<ConflictChange> changes = new ArrayList<>();
    addUnmatched(cb, sb, t.countA, ConflictChange.Kind.NEW, changes);
    addUnmatched(ca, sa, t.countB, ConflictChange.Kind.RESOLVED, changes);
    return changes;
  }

  /** Adds the conflicts of one side that the other side's counts do not cover (uses them up). */
  private static void addUnmatched(Conflict[] side, int[] slots, int[] other,
      ConflictChange.Kind kind, List<ConflictChange> out) {
    for (int i = 0; i < side.length; i++) {
      int s = slots[i];
      if (other[s] > 0) {
        other[s]--;
      } else {
        out.add(new ConflictChange(kind, side[i]));
      }
    }
  }

  /** Open addressing over the distinct keys: slot numbers, and a count per side per slot. */
  private static final class Table {
    private final int mask;
    private final int[] hashes;
    private final ConflictKey[] keys;
    final int[] countA;
    final int[] countB;

    Table(int expected) {
      int size = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
      mask = size - 1;
      hashes = new int[size];
      keys = new ConflictKey[size];
      countA = new int[size];
      countB = new int[size];
    }

    int add(ConflictKey k, int side) {
      int h = k.hashCode();
      int s = (h ^ (h >>> 16)) & mask;
      while (keys[s] != null && (hashes[s] != h || !keys[s].equals(k))) {
        s = (s + 1) & mask;
      }
      if (keys[s] == null) {
        keys[s] = k;
        hashes[s] = h;
      }
      if (side == 0) {
        countA[s]++;
      } else {
        countB[s]++;
      }
      return s;
    }
  }
}

package org.paceline.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The programs that differ from one plan ({@code before}, the plan compared with, e.g. the
 * approved baseline) to another ({@code after}, the plan shown), matched by id: added, removed,
 * and moved (start or end differs). The one place this is decided: the screen's compare overlay,
 * the paper and slide ghosts, the compare panel and the changes page all read it, so they cannot
 * disagree about which bar moved or is new.
 */
public final class ProgramChanges {

  /** One program in both plans with other dates: where it was and where it is. */
  public record Move(Program before, Program after) {}

  /** How one program of the plan shown stands against the plan compared with. */
  public enum Kind {
    /** The plan compared with has it with the same start and end. */
    SAME,
    /** The plan compared with has no program of that id. */
    ADDED,
    /** The plan compared with has it with another start or end. */
    MOVED
  }

  /** Nothing compared: no program added, removed or moved. */
  public static final ProgramChanges NONE = new ProgramChanges(Map.of(), List.of(), List.of(),
      List.of());

  private final Map<String, Program> before;
  private final List<Program> added;
  private final List<Program> removed;
  private final List<Move> moves;

  private ProgramChanges(Map<String, Program> before, List<Program> added,
      List<Program> removed, List<Move> moves) {
    this.before = before;
    this.added = List.copyOf(added);
    this.removed = List.copyOf(removed);
    this.moves = List.copyOf(moves);
  }

  /** The program changes from {@code before} to {@code after}. */
  public static ProgramChanges of(Plan before, Plan after) {
    Map<String, Program> was = new HashMap<>();
    before.programs().forEach(p -> was.put(p.id(), p));
    Set<String> now = new HashSet<>();
    List<Program> added = new ArrayList<>();
    List<Move> moves = new ArrayList<>();
    for (Program p : after.programs()) {
      now.add(p.id());
      switch (kind(was.get(p.id()), p)) {
        case ADDED -> added.add(p);
        case MOVED -> moves.add(new Move(was.get(p.id()), p));
        case SAME -> { }
      }
    }
    List<Program> removed = before.programs().stream().filter(p -> !now.contains(p.id()))
        .toList();
    return new ProgramChanges(Map.copyOf(was), added, removed, moves);
  }

  /** The rule itself: {@code now} against its namesake {@code was} (null: there is none). */
  private static Kind kind(Program was, Program now) {
    if (was == null) {
      return Kind.ADDED;
    }
    return was.start().equals(now.start()) && was.end().equals(now.end()) ? Kind.SAME
        : Kind.MOVED;
  }

  /**
   * How {@code now} stands against the plan compared with: a program of the plan shown, or one
   * as it is drawn while being dragged (so a ghost follows the drag before the plan is stored).
   */
  public Kind kind(Program now) {
    return kind(before.get(now.id()), now);
  }

  /** The program of that id as the plan compared with has it, or null when it has none. */
  public Program before(String id) {
    return before.get(id);
  }

  /** Programs of {@code after} that {@code before} has not, in {@code after}'s order. */
  public List<Program> added() {
    return added;
  }

  /** Programs of {@code before} that {@code after} has not, in {@code before}'s order. */
  public List<Program> removed() {
    return removed;
  }

  /** Programs in both whose start or end differs, in {@code after}'s order. */
  public List<Move> moves() {
    return moves;
  }

  /** True when no program was added, removed or moved. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && moves.isEmpty();
  }
}

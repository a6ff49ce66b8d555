package org.paceline.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import java.util.function.Predicate;
import org.paceline.model.Grouping;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.QuarterTarget;


/**
 * The rows of the board: sales segments (pinned) and grouped program rows. Pure; built once per
 * plan, grouping or filter change, then drawn a visible slice at a time.
 */
public final class LaneRows {

  /** A row of the marketing lanes: a group heading or a program. */
  public sealed interface Row {}

  /** A collapsible group heading with its program count. */
  public record GroupRow(String key, String label, int count, boolean collapsed) implements Row {}

  /** One program's bar. */
  public record ProgramRow(Program program, String group) implements Row {}

  private final List<String> segments;
  private final List<Row> rows;

  private LaneRows(List<String> segments, List<Row> rows) {
    this.segments = segments;
    this.rows = rows;
  }

  /**
   * Rows for a plan.
   *
   * @param show which programs are shown (filters and the cancelled switch)
   * @param collapsed the keys of collapsed groups
   */
  public static LaneRows of(Plan plan, Grouping grouping, Predicate<Program> show,
      Set<String> collapsed) {
    Map<String, String> segs = new LinkedHashMap<>();
    segs.put("", "Whole business");
    for (QuarterTarget t : plan.targets()) {
      if (!t.isWholeBusiness()) {
        segs.putIfAbsent(t.segment().toLowerCase(Locale.ROOT), t.segment());
      }
    }
    for (Initiative i : plan.initiatives()) {
      if (!i.isWholeBusiness()) {
        segs.putIfAbsent(i.segment().toLowerCase(Locale.ROOT), i.segment());
      }
    }
    Map<String, Initiative> initiatives = new LinkedHashMap<>();
    plan.initiatives().forEach(i -> initiatives.put(i.id(), i));

    // Groups in a meaningful order: initiatives by start, others as the plan lists them.
    Map<String, List<Program>> members = new HashMap<>();
    for (Program p : plan.programs()) {
      if (show.test(p)) {
        members.computeIfAbsent(key(grouping, p), k -> new ArrayList<>()).add(p);
      }
    }
    List<String> keys = new ArrayList<>(members.keySet());
    keys.sort(groupOrder(grouping, initiatives)); // once per group, not per program
    List<Row> rows = new ArrayList<>(members.size() + plan.programs().size());
    for (String key : keys) {
      List<Program> list = members.get(key);
      boolean closed = collapsed.contains(key);
      rows.add(new GroupRow(key, label(grouping, key, initiatives), list.size(), closed));
      if (!closed) {
        list.sort(Comparator.comparing(Program::start));
        for (Program p : list) {
          rows.add(new ProgramRow(p, key));
        }
      }
    }
    return new LaneRows(List.copyOf(segs.values()), rows);
  }

  private static String key(Grouping g, Program p) {
    return switch (g) {
      case INITIATIVE -> p.supports();
      case KIND -> p.kind().code();
      case OWNER -> p.owner();
      case STATUS -> p.status().code();
    };
  }

  private static String label(Grouping g, String key, Map<String, Initiative> initiatives) {
    if (g == Grouping.INITIATIVE) {
      Initiative i = initiatives.get(key);
      return i == null ? "Supports no initiative" : i.name() + "  (" + i.start() + ")";
    }
    if (key.isEmpty()) {
      return "No owner";
    }
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  private static Comparator<String> groupOrder(Grouping g, Map<String, Initiative> initiatives) {
    if (g == Grouping.INITIATIVE) {
      // initiatives by start date, "no initiative" last
      return Comparator.comparing((String k) -> initiatives.containsKey(k) ? 0 : 1)
          .thenComparing(k -> initiatives.containsKey(k) ? initiatives.get(k).start()
              : java.time.LocalDate.MAX)
          .thenComparing(Comparator.naturalOrder());
    }
    if (g == Grouping.KIND || g == Grouping.STATUS) {
      List<String> order = new ArrayList<>();
      if (g == Grouping.KIND) {
        for (var k : org.paceline.model.ProgramKind.values()) {
          order.add(k.code());
        }
      } else {
        for (var s : org.paceline.model.ProgramStatus.values()) {
          order.add(s.code());
        }
      }
      return Comparator.comparing(order::indexOf);
    }
    return Comparator.comparing((String k) -> k.isEmpty() ? 1 : 0)
        .thenComparing(String.CASE_INSENSITIVE_ORDER);
  }

  /**
   * These rows with one program's row showing {@code changed} in the same place (rows do not
   * jump away from the pointer after a drag), or null when the change moves it to another group
   * or out of the filter, and the rows must be built afresh.
   */
  public LaneRows withProgram(Program changed, Grouping grouping, Predicate<Program> show) {
    int at = indexOf(changed.id());
    if (at < 0) {
      // not on the board (filtered out, cancelled and hidden, or in a folded group): if it
      // stays filtered out, nothing on the board changes
      return show.test(changed) ? null : this;
    }
    if (!show.test(changed)) {
      return null;
    }
    ProgramRow old = (ProgramRow) rows.get(at);
    if (!key(grouping, changed).equals(old.group())) {
      return null;
    }
    List<Row> copy = new ArrayList<>(rows);
    copy.set(at, new ProgramRow(changed, old.group()));
    return new LaneRows(segments, copy);
  }

  /** The sales lane's segments: the whole business first, then as the plan names them. */
  public List<String> segments() {
    return segments;
  }

  /** The marketing rows, top to bottom. */
  public List<Row> rows() {
    return rows;
  }

  /** The row index of a program, or -1 when it is not shown. */
  public int indexOf(String programId) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) instanceof ProgramRow pr && pr.program().id().equals(programId)) {
        return i;
      }
    }
    return -1;
  }
}

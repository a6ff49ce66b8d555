package org.paceline.layout;

import java.util.Locale;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.model.Severity;

/**
 * The style names of the board, defined once. A name is dotted from general to particular:
 * family, variant, state ({@code bar.event.idea}). A medium that knows no look for a name tries
 * the family with the state ({@code bar.idea}), then ever shorter prefixes ({@code bar.event},
 * {@code bar}), so new kinds of things (orders, a compare view's {@code bar.event.baseline})
 * can add names without breaking older painters.
 */
public final class Styles {

  private Styles() {}

  // time header and grid
  public static final String HEADER = "header";
  public static final String HEADER_RULE = "grid.header";
  public static final String GRID_MONTH = "grid.month";
  public static final String GRID_QUARTER = "grid.quarter";
  public static final String GRID_ROW = "grid.row";
  public static final String FRAME = "frame";
  public static final String LABELS = "labels";
  public static final String ROW_GROUP = "row.group";

  // sales lane
  public static final String TARGET_MET = "target.met";
  public static final String TARGET_SHORT = "target.short";
  public static final String TARGET_MISSING = "target.missing";
  public static final String INITIATIVE = "initiative";

  // marketing lanes
  public static final String BAR = "bar";
  public static final String WINDOW = "window";
  public static final String WINDOW_LATE = "window.late";
  public static final String WINDOW_EARLY = "window.early";
  public static final String LINK = "link";
  public static final String INITIATIVE_START = "initiative.start";

  // compare view: what another plan had
  /** Where a moved bar was in the plan compared with: an outline, no fill. */
  public static final String GHOST_MOVED = "ghost.moved";
  /** A frame around the bar of a program the plan compared with does not have. */
  public static final String MARK_ADDED = "mark.added";
  /** A rule under a sales target that is higher than (or new since) the plan compared with. */
  public static final String TARGET_CHANGE_UP = "target.change.up";
  /** A rule under a sales target that is lower than in the plan compared with. */
  public static final String TARGET_CHANGE_DOWN = "target.change.down";
  /** A dashed box where the plan compared with had a target that is gone now. */
  public static final String TARGET_CHANGE_GONE = "target.change.gone";
  /** The text of a target that went up ("▲ +$200K"). */
  public static final String TEXT_CHANGE_UP = "text.change.up";
  /** The text of a target that went down or is gone ("▼ −$100K", "was $300K"). */
  public static final String TEXT_CHANGE_DOWN = "text.change.down";

  // pace strips
  public static final String STRIP_BACKGROUND = "strip.background";
  public static final String STRIP_LOAD = "strip.load";
  public static final String STRIP_OVER_CAPACITY = "strip.over-capacity";
  public static final String STRIP_CAPACITY = "strip.capacity";
  public static final String STRIP_SPEND = "strip.spend";
  public static final String STRIP_OVER_BUDGET = "strip.over-budget";
  public static final String STRIP_LEADS = "strip.leads";
  public static final String STRIP_SHORT_LEADS = "strip.short-leads";

  // text
  public static final String TEXT = "text";
  public static final String TEXT_HEADING = "text.heading";
  public static final String TEXT_MUTED = "text.muted";
  public static final String TEXT_WARNING = "text.warning";
  public static final String TEXT_ON_BAR = "text.on-bar";
  public static final String TEXT_ON_INITIATIVE = "text.on-initiative";
  public static final String TEXT_ON_MARK = "text.on-mark";

  /** A program's bar: {@code bar.<kind>}, with {@code .idea} or {@code .done} for those. */
  public static String bar(ProgramKind kind, ProgramStatus status) {
    String base = BAR + "." + kind.code();
    return switch (status) {
      case IDEA -> base + ".idea";
      case DONE -> base + ".done";
      case CANCELLED -> base + ".cancelled";
      default -> base;
    };
  }

  /** A lead-time window: {@code window.late} or {@code window.early} when the program is. */
  public static String window(java.util.List<org.paceline.model.Conflict> programConflicts) {
    boolean early = false;
    for (org.paceline.model.Conflict c : programConflicts) {
      if (c.rule() == org.paceline.model.ConflictRule.LATE_START) {
        return WINDOW_LATE;
      }
      early |= c.rule() == org.paceline.model.ConflictRule.EARLY_START;
    }
    return early ? WINDOW_EARLY : WINDOW;
  }

  /** A quarter's target cell by the worst conflict about it (null: none). */
  public static String target(Severity worst) {
    return worst == Severity.ERROR ? TARGET_MISSING
        : worst == Severity.WARNING ? TARGET_SHORT : TARGET_MET;
  }

  /** A conflict mark: {@code mark.error}, {@code mark.warning}, {@code mark.info}. */
  public static String mark(Severity s) {
    return "mark." + s.name().toLowerCase(Locale.ROOT);
  }

  /** True for a style of the given family, e.g. {@code is("bar.event.idea", "bar")}. */
  public static boolean is(String style, String family) {
    return style.equals(family) || style.startsWith(family + ".");
  }
}

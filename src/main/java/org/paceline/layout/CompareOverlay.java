package org.paceline.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paceline.analysis.PlanChanges;
import org.paceline.model.Program;

/**
 * Lays the comparison with another plan over a board: each moved bar gets a ghost outline
 * ({@link Styles#GHOST_MOVED}) where it was, over its lead window and under the bar, in the
 * bar's own row; each added program's bar gets a frame ({@link Styles#MARK_ADDED}). Removed
 * programs have no row on the board; the changes page lists them. Shapes only: the dates come from the plans, the positions
 * from the board's own axis.
 */
public final class CompareOverlay {

  private CompareOverlay() {}

  /**
   * The board {@code layout} with the changes' ghosts and marks in its program rows and the
   * change of each sales target in its lane ({@link TargetChanges}).
   */
  public static BoardLayout apply(BoardLayout layout, PlanChanges changes, TextMeasure measure) {
    return TargetChanges.apply(apply(layout, changes), changes, measure);
  }

  /** The board {@code layout} with the changes' ghosts and marks in its program rows. */
  public static BoardLayout apply(BoardLayout layout, PlanChanges changes) {
    if (changes == null || (changes.moves().isEmpty() && changes.added().isEmpty())) {
      return layout;
    }
    Map<String, Program> was = new HashMap<>();
    changes.moves().forEach(m -> was.put(m.after().id(), m.before()));
    Set<String> added = new HashSet<>();
    changes.added().forEach(p -> added.add(p.id()));
    List<BoardLayout.Section> rows = new ArrayList<>(layout.rows().size());
    for (BoardLayout.Section s : layout.rows()) {
      Program before = was.get(s.ref());
      boolean isNew = added.contains(s.ref());
      Shape.Box bar = before != null || isNew ? bar(s) : null;
      if (bar == null) {
        rows.add(s);
        continue;
      }
      List<Shape> time = new ArrayList<>(s.timeArea().size() + 1);
      double inset = layout.metrics().pt(1.5);
      if (before != null) {
        double x0 = layout.axis().x(before.start());
        double x1 = Math.max(x0 + layout.metrics().pt(2), layout.axis().xEnd(before.end()));
        // over the lead window, under the bar as it is now
        for (Shape shape : s.timeArea()) {
          if (shape == bar) {
            time.add(new Shape.Box(x0, bar.y(), x1 - x0, bar.h(), Styles.GHOST_MOVED, s.ref()));
          }
          time.add(shape);
        }
      } else {
        time.addAll(s.timeArea());
        time.add(new Shape.Box(bar.x() - inset, bar.y() - inset, bar.w() + 2 * inset,
            bar.h() + 2 * inset, Styles.MARK_ADDED, s.ref()));
      }
      rows.add(new BoardLayout.Section(s.height(), time, s.labels(), s.ref()));
    }
    return new BoardLayout(layout.axis(), layout.metrics(), layout.header(), layout.sales(), rows,
        layout.strips(), layout.verticals());
  }

  /** The program's bar in its row, or null (a group row, a note). */
  private static Shape.Box bar(BoardLayout.Section s) {
    for (Shape shape : s.timeArea()) {
      if (shape instanceof Shape.Box b && b.ref().equals(s.ref())
          && Styles.is(b.style(), Styles.BAR)) {
        return b;
      }
    }
    return null;
  }
}

package org.paceline.layout;

import java.util.ArrayList;
import java.util.List;
import org.paceline.analysis.PlanChanges;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictChange;
import org.paceline.model.Program;
import org.paceline.model.Quote;

/**
 * The "Changes since …" page or slide as lines in plain words: the new conflicts, then the
 * resolved ones (the identity and order of {@code paceline compare}), then the programs added,
 * removed and moved, and the sales targets that changed per quarter. Conflict lines carry their
 * severity and mark style; the other lines have no severity and style "".
 */
public final class ChangeLines {

  private ChangeLines() {}

  /** The title of the changes page: {@code Changes since "Approved FY2027"}. */
  public static String title(String otherPlan) {
    return "Changes since " + Quote.whole(otherPlan);
  }

  /** One conflict as {@code paceline compare} writes it: "error · Late start: …". */
  public static String sentence(Conflict c) {
    return c.severity().code() + " \u00b7 " + c.rule().title() + ": " + c.message();
  }

  /** The headings and lines of the changes since {@code otherPlan}. */
  public static List<ConflictLines.Line> of(String otherPlan, PlanChanges changes) {
    List<ConflictLines.Line> lines = new ArrayList<>();
    List<ConflictChange> added = changes.conflicts().stream()
        .filter(c -> c.change() == ConflictChange.Kind.NEW).toList();
    List<ConflictChange> resolved = changes.conflicts().stream()
        .filter(c -> c.change() == ConflictChange.Kind.RESOLVED).toList();
    if (changes.isEmpty()) {
      lines.add(plain("Nothing changed: the same conflicts, programs and sales targets as "
          + Quote.whole(otherPlan) + "."));
      return lines;
    }
    conflicts(lines, "New conflicts", added);
    conflicts(lines, "Resolved conflicts (only in " + Quote.whole(otherPlan) + ")", resolved);
    if (!changes.added().isEmpty()) {
      heading(lines, "Programs added", changes.added().size());
      changes.added().forEach(p -> lines.add(plain(name(p) + ", " + dates(p))));
    }
    if (!changes.removed().isEmpty()) {
      heading(lines, "Programs removed", changes.removed().size());
      changes.removed().forEach(p -> lines.add(plain(name(p) + ", was " + dates(p))));
    }
    if (!changes.moves().isEmpty()) {
      heading(lines, "Programs moved (dashed outline: where the bar was)",
          changes.moves().size());
      changes.moves().forEach(m -> lines.add(plain(name(m.after()) + ": now " + dates(m.after())
          + ", was " + dates(m.before()))));
    }
    if (!changes.targetChanges().isEmpty()) {
      heading(lines, "Sales targets per quarter", changes.targetChanges().size());
      changes.targetChanges().forEach(t -> lines.add(plain(t)));
    }
    return lines;
  }

  private static void conflicts(List<ConflictLines.Line> lines, String heading,
      List<ConflictChange> list) {
    heading(lines, heading, list.size());
    if (list.isEmpty()) {
      lines.add(plain("None."));
    }
    for (ConflictChange change : list) {
      Conflict c = change.conflict();
      lines.add(new ConflictLines.Line(false, c.severity(), Labels.oneLine(sentence(c)),
          Styles.mark(c.severity())));
    }
  }

  private static void heading(List<ConflictLines.Line> lines, String text, int n) {
    lines.add(new ConflictLines.Line(true, null, text + " (" + n + ")", ""));
  }

  private static ConflictLines.Line plain(String text) {
    return new ConflictLines.Line(false, null, Labels.oneLine(text), "");
  }

  private static String name(Program p) {
    return Labels.oneLine(Quote.whole(p.name()));
  }

  private static String dates(Program p) {
    return p.start() + " \u2013 " + p.end();
  }
}

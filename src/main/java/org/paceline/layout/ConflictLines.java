package org.paceline.layout;

import java.util.ArrayList;
import java.util.List;
import org.paceline.model.Conflict;
import org.paceline.model.Severity;

/**
 * The conflict list as lines to print or show: headings per severity, then one sentence per
 * conflict, most severe first (the analysis's report order).
 */
public final class ConflictLines {

  private ConflictLines() {}

  /**
   * One line of the list.
   *
   * @param heading true for a heading ("Errors (6)")
   * @param severity the severity the line belongs to
   * @param text the heading or the conflict in plain words
   * @param style the style of its mark
   */
  public record Line(boolean heading, Severity severity, String text, String style) {}

  /** The headings and sentences of {@code conflicts}, in their order. */
  public static List<Line> of(List<Conflict> conflicts) {
    List<Line> lines = new ArrayList<>();
    Severity current = null;
    for (Conflict c : conflicts) {
      if (c.severity() != current) {
        current = c.severity();
        Severity g = current;
        long n = conflicts.stream().filter(x -> x.severity() == g).count();
        lines.add(new Line(true, g, heading(g) + " (" + n + ")", Styles.mark(g)));
      }
      lines.add(new Line(false, c.severity(), Labels.oneLine(c.rule().title() + ": "
          + c.message()),
          Styles.mark(c.severity())));
    }
    return lines;
  }

  /** "Errors", "Warnings" or "Notes". */
  public static String heading(Severity s) {
    return switch (s) {
      case ERROR -> "Errors";
      case WARNING -> "Warnings";
      case INFO -> "Notes";
    };
  }
}

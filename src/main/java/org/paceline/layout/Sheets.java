package org.paceline.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a printed sheet around and beside the board, as shapes in the printable area's
 * points (top-left origin): the page header and footer, the legend page and the conflict list
 * pages. Sizes are fixed, all at 7.5 pt or more.
 */
public final class Sheets {

  /** Room above the board for the page header. */
  public static final double PAGE_HEAD = 26;

  /** Room below the board for the footer. */
  public static final double PAGE_FOOT = 16;

  private static final double LINE = 13;

  private Sheets() {}

  /**
   * The header (plan, fiscal years and days shown, printed on) and footer (page i / n) of a
   * sheet {@code w} × {@code h} points.
   */
  public static List<Shape> frame(BoardData data, LocalDate a, LocalDate b, LocalDate printedOn,
      int page, int total, double w, double h, TextMeasure m) {
    List<Shape> s = new ArrayList<>();
    String name = data.plan().name();
    String shown = Labels.fit(m, name, w * 0.55, 11, true);
    if (shown != null) {
      s.add(new Shape.Text(0, 8, m.width(shown, 11, true), shown, name, 11, true,
          Styles.TEXT_HEADING, TextRole.TITLE, ""));
    }
    int first = data.calendar().fiscalYearOf(a);
    int last = data.calendar().fiscalYearOf(b);
    String right = "FY" + first + (last == first ? "" : "–FY" + last) + "   ·   " + a + " – " + b
        + "   ·   printed on " + printedOn;
    double rw = m.width(right, 8, false);
    s.add(new Shape.Text(w - rw, 8, rw, right, right, 8, false, Styles.TEXT_MUTED, TextRole.NOTE,
        ""));
    s.add(new Shape.Line(0, 18, w, 18, Styles.HEADER_RULE));
    String foot = page + " / " + total;
    double fw = m.width(foot, 8, false);
    s.add(new Shape.Text((w - fw) / 2, h - 5, fw, foot, foot, 8, false, Styles.TEXT_MUTED,
        TextRole.NOTE, ""));
    s.add(new Shape.Text(0, h - 5, m.width("Paceline", 7.5, false), "Paceline", "Paceline", 7.5,
        false, Styles.TEXT_MUTED, TextRole.NOTE, ""));
    return s;
  }

  /** The legend page's content, {@code w} points wide, from the top of the board area. */
  public static List<Shape> legend(double w, TextMeasure m) {
    List<Shape> s = new ArrayList<>();
    double y = 20;
    String title = "How to read the board";
    s.add(new Shape.Text(0, y, m.width(title, 13, true), title, title, 13, true,
        Styles.TEXT_HEADING, TextRole.TITLE, ""));
    y += 26;
    for (Legend.Item item : Legend.items()) {
      if (item.dot()) {
        s.add(new Shape.Dot(18, y, 5, item.style(), ""));
        double gw = m.width(item.glyph(), 7.5, true);
        s.add(new Shape.Text(18 - gw / 2, y, gw, item.glyph(), item.glyph(), 7.5, true,
            Styles.TEXT_ON_MARK, TextRole.MARK, ""));
      } else {
        s.add(new Shape.Box(0, y - 6, 36, 12, item.style(), ""));
      }
      for (String line : Labels.wrap(m, item.text(), w - 48, 9.5, false, "")) {
        s.add(new Shape.Text(48, y, m.width(line, 9.5, false), line, item.text(), 9.5, false,
            Styles.TEXT, TextRole.NOTE, ""));
        y += 13;
      }
      y += 9;
    }
    return s;
  }

  /**
   * The conflict list under {@code heading}, wrapped to {@code w} and cut into sheets of
   * {@code h} points; "No conflicts" when there are none.
   */
  public static List<List<Shape>> conflicts(String heading, List<ConflictLines.Line> lines,
      double w, double h, TextMeasure m) {
    List<Shape> all = new ArrayList<>();
    List<Double> heights = new ArrayList<>();
    List<ConflictLines.Line> withHeading = new ArrayList<>(lines.size() + 1);
    withHeading.add(new ConflictLines.Line(true, null, heading, ""));
    withHeading.addAll(lines);
    for (ConflictLines.Line l : withHeading) {
      if (l.heading()) {
        // a long heading (a long plan name) wraps rather than running off the page
        for (String part : Labels.wrap(m, l.text(), w, 10.5, true, "")) {
          all.add(text(0, part, 10.5, true, Styles.TEXT_HEADING, m));
          heights.add(LINE + 3);
        }
      } else {
        for (String part : Labels.wrap(m, "\u2022 " + l.text(), w - 10, 9, false, "   ")) {
          all.add(text(4, part, 9, false, Styles.TEXT, m));
          heights.add(LINE);
        }
      }
    }
    if (lines.isEmpty()) {
      all.add(text(4, "No conflicts: the paces fit.", 9, false, Styles.TEXT, m));
      heights.add(LINE);
    }
    List<List<Shape>> sheets = new ArrayList<>();
    List<Shape> sheet = new ArrayList<>();
    double y = 12;
    for (int i = 0; i < all.size(); i++) {
      double lh = heights.get(i);
      if (y + lh > h - 10 && !sheet.isEmpty()) {
        sheets.add(sheet);
        sheet = new ArrayList<>();
        y = 12;
      }
      Shape.Text t = (Shape.Text) all.get(i);
      double top = lh > LINE ? 3 : 0;
      sheet.add(t.moved(0, y + top));
      y += lh;
    }
    sheets.add(sheet);
    return sheets;
  }

  private static Shape.Text text(double x, String t, double size, boolean bold, String style,
      TextMeasure m) {
    return new Shape.Text(x, 0, m.width(t, size, bold), t, t, size, bold, style, TextRole.NOTE,
        "");
  }
}

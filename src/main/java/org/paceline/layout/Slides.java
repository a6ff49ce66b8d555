package org.paceline.layout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.paceline.analysis.LaneRows;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Program;
import org.paceline.model.QuarterTarget;

/**
 * The board cut for slides: which periods get a slide, and a board for a period fitted to a
 * slide's area at a type scale that keeps every text at {@link #MIN_TEXT_PT} or more, with as
 * many program rows as fit and the other initiatives folded into a row with their count.
 */
public final class Slides {

  /** No text on a slide is smaller than this, in points. */
  public static final double MIN_TEXT_PT = 10;

  /** The type scale of slides. */
  public static final double TYPE_SCALE = MIN_TEXT_PT / Metrics.SMALL_AT_1;

  private Slides() {}

  /**
   * A stretch of time with its own slide.
   *
   * @param quarters the fiscal quarters it covers, in order
   */
  public record Period(String title, LocalDate from, LocalDate to, List<FiscalQuarter> quarters) {}

  /**
   * A board fitted to a slide, in points from the board area's top-left corner.
   *
   * @param timeArea shapes of the time area, already cut to it
   * @param fixed the label column and frame, drawn on top
   * @param hiddenSegments sales segments left off for room
   * @param hiddenGroups initiative groups left off for room (not even folded)
   * @param foldedGroups initiative groups shown folded, as one row with their count
   */
  public record Board(BoardLayout layout, double width, double height, List<Shape> timeArea,
      List<Shape> fixed, int hiddenSegments, int hiddenGroups, int foldedGroups) {}

  /**
   * A quarter's figures for its table.
   *
   * @param revenue the sales target (the whole business's, else the segments' sum)
   */
  public record Figures(FiscalQuarter quarter, BigDecimal revenue, int leadsNeeded,
      int leadsExpected, BigDecimal budget, BigDecimal spend) {}

  /**
   * Every quarter (or half-year) that holds a program that is not cancelled, done ones included,
   * in time order.
   */
  public static List<Period> periods(BoardData data, boolean halves) {
    var cal = data.calendar();
    TreeSet<FiscalQuarter> used = new TreeSet<>();
    for (Program p : data.plan().programs()) {
      if (p.isActive()) {
        FiscalQuarter last = cal.quarterOf(p.end());
        for (FiscalQuarter q = cal.quarterOf(p.start()); q.compareTo(last) <= 0; q = q.next()) {
          used.add(q);
        }
      }
    }
    List<Period> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FiscalQuarter q : used) {
      if (!halves) {
        LocalDate a = cal.startOf(q);
        LocalDate b = cal.endOf(q);
        out.add(new Period("FY" + q.fiscalYear() + " Q" + q.quarter() + "  ·  " + month(a) + "–"
            + month(b) + " " + b.getYear(), a, b, List.of(q)));
        continue;
      }
      int half = q.quarter() <= 2 ? 1 : 2;
      if (!seen.add(q.fiscalYear() + "H" + half)) {
        continue;
      }
      FiscalQuarter first = new FiscalQuarter(q.fiscalYear(), half == 1 ? 1 : 3);
      FiscalQuarter second = first.next();
      LocalDate a = cal.startOf(first);
      LocalDate b = cal.endOf(second);
      out.add(new Period("FY" + q.fiscalYear() + " H" + half + "  ·  " + month(a) + " "
          + a.getYear() + " – " + month(b) + " " + b.getYear(), a, b, List.of(first, second)));
    }
    return out;
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  /** The figures of a quarter, for the slide's table. */
  public static Figures figures(BoardData data, FiscalQuarter q) {
    BigDecimal whole = null;
    BigDecimal segments = BigDecimal.ZERO;
    for (QuarterTarget t : data.plan().targets()) {
      if (t.quarter().equals(q)) {
        if (t.isWholeBusiness()) {
          whole = whole == null ? t.revenue() : whole.add(t.revenue());
        } else {
          segments = segments.add(t.revenue());
        }
      }
    }
    var pace = data.pace();
    return new Figures(q, whole != null ? whole : segments,
        pace.neededLeadsPerQuarter().getOrDefault(q, 0),
        pace.expectedLeadsPerQuarter().getOrDefault(q, 0),
        pace.budgetPerQuarter().get(q),
        pace.spendPerQuarter().getOrDefault(q, BigDecimal.ZERO));
  }

  /**
   * The board of {@code from..to} fitted to {@code width × height} points at the slide type
   * scale: the sales segments that have something in the period (up to 40 % of the height), then
   * program rows in board order as many as fit, the later initiative groups folded into one row
   * each with their count. Texts of the time area that would overlap an earlier one are left
   * out (on a slide a crowded label helps nobody; the bar keeps its name as alt text).
   */
  public static Board board(BoardData data, LocalDate from, LocalDate to, double width,
      double height, TextMeasure measure) {
    return board(data, from, to, width, height, measure, null);
  }

  /**
   * The same board with the comparison with another plan laid over it ({@link CompareOverlay});
   * {@code changes} null for none.
   */
  public static Board board(BoardData data, LocalDate from, LocalDate to, double width,
      double height, TextMeasure measure, org.paceline.analysis.PlanChanges changes) {
    Metrics m = new Metrics(TYPE_SCALE);
    BoardData open = data.withRows(p -> true, from, to, Set.of());
    BoardLayout first = BoardLayout.of(open, from, to, width, TYPE_SCALE, measure);
    List<BoardLayout.Section> sales = new ArrayList<>();
    int hiddenSegments = 0;
    double salesH = 0;
    for (BoardLayout.Section s : first.sales()) {
      boolean empty = s.timeArea().stream().allMatch(x -> x instanceof Shape.Line);
      if (empty && !s.ref().equals("Whole business")) {
        continue;
      }
      if (empty) {
        continue;
      }
      if (salesH + s.height() > 0.4 * height) {
        hiddenSegments++;
        continue;
      }
      sales.add(s);
      salesH += s.height();
    }
    double room = height - m.headerHeight() - salesH - m.gap();
    int maxRows = (int) Math.max(1, Math.floor(room / m.row() + 1e-9));
    // programs as bars in plan order as far as they fit, the groups after that folded into
    // one row each with their count
    List<LaneRows.GroupRow> groups = new ArrayList<>();
    for (LaneRows.Row r : open.rows().rows()) {
      if (r instanceof LaneRows.GroupRow g) {
        groups.add(g);
      }
    }
    Set<String> folded = new HashSet<>();
    if (open.rows().rows().size() > maxRows) {
      int used = 0;
      for (LaneRows.GroupRow g : groups) {
        if (folded.isEmpty() && used + 1 + g.count() <= maxRows - 1) {
          used += 1 + g.count();
        } else {
          folded.add(g.key());
          used += 1;
        }
      }
    }
    BoardData fitted = folded.isEmpty() ? open : data.withRows(p -> true, from, to, folded);
    BoardLayout layout = CompareOverlay.apply(folded.isEmpty() ? first
        : BoardLayout.of(fitted, from, to, width, TYPE_SCALE, measure), changes, measure);
    List<BoardLayout.Section> rowSections = layout.rows();
    int hiddenGroups = 0;
    if (rowSections.size() > maxRows) {
      hiddenGroups = (int) rowSections.subList(maxRows - 1, rowSections.size()).stream()
          .filter(s -> fitted.rows().rows().stream().anyMatch(r -> r instanceof LaneRows.GroupRow g
              && g.key().equals(s.ref()))).count();
      rowSections = new ArrayList<>(rowSections.subList(0, maxRows - 1));
      String more = "… and " + hiddenGroups + " more initiative groups: see the PDF";
      rowSections.add(new BoardLayout.Section(m.row(), List.of(), List.of(new Shape.Text(
          m.pt(4), m.row() / 2, measure.width(more, m.small(), false), more, more, m.small(),
          false, Styles.TEXT_MUTED, TextRole.NOTE, "")), ""));
    }
    return stack(layout, sales, rowSections, width, hiddenSegments, hiddenGroups,
        folded.size());
  }

  private static Board stack(BoardLayout l, List<BoardLayout.Section> sales,
      List<BoardLayout.Section> rows, double width, int hiddenSegments, int hiddenGroups,
      int folded) {
    double lw = l.labelWidth();
    double right = l.width();
    List<Shape> time = new ArrayList<>();
    List<Shape> fixed = new ArrayList<>();
    List<BoardLayout.Section> stack = new ArrayList<>();
    stack.add(l.header());
    stack.addAll(sales);
    stack.addAll(rows);
    double y = 0;
    double rowsTop = 0;
    for (int i = 0; i < stack.size(); i++) {
      if (i == 1 + sales.size()) {
        y += l.metrics().gap();
        rowsTop = y;
      }
      BoardLayout.Section s = stack.get(i);
      for (Shape shape : s.timeArea()) {
        Shape cut = cut(shape, lw, right);
        if (cut != null && !(cut instanceof Shape.Text t && t.role() != TextRole.MARK
            && overlaps(time, t.moved(0, y)))) {
          time.add(cut.moved(0, y));
        }
      }
      for (Shape shape : s.labels()) {
        fixed.add(shape.moved(0, y));
      }
      y += s.height();
    }
    double headerH = l.header().height();
    List<Shape> grid = new ArrayList<>();
    for (Shape.Line v : l.verticals()) {
      if (v.x1() > lw && v.x1() < right) {
        grid.add(new Shape.Line(v.x1(), headerH, v.x1(), y, v.style()));
      }
    }
    time.addAll(0, grid);
    fixed.add(0, new Shape.Box(0, 0, lw, y, Styles.LABELS, ""));
    fixed.add(new Shape.Line(lw, 0, lw, y, Styles.FRAME));
    fixed.add(new Shape.Line(0, rowsTop - l.metrics().gap() / 2, right,
        rowsTop - l.metrics().gap() / 2, Styles.HEADER_RULE));
    fixed.add(new Shape.Box(0, 0, right, y, Styles.FRAME, ""));
    return new Board(l, width, y, time, fixed, hiddenSegments, hiddenGroups, folded);
  }

  private static boolean overlaps(List<Shape> placed, Shape.Text t) {
    double h = t.size() * 0.6;
    for (Shape s : placed) {
      if (s instanceof Shape.Text o && o.role() != TextRole.MARK && o.x() < t.x() + t.w()
          && t.x() < o.x() + o.w() && Math.abs(o.y() - t.y()) < h + o.size() * 0.6) {
        return true;
      }
    }
    return false;
  }

  /** The part of a shape inside the time area {@code lw..right}, or null when none is. */
  private static Shape cut(Shape s, double lw, double right) {
    if (s.maxX() < lw || s.minX() > right) {
      return null;
    }
    if (s instanceof Shape.Box b) {
      double x0 = Math.max(lw, b.x());
      double x1 = Math.min(right, b.x() + b.w());
      return x1 - x0 < 0.5 ? null : new Shape.Box(x0, b.y(), x1 - x0, b.h(), b.style(), b.ref());
    }
    if (s instanceof Shape.Line l) {
      if (l.x1() == l.x2()) {
        return s;
      }
      return new Shape.Line(Math.max(lw, l.minX()), l.y1(), Math.min(right, l.maxX()), l.y2(),
          l.style());
    }
    if (s instanceof Shape.Text t && t.x() < lw - 0.5) {
      return null;
    }
    if (s instanceof Shape.Dot d && d.cx() - d.r() < lw - 0.5) {
      return null;
    }
    return s;
  }
}

package org.paceline.layout;

import static org.paceline.layout.ScreenMetrics.EDGE;
import static org.paceline.layout.ScreenMetrics.GAP;
import static org.paceline.layout.ScreenMetrics.HEADER_HEIGHT;
import static org.paceline.layout.ScreenMetrics.HEADER_ROW;
import static org.paceline.layout.ScreenMetrics.INITIATIVE_LANE;
import static org.paceline.layout.ScreenMetrics.LABEL_WIDTH;
import static org.paceline.layout.ScreenMetrics.ROW;
import static org.paceline.layout.ScreenMetrics.SMALL;
import static org.paceline.layout.ScreenMetrics.STRIP;
import static org.paceline.layout.ScreenMetrics.TEXT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.math.BigDecimal;
import org.paceline.analysis.Money;
import org.paceline.analysis.PaceSummary;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.QuarterTarget;
import org.paceline.model.Holiday;
import org.paceline.model.Initiative;
import org.paceline.model.LeadWindow;
import org.paceline.model.Program;
import org.paceline.model.ProgramChanges;
import org.paceline.model.ProgramStatus;
import org.paceline.model.Severity;

/**
 * The screen's board at one scroll and zoom: where the sales lane, the rows and the strips are,
 * which rows are visible, and the positioned shapes of what is visible, each with its style
 * name. The canvas skin only maps styles to colours and paints; hit-testing and the drag
 * controller read the same geometry.
 */
public final class ScreenLayout {

  private final ScreenBoard board;
  private final ScreenView view;
  private final TimeAxis axis;

  public ScreenLayout(ScreenBoard board, ScreenView view) {
    this.board = board;
    this.view = view;
    this.axis = view.axis();
  }

  public ScreenView view() {
    return view;
  }

  public TimeAxis axis() {
    return axis;
  }

  /** x on the canvas of a day's start. */
  public double x(LocalDate day) {
    return axis.x(day);
  }

  // ---------------------------------------------------------------- bands of the board

  public double salesTop() {
    return HEADER_HEIGHT;
  }

  public double lanesTop() {
    return salesTop() + board.salesHeight() + GAP;
  }

  public double stripsTop() {
    return view.stripsTop();
  }

  /** True when the canvas is large enough to show the board. */
  public boolean fits() {
    return board.ready() && view.width() > LABEL_WIDTH && view.height() >= lanesTop() + 3 * STRIP;
  }

  /** The furthest the rows scroll: the last row stays in view with a row to spare. */
  public double maxOffset() {
    return Math.max(0, board.rowCount() * ROW - (stripsTop() - lanesTop()) + ROW);
  }

  /** The scroll offset within range. */
  public double offset() {
    return Math.min(view.verticalOffset(), maxOffset());
  }

  /** The offset clamped to what the rows allow. */
  public double clampOffset(double v) {
    return Math.max(0, Math.min(maxOffset(), v));
  }

  /** The first row (partly) visible. */
  public int firstRow() {
    return Math.max(0, (int) Math.floor(offset() / ROW));
  }

  /** The last row (partly) visible, or less than {@link #firstRow()} when there are none. */
  public int lastRow() {
    return Math.min(board.rowCount() - 1,
        (int) Math.ceil((offset() + stripsTop() - lanesTop()) / ROW));
  }

  /** The canvas y of a row's top. */
  public double rowTop(int row) {
    return lanesTop() + row * ROW - offset();
  }

  /** The row under canvas y, or -1 outside the rows. */
  public int rowAt(double y) {
    if (y < lanesTop() || y >= stripsTop()) {
      return -1;
    }
    int r = (int) Math.floor((y - lanesTop() + offset()) / ROW);
    return r < board.rowCount() ? r : -1;
  }

  /** The segment row under canvas y in the sales lane, or -1. */
  public int segmentRowAt(double y) {
    return y >= lanesTop() ? -1 : SegmentTops.rowAt(board.segmentTops(), y - salesTop());
  }

  /** y inside a segment row of the sales lane, from its top. */
  public double inSegmentRow(int row, double y) {
    return y - salesTop() - board.segmentTop(row);
  }

  /** The initiative lane at {@code inRow} px into a segment row, or -1 above the lanes. */
  public static int initiativeLaneAt(double inRow) {
    return inRow < 26 ? -1 : (int) ((inRow - 26) / INITIATIVE_LANE);
  }

  // ---------------------------------------------------------------- bars

  /** A bar's left and right x: at least 4 px wide, so a one-day bar can still be grabbed. */
  public double[] barSpan(Program p) {
    double x0 = x(p.start());
    return new double[] {x0, Math.max(x0 + 4, axis.xEnd(p.end()))};
  }

  /** What part of a bar {@code mx} grabs, or null when it misses the bar. */
  public Grab grab(Program p, double mx) {
    double[] s = barSpan(p);
    if (mx < s[0] - EDGE || mx > s[1] + EDGE) {
      return null;
    }
    boolean long_ = s[1] - s[0] > 3 * EDGE;
    return long_ && mx <= s[0] + EDGE ? Grab.START : long_ && mx >= s[1] - EDGE ? Grab.END
        : Grab.MOVE;
  }

  /** Which part of a bar the pointer holds. */
  public enum Grab {
    MOVE,
    START,
    END
  }

  /** An initiative's bar in the sales lane. */
  public Shape.Box initiativeBox(Initiative i) {
    double x0 = x(i.start());
    double x1 = Math.max(x0 + 3, axis.xEnd(i.end()));
    double y = salesTop() + board.segmentTop(board.segmentRow(i.segment())) + 27
        + board.lane(i.id()) * INITIATIVE_LANE;
    return new Shape.Box(x0, y, x1 - x0, 16, Styles.INITIATIVE, i.id());
  }

  // ---------------------------------------------------------------- shapes: header and grid

  /** The month and quarter lines at their x (a painter snaps them to its pixels). */
  public List<Shape.Line> verticals() {
    List<Shape.Line> out = new ArrayList<>();
    var cal = board.calendar();
    for (YearMonth m = YearMonth.from(view.firstDay()); !m.atDay(1).isAfter(view.lastDay());
        m = m.plusMonths(1)) {
      LocalDate d = m.atDay(1);
      boolean quarterStart = cal.startOf(cal.quarterOf(d)).equals(d);
      double x = x(d);
      out.add(new Shape.Line(x, HEADER_HEIGHT, x, view.height(),
          quarterStart ? Styles.GRID_QUARTER : Styles.GRID_MONTH));
    }
    return out;
  }

  /**
   * A band of the time header: a rule at its start ({@code ruleX}) and its name centred in its
   * visible part, or no text when the name does not fit.
   */
  public record Band(double ruleX, double y, Shape.Text text) {}

  /** The header's bands: fiscal years, quarters and, when there is room, months. */
  public List<Band> header(TextMeasure measure) {
    List<Band> out = new ArrayList<>();
    var cal = board.calendar();
    LocalDate first = view.firstDay();
    LocalDate last = view.lastDay();
    var q0 = cal.quarterOf(first);
    for (int fy = q0.fiscalYear(); !cal.startOfYear(fy).isAfter(last); fy++) {
      out.add(band(measure, cal.startOfYear(fy), cal.endOfYear(fy), 0, "FY" + fy, TEXT, true,
          TextRole.YEAR));
    }
    for (var q = q0; !cal.startOf(q).isAfter(last); q = q.next()) {
      LocalDate s = cal.startOf(q);
      LocalDate e = cal.endOf(q);
      double width = axis.xEnd(e) - x(s);
      String range = s.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "–"
          + e.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + e.getYear();
      out.add(band(measure, s, e, HEADER_ROW, width > 90 ? "Q" + q.quarter() + "  " + range
          : "Q" + q.quarter(), TEXT, false, TextRole.QUARTER));
    }
    double monthWidth = 30 * view.pixelsPerDay();
    if (monthWidth >= 22) {
      for (YearMonth m = YearMonth.from(first); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
        String name = m.getMonth().getDisplayName(monthWidth >= 60 ? TextStyle.SHORT
            : TextStyle.NARROW, Locale.ENGLISH);
        out.add(band(measure, m.atDay(1), m.atEndOfMonth(), 2 * HEADER_ROW, name, SMALL, false,
            TextRole.MONTH));
      }
    }
    return out;
  }

  private Band band(TextMeasure measure, LocalDate from, LocalDate to, double y, String text,
      double size, boolean bold, TextRole role) {
    double x0 = x(from);
    double x1 = axis.xEnd(to);
    double v0 = Math.max(x0, LABEL_WIDTH);
    double v1 = Math.min(x1, view.width());
    double w = measure.width(text, size, bold);
    Shape.Text t = v1 - v0 > w + 6 ? new Shape.Text((v0 + v1) / 2 - w / 2, y + HEADER_ROW / 2,
        w, text, text, size, bold, Styles.TEXT, role, "") : null;
    return new Band(x0, y, t);
  }

  /** The plan's holidays in view, as day-wide boxes, when zoomed in far enough to see them. */
  public List<Shape.Box> holidays() {
    List<Shape.Box> out = new ArrayList<>();
    if (view.pixelsPerDay() < ScreenMetrics.HOLIDAY_ZOOM) {
      return out;
    }
    for (Holiday h : board.plan().holidays()) {
      if (!h.date().isBefore(view.firstDay()) && !h.date().isAfter(view.lastDay())) {
        double x0 = x(h.date());
        out.add(new Shape.Box(x0, lanesTop(), axis.xEnd(h.date()) - x0,
            stripsTop() - lanesTop(), "holiday", ""));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- shapes: marketing rows

  /**
   * A program's row: its lead window, the link to the initiative's start, the bar (only when
   * its dates are in view), its name inside or beside it, and its conflict mark.
   *
   * @param window null when the program supports no initiative
   * @param bar null when the bar is out of view (the window may still show)
   */
  public record ProgramRow(Program program, double y, Shape.Box window, Shape.Line link,
      Shape.Line initiativeStart, Shape.Box bar, Shape.Text label, Shape.Dot mark) {}

  /** The row of program {@code p} (as drawn: maybe being dragged) with its top at {@code y}. */
  public ProgramRow programRow(Program p, double y, TextMeasure measure) {
    return programRow(p, board.initiative(p.supports()), y, measure);
  }

  /**
   * The same with the initiative {@code i} it supports given (null: none), e.g. as it is being
   * dragged, so the lead window and the link follow the initiative.
   */
  public ProgramRow programRow(Program p, Initiative i, double y, TextMeasure measure) {
    Shape.Box window = null;
    Shape.Line link = null;
    Shape.Line start = null;
    var found = board.conflicts().program(p.id());
    if (i != null) {
      LeadWindow w = p.effectiveWindow(board.plan().settings());
      double bx0 = x(w.max().before(i.start()));
      double bx1 = axis.xEnd(w.min().before(i.start()));
      window = new Shape.Box(bx0, y + 3, Math.max(2, bx1 - bx0), ROW - 6, Styles.window(found),
          p.id());
      double ix = x(i.start());
      // along the row's lower edge, so it never runs through a label beside the bar
      link = new Shape.Line(axis.xEnd(p.end()), y + ROW - 4.5, ix, y + ROW - 4.5, Styles.LINK);
      start = new Shape.Line(ix, y + 5, ix, y + ROW - 5, Styles.INITIATIVE_START);
    }
    if (p.end().isBefore(view.firstDay()) || p.start().isAfter(view.lastDay())) {
      return new ProgramRow(p, y, window, link, start, null, null, null);
    }
    double[] s = barSpan(p);
    double mid = y + ROW / 2;
    Shape.Box bar = new Shape.Box(s[0], y + 6, s[1] - s[0], ROW - 12,
        Styles.bar(p.kind(), p.status()), p.id());
    // a name beside the bar starts after the "NEW" tag, which sits right of the bar
    Shape.Box tag = newTag(p, y);
    Shape.Text label = barLabel(measure, p.name(), s[0], s[1], besideX(s[1], tag), mid, TEXT,
        p.status() == ProgramStatus.IDEA ? Styles.TEXT : Styles.TEXT_ON_BAR, TextRole.PROGRAM,
        p.id());
    Severity worst = ConflictIndex.worst(found);
    Shape.Dot mark = worst == null ? null : new Shape.Dot(s[0] - 9, mid, 6, Styles.mark(worst),
        p.id());
    return new ProgramRow(p, y, window, link, start, bar, label, mark);
  }

  /**
   * The comparison drawn over a program's row: for a program the other plan lacks, a frame
   * around the bar ({@link Styles#MARK_ADDED}) and a "NEW" tag beside it; for a moved one, a
   * ghost outline where it was ({@link Styles#GHOST_MOVED}) and an arrow from there to where it
   * starts now (style {@code arrow.moved}, null when the move is too short to show).
   */
  public record Comparison(Shape.Box added, Shape.Box tag, Shape.Box ghost, Shape.Line arrow) {}

  /** The comparison of {@code p} (as drawn) in its row at {@code y}, or null for none. */
  public Comparison comparison(Program p, double y) {
    if (!board.comparing()) {
      return null;
    }
    ProgramChanges changes = board.programChanges();
    ProgramChanges.Kind kind = changes.kind(p);
    if (kind == ProgramChanges.Kind.SAME) {
      return null;
    }
    double by = y + 4;
    double bh = ROW - 8;
    double[] s = barSpan(p);
    if (kind == ProgramChanges.Kind.ADDED) {
      return new Comparison(new Shape.Box(s[0] - 3, by - 1, s[1] - s[0] + 6, bh + 2,
          Styles.MARK_ADDED, p.id()), newTag(p, y), null, null);
    }
    double[] g = barSpan(changes.before(p.id()));
    Shape.Box ghost = new Shape.Box(g[0], by, g[1] - g[0], bh, Styles.GHOST_MOVED, p.id());
    Shape.Line arrow = Math.abs(s[0] - g[0]) > 8 ? new Shape.Line(g[0], y + ROW - 5, s[0],
        y + ROW - 5, "arrow.moved") : null;
    return new Comparison(null, null, ghost, arrow);
  }

  /** The "NEW" tag's width and its gap to the bar before it and to a name after it. */
  private static final double TAG_WIDTH = 30;
  private static final double TAG_GAP = 6;

  /**
   * The "NEW" tag right of the bar of {@code p} (as drawn) in its row at {@code y}, or null when
   * no other plan is compared or that plan has {@code p} too. The one place the tag is placed:
   * the comparison draws it and a name beside the bar starts after it.
   */
  private Shape.Box newTag(Program p, double y) {
    if (!board.comparing()
        || board.programChanges().kind(p) != ProgramChanges.Kind.ADDED) {
      return null;
    }
    return new Shape.Box(barSpan(p)[1] + TAG_GAP, y + ROW / 2 - 7, TAG_WIDTH, 14,
        Styles.MARK_ADDED, p.id());
  }

  /** Where a name beside a bar ending at {@code x1} starts: after the tag when there is one. */
  private static double besideX(double x1, Shape.Box tag) {
    return (tag == null ? x1 : tag.maxX()) + TAG_GAP;
  }

  /**
   * A bar's name: inside from its visible start when it fits, else beside its right end, shortened
   * if need be; paper places names by the same rule at its own sizes.
   */
  public Shape.Text barLabel(TextMeasure measure, String name, double x0, double x1, double y,
      double size, String inside, TextRole role, String ref) {
    return barLabel(measure, name, x0, x1, besideX(x1, null), y, size, inside, role, ref);
  }

  /**
   * The same with the name, when it goes beside the bar, starting at {@code beside} (after
   * whatever sits right of the bar); it gets the same room there, so it is shortened no sooner.
   */
  private Shape.Text barLabel(TextMeasure measure, String name, double x0, double x1,
      double beside, double y, double size, String inside, TextRole role, String ref) {
    name = Labels.oneLine(name);
    double w = measure.width(name, size, false);
    double from = Math.max(x0, LABEL_WIDTH + 2);
    if (w + 12 <= x1 - from) {
      return new Shape.Text(from + 6, y, w, name, name, size, false, inside, role, ref);
    }
    return fitted(measure, name, beside, y, 320, size, false, Styles.TEXT, role, ref);
  }

  /** The text shortened with "…" to {@code max}, or null when there is no room for it. */
  public static Shape.Text fitted(TextMeasure measure, String text, double x, double y,
      double max, double size, boolean bold, String style, TextRole role, String ref) {
    if (max <= 10) {
      return null;
    }
    String t = Labels.oneLine(text);
    String shown = Labels.fit(measure, t, max, size, bold);
    if (shown == null) {
      return null;
    }
    return new Shape.Text(x, y, measure.width(shown, size, bold), shown, t, size, bold, style,
        role, ref);
  }

  // ---------------------------------------------------------------- shapes: sales lane

  /**
   * A quarter's target in its segment row: the cell styled by the worst conflict about it, its
   * figures, and a mark when it has a conflict. While another plan is compared, a changed target
   * also has a coloured rule along its bottom and the change at its right end ("▲ +$200K").
   */
  public record TargetCell(QuarterTarget target, Shape.Box box, Shape.Dot mark,
      Shape.Text label, Shape.Box changeRule, Shape.Text change) {}

  /** A target the compared plan had and this one has not: a dashed cell with "was $300K". */
  public record GoneTarget(Shape.Box box, Shape.Text text) {}

  /** The targets in view. */
  public List<TargetCell> targets(TextMeasure measure) {
    List<TargetCell> out = new ArrayList<>();
    var cal = board.calendar();
    String currency = board.plan().settings().currency();
    for (QuarterTarget t : board.plan().targets()) {
      LocalDate qs = cal.startOf(t.quarter());
      LocalDate qe = cal.endOf(t.quarter());
      if (qe.isBefore(view.firstDay()) || qs.isAfter(view.lastDay())) {
        continue;
      }
      double x0 = x(qs) + 2;
      double x1 = axis.xEnd(qe) - 2;
      double y = salesTop() + board.segmentTop(board.segmentRow(t.segment())) + 3;
      Severity worst = ConflictIndex.worst(board.conflicts().target(t.quarter(), t.segment()));
      String amount = Money.compact(t.revenue(), currency);
      String label = amount
          + (t.qualifiedLeads() == null ? "" : " \u00b7 " + t.qualifiedLeads() + " leads");
      double markerSpace = worst == null ? 0 : 14;
      String ref = t.quarter() + "|" + t.segment();
      double room = x1 - x0 - 10 - markerSpace;
      Shape.Box rule = null;
      Shape.Text change = null;
      TargetChanges.Change c = changeOf(t);
      if (c != null) {
        rule = new Shape.Box(x0, y + 17, x1 - x0, 3, c.boxStyle(), ref);
        change = fitted(measure, c.shortText(), 0, y + 10, room - 24, SMALL, true,
            c.textStyle(), TextRole.TARGET, ref);
        if (change != null) {
          change = new Shape.Text(x1 - 5 - change.w(), change.y(), change.w(), change.text(),
              c.fullText(), change.size(), true, change.style(), change.role(), ref);
          room -= change.w() + 8;
          // the amount matters more than the leads when both do not fit beside the change
          if (measure.width(label, SMALL, false) > room) {
            label = amount;
          }
        }
      }
      out.add(new TargetCell(t, new Shape.Box(x0, y, x1 - x0, 20, Styles.target(worst), ref),
          worst == null ? null : new Shape.Dot(x0 + 9, y + 10, 6, Styles.mark(worst), ref),
          fitted(measure, label, x0 + 6 + markerSpace, y + 10, room, SMALL, false, Styles.TEXT,
              TextRole.TARGET, ref), rule, change));
    }
    return out;
  }

  /** The compared plan's targets that this plan has no more, in view. */
  public List<GoneTarget> goneTargets(TextMeasure measure) {
    List<GoneTarget> out = new ArrayList<>();
    var cal = board.calendar();
    for (TargetChanges.Change c : board.targetChanges()) {
      if (c.direction() != TargetChanges.Direction.GONE) {
        continue;
      }
      LocalDate qs = cal.startOf(c.quarter());
      LocalDate qe = cal.endOf(c.quarter());
      if (qe.isBefore(view.firstDay()) || qs.isAfter(view.lastDay())) {
        continue;
      }
      double x0 = x(qs) + 2;
      double x1 = axis.xEnd(qe) - 2;
      double y = salesTop() + board.segmentTop(board.segmentRow(c.segment())) + 3;
      String ref = c.quarter() + "|" + c.segment();
      Shape.Text text = fitted(measure, c.shortText(), x0 + 6, y + 10, x1 - x0 - 10, SMALL,
          true, c.textStyle(), TextRole.TARGET, ref);
      out.add(new GoneTarget(new Shape.Box(x0, y, x1 - x0, 20, c.boxStyle(), ref),
          text == null ? null : new Shape.Text(text.x(), text.y(), text.w(), text.text(),
              c.fullText(), text.size(), true, text.style(), text.role(), ref)));
    }
    return out;
  }

  private TargetChanges.Change changeOf(QuarterTarget t) {
    for (TargetChanges.Change c : board.targetChanges()) {
      if (c.isAbout(t.quarter(), t.segment())) {
        return c;
      }
    }
    return null;
  }

  /** An initiative's bar in the sales lane with its name. */
  public record InitiativeBar(Initiative initiative, Shape.Box box, Shape.Text label) {}

  /** The initiatives in view. */
  public List<InitiativeBar> initiatives(TextMeasure measure) {
    List<InitiativeBar> out = new ArrayList<>();
    for (Initiative i : board.plan().initiatives()) {
      if (i.end().isBefore(view.firstDay()) || i.start().isAfter(view.lastDay())) {
        continue;
      }
      out.add(initiativeBar(i, measure));
    }
    return out;
  }

  /** The bar of one initiative (maybe being dragged) with its name. */
  public InitiativeBar initiativeBar(Initiative i, TextMeasure measure) {
    Shape.Box b = initiativeBox(i);
    return new InitiativeBar(i, b, barLabel(measure, i.name(), b.x(), b.maxX(), b.y() + 8, SMALL,
        Styles.TEXT_ON_INITIATIVE, TextRole.INITIATIVE, i.id()));
  }

  /** The rules between segment rows, at their y. */
  public List<Shape.Line> segmentRules() {
    List<Shape.Line> out = new ArrayList<>();
    double[] tops = board.segmentTops();
    for (double top : tops) {
      double y = salesTop() + top;
      out.add(new Shape.Line(LABEL_WIDTH, y, view.width(), y, Styles.GRID_ROW));
    }
    return out;
  }

  // ---------------------------------------------------------------- shapes: pace strips

  /**
   * A month's load in the first strip: its bar (over capacity or not) and its count, shown at
   * {@code countY} (the strip's top) when the bar is wide enough.
   */
  public record MonthLoad(YearMonth month, Shape.Box bar, String count, double countX,
      double countY, boolean over) {}

  /** The months in view that have programs running. */
  public List<MonthLoad> monthLoads() {
    List<MonthLoad> out = new ArrayList<>();
    PaceSummary pace = board.pace();
    if (pace == null) {
      return out;
    }
    int capacity = pace.capacity();
    Map<YearMonth, Integer> perMonth = pace.programsPerMonth();
    int max = PaceStrips.loadScale(perMonth, capacity);
    double top = stripsTop();
    double h = STRIP - 8;
    for (YearMonth m = YearMonth.from(view.firstDay()); !m.atDay(1).isAfter(view.lastDay());
        m = m.plusMonths(1)) {
      Integer n = perMonth.get(m);
      if (n == null || n == 0) {
        continue;
      }
      double x0 = x(m.atDay(1)) + 1;
      double x1 = axis.xEnd(m.atEndOfMonth()) - 1;
      boolean over = PaceStrips.overCapacity(n, capacity);
      double bh = h * n / max;
      out.add(new MonthLoad(m, new Shape.Box(x0, top + 4 + h - bh, x1 - x0, bh,
          over ? Styles.STRIP_OVER_CAPACITY : Styles.STRIP_LOAD, m.toString()),
          x1 - x0 > 14 ? String.valueOf(n) : null, (x0 + x1) / 2, top + 2, over));
    }
    return out;
  }

  /** The capacity line across the first strip, or null when the plan sets no capacity. */
  public Shape.Line capacityLine() {
    PaceSummary pace = board.pace();
    if (pace == null || pace.capacity() <= 0) {
      return null;
    }
    double h = STRIP - 8;
    int max = PaceStrips.loadScale(pace.programsPerMonth(), pace.capacity());
    double y = stripsTop() + 4 + h - h * pace.capacity() / max;
    return new Shape.Line(LABEL_WIDTH, y, view.width(), y, Styles.STRIP_CAPACITY);
  }

  /**
   * A quarter's cell in the spend or the leads strip: the whole cell, how full it is (0 … 1),
   * whether it is short (over budget, too few leads) and its figures.
   */
  public record QuarterCell(FiscalQuarter quarter, Shape.Box box, double fill, boolean bad,
      String text, double textX, double textY) {}

  /** The quarters' spend and leads cells in view. */
  public List<QuarterCell> quarterCells() {
    List<QuarterCell> out = new ArrayList<>();
    PaceSummary pace = board.pace();
    if (pace == null) {
      return out;
    }
    var cal = board.calendar();
    String currency = board.plan().settings().currency();
    double top = stripsTop();
    for (FiscalQuarter q = cal.quarterOf(view.firstDay()); !cal.startOf(q).isAfter(view.lastDay());
        q = q.next()) {
      double x0 = x(cal.startOf(q)) + 2;
      double x1 = axis.xEnd(cal.endOf(q)) - 2;
      BigDecimal spend = pace.spendPerQuarter().get(q);
      BigDecimal budget = pace.budgetPerQuarter().get(q);
      if (spend != null || budget != null) {
        boolean over = !board.conflicts().budget(q).isEmpty();
        String text = Money.compact(spend == null ? BigDecimal.ZERO : spend, currency)
            + (budget == null ? "" : " / " + Money.compact(budget, currency));
        out.add(cell(q, x0, x1, top + STRIP, PaceStrips.spendRatio(spend, budget), over,
            over ? Styles.STRIP_OVER_BUDGET : Styles.STRIP_SPEND, text));
      }
      Integer expected = pace.expectedLeadsPerQuarter().get(q);
      Integer needed = pace.neededLeadsPerQuarter().get(q);
      if ((expected != null && expected > 0) || (needed != null && needed > 0)) {
        int e = expected == null ? 0 : expected;
        int n = needed == null ? 0 : needed;
        out.add(cell(q, x0, x1, top + 2 * STRIP, PaceStrips.leadsRatio(e, n), e < n,
            e < n ? Styles.STRIP_SHORT_LEADS : Styles.STRIP_LEADS, e + " / " + n + " leads"));
      }
    }
    return out;
  }

  private static QuarterCell cell(FiscalQuarter q, double x0, double x1, double y, double fill,
      boolean bad, String style, String text) {
    return new QuarterCell(q, new Shape.Box(x0, y + 4, x1 - x0, STRIP - 8, style, q.toString()),
        fill, bad, text, (x0 + x1) / 2, y + STRIP / 2);
  }

  // ---------------------------------------------------------------- shapes: label column

  /** The segment names beside the sales lane. */
  public List<Shape.Text> segmentLabels(TextMeasure measure) {
    List<Shape.Text> out = new ArrayList<>();
    double[] tops = board.segmentTops();
    List<String> segs = board.segments();
    for (int r = 0; r < segs.size(); r++) {
      add(out, fitted(measure, segs.get(r), 10, salesTop() + (tops[r] + tops[r + 1]) / 2,
          LABEL_WIDTH - 20, TEXT, true, Styles.TEXT_HEADING, TextRole.SEGMENT, segs.get(r)));
    }
    return out;
  }

  /**
   * A row's label: a group's name with its fold arrow and its count right-aligned, or a
   * program's name, at the row's middle {@code mid}.
   */
  public List<Shape.Text> rowLabels(ScreenBoard.Row row, double mid, TextMeasure measure) {
    List<Shape.Text> out = new ArrayList<>();
    if (row instanceof ScreenBoard.Row.Group g) {
      add(out, fitted(measure, (g.collapsed() ? "▸ " : "▾ ") + g.label(), 8, mid,
          LABEL_WIDTH - 40, TEXT, true, Styles.TEXT_HEADING, TextRole.GROUP, g.key()));
      String count = String.valueOf(g.count());
      double w = measure.width(count, SMALL, false);
      out.add(new Shape.Text(LABEL_WIDTH - 10 - w, mid, w, count, count, SMALL, false,
          Styles.TEXT_MUTED, TextRole.GROUP, g.key()));
    } else {
      Program p = ((ScreenBoard.Row.Item) row).program();
      add(out, fitted(measure, p.name(), 22, mid, LABEL_WIDTH - 32, TEXT, false, Styles.TEXT,
          TextRole.PROGRAM, p.id()));
    }
    return out;
  }

  /** The names of the three pace strips, the first with the plan's capacity. */
  public List<Shape.Text> stripLabels(TextMeasure measure) {
    List<Shape.Text> out = new ArrayList<>();
    String[] names = {"Programs per month", "Marketing spend / budget", "Expected / needed leads"};
    PaceSummary pace = board.pace();
    for (int i = 0; i < 3; i++) {
      String name = names[i] + (i == 0 && pace != null && pace.capacity() > 0
          ? "  (capacity " + pace.capacity() + ")" : "");
      add(out, fitted(measure, name, 10, stripsTop() + i * STRIP + STRIP / 2, LABEL_WIDTH - 16,
          TEXT, false, Styles.TEXT, TextRole.STRIP_NAME, ""));
    }
    return out;
  }

  private static void add(List<Shape.Text> out, Shape.Text t) {
    if (t != null) {
      out.add(t);
    }
  }
}

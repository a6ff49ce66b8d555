package org.paceline.layout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paceline.analysis.InitiativeLanes;
import org.paceline.analysis.LaneRows;
import org.paceline.analysis.Money;
import org.paceline.analysis.PaceSummary;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Initiative;
import org.paceline.model.LeadWindow;
import org.paceline.model.Program;
import org.paceline.model.ProgramStatus;
import org.paceline.model.QuarterTarget;
import org.paceline.model.Severity;

/** Builds a {@link BoardLayout}: every date, row and conflict mark is placed here, once. */
final class BoardLayouter {

  private final BoardData data;
  private final TimeAxis axis;
  private final Metrics m;
  private final TextMeasure measure;
  private final double left;
  private final double right;
  private final Map<String, Severity> targetSeverity = new HashMap<>();
  private final Set<FiscalQuarter> overBudget = new HashSet<>();
  private final double[] segmentTops;
  private final List<LocalDate> breaks;

  BoardLayouter(BoardData data, TimeAxis axis, Metrics m, TextMeasure measure,
      List<LocalDate> breaks) {
    this.breaks = List.copyOf(breaks);
    this.data = data;
    this.axis = axis;
    this.m = m;
    this.measure = measure;
    this.left = axis.left();
    this.right = axis.right();
    for (Conflict c : data.conflicts()) {
      if (c.rule() == ConflictRule.OVER_BUDGET) {
        overBudget.add(c.quarter());
      } else if (c.program().isEmpty() && c.quarter() != null) {
        targetSeverity.merge(targetKey(c.quarter(), c.segment()), c.severity(),
            (x, y) -> x.isAtLeast(y) ? x : y);
      }
    }
    segmentTops = SegmentTops.of(data.lanes().lanesPerSegment(), m.segmentRow(),
        m.initiativeLane());
  }

  BoardLayout layout() {
    List<BoardLayout.Section> rows = new ArrayList<>();
    for (LaneRows.Row row : data.rows().rows()) {
      rows.add(row instanceof LaneRows.GroupRow g ? group(g)
          : program(((LaneRows.ProgramRow) row).program()));
    }
    if (rows.isEmpty()) {
      rows.add(new BoardLayout.Section(m.row(), List.of(text(left + m.pt(8), m.row() / 2,
          "No programs in this time range.", m.text(), false, Styles.TEXT_MUTED, TextRole.NOTE,
          "")), List.of(), ""));
    }
    return new BoardLayout(axis, m, header(), sales(), rows, strips(), verticals());
  }

  // ---------------------------------------------------------------- header

  private BoardLayout.Section header() {
    List<Shape> s = new ArrayList<>();
    double h = m.headRow();
    s.add(new Shape.Box(left, 0, right - left, m.headerHeight(), Styles.HEADER, ""));
    s.add(new Shape.Line(left, m.headerHeight(), right, m.headerHeight(), Styles.HEADER_RULE));
    var cal = data.calendar();
    FiscalQuarter q0 = cal.quarterOf(axis.from());
    for (int fy = q0.fiscalYear(); !cal.startOfYear(fy).isAfter(axis.to()); fy++) {
      band(s, cal.startOfYear(fy), cal.endOfYear(fy), 0, List.of("FY" + fy), true,
          TextRole.YEAR);
    }
    for (FiscalQuarter q = q0; !cal.startOf(q).isAfter(axis.to()); q = q.next()) {
      LocalDate a = cal.startOf(q);
      LocalDate b = cal.endOf(q);
      String label = "Q" + q.quarter();
      String longer = label + "  " + a.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
          + "–" + b.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + b.getYear();
      band(s, a, b, h, List.of(longer, label), false, TextRole.QUARTER);
    }
    for (YearMonth mo = YearMonth.from(axis.from()); !mo.atDay(1).isAfter(axis.to());
        mo = mo.plusMonths(1)) {
      band(s, mo.atDay(1), mo.atEndOfMonth(), 2 * h, List.of(
          mo.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
          mo.getMonth().getDisplayName(TextStyle.NARROW, Locale.ENGLISH)), false, TextRole.MONTH);
    }
    List<Shape> labels = new ArrayList<>();
    fitted(labels, m.pt(5), h, data.plan().name(), m.labelWidth() - m.pt(10), m.text(), true,
        Styles.TEXT_HEADING, TextRole.TITLE, "");
    fitted(labels, m.pt(5), 2.5 * h, "Sales targets and initiatives", m.labelWidth() - m.pt(10),
        m.small(), false, Styles.TEXT_MUTED, TextRole.NOTE, "");
    return new BoardLayout.Section(m.headerHeight(), s, labels, "");
  }

  /** A header band: a rule at its start and the first of {@code texts} that fits, centred. */
  private void band(List<Shape> s, LocalDate a, LocalDate b, double y, List<String> texts,
      boolean bold, TextRole role) {
    if (!axis.shows(a, b)) {
      return;
    }
    double h = m.headRow();
    double xa = axis.x(a);
    if (xa >= left) {
      s.add(new Shape.Line(xa, y + m.pt(2), xa, y + h - m.pt(2), Styles.HEADER_RULE));
    }
    for (LocalDate[] piece : pieces(a, b)) {
      double x0 = Math.max(left, axis.x(piece[0]));
      double x1 = Math.min(right, axis.xEnd(piece[1]));
      for (String t : texts) {
        double w = measure.width(t, m.small(), bold);
        if (w + m.pt(4) < x1 - x0) {
          s.add(new Shape.Text((x0 + x1 - w) / 2, y + h / 2, w, t, texts.get(0), m.small(),
              bold, Styles.TEXT, role, ""));
          break;
        }
      }
    }
  }

  /** The days {@code a..b} cut at the page breaks, so each page labels its own part. */
  private List<LocalDate[]> pieces(LocalDate a, LocalDate b) {
    List<LocalDate[]> out = new ArrayList<>();
    LocalDate start = a;
    for (LocalDate cut : breaks) {
      if (cut.isAfter(start) && !cut.isAfter(b)) {
        out.add(new LocalDate[] {start, cut.minusDays(1)});
        start = cut;
      }
    }
    out.add(new LocalDate[] {start, b});
    return out;
  }

  private List<Shape.Line> verticals() {
    List<Shape.Line> v = new ArrayList<>();
    var cal = data.calendar();
    for (YearMonth mo = YearMonth.from(axis.from()); !mo.atDay(1).isAfter(axis.to());
        mo = mo.plusMonths(1)) {
      LocalDate d = mo.atDay(1);
      if (d.isBefore(axis.from())) {
        continue;
      }
      boolean quarterStart = cal.startOf(cal.quarterOf(d)).equals(d);
      double x = axis.x(d);
      v.add(new Shape.Line(x, 0, x, 0, quarterStart ? Styles.GRID_QUARTER : Styles.GRID_MONTH));
    }
    return v;
  }

  // ---------------------------------------------------------------- sales lane

  /** The sales lane, one section per segment so that pages can break between segments. */
  private List<BoardLayout.Section> sales() {
    List<Shape> s = new ArrayList<>();
    List<String> segs = data.rows().segments();
    String currency = data.plan().settings().currency();
    var cal = data.calendar();
    for (QuarterTarget t : data.plan().targets()) {
      LocalDate qs = cal.startOf(t.quarter());
      LocalDate qe = cal.endOf(t.quarter());
      if (!axis.shows(qs, qe)) {
        continue;
      }
      int row = InitiativeLanes.segmentRow(segs, t.segment());
      Severity worst = targetSeverity.get(targetKey(t.quarter(), t.segment()));
      for (LocalDate[] piece : pieces(qs, qe)) {
        target(s, t, row, worst, piece[0], piece[1], currency);
      }
    }
    initiatives(s, segs);
    List<BoardLayout.Section> out = new ArrayList<>();
    for (int r = 0; r < segs.size(); r++) {
      List<Shape> labels = new ArrayList<>();
      fitted(labels, m.pt(5), (segmentTops[r + 1] - segmentTops[r]) / 2, segs.get(r),
          m.labelWidth() - m.pt(10), m.text(), true, Styles.TEXT_HEADING, TextRole.SEGMENT, "");
      List<Shape> mine = new ArrayList<>();
      for (Shape shape : s) {
        double y = top(shape);
        if (y >= segmentTops[r] - 1e-9 && (y < segmentTops[r + 1] - 1e-9
            || r == segs.size() - 1)) {
          mine.add(shape.moved(0, -segmentTops[r]));
        }
      }
      out.add(new BoardLayout.Section(segmentTops[r + 1] - segmentTops[r], mine, labels,
          segs.get(r)));
    }
    return out;
  }

  private static double top(Shape shape) {
    if (shape instanceof Shape.Box b) {
      return b.y();
    } else if (shape instanceof Shape.Line l) {
      return Math.min(l.y1(), l.y2());
    } else if (shape instanceof Shape.Dot d) {
      return d.cy() - d.r();
    }
    return ((Shape.Text) shape).y() - ((Shape.Text) shape).size() / 2;
  }

  private void target(List<Shape> s, QuarterTarget t, int row, Severity worst, LocalDate qs,
      LocalDate qe, String currency) {
    {
      double x0 = Math.max(left, axis.x(qs)) + m.pt(1.5);
      double x1 = Math.min(right, axis.xEnd(qe)) - m.pt(1.5);
      double y = segmentTops[row] + m.pt(3);
      double h = m.pt(13);
      s.add(new Shape.Box(x0, y, x1 - x0, h, Styles.target(worst), t.quarter()
          + "|" + t.segment()));
      double textLeft = x0 + m.pt(4);
      if (worst != null) {
        mark(s, x0 + m.pt(6), y + h / 2, worst, "");
        textLeft = x0 + m.pt(13);
      }
      String label = Money.compact(t.revenue(), currency)
          + (t.qualifiedLeads() == null ? "" : " · " + t.qualifiedLeads() + " leads");
      fitted(s, Math.max(textLeft, left + m.pt(2)), y + h / 2, label,
          x1 - Math.max(textLeft, left + m.pt(2)) - m.pt(2), m.small(), false, Styles.TEXT,
          TextRole.TARGET, "");
    }
  }

  private void initiatives(List<Shape> s, List<String> segs) {
    for (Initiative i : data.plan().initiatives()) {
      if (!axis.shows(i.start(), i.end())) {
        continue;
      }
      int row = InitiativeLanes.segmentRow(segs, i.segment());
      double x0 = axis.x(i.start());
      double x1 = Math.max(x0 + m.pt(2), axis.xEnd(i.end()));
      double y = segmentTops[row] + m.pt(19)
          + data.lanes().lane().getOrDefault(i.id(), 0) * m.initiativeLane();
      s.add(new Shape.Box(x0, y, x1 - x0, m.pt(10), Styles.INITIATIVE, i.id()));
      barLabel(s, i.name(), x0, x1, y + m.pt(5), Styles.TEXT_ON_INITIATIVE,
          TextRole.INITIATIVE, i.id());
    }
    for (int r = 0; r < segs.size(); r++) {
      s.add(new Shape.Line(left, segmentTops[r], right, segmentTops[r], Styles.GRID_ROW));
    }
  }

  // ---------------------------------------------------------------- marketing rows

  private BoardLayout.Section group(LaneRows.GroupRow g) {
    double h = m.row();
    List<Shape> s = List.of(new Shape.Box(left, 0, right - left, h, Styles.ROW_GROUP, g.key()));
    List<Shape> labels = new ArrayList<>();
    String n = String.valueOf(g.count());
    double nw = measure.width(n, m.small(), false);
    fitted(labels, m.pt(4), h / 2, g.label(), m.labelWidth() - m.pt(14) - nw, m.small(), true,
        Styles.TEXT_HEADING, TextRole.GROUP, g.key());
    labels.add(new Shape.Text(m.labelWidth() - m.pt(5) - nw, h / 2, nw, n, n, m.small(), false,
        Styles.TEXT_MUTED, TextRole.GROUP, g.key()));
    return new BoardLayout.Section(h, s, labels, g.key());
  }

  private BoardLayout.Section program(Program p) {
    double h = m.row();
    double mid = h / 2;
    List<Shape> s = new ArrayList<>();
    Initiative i = data.initiatives().get(p.supports());
    List<Conflict> found = data.conflicts().forProgram(p.id());
    if (i != null) {
      LeadWindow w = p.effectiveWindow(data.plan().settings());
      double bx0 = axis.x(w.max().before(i.start()));
      double bx1 = axis.xEnd(w.min().before(i.start()));
      String style = Styles.window(found);
      s.add(new Shape.Box(bx0, m.pt(2), Math.max(m.pt(1), bx1 - bx0), h - m.pt(4), style,
          p.id()));
      double ix = axis.x(i.start());
      // along the row's lower edge, so it never runs through a label beside the bar
      s.add(new Shape.Line(axis.xEnd(p.end()), h - m.pt(2.5), ix, h - m.pt(2.5), Styles.LINK));
      s.add(new Shape.Line(ix, m.pt(3), ix, h - m.pt(3), Styles.INITIATIVE_START));
    }
    double x0 = axis.x(p.start());
    double x1 = Math.max(x0 + m.pt(2), axis.xEnd(p.end()));
    s.add(new Shape.Box(x0, m.pt(4), x1 - x0, h - m.pt(8), Styles.bar(p.kind(), p.status()),
        p.id()));
    barLabel(s, p.name(), x0, x1, mid, p.status() == ProgramStatus.IDEA ? Styles.TEXT
        : Styles.TEXT_ON_BAR, TextRole.PROGRAM, p.id());
    Severity worst = ConflictIndex.worst(found);
    if (worst != null) {
      mark(s, x0 - m.pt(6), mid, worst, p.id());
    }
    List<Shape> labels = new ArrayList<>();
    fitted(labels, m.pt(12), mid, p.name(), m.labelWidth() - m.pt(16), m.small(), false,
        Styles.TEXT, TextRole.PROGRAM, p.id());
    return new BoardLayout.Section(h, s, labels, p.id());
  }

  /** A name inside its bar when it fits, else beside it on the right, shortened if need be. */
  private void barLabel(List<Shape> s, String name, double x0, double x1, double y,
      String inside, TextRole role, String ref) {
    name = Labels.oneLine(name);
    double from = Math.max(x0, left + m.pt(1));
    double w = measure.width(name, m.small(), false);
    if (w + m.pt(6) <= x1 - from) {
      s.add(new Shape.Text(from + m.pt(3), y, w, name, name, m.small(), false, inside, role,
          ref));
    } else {
      fitted(s, x1 + m.pt(3), y, name, Math.max(m.pt(40), right - x1 - m.pt(6)), m.small(),
          false, Styles.TEXT, role, ref);
    }
  }

  private void mark(List<Shape> s, double cx, double cy, Severity sev, String ref) {
    s.add(new Shape.Dot(cx, cy, m.markRadius(), Styles.mark(sev), ref));
    String glyph = sev == Severity.INFO ? "i" : "!";
    double w = measure.width(glyph, m.small(), true);
    s.add(new Shape.Text(cx - w / 2, cy, w, glyph, sev.code(), m.small(), true,
        Styles.TEXT_ON_MARK, TextRole.MARK, ref));
  }

  // ---------------------------------------------------------------- pace strips

  private BoardLayout.Section strips() {
    List<Shape> s = new ArrayList<>();
    double st = m.strip();
    s.add(new Shape.Box(left, 0, right - left, 3 * st, Styles.STRIP_BACKGROUND, ""));
    for (int k = 0; k <= 3; k++) {
      s.add(new Shape.Line(left, k * st, right, k * st, Styles.GRID_ROW));
    }
    PaceSummary pace = data.pace();
    int capacity = pace.capacity();
    Map<YearMonth, Integer> perMonth = pace.programsPerMonth();
    int max = PaceStrips.loadScale(perMonth, capacity);
    double h = st - m.pt(6);
    for (YearMonth mo = YearMonth.from(axis.from()); !mo.atDay(1).isAfter(axis.to());
        mo = mo.plusMonths(1)) {
      Integer n = perMonth.get(mo);
      if (n == null || n == 0) {
        continue;
      }
      boolean over = PaceStrips.overCapacity(n, capacity);
      double x0 = axis.x(mo.atDay(1)) + m.pt(0.8);
      double x1 = axis.xEnd(mo.atEndOfMonth()) - m.pt(0.8);
      double bh = h * n / max;
      s.add(new Shape.Box(x0, m.pt(3) + h - bh, x1 - x0, bh, over ? Styles.STRIP_OVER_CAPACITY
          : Styles.STRIP_LOAD, mo.toString()));
      String t = String.valueOf(n);
      double w = measure.width(t, m.small(), over);
      if (w + m.pt(2) < x1 - x0) {
        s.add(new Shape.Text((x0 + x1 - w) / 2, m.pt(7), w, t, t, m.small(), over,
            over ? Styles.TEXT_WARNING : Styles.TEXT, TextRole.STRIP, mo.toString()));
      }
    }
    if (capacity > 0) {
      double y = m.pt(3) + h - h * capacity / max;
      s.add(new Shape.Line(left, y, right, y, Styles.STRIP_CAPACITY));
    }
    String currency = data.plan().settings().currency();
    var cal = data.calendar();
    for (FiscalQuarter q = cal.quarterOf(axis.from()); !cal.startOf(q).isAfter(axis.to());
        q = q.next()) {
      for (LocalDate[] piece : pieces(cal.startOf(q), cal.endOf(q))) {
        quarterCells(s, q, Math.max(left, axis.x(piece[0])) + m.pt(1.5),
            Math.min(right, axis.xEnd(piece[1])) - m.pt(1.5), currency);
      }
    }
    List<Shape> labels = new ArrayList<>();
    String[] names = {"Programs per month" + (capacity > 0 ? " (cap. " + capacity + ")" : ""),
        "Spend / budget", "Expected / needed leads"};
    for (int k = 0; k < 3; k++) {
      fitted(labels, m.pt(5), k * st + st / 2, names[k], m.labelWidth() - m.pt(10), m.small(),
          false, Styles.TEXT, TextRole.STRIP_NAME, "");
    }
    return new BoardLayout.Section(3 * st, s, labels, "");
  }

  private void quarterCells(List<Shape> s, FiscalQuarter q, double x0, double x1,
      String currency) {
    PaceSummary pace = data.pace();
    double st = m.strip();
    BigDecimal spend = pace.spendPerQuarter().get(q);
    BigDecimal budget = pace.budgetPerQuarter().get(q);
    if (spend != null || budget != null) {
      boolean over = overBudget.contains(q);
      cell(s, x0, x1, st, over, over ? Styles.STRIP_OVER_BUDGET : Styles.STRIP_SPEND,
          Money.compact(spend == null ? BigDecimal.ZERO : spend, currency)
              + (budget == null ? "" : " / " + Money.compact(budget, currency)), q);
    }
    Integer e = pace.expectedLeadsPerQuarter().get(q);
    Integer n = pace.neededLeadsPerQuarter().get(q);
    if ((e != null && e > 0) || (n != null && n > 0)) {
      int ev = e == null ? 0 : e;
      int nv = n == null ? 0 : n;
      cell(s, x0, x1, 2 * st, ev < nv, ev < nv ? Styles.STRIP_SHORT_LEADS : Styles.STRIP_LEADS,
          ev + " / " + nv + " leads", q);
    }
  }

  private void cell(List<Shape> s, double x0, double x1, double y, boolean bad, String style,
      String text, FiscalQuarter q) {
    if (x1 <= x0) {
      return;
    }
    double st = m.strip();
    s.add(new Shape.Box(x0, y + m.pt(3), x1 - x0, st - m.pt(6), style, q.toString()));
    double w = measure.width(text, m.small(), bad);
    if (w < x1 - x0 - m.pt(3)) {
      s.add(new Shape.Text((x0 + x1 - w) / 2, y + st / 2, w, text, text, m.small(), bad,
          bad ? Styles.TEXT_WARNING : Styles.TEXT, TextRole.STRIP, q.toString()));
    }
  }

  // ---------------------------------------------------------------- helpers

  private Shape.Text text(double x, double y, String t, double size, boolean bold, String style,
      TextRole role, String ref) {
    return new Shape.Text(x, y, measure.width(t, size, bold), t, t, size, bold, style, role, ref);
  }

  /** Adds the text shortened to {@code max}; adds nothing when not even "x…" fits. */
  private void fitted(List<Shape> s, double x, double y, String t, double max, double size,
      boolean bold, String style, TextRole role, String ref) {
    t = Labels.oneLine(t);
    if (max < size) {
      return;
    }
    String shown = Labels.fit(measure, t, max, size, bold);
    if (shown != null) {
      s.add(new Shape.Text(x, y, measure.width(shown, size, bold), shown, t, size, bold, style,
          role, ref));
    }
  }

  private static String targetKey(FiscalQuarter q, String segment) {
    return q + "|" + segment.toLowerCase(Locale.ROOT);
  }
}

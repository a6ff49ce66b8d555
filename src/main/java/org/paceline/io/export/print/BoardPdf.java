package org.paceline.io.export.print;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.paceline.analysis.Money;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.FiscalCalendar;
import org.paceline.analysis.Grouping;
import org.paceline.analysis.InitiativeLanes;
import org.paceline.analysis.LaneRows;
import org.paceline.analysis.PaceSummary;
import org.paceline.files.AtomicFiles;
import org.paceline.model.Conflict;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Initiative;
import org.paceline.model.LeadWindow;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.ProgramStatus;
import org.paceline.model.QuarterTarget;
import org.paceline.model.Severity;

/**
 * Turns the board into pages and writes them as a vector PDF: the same sales lane, marketing
 * lanes, lead-window bands, conflict markers and pace strips as on screen, in a light print
 * style. Every page repeats the time header, the sales lane, the row labels and the strips, and
 * carries a header (plan, time range, printed on) and a footer (page i / n). A legend page and
 * the conflict summary follow unless switched off. The file is written in full to a temporary
 * file and moved into place.
 */
public final class BoardPdf {

  /** Text smaller than this, in points, is reported: it is hard to read on paper. */
  public static final double MIN_TEXT_PT = 7;

  /** Reports progress and asks whether to stop. */
  public interface Progress {
    /** {@code done} of {@code total} pages drawn. */
    void pages(int done, int total);

    /** True when the user cancelled: the export stops and writes nothing. */
    default boolean cancelled() {
      return false;
    }

    Progress NONE = (done, total) -> { };
  }

  /**
   * What was written.
   *
   * @param pages pages in the document
   * @param scale the scale of the board on paper (1 = natural size)
   * @param smallestTextPt the smallest text on the board pages, in points
   * @param warnings what the reader should know, e.g. text below 7 pt, with a suggestion
   */
  public record Result(int pages, double scale, double smallestTextPt, List<String> warnings) {}

  /** Thrown when the user cancelled; nothing was written. */
  public static final class Cancelled extends IOException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("The export was cancelled; nothing was written.");
    }
  }

  // Board metrics at scale 1, in points.
  static final double LABEL_W = 150;
  static final double HEAD_ROW = 12;
  static final double SALES_ROW = 32;
  static final double INIT_LANE = 12;
  static final double ROW = 15;
  static final double STRIP = 18;
  static final double PT_PER_DAY = 1.6;
  static final double TEXT = 8.5;
  static final double SMALL = 7.5;
  static final double PAGE_HEAD = 26;
  static final double PAGE_FOOT = 16;

  // A light, print-friendly palette.
  static final Color INK = new Color(0x1f, 0x23, 0x28);
  static final Color MUTED = new Color(0x65, 0x6d, 0x76);
  static final Color GRID = new Color(0xd0, 0xd7, 0xde);
  static final Color HEADER = new Color(0xf3, 0xf5, 0xf7);
  static final Color BAR = new Color(0x21, 0x6e, 0xd6);
  static final Color BAND = new Color(0xd3, 0xe9, 0xfb);
  static final Color INITIATIVE = new Color(0x6e, 0x77, 0x81);
  static final Color GOOD = new Color(0xd7, 0xf3, 0xdd);
  static final Color SHORT = new Color(0xfd, 0xf1, 0xc4);
  static final Color BAD = new Color(0xfc, 0xdd, 0xda);
  static final Color ERROR = new Color(0xcf, 0x22, 0x2e);
  static final Color WARNING = new Color(0xb0, 0x75, 0x00);
  static final Color INFO = new Color(0x09, 0x69, 0xda);

  private final Plan plan;
  private final PageSetup setup;
  private final org.paceline.model.ConflictList conflicts;
  private final FiscalCalendar cal;
  private final LaneRows rows;
  private final InitiativeLanes lanes;
  private final PaceSummary pace;
  private final LocalDate from;
  private final LocalDate to;
  private final double[] segmentTops;
  private final LocalDate printedOn;
  // Looked up on every page: indexed once.
  private final Map<String, Initiative> initiativesById = new java.util.HashMap<>();
  private final Map<String, Severity> targetSeverity = new java.util.HashMap<>();
  private final Set<FiscalQuarter> overBudget = new java.util.HashSet<>();

  private BoardPdf(Plan plan, PageSetup setup, Predicate<Program> filter, LocalDate printedOn) {
    this.plan = plan;
    this.setup = setup;
    this.printedOn = printedOn;
    this.conflicts = ConflictAnalyzer.analyze(plan);
    this.cal = FiscalCalendar.of(plan.settings());
    LocalDate[] range = range(plan, cal);
    this.from = setup.from() != null ? setup.from() : range[0];
    this.to = setup.to() != null ? setup.to() : range[1];
    this.rows = LaneRows.of(plan, Grouping.INITIATIVE, p -> p.isActive() && filter.test(p)
        && !p.end().isBefore(from) && !p.start().isAfter(to), Set.of());
    this.lanes = InitiativeLanes.of(plan, rows.segments());
    this.pace = PaceSummary.of(plan);
    plan.initiatives().forEach(i -> initiativesById.put(i.id(), i));
    for (Conflict c : conflicts) {
      if (c.rule() == org.paceline.model.ConflictRule.OVER_BUDGET) {
        overBudget.add(c.quarter());
      } else if (c.program().isEmpty() && c.quarter() != null) {
        targetSeverity.merge(targetKey(c.quarter(), c.segment()), c.severity(),
            (x, y) -> x.isAtLeast(y) ? x : y);
      }
    }
    int[] per = lanes.lanesPerSegment();
    segmentTops = new double[per.length + 1];
    for (int r = 0; r < per.length; r++) {
      segmentTops[r + 1] = segmentTops[r] + SALES_ROW + (per[r] - 1) * INIT_LANE;
    }
  }

  /** The plan's span, widened to whole months: programs, initiatives and target quarters. */
  private static LocalDate[] range(Plan plan, FiscalCalendar cal) {
    LocalDate lo = null;
    LocalDate hi = null;
    List<LocalDate[]> spans = new ArrayList<>();
    plan.programs().stream().filter(Program::isActive)
        .forEach(p -> spans.add(new LocalDate[] {p.start(), p.end()}));
    plan.initiatives().forEach(i -> spans.add(new LocalDate[] {i.start(), i.end()}));
    plan.targets().forEach(t -> spans.add(new LocalDate[] {cal.startOf(t.quarter()),
        cal.endOf(t.quarter())}));
    for (LocalDate[] s : spans) {
      lo = lo == null || s[0].isBefore(lo) ? s[0] : lo;
      hi = hi == null || s[1].isAfter(hi) ? s[1] : hi;
    }
    if (lo == null) {
      lo = cal.startOfYear(cal.fiscalYearOf(LocalDate.now()));
      hi = lo.plusYears(1).minusDays(1);
    }
    return new LocalDate[] {lo.withDayOfMonth(1), YearMonth.from(hi).atEndOfMonth()};
  }

  /** Writes the board of {@code plan} to a PDF file. */
  public static Result write(Plan plan, PageSetup setup, Path file) throws IOException {
    return write(plan, setup, p -> true, file, Progress.NONE);
  }

  /** Writes the board of {@code plan}, showing only the programs {@code filter} accepts. */
  public static Result write(Plan plan, PageSetup setup, Predicate<Program> filter, Path file,
      Progress progress) throws IOException {
    BoardPdf b = new BoardPdf(plan, setup, filter, LocalDate.now());
    Result[] result = new Result[1];
    try (PDDocument doc = b.render(progress, result)) {
      AtomicFiles.write(file, doc::save);
    }
    return result[0];
  }

  /** Renders into a new document, for writing as PDF or as PNG images. */
  static PDDocument render(Plan plan, PageSetup setup, Predicate<Program> filter,
      Progress progress, Result[] result) throws IOException {
    return new BoardPdf(plan, setup, filter, LocalDate.now()).render(progress, result);
  }

  // ---------------------------------------------------------------- pagination

  private double salesH() {
    return segmentTops[segmentTops.length - 1];
  }

  private double fixedH() {
    return 3 * HEAD_ROW + salesH() + 4 + 3 * STRIP;
  }

  private PDDocument render(Progress progress, Result[] result) throws IOException {
    double pageW = setup.pageWidth();
    double pageH = setup.pageHeight();
    double m = setup.marginPt();
    double areaW = pageW - 2 * m;
    double areaH = pageH - 2 * m - PAGE_HEAD - PAGE_FOOT;
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    int rowCount = Math.max(1, rows.rows().size());
    double scale;
    int across;
    PageSetup.Fit fit = setup.fit();
    if (fit.single()) {
      scale = Math.min(areaW / (LABEL_W + days * PT_PER_DAY), areaH / (fixedH() + rowCount * ROW));
      across = 1;
    } else if (fit.pagesWide() > 0) {
      across = fit.pagesWide();
      scale = Math.min(2.5, across * areaW / (days * PT_PER_DAY + across * LABEL_W));
    } else {
      scale = fit.scale();
      double perPage = areaW / scale - LABEL_W;
      across = (int) Math.max(1, Math.ceil(days * PT_PER_DAY / Math.max(PT_PER_DAY, perPage)));
    }
    int rowsPerPage = fit.single() ? rowCount
        : (int) Math.max(1, Math.floor((areaH / scale - fixedH()) / ROW));
    int down = (int) Math.ceil((double) rowCount / rowsPerPage);
    if (rows.rows().isEmpty()) {
      down = 1;
    }
    List<List<String>> summaryPages = setup.conflictSummary() ? summaryPages(areaW, areaH)
        : List.of();
    int total = across * down + (setup.legend() ? 1 : 0) + summaryPages.size();

    List<String> warnings = new ArrayList<>();
    double smallest = SMALL * scale;
    if (smallest < MIN_TEXT_PT) {
      warnings.add(String.format(Locale.ROOT, "The smallest text would be %.1f pt, below %.0f pt:"
          + " choose more pages wide, larger paper (A3 or Tabloid) or a shorter time range.",
          smallest, MIN_TEXT_PT));
    }

    // Page cuts fall on month starts, and every page uses the same width per day.
    LocalDate[] cuts = new LocalDate[across + 1];
    cuts[0] = from;
    cuts[across] = to.plusDays(1);
    for (int h = 1; h < across; h++) {
      LocalDate even = from.plusDays(days * h / across);
      LocalDate month = even.getDayOfMonth() > 15 ? even.withDayOfMonth(1).plusMonths(1)
          : even.withDayOfMonth(1);
      cuts[h] = month.isAfter(cuts[h - 1]) && month.isBefore(cuts[across]) ? month : even;
    }
    long widest = 1;
    for (int h = 0; h < across; h++) {
      widest = Math.max(widest, cuts[h + 1].toEpochDay() - cuts[h].toEpochDay());
    }
    double ppd = fit.single() || fit.pagesWide() > 0 ? (areaW / scale - LABEL_W) / widest
        : PT_PER_DAY;

    PDDocument doc = new PDDocument();
    try {
      Pen.Fonts fonts = new Pen.Fonts(doc);
      int page = 0;
      for (int v = 0; v < down; v++) {
        int firstRow = v * rowsPerPage;
        int lastRow = Math.min(rows.rows().size(), firstRow + rowsPerPage);
        for (int h = 0; h < across; h++) {
          LocalDate tileFrom = cuts[h];
          LocalDate tileTo = cuts[h + 1].minusDays(1);
          if (progress.cancelled()) {
            throw new Cancelled();
          }
          try (PDPageContentStream out = newPage(doc, pageW, pageH)) {
            page++;
            pageFrame(out, fonts, page, total, tileFrom, tileTo);
            Pen pen = new Pen(out, fonts, m, pageH - m - PAGE_HEAD, scale);
            new Board(pen, tileFrom, tileTo, ppd, firstRow, lastRow,
                Math.min(areaW / scale, LABEL_W + (tileTo.toEpochDay() - tileFrom.toEpochDay()
                    + 1) * ppd)).draw();
          }
          progress.pages(page, total);
        }
      }
      if (setup.legend()) {
        try (PDPageContentStream out = newPage(doc, pageW, pageH)) {
          page++;
          pageFrame(out, fonts, page, total, from, to);
          legend(new Pen(out, fonts, m, pageH - m - PAGE_HEAD, 1));
        }
        progress.pages(page, total);
      }
      for (List<String> lines : summaryPages) {
        try (PDPageContentStream out = newPage(doc, pageW, pageH)) {
          page++;
          pageFrame(out, fonts, page, total, from, to);
          summary(new Pen(out, fonts, m, pageH - m - PAGE_HEAD, 1), lines);
        }
        progress.pages(page, total);
      }
      result[0] = new Result(total, scale, smallest, warnings);
      return doc;
    } catch (IOException | RuntimeException e) {
      doc.close();
      throw e;
    }
  }

  private static PDPageContentStream newPage(PDDocument doc, double w, double h)
      throws IOException {
    PDPage page = new PDPage(new PDRectangle((float) w, (float) h));
    doc.addPage(page);
    return new PDPageContentStream(doc, page);
  }

  private void pageFrame(PDPageContentStream out, Pen.Fonts fonts, int page, int total,
      LocalDate a, LocalDate b) throws IOException {
    double m = setup.marginPt();
    double w = setup.pageWidth() - 2 * m;
    Pen pen = new Pen(out, fonts, m, setup.pageHeight() - m, 1);
    pen.fitText(0, 8, plan.name(), w * 0.55, 11, true, INK);
    String right = fy(a, b) + a + " – " + b + "   ·   printed on " + printedOn;
    pen.text(w - pen.width(right, 8, false), 8, right, 8, false, MUTED);
    pen.line(0, 18, w, 18, GRID, 0.6, false);
    String foot = page + " / " + total;
    double footY = setup.pageHeight() - 2 * m - 5;
    pen.centred(w / 2, footY, foot, 8, false, MUTED);
    pen.text(0, footY, "Paceline", 7.5, false, MUTED);
  }

  private String fy(LocalDate a, LocalDate b) {
    int first = cal.fiscalYearOf(a);
    int last = cal.fiscalYearOf(b);
    return "FY" + first + (last == first ? "" : "–FY" + last) + "   ·   ";
  }

  // ---------------------------------------------------------------- the board on one page

  /** One page of the board: a time tile and a slice of the marketing rows. */
  private final class Board {
    private final Pen pen;
    private final LocalDate a;
    private final LocalDate b;
    private final double ppd;
    private final int firstRow;
    private final int lastRow;
    private final double width;
    private final double lanesTop;
    private final double stripsTop;

    Board(Pen pen, LocalDate a, LocalDate b, double ppd, int firstRow, int lastRow,
        double width) {
      this.pen = pen;
      this.a = a;
      this.b = b;
      this.ppd = ppd;
      this.firstRow = firstRow;
      this.lastRow = lastRow;
      this.width = width;
      this.lanesTop = 3 * HEAD_ROW + salesH() + 4;
      this.stripsTop = lanesTop + (lastRow - firstRow) * ROW;
    }

    double x(LocalDate d) {
      return LABEL_W + (d.toEpochDay() - a.toEpochDay()) * ppd;
    }

    void draw() throws IOException {
      double bottom = stripsTop + 3 * STRIP;
      pen.clip(LABEL_W, 0, width - LABEL_W, bottom);
      grid(bottom);
      lanes();
      sales();
      strips();
      header();
      pen.unclip();
      labels(bottom);
      pen.frame(0, 0, width, bottom, GRID, 0.8);
    }

    void grid(double bottom) throws IOException {
      for (YearMonth m = YearMonth.from(a); !m.atDay(1).isAfter(b); m = m.plusMonths(1)) {
        boolean qStart = cal.startOf(cal.quarterOf(m.atDay(1))).equals(m.atDay(1));
        pen.line(x(m.atDay(1)), 3 * HEAD_ROW, x(m.atDay(1)), bottom, GRID, qStart ? 0.8 : 0.3,
            false);
      }
    }

    void header() throws IOException {
      pen.fill(LABEL_W, 0, width - LABEL_W, 3 * HEAD_ROW, HEADER);
      pen.line(LABEL_W, 3 * HEAD_ROW, width, 3 * HEAD_ROW, GRID, 0.6, false);
      FiscalQuarter q0 = cal.quarterOf(a);
      for (int fy = q0.fiscalYear(); !cal.startOfYear(fy).isAfter(b); fy++) {
        band(cal.startOfYear(fy), cal.endOfYear(fy), 0, "FY" + fy, true);
      }
      for (FiscalQuarter q = q0; !cal.startOf(q).isAfter(b); q = q.next()) {
        double w = (cal.endOf(q).toEpochDay() - cal.startOf(q).toEpochDay() + 1) * ppd;
        String label = "Q" + q.quarter();
        String longer = label + "  " + cal.startOf(q).getMonth().getDisplayName(TextStyle.SHORT,
            Locale.ENGLISH) + "–" + cal.endOf(q).getMonth().getDisplayName(TextStyle.SHORT,
            Locale.ENGLISH) + " " + cal.endOf(q).getYear();
        band(cal.startOf(q), cal.endOf(q), HEAD_ROW,
            pen.width(longer, SMALL, false) + 8 < w ? longer : label, false);
      }
      for (YearMonth m = YearMonth.from(a); !m.atDay(1).isAfter(b); m = m.plusMonths(1)) {
        double w = m.lengthOfMonth() * ppd;
        String name = m.getMonth().getDisplayName(w > 24 ? TextStyle.SHORT : TextStyle.NARROW,
            Locale.ENGLISH);
        band(m.atDay(1), m.atEndOfMonth(), 2 * HEAD_ROW, name, false);
      }
    }

    void band(LocalDate from, LocalDate to, double y, String text, boolean bold)
        throws IOException {
      double x0 = Math.max(LABEL_W, x(from));
      double x1 = Math.min(width, x(to.plusDays(1)));
      pen.line(x(from), y + 2, x(from), y + HEAD_ROW - 2, GRID, 0.5, false);
      if (x1 - x0 > pen.width(text, SMALL, bold) + 4) {
        pen.centred((x0 + x1) / 2, y + HEAD_ROW / 2, text, SMALL, bold, INK);
      }
    }

    void sales() throws IOException {
      double top = 3 * HEAD_ROW;
      List<String> segs = rows.segments();
      String currency = plan.settings().currency();
      for (QuarterTarget t : plan.targets()) {
        LocalDate qs = cal.startOf(t.quarter());
        LocalDate qe = cal.endOf(t.quarter());
        if (qe.isBefore(a) || qs.isAfter(b)) {
          continue;
        }
        int row = InitiativeLanes.segmentRow(segs, t.segment());
        double x0 = x(qs) + 1.5;
        double x1 = x(qe.plusDays(1)) - 1.5;
        double y = top + segmentTops[row] + 3;
        Severity worst = targetSeverity.get(targetKey(t.quarter(), t.segment()));
        pen.fill(x0, y, x1 - x0, 13, worst == Severity.ERROR ? BAD
            : worst == Severity.WARNING ? SHORT : GOOD);
        if (worst != null) {
          pen.frame(x0, y, x1 - x0, 13, severity(worst), 0.8);
          marker(x0 + 6, y + 6.5, worst);
        }
        String label = Money.compact(t.revenue(), currency)
            + (t.qualifiedLeads() == null ? "" : " · " + t.qualifiedLeads() + " leads");
        double left = x0 + (worst == null ? 4 : 13);
        pen.fitText(left, y + 6.5, label, x1 - left - 2, SMALL, false, INK);
      }
      for (Initiative i : plan.initiatives()) {
        if (i.end().isBefore(a) || i.start().isAfter(b)) {
          continue;
        }
        int row = InitiativeLanes.segmentRow(segs, i.segment());
        double x0 = x(i.start());
        double x1 = Math.max(x0 + 2, x(i.end().plusDays(1)));
        double y = top + segmentTops[row] + 19 + lanes.lane().getOrDefault(i.id(), 0) * INIT_LANE;
        pen.fill(x0, y, x1 - x0, 10, INITIATIVE);
        barLabel(i.name(), x0, x1, y + 5, Color.WHITE);
      }
      for (int r = 0; r <= segs.size(); r++) {
        pen.line(LABEL_W, top + segmentTops[r], width, top + segmentTops[r], GRID, 0.5, false);
      }
    }

    void lanes() throws IOException {
      for (int r = firstRow; r < lastRow; r++) {
        double y = lanesTop + (r - firstRow) * ROW;
        LaneRows.Row row = rows.rows().get(r);
        if (row instanceof LaneRows.GroupRow) {
          pen.fill(LABEL_W, y, width - LABEL_W, ROW, HEADER);
          continue;
        }
        program(((LaneRows.ProgramRow) row).program(), y);
      }
    }

    void program(Program p, double y) throws IOException {
      double mid = y + ROW / 2;
      Initiative i = initiativesById.get(p.supports());
      if (i != null) {
        LeadWindow w = p.effectiveWindow(plan.settings());
        double bx0 = x(w.max().before(i.start()));
        double bx1 = x(w.min().before(i.start()).plusDays(1));
        pen.fill(bx0, y + 2, Math.max(1, bx1 - bx0), ROW - 4, BAND);
        double ix = x(i.start());
        // along the row's lower edge, so it never runs through a label beside the bar
        pen.line(x(p.end().plusDays(1)), y + ROW - 2.5, ix, y + ROW - 2.5, MUTED, 0.4, true);
        pen.line(ix, y + 3, ix, y + ROW - 3, MUTED, 0.6, false);
      }
      double x0 = x(p.start());
      double x1 = Math.max(x0 + 2, x(p.end().plusDays(1)));
      if (p.status() == ProgramStatus.IDEA) {
        pen.fill(x0, y + 4, x1 - x0, ROW - 8, Color.WHITE);
        pen.dashedFrame(x0, y + 4, x1 - x0, ROW - 8, BAR, 0.9);
        barLabel(p.name(), x0, x1, mid, INK);
      } else {
        pen.fill(x0, y + 4, x1 - x0, ROW - 8, p.status() == ProgramStatus.DONE
            ? new Color(0x7f, 0xa8, 0xe6) : BAR);
        barLabel(p.name(), x0, x1, mid, Color.WHITE);
      }
      Severity worst = worst(conflicts.forProgram(p.id()));
      if (worst != null) {
        marker(x0 - 6, mid, worst);
      }
    }

    void barLabel(String text, double x0, double x1, double y, Color inside) throws IOException {
      double left = Math.max(x0, LABEL_W + 1);
      if (pen.width(text, SMALL, false) + 6 <= x1 - left) {
        pen.text(left + 3, y, text, SMALL, false, inside);
      } else {
        pen.fitText(x1 + 3, y, text, Math.max(40, width - x1 - 6), SMALL, false, INK);
      }
    }

    void strips() throws IOException {
      double top = stripsTop;
      pen.fill(LABEL_W, top, width - LABEL_W, 3 * STRIP, HEADER);
      for (int s = 0; s <= 3; s++) {
        pen.line(LABEL_W, top + s * STRIP, width, top + s * STRIP, GRID, 0.5, false);
      }
      int capacity = pace.capacity();
      Map<YearMonth, Integer> perMonth = pace.programsPerMonth();
      int max = Math.max(Math.max(1, capacity), perMonth.values().stream()
          .mapToInt(Integer::intValue).max().orElse(1));
      double h = STRIP - 6;
      for (YearMonth m = YearMonth.from(a); !m.atDay(1).isAfter(b); m = m.plusMonths(1)) {
        Integer n = perMonth.get(m);
        if (n == null || n == 0) {
          continue;
        }
        boolean over = capacity > 0 && n > capacity;
        double x0 = x(m.atDay(1)) + 0.8;
        double x1 = x(m.atEndOfMonth().plusDays(1)) - 0.8;
        double bh = h * n / max;
        pen.fill(x0, top + 3 + h - bh, x1 - x0, bh, over ? new Color(0xf0, 0xc2, 0x5e) : BAND);
        if (x1 - x0 > 10) {
          pen.centred((x0 + x1) / 2, top + 7, String.valueOf(n), SMALL, over, over ? WARNING : INK);
        }
      }
      if (capacity > 0) {
        double y = top + 3 + h - h * capacity / max;
        pen.line(LABEL_W, y, width, y, ERROR, 0.6, true);
      }
      String currency = plan.settings().currency();
      for (FiscalQuarter q = cal.quarterOf(a); !cal.startOf(q).isAfter(b); q = q.next()) {
        double x0 = x(cal.startOf(q)) + 1.5;
        double x1 = x(cal.endOf(q).plusDays(1)) - 1.5;
        BigDecimal spend = pace.spendPerQuarter().get(q);
        BigDecimal budget = pace.budgetPerQuarter().get(q);
        if (spend != null || budget != null) {
          boolean over = overBudget.contains(q);
          cell(x0, x1, top + STRIP, over, Money.compact(spend == null ? BigDecimal.ZERO : spend,
              currency) + (budget == null ? "" : " / " + Money.compact(budget, currency)));
        }
        Integer e = pace.expectedLeadsPerQuarter().get(q);
        Integer n = pace.neededLeadsPerQuarter().get(q);
        if ((e != null && e > 0) || (n != null && n > 0)) {
          int ev = e == null ? 0 : e;
          int nv = n == null ? 0 : n;
          cell(x0, x1, top + 2 * STRIP, ev < nv, ev + " / " + nv + " leads");
        }
      }
    }

    void cell(double x0, double x1, double y, boolean bad, String text) throws IOException {
      pen.fill(x0, y + 3, x1 - x0, STRIP - 6, bad ? BAD : GOOD);
      if (bad) {
        pen.frame(x0, y + 3, x1 - x0, STRIP - 6, WARNING, 0.8);
      }
      if (pen.width(text, SMALL, bad) < x1 - x0 - 3) {
        pen.centred((x0 + x1) / 2, y + STRIP / 2, text, SMALL, bad, bad ? WARNING : INK);
      }
    }

    void labels(double bottom) throws IOException {
      pen.fill(0, 0, LABEL_W, bottom, HEADER);
      pen.line(LABEL_W, 0, LABEL_W, bottom, GRID, 0.8, false);
      pen.fitText(5, HEAD_ROW, plan.name(), LABEL_W - 10, TEXT, true, INK);
      pen.text(5, 2.5 * HEAD_ROW, "Sales targets and initiatives", SMALL, false, MUTED);
      List<String> segs = rows.segments();
      double top = 3 * HEAD_ROW;
      for (int r = 0; r < segs.size(); r++) {
        pen.fitText(5, top + (segmentTops[r] + segmentTops[r + 1]) / 2, segs.get(r),
            LABEL_W - 10, TEXT, true, INK);
      }
      pen.line(0, lanesTop - 2, width, lanesTop - 2, GRID, 0.6, false);
      for (int r = firstRow; r < lastRow; r++) {
        double y = lanesTop + (r - firstRow) * ROW + ROW / 2;
        LaneRows.Row row = rows.rows().get(r);
        if (row instanceof LaneRows.GroupRow g) {
          pen.fitText(4, y, g.label(), LABEL_W - 24, SMALL, true, INK);
          String n = String.valueOf(g.count());
          pen.text(LABEL_W - 5 - pen.width(n, SMALL, false), y, n, SMALL, false, MUTED);
        } else {
          pen.fitText(12, y, ((LaneRows.ProgramRow) row).program().name(), LABEL_W - 16, SMALL,
              false, INK);
        }
      }
      if (rows.rows().isEmpty()) {
        pen.text(LABEL_W + 8, lanesTop + ROW / 2, "No programs in this time range.", TEXT, false,
            MUTED);
      }
      String[] names = {"Programs per month" + (pace.capacity() > 0 ? " (cap. " + pace.capacity()
          + ")" : ""), "Spend / budget", "Expected / needed leads"};
      pen.line(0, stripsTop, LABEL_W, stripsTop, GRID, 0.6, false);
      for (int s = 0; s < 3; s++) {
        pen.fitText(5, stripsTop + s * STRIP + STRIP / 2, names[s], LABEL_W - 10, SMALL, false,
            INK);
      }
    }

    void marker(double cx, double cy, Severity s) throws IOException {
      pen.dot(cx, cy, 4, severity(s));
      pen.centred(cx, cy, s == Severity.INFO ? "i" : "!", 6, true, Color.WHITE);
    }
  }

  // ---------------------------------------------------------------- legend and summary

  private void legend(Pen pen) throws IOException {
    double y = 20;
    pen.text(0, y, "How to read the board", 13, true, INK);
    y += 26;
    Object[][] items = {
      {"bar", "A marketing program (planned, committed, running)."},
      {"idea", "A program that is still an idea (dashed)."},
      {"band", "Its lead window: from the initiative's start minus the maximum lead to its start"
          + " minus the minimum lead. A bar that starts inside the band is on pace."},
      {"initiative", "A sales initiative, in its segment's row."},
      {"good", "A quarter's target with marketing ramping into it."},
      {"short", "A target short of the qualified leads it needs."},
      {"bad", "A target with no marketing program behind it."},
      {Severity.ERROR, "Error: fix before the planning meeting."},
      {Severity.WARNING, "Warning: worth a look."},
      {Severity.INFO, "Note."},
    };
    for (Object[] item : items) {
      if (item[0] instanceof Severity s) {
        pen.dot(18, y, 5, severity(s));
        pen.centred(18, y, s == Severity.INFO ? "i" : "!", 7.5, true, Color.WHITE);
      } else {
        switch ((String) item[0]) {
          case "bar" -> pen.fill(0, y - 5, 36, 10, BAR);
          case "idea" -> pen.dashedFrame(0, y - 5, 36, 10, BAR, 1);
          case "band" -> pen.fill(0, y - 7, 36, 14, BAND);
          case "initiative" -> pen.fill(0, y - 5, 36, 10, INITIATIVE);
          case "good" -> pen.fill(0, y - 6, 36, 12, GOOD);
          case "short" -> pen.fill(0, y - 6, 36, 12, SHORT);
          default -> pen.fill(0, y - 6, 36, 12, BAD);
        }
      }
      pen.text(48, y, (String) item[1], 9.5, false, INK);
      y += 22;
    }
  }

  /** The conflict summary as page-sized lists of lines ("#" starts a heading). */
  private List<List<String>> summaryPages(double areaW, double areaH) throws IOException {
    List<String> lines = new ArrayList<>();
    try (PDDocument scratch = new PDDocument()) {
      Pen.Fonts fonts = new Pen.Fonts(scratch);
      lines.add("#Conflicts: " + org.paceline.io.export.ConflictReport.summary(
          org.paceline.io.export.ConflictReport.counts(conflicts)));
      Severity current = null;
      for (Conflict c : conflicts) {
        if (c.severity() != current) {
          current = c.severity();
          Severity g = current;
          long n = conflicts.stream().filter(x -> x.severity() == g).count();
          lines.add("#" + switch (g) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Notes";
          } + " (" + n + ")");
        }
        String text = c.rule().title() + ": " + c.message();
        lines.addAll(wrap(fonts, "\u2022 " + text, areaW - 10, 9));
      }
      if (conflicts.isEmpty()) {
        lines.add("No conflicts: the paces fit.");
      }
    }
    int perPage = (int) Math.max(1, Math.floor((areaH - 10) / 13));
    List<List<String>> pages = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += perPage) {
      pages.add(lines.subList(i, Math.min(lines.size(), i + perPage)));
    }
    return pages;
  }

  private static List<String> wrap(Pen.Fonts fonts, String text, double width, double size) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String next = line.length() == 0 ? word : line + " " + word;
      if (fonts.width(next, size, false) > width && line.length() > 0) {
        out.add(line.toString());
        line = new StringBuilder("   " + word);
      } else {
        line = new StringBuilder(next);
      }
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  private void summary(Pen pen, List<String> lines) throws IOException {
    double y = 12;
    for (String l : lines) {
      if (l.startsWith("#")) {
        y += 3;
        pen.text(0, y, l.substring(1), 10.5, true, INK);
      } else {
        pen.text(4, y, l, 9, false, INK);
      }
      y += 13;
    }
  }

  // ---------------------------------------------------------------- helpers

  private static String targetKey(FiscalQuarter q, String segment) {
    return q + "|" + segment.toLowerCase(Locale.ROOT);
  }

  private static Severity worst(List<Conflict> found) {
    Severity w = null;
    for (Conflict c : found) {
      if (w == null || c.severity().isAtLeast(w)) {
        w = c.severity();
      }
    }
    return w;
  }

  private static Color severity(Severity s) {
    return switch (s) {
      case ERROR -> ERROR;
      case WARNING -> WARNING;
      case INFO -> INFO;
    };
  }

}

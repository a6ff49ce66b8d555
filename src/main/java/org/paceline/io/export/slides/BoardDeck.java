package org.paceline.io.export.slides;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.Money;
import org.paceline.analysis.PaceSummary;
import org.paceline.files.AtomicFiles;
import org.paceline.io.export.BoardPalette;
import org.paceline.io.export.ConflictReport;
import org.paceline.io.export.print.BoardPng;
import org.paceline.io.export.print.PageSetup;
import org.paceline.io.export.print.PrintFonts;
import org.paceline.layout.BoardData;
import org.paceline.layout.ChangeLines;
import org.paceline.layout.CompareView;
import org.paceline.layout.ConflictLines;
import org.paceline.layout.Labels;
import org.paceline.layout.Shape;
import org.paceline.layout.Slides;
import org.paceline.layout.Styles;
import org.paceline.layout.TextRole;
import org.paceline.model.ConflictList;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * The board as an editable 16:9 PowerPoint deck, painted from the same layout as the paper: the
 * year at a glance, one slide per quarter (or half-year) that holds a program that is not
 * cancelled, with its table of target against leads and budget, and the open conflicts in plain
 * words, most severe first. Optionally a slide with a picture of the whole board. Nothing on a
 * slide is smaller than {@link Slides#MIN_TEXT_PT}.
 */
public final class BoardDeck {

  /** PowerPoint's widescreen slide, 13.333 × 7.5 in, in points. */
  public static final double WIDTH = 960;

  public static final double HEIGHT = 540;

  private static final double MARGIN = 24;
  private static final double TOP = 70;
  private static final double TITLE = 24;
  private static final double SUBTITLE = 12;
  private static final double BODY = 12;

  /**
   * What to put in the deck.
   *
   * @param halves one slide per half-year instead of per quarter
   * @param picture add a slide with a high-resolution picture of the whole board
   */
  public record Options(boolean halves, boolean picture) {}

  /**
   * What was written.
   *
   * @param slides slides in the deck
   */
  public record Result(int slides) {}

  private final Plan plan;
  private final ConflictList conflicts;
  private final BoardData data;
  private final PrintFonts fonts;
  private final XMLSlideShow deck = new XMLSlideShow();
  private final CompareView compare;

  private BoardDeck(Plan plan, PrintFonts fonts, CompareView compare) {
    this.plan = plan;
    this.fonts = fonts;
    this.compare = compare;
    // a compare deck checks the board on the day its changes were checked
    this.conflicts = compare == null ? ConflictAnalyzer.analyze(plan)
        : ConflictAnalyzer.analyze(plan, compare.asOf());
    this.data = BoardData.of(plan, conflicts, PaceSummary.of(plan), p -> true, null, null,
        Set.of());
    deck.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
  }

  /** Writes the deck of {@code plan} to {@code file} (in full to a temporary file first). */
  public static Result write(Plan plan, Options options, Path file) throws IOException {
    return write(plan, options, null, file);
  }

  /**
   * Writes the deck of {@code plan} compared with another plan: on every board the other plan's
   * moved bars as ghost outlines where they were and added programs framed, and after the
   * overview the slides "Changes since …" (new and resolved conflicts, programs added, removed
   * and moved, sales targets per quarter). {@code compare} null writes the plain deck.
   */
  public static Result write(Plan plan, Options options, CompareView compare, Path file)
      throws IOException {
    try (PrintFonts fonts = new PrintFonts()) {
      BoardDeck d = new BoardDeck(plan, fonts, compare);
      try (XMLSlideShow deck = d.deck) {
        d.overview();
        if (compare != null) {
          d.changes();
        }
        for (Slides.Period p : Slides.periods(d.data, options.halves())) {
          d.period(p);
        }
        d.conflicts();
        if (options.picture()) {
          d.picture();
        }
        AtomicFiles.write(file, deck::write);
        return new Result(deck.getSlides().size());
      }
    }
  }

  // ---------------------------------------------------------------- slides

  private void overview() {
    LocalDateRange r = range();
    XSLFSlide s = deck.createSlide();
    title(s, plan.name() + ": the year at a glance", r.from() + " – " + r.to());
    Slides.Board b = Slides.board(data, r.from(), r.to(), WIDTH - 2 * MARGIN,
        HEIGHT - TOP - MARGIN, fonts, overlay());
    paint(s, b, TOP);
    note(s, b, TOP + b.height() + 4);
  }

  private record LocalDateRange(java.time.LocalDate from, java.time.LocalDate to) {}

  private LocalDateRange range() {
    var span = compare == null ? data.span() : compare.widen(data.span());
    return new LocalDateRange(span[0], span[1]);
  }

  private void period(Slides.Period p) {
    XSLFSlide s = deck.createSlide();
    title(s, p.title(), plan.name());
    double tableH = 26 + 22 * p.quarters().size();
    Slides.Board b = Slides.board(data, p.from(), p.to(), WIDTH - 2 * MARGIN,
        HEIGHT - TOP - MARGIN - tableH - 12, fonts, overlay());
    paint(s, b, TOP);
    note(s, b, TOP + b.height() + 2);
    table(s, p, HEIGHT - MARGIN - tableH, tableH);
  }

  private void paint(XSLFSlide s, Slides.Board b, double top) {
    SlidePen pen = new SlidePen(s, MARGIN, top, names(plan.programs(), Program::id,
        Program::name), names(plan.initiatives(), Initiative::id, Initiative::name));
    List<Shape> all = new ArrayList<>(b.fixed().size() + b.timeArea().size());
    // the label column's background and frame first, then the time area, then the labels
    all.add(b.fixed().get(0));
    all.addAll(b.timeArea());
    all.addAll(b.fixed().subList(1, b.fixed().size()));
    pen.paint(all);
  }

  /** Names by id, on one line as the board writes them. */
  private static <T> java.util.Map<String, String> names(List<T> items,
      java.util.function.Function<T, String> id, java.util.function.Function<T, String> name) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (T t : items) {
      out.put(id.apply(t), org.paceline.layout.Labels.oneLine(name.apply(t)));
    }
    return out;
  }

  private void note(XSLFSlide s, Slides.Board b, double y) {
    List<String> parts = new ArrayList<>();
    if (b.foldedGroups() > 0) {
      parts.add(b.foldedGroups() == 1 ? "1 initiative group is folded to one row with its count"
          : b.foldedGroups() + " initiative groups are folded to one row each with their count");
    }
    if (b.hiddenSegments() > 0) {
      parts.add(b.hiddenSegments() == 1 ? "1 sales segment is left off for room"
          : b.hiddenSegments() + " sales segments are left off for room");
    }
    if (parts.isEmpty() || y + BODY > HEIGHT - 4) {
      return;
    }
    String t = String.join("; ", parts) + ". The PDF shows every program.";
    text(s, MARGIN, y + 7, t, Slides.MIN_TEXT_PT, false, BoardPalette.MUTED);
  }

  private void table(XSLFSlide s, Slides.Period p, double y, double h) {
    String currency = plan.settings().currency();
    String[] heads = {"Quarter", "Sales target", "Leads needed", "Leads expected",
        "Marketing budget", "Spend"};
    XSLFTable t = s.createTable();
    t.setAnchor(new Rectangle2D.Double(MARGIN, y, WIDTH - 2 * MARGIN, h));
    XSLFTableRow head = t.addRow();
    for (String c : heads) {
      cell(head.addCell(), c, true, BoardPalette.INK, new Color(0xf3, 0xf5, 0xf7));
    }
    for (var q : p.quarters()) {
      Slides.Figures f = Slides.figures(data, q);
      XSLFTableRow row = t.addRow();
      boolean shortOfLeads = f.leadsExpected() < f.leadsNeeded();
      boolean over = f.budget() != null && f.spend().compareTo(f.budget()) > 0;
      cell(row.addCell(), "FY" + q.fiscalYear() + " Q" + q.quarter(), true, BoardPalette.INK,
          null);
      cell(row.addCell(), f.revenue().signum() == 0 ? "–" : Money.format(f.revenue(), currency),
          false, BoardPalette.INK, null);
      cell(row.addCell(), String.format(Locale.ROOT, "%,d", f.leadsNeeded()), false,
          BoardPalette.INK, null);
      cell(row.addCell(), String.format(Locale.ROOT, "%,d", f.leadsExpected())
          + (shortOfLeads ? "  (short " + String.format(Locale.ROOT, "%,d",
              f.leadsNeeded() - f.leadsExpected()) + ")" : ""), shortOfLeads,
          shortOfLeads ? BoardPalette.text(Styles.TEXT_WARNING) : BoardPalette.INK, null);
      cell(row.addCell(), f.budget() == null ? "no budget" : Money.format(f.budget(), currency),
          false, BoardPalette.INK, null);
      cell(row.addCell(), Money.format(f.spend(), currency) + (over ? "  (over budget)" : ""),
          over, over ? BoardPalette.text(Styles.TEXT_WARNING) : BoardPalette.INK, null);
    }
    double[] widths = {120, 150, 130, 180, 165, 167};
    for (int c = 0; c < widths.length; c++) {
      t.setColumnWidth(c, widths[c]);
    }
    for (int r = 0; r < t.getNumberOfRows(); r++) {
      t.setRowHeight(r, r == 0 ? 26 : 22);
    }
  }

  private static void cell(XSLFTableCell c, String text, boolean bold, Color colour,
      Color fill) {
    c.clearText();
    XSLFTextParagraph p = c.addNewTextParagraph();
    XSLFTextRun r = p.addNewTextRun();
    r.setText(text);
    SlidePen.font(r, BODY, bold, colour);
    c.setVerticalAlignment(org.apache.poi.sl.usermodel.VerticalAlignment.MIDDLE);
    c.setFillColor(fill);
    for (TableCell.BorderEdge e : TableCell.BorderEdge.values()) {
      c.setBorderColor(e, new Color(0xd0, 0xd7, 0xde));
      c.setBorderWidth(e, 0.75);
    }
  }

  private void conflicts() {
    XSLFSlide s = deck.createSlide();
    title(s, "Open conflicts", plan.name() + "  ·  "
        + ConflictReport.summary(ConflictReport.counts(conflicts)));
    List<ConflictLines.Line> lines = ConflictLines.of(conflicts);
    double y = TOP + 8;
    double size = 12;
    double step = 19;
    double width = WIDTH - 2 * MARGIN - 24;
    int shown = 0;
    int items = (int) lines.stream().filter(l -> !l.heading()).count();
    SlidePen pen = new SlidePen(s, MARGIN, 0);
    for (ConflictLines.Line l : lines) {
      if (y + 2 * step > HEIGHT - MARGIN) {
        break;
      }
      if (l.heading()) {
        text(s, MARGIN, y, l.text(), 14, true, BoardPalette.INK);
        y += step + 2;
        continue;
      }
      pen.paint(List.of(new Shape.Dot(8, y, 6, l.style(), ""), new Shape.Text(
          8 - fonts.width("!", 10, true) / 2, y, fonts.width("!", 10, true),
          l.severity() == org.paceline.model.Severity.INFO ? "i" : "!", "", 10, true,
          Styles.TEXT_ON_MARK, TextRole.MARK, "")));
      // a sentence on at most two lines; the rest in the alt text
      List<String> wrapped = Labels.wrap(fonts, l.text(), width, size, false, "");
      if (wrapped.size() > 1 && y + step + 2 * step > HEIGHT - MARGIN) {
        break;
      }
      for (int i = 0; i < Math.min(2, wrapped.size()); i++) {
        String line = wrapped.get(i);
        if (i == 1 && wrapped.size() > 2) {
          String rest = String.join(" ", wrapped.subList(1, wrapped.size()));
          String fitted = Labels.fit(fonts, rest, width, size, false);
          line = fitted == null ? line : fitted;
        }
        XSLFTextBox box = text(s, MARGIN + 22, y, line, size, false, BoardPalette.INK);
        if (wrapped.size() > 2) {
          SlidePen.altText(box, l.text());
        }
        y += i == 0 && wrapped.size() > 1 ? step - 3 : 0;
      }
      y += step;
      shown++;
    }
    if (items == 0) {
      text(s, MARGIN, y, "No conflicts: the paces fit.", 14, false, BoardPalette.INK);
    } else if (shown < items) {
      text(s, MARGIN, HEIGHT - MARGIN - 6, "… and " + (items - shown) + " more: the PDF and"
          + " \u201cpaceline check\u201d list them all.", 12, false, BoardPalette.MUTED);
    }
  }

  private org.paceline.analysis.PlanChanges overlay() {
    return compare == null ? null : compare.changes();
  }

  /**
   * The changes since the other plan, one line each (a long one shortened, whole in its alt
   * text), on as many slides as they need: conflicts with their severity's mark.
   */
  private void changes() {
    List<ConflictLines.Line> lines = ChangeLines.of(compare.otherPlan(), compare.changes());
    double size = 12;
    double step = 19;
    double width = WIDTH - 2 * MARGIN - 24;
    String title = ChangeLines.title(compare.otherPlan());
    String subtitle = plan.name() + "  ·  both checked as of " + compare.asOf();
    XSLFSlide s = null;
    int slides = 0;
    double y = 0;
    for (ConflictLines.Line l : lines) {
      // a heading keeps its first line with it
      if (s == null || y + (l.heading() ? 2 : 1) * step > HEIGHT - MARGIN) {
        s = deck.createSlide();
        title(s, slides++ == 0 ? title : title + " (continued)", subtitle);
        y = TOP + 8;
      }
      if (l.heading()) {
        y += y > TOP + 8 ? 4 : 0;
        text(s, MARGIN, y, l.text(), 14, true, BoardPalette.INK);
        y += step + 2;
        continue;
      }
      if (l.severity() != null) {
        String glyph = l.severity() == org.paceline.model.Severity.INFO ? "i" : "!";
        double gw = fonts.width(glyph, 10, true);
        new SlidePen(s, MARGIN, 0).paint(List.of(new Shape.Dot(8, y, 6, l.style(), ""),
            new Shape.Text(8 - gw / 2, y, gw, glyph, "", 10, true, Styles.TEXT_ON_MARK,
                TextRole.MARK, "")));
      }
      String fitted = Labels.fit(fonts, l.text(), width, size, false);
      XSLFTextBox box = text(s, MARGIN + 22, y, fitted == null ? l.text() : fitted, size, false,
          BoardPalette.INK);
      if (fitted == null || !fitted.equals(l.text())) {
        SlidePen.altText(box, l.text());
      }
      y += step;
    }
  }

  private void picture() throws IOException {
    XSLFSlide s = deck.createSlide();
    title(s, plan.name() + ": the whole board", "As on paper, for those who want the exact look");
    // the paper painter's one-page board, at print resolution
    PageSetup setup = PageSetup.defaults().withPaper(PageSetup.Paper.TABLOID)
        .withFit(PageSetup.Fit.onePage()).withExtras(false, false);
    BufferedImage img = trimmed(BoardPng.pages(plan, setup, p -> true, 220f).get(0));
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(img, "png", png);
    XSLFPictureData pd = deck.addPicture(png.toByteArray(), PictureData.PictureType.PNG);
    XSLFPictureShape pic = s.createPicture(pd);
    double maxW = WIDTH - 2 * MARGIN;
    double maxH = HEIGHT - TOP - MARGIN;
    double scale = Math.min(maxW / img.getWidth(), maxH / img.getHeight());
    double w = img.getWidth() * scale;
    double h = img.getHeight() * scale;
    pic.setAnchor(new Rectangle2D.Double((WIDTH - w) / 2, TOP, w, h));
    SlidePen.altText(pic, "The whole board of " + plan.name() + " as printed on one page");
  }

  /** The page without its empty paper and footer: the board and its header only. */
  private static BufferedImage trimmed(BufferedImage page) {
    int maxY = (int) (page.getHeight() * 0.94); // above the footer
    int x0 = page.getWidth();
    int x1 = 0;
    int y0 = maxY;
    int y1 = 0;
    for (int y = 0; y < maxY; y++) {
      for (int x = 0; x < page.getWidth(); x += 2) {
        if ((page.getRGB(x, y) & 0xffffff) != 0xffffff) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    if (x1 <= x0 || y1 <= y0) {
      return page;
    }
    int pad = 12;
    int ax = Math.max(0, x0 - pad);
    int ay = Math.max(0, y0 - pad);
    return page.getSubimage(ax, ay, Math.min(page.getWidth() - ax, x1 - x0 + 2 * pad),
        Math.min(page.getHeight() - ay, y1 - y0 + 2 * pad));
  }

  // ---------------------------------------------------------------- text

  private void title(XSLFSlide s, String title, String subtitle) {
    String t = Labels.fit(fonts, title, WIDTH - 2 * MARGIN, TITLE, true);
    XSLFTextBox box = text(s, MARGIN, 30, t == null ? title : t, TITLE, true, BoardPalette.INK);
    if (t != null && !t.equals(title)) {
      SlidePen.altText(box, title);
    }
    text(s, MARGIN, 56, subtitle, SUBTITLE, false, BoardPalette.MUTED);
  }

  /** A one-line text box with its middle at {@code y}. */
  private XSLFTextBox text(XSLFSlide s, double x, double y, String text, double size,
      boolean bold, Color colour) {
    XSLFTextBox box = s.createTextBox();
    double h = size * 1.35;
    double w = Math.min(WIDTH - x - 4, fonts.width(text, size, bold) + size);
    box.setAnchor(new Rectangle2D.Double(x, y - h / 2, w, h));
    box.setWordWrap(false);
    box.setInsets(new org.apache.poi.sl.usermodel.Insets2D(0, 0, 0, 0));
    box.setVerticalAlignment(org.apache.poi.sl.usermodel.VerticalAlignment.MIDDLE);
    box.clearText();
    XSLFTextParagraph p = box.addNewTextParagraph();
    p.setTextAlign(TextParagraph.TextAlign.LEFT);
    XSLFTextRun r = p.addNewTextRun();
    r.setText(text);
    SlidePen.font(r, size, bold, colour);
    return box;
  }

  static String money(BigDecimal v, String currency) {
    return Money.format(v, currency);
  }
}

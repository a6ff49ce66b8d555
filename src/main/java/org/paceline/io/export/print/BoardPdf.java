package org.paceline.io.export.print;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PaceSummary;
import org.paceline.files.AtomicFiles;
import org.paceline.io.export.ConflictReport;
import org.paceline.layout.BoardData;
import org.paceline.layout.BoardLayout;
import org.paceline.layout.ChangeLines;
import org.paceline.layout.CompareOverlay;
import org.paceline.layout.CompareView;
import org.paceline.layout.ConflictLines;
import org.paceline.layout.Pagination;
import org.paceline.layout.Shape;
import org.paceline.layout.SheetFit;
import org.paceline.layout.Sheets;
import org.paceline.model.ConflictList;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * Writes the board as a vector PDF, painted from the layout: the pages of {@link Pagination}
 * (every one repeating the time header, the sales lane, the row labels and the strips) inside a
 * page header (plan, time range, printed on) and footer (page i / n), then a legend page and the
 * conflict list unless switched off. By default the board is fitted so that no text is under
 * {@link #MIN_TEXT_PT}; when the reader asks for fewer pages, the result says which text gets
 * smaller. The file is written in full to a temporary file and moved into place.
 */
public final class BoardPdf {

  /** Text smaller than this, in points, is reported: it is hard to read on paper. */
  public static final double MIN_TEXT_PT = SheetFit.MIN_TEXT_PT;

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
   * @param pagesWide board pages side by side
   * @param scale the type scale of the board on paper (1 = 7.5 pt small text)
   * @param smallestTextPt the smallest text on the board pages, in points
   * @param warnings what the reader should know, e.g. which text is below 7 pt, with a way out
   */
  public record Result(int pages, int pagesWide, double scale, double smallestTextPt,
      List<String> warnings) {}

  /** Thrown when the user cancelled; nothing was written. */
  public static final class Cancelled extends IOException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("The export was cancelled; nothing was written.");
    }
  }

  private final Plan plan;
  private final PageSetup setup;
  private final ConflictList conflicts;
  private final BoardData data;
  private final LocalDate from;
  private final LocalDate to;
  private final LocalDate printedOn;
  private final CompareView compare;

  private BoardPdf(Plan plan, PageSetup setup, Predicate<Program> filter, LocalDate printedOn,
      CompareView compare) {
    this.plan = plan;
    this.setup = setup;
    this.printedOn = printedOn;
    this.compare = compare;
    // a compare export checks the board on the day its changes were checked
    this.conflicts = compare == null ? ConflictAnalyzer.analyze(plan)
        : ConflictAnalyzer.analyze(plan, compare.asOf());
    PaceSummary pace = PaceSummary.of(plan);
    LocalDate[] span = BoardData.of(plan, conflicts, pace, p -> false, null, null, Set.of())
        .span();
    span = compare == null ? span : compare.widen(span);
    this.from = setup.from() != null ? setup.from() : span[0];
    this.to = setup.to() != null ? setup.to() : span[1];
    this.data = BoardData.of(plan, conflicts, pace, filter, from, to, Set.of());
  }

  /** Writes the board of {@code plan} to a PDF file. */
  public static Result write(Plan plan, PageSetup setup, Path file) throws IOException {
    return write(plan, setup, p -> true, file, Progress.NONE);
  }

  /** Writes the board of {@code plan}, showing only the programs {@code filter} accepts. */
  public static Result write(Plan plan, PageSetup setup, Predicate<Program> filter, Path file,
      Progress progress) throws IOException {
    return write(plan, setup, filter, null, file, progress);
  }

  /**
   * Writes the board of {@code plan} compared with another plan: the other plan's moved bars as
   * ghost outlines where they were, added programs framed, and after the board the pages
   * "Changes since …" (new and resolved conflicts, programs added, removed and moved, sales
   * targets per quarter). {@code compare} null writes the plain board.
   */
  public static Result write(Plan plan, PageSetup setup, Predicate<Program> filter,
      CompareView compare, Path file, Progress progress) throws IOException {
    BoardPdf b = new BoardPdf(plan, setup, filter, LocalDate.now(), compare);
    Result[] result = new Result[1];
    try (PDDocument doc = b.render(progress, result)) {
      AtomicFiles.write(file, doc::save);
    }
    return result[0];
  }

  /** Renders into a new document, for writing as PDF or as PNG images. */
  static PDDocument render(Plan plan, PageSetup setup, Predicate<Program> filter,
      Progress progress, Result[] result) throws IOException {
    return render(plan, setup, filter, null, progress, result);
  }

  /** As {@link #render(Plan, PageSetup, Predicate, Progress, Result[])}, with the changes. */
  static PDDocument render(Plan plan, PageSetup setup, Predicate<Program> filter,
      CompareView compare, Progress progress, Result[] result) throws IOException {
    return new BoardPdf(plan, setup, filter, compare == null ? LocalDate.now() : compare.asOf(),
        compare).render(progress, result);
  }

  /** The width and height, in points, the board may take on one page of {@code setup}. */
  static double[] boardArea(PageSetup setup) {
    double m = setup.marginPt();
    return new double[] {setup.pageWidth() - 2 * m,
        setup.pageHeight() - 2 * m - Sheets.PAGE_HEAD - Sheets.PAGE_FOOT};
  }

  /** How the board goes onto the pages of a setup. */
  static SheetFit fit(BoardData data, LocalDate from, LocalDate to, PageSetup setup) {
    double[] area = boardArea(setup);
    PageSetup.Fit f = setup.fit();
    if (f.readable()) {
      return SheetFit.readable(data, from, to, area[0], area[1]);
    }
    if (f.single()) {
      return SheetFit.onePage(data, from, to, area[0], area[1]);
    }
    if (f.pagesWide() > 0) {
      return SheetFit.pagesWide(data, from, to, f.pagesWide(), area[0], area[1]);
    }
    return SheetFit.scale(data, from, to, f.scale(), area[0], area[1]);
  }

  private PDDocument render(Progress progress, Result[] result) throws IOException {
    double pageW = setup.pageWidth();
    double pageH = setup.pageHeight();
    double m = setup.marginPt();
    double[] area = boardArea(setup);
    PDDocument doc = new PDDocument();
    try {
      Pen.Fonts fonts = new Pen.Fonts(doc);
      SheetFit fit = fit(data, from, to, setup);
      BoardLayout layout = CompareOverlay.apply(fit.layout(data, fonts),
          compare == null ? null : compare.changes(), fonts);
      List<Pagination.Page> pages = Pagination.pages(layout, fit.cuts(), fit.areaHeight());
      List<List<Shape>> summary = setup.conflictSummary()
          ? Sheets.conflicts("Conflicts: " + ConflictReport.summary(ConflictReport.counts(
              conflicts)), ConflictLines.of(conflicts), area[0], area[1], fonts)
          : List.of();
      List<List<Shape>> changes = compare == null ? List.of()
          : Sheets.conflicts(compare.heading(), ChangeLines.of(compare.otherPlan(),
              compare.changes()), area[0], area[1], fonts);
      int total = pages.size() + changes.size() + (setup.legend() ? 1 : 0) + summary.size();
      List<String> warnings = warnings(layout, fit);

      int page = 0;
      for (Pagination.Page p : pages) {
        if (progress.cancelled()) {
          throw new Cancelled();
        }
        try (PDPageContentStream out = newPage(doc, pageW, pageH)) {
          page++;
          new Pen(out, fonts, m, pageH - m).paint(Sheets.frame(data, p.from(), p.to(), printedOn,
              page, total, pageW - 2 * m, pageH - 2 * m, fonts));
          Pen pen = new Pen(out, fonts, m, pageH - m - Sheets.PAGE_HEAD);
          pen.clip(p.clipX(), 0, p.clipW(), p.height());
          pen.paint(p.timeArea());
          pen.unclip();
          pen.paint(p.fixed());
        }
        progress.pages(page, total);
      }
      List<List<Shape>> extra = new ArrayList<>(changes);
      if (setup.legend()) {
        extra.add(Sheets.legend(area[0], fonts));
      }
      extra.addAll(summary);
      for (List<Shape> sheet : extra) {
        if (progress.cancelled()) {
          throw new Cancelled();
        }
        try (PDPageContentStream out = newPage(doc, pageW, pageH)) {
          page++;
          new Pen(out, fonts, m, pageH - m).paint(Sheets.frame(data, from, to, printedOn, page,
              total, pageW - 2 * m, pageH - 2 * m, fonts));
          new Pen(out, fonts, m, pageH - m - Sheets.PAGE_HEAD).paint(sheet);
        }
        progress.pages(page, total);
      }
      result[0] = new Result(total, fit.across(), fit.typeScale(), layout.smallestText(),
          warnings);
      return doc;
    } catch (IOException | RuntimeException e) {
      doc.close();
      throw e;
    }
  }

  /** Which text falls under 7 pt, and how to get readable pages instead. */
  private List<String> warnings(BoardLayout layout, SheetFit fit) {
    String small = SheetFit.smallTextSentence(layout.textBelow(MIN_TEXT_PT),
        layout.textRoles());
    if (small.isEmpty()) {
      return List.of();
    }
    double[] area = boardArea(setup);
    SheetFit readable = SheetFit.readable(data, from, to, area[0], area[1]);
    String way = readable.across() == 1 ? "the readable fit (1 page wide, rows on more pages)"
        : "the readable fit (" + readable.across() + " pages wide)";
    return List.of(small + ". For 7 pt or more, choose " + way
        + ", larger paper or a shorter time range.");
  }

  private static PDPageContentStream newPage(PDDocument doc, double w, double h)
      throws IOException {
    PDPage page = new PDPage(new PDRectangle((float) w, (float) h));
    doc.addPage(page);
    return new PDPageContentStream(doc, page);
  }
}

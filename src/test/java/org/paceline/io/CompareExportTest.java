package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.analysis.PlanChanges;
import org.paceline.io.export.print.BoardPdf;
import org.paceline.io.export.print.PageSetup;
import org.paceline.io.export.slides.BoardDeck;
import org.paceline.io.imports.SamplePlan;
import org.paceline.layout.ChangeLines;
import org.paceline.layout.CompareView;
import org.paceline.model.ConflictChange;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.QuarterTarget;

/**
 * "Changes since the approved plan" on paper and slides, read back from the files: the changes
 * page in the words and order of {@code paceline compare}, readable sizes, ghost outlines of
 * moved bars and frames of added programs as shapes an editor can find.
 */
class CompareExportTest {

  static final LocalDate AS_OF = LocalDate.of(2027, 1, 15);

  @TempDir Path dir;

  /** The approved plan. */
  static Plan approved() throws Exception {
    return SamplePlan.load().withName("Approved");
  }

  /**
   * The approved plan with the trade show two months later, a program added, one removed and
   * one quarter's target raised.
   */
  static Plan changed(Plan approved) {
    List<Program> programs = new ArrayList<>();
    for (Program p : approved.programs()) {
      if (p.id().equals("P-05")) {
        programs.add(p.withDates(p.start().plusMonths(2), p.end().plusMonths(2)));
      } else if (!p.id().equals("P-12")) {
        programs.add(p);
      }
      if (p.id().equals("P-13")) {
        programs.add(new Program("P-40", "Partner webinar", p.kind(), p.owner(), p.start(),
            p.end(), p.supports(), p.minLead(), p.maxLead(), p.cost(), p.salesShare(),
            p.expectedLeads(), p.status(), p.salesReview()));
      }
    }
    List<QuarterTarget> targets = new ArrayList<>(approved.targets());
    QuarterTarget t = targets.get(0);
    targets.set(0, new QuarterTarget(t.quarter(), t.segment(),
        t.revenue().add(java.math.BigDecimal.valueOf(250_000)), t.qualifiedLeads()));
    return new Plan(approved.settings(), targets, approved.budgets(), approved.initiatives(),
        programs, approved.orders(), approved.holidays()).withName("Launch slips");
  }

  static String words(String text) {
    return text.replace("\u2022", " ").replaceAll("\\s+", " ").strip();
  }

  @Test
  void thePdfListsTheChangesInTheWordsAndOrderOfCompareAtReadableSizes() throws Exception {
    Plan before = approved();
    Plan after = changed(before);
    CompareView view = CompareView.of(before, after, AS_OF);
    PlanChanges changes = view.changes();
    assertFalse(changes.conflicts().isEmpty(), "the moved trade show changes conflicts");
    Path pdf = dir.resolve("changes.pdf");
    BoardPdf.Result r = BoardPdf.write(after, PageSetup.defaults(), p -> true, view, pdf,
        BoardPdf.Progress.NONE);

    String page = null;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertEquals(r.pages(), doc.getNumberOfPages());
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(i);
        s.setEndPage(i);
        String text = s.getText(doc);
        if (text.contains("Changes since \"Approved\"")) {
          page = page == null ? text : page + "\n" + text;
        }
      }
    }
    assertTrue(page != null, "a changes page");
    String w = words(page);
    assertTrue(w.contains("both checked as of 2027-01-15"), w);
    int at = -1;
    for (ConflictChange c : changes.conflicts()) {
      int found = w.indexOf(words(ChangeLines.sentence(c.conflict())), at + 1);
      assertTrue(found > at, "in compare's order: " + ChangeLines.sentence(c.conflict()));
      at = found;
    }
    long added = changes.conflicts().stream()
        .filter(c -> c.change() == ConflictChange.Kind.NEW).count();
    assertTrue(w.contains("New conflicts (" + added + ")"), w);
    assertTrue(w.contains("Resolved conflicts (only in \"Approved\") ("
        + (changes.conflicts().size() - added) + ")"), w);
    assertTrue(w.contains("Programs added (1) \"Partner webinar\""), w);
    assertTrue(w.contains("Programs removed (1) \"Customer case study series\", was 2027-06-14"
        + " \u2013 2027-08-31"), w);
    assertTrue(w.contains("\"Hannover Messe booth and materials\": now 2027-04-15 \u2013"
        + " 2027-06-23, was 2027-02-15 \u2013 2027-04-23"), w);
    assertTrue(w.contains("Sales targets per quarter (1) " + changes.targetChanges().get(0)), w);

    List<PdfGlyphSizes.Glyph> glyphs = PdfGlyphSizes.read(pdf);
    double smallest = glyphs.stream().filter(PdfGlyphSizes.Glyph::onPaper)
        .mapToDouble(PdfGlyphSizes.Glyph::size).min().orElseThrow();
    assertTrue(smallest >= 7 - 1e-3, "smallest glyph " + smallest + " pt");
  }

  @Test
  void comparingAPlanWithItselfSaysNothingChanged() throws Exception {
    Plan before = approved();
    Path pdf = dir.resolve("same.pdf");
    BoardPdf.write(before, PageSetup.defaults(), p -> true, CompareView.of(before, before,
        AS_OF), pdf, BoardPdf.Progress.NONE);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String w = words(new PDFTextStripper().getText(doc));
      assertTrue(w.contains("Nothing changed: the same conflicts, programs and sales targets as"
          + " \"Approved\"."), w);
      assertTrue(w.contains("0 new conflicts, 0 resolved"), w);
    }
  }

  @Test
  void theDeckHasAChangesSlideAndGhostShapes() throws Exception {
    Plan before = approved();
    Plan after = changed(before);
    CompareView view = CompareView.of(before, after, AS_OF);
    Path file = dir.resolve("changes.pptx");
    BoardDeck.Result r = BoardDeck.write(after, new BoardDeck.Options(false, false), view, file);
    BoardDeck.Result plain = BoardDeck.write(after, new BoardDeck.Options(false, false),
        dir.resolve("plain.pptx"));
    assertTrue(r.slides() > plain.slides(), "the changes slides come on top");
    try (XMLSlideShow deck = PptxExportTest.open(file)) {
      XSLFSlide changes = deck.getSlides().get(1);
      StringBuilder text = new StringBuilder();
      for (XSLFTextRun run : PptxExportTest.runs(changes)) {
        text.append(run.getRawText()).append('\n');
        if (!run.getRawText().isBlank()) {
          assertTrue(run.getFontSize() >= 10, run.getRawText() + " " + run.getFontSize());
        }
      }
      for (XSLFShape s : changes.getShapes()) {
        String alt = PptxExportTest.alt(s);
        if (alt != null) {
          text.append(alt).append('\n');
        }
      }
      String all = text.toString();
      assertTrue(all.startsWith("Changes since \"Approved\""), all);
      // every conflict of the comparison, in words, on the changes slides (a long one whole in
      // its alt text); the first ones on the first changes slide
      List<String> deckText = new ArrayList<>();
      for (XSLFSlide s : deck.getSlides()) {
        StringBuilder b = new StringBuilder();
        PptxExportTest.runs(s).forEach(x -> b.append(x.getRawText()).append('\n'));
        s.getShapes().forEach(x -> b.append(PptxExportTest.alt(x)).append('\n'));
        deckText.add(b.toString());
      }
      String everything = String.join("\n", deckText);
      for (ConflictChange c : view.changes().conflicts()) {
        assertTrue(everything.contains(ChangeLines.sentence(c.conflict())),
            ChangeLines.sentence(c.conflict()));
      }
      assertTrue(all.contains(ChangeLines.sentence(view.changes().conflicts().get(0)
          .conflict())), all);

      List<String> names = new ArrayList<>();
      for (XSLFSlide s : deck.getSlides()) {
        s.getShapes().forEach(x -> names.add(x.getShapeName()));
      }
      assertTrue(names.contains("ghost.moved P-05"), "the trade show's ghost");
      assertTrue(names.contains("mark.added P-40"), "the added webinar's frame");
    }
  }
}

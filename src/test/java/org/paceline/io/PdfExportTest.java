package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.export.print.BoardPdf;
import org.paceline.io.export.print.BoardPng;
import org.paceline.io.export.print.PageSetup;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/** The board on paper: real PDF files, read back with PDFBox as a reader would. */
class PdfExportTest {

  @TempDir Path dir;

  static String text(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void onePageA4LandscapeWithLegendAndConflictSummary() throws Exception {
    Plan sample = SamplePlan.load();
    Path pdf = dir.resolve("board.pdf");
    BoardPdf.Result r = BoardPdf.write(sample, PageSetup.defaults().withFit(
        PageSetup.Fit.onePage()), pdf);
    assertEquals(3, r.pages(), "board, legend, conflicts");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertEquals(3, doc.getNumberOfPages());
      PDPage first = doc.getPage(0);
      assertEquals(841.89, first.getMediaBox().getWidth(), 0.1, "A4 landscape");
      assertEquals(595.28, first.getMediaBox().getHeight(), 0.1);
      for (var name : first.getResources().getFontNames()) {
        PDFont font = first.getResources().getFont(name);
        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
      }
    }
    String text = text(pdf);
    for (Program p : sample.programs()) {
      if (p.isActive()) {
        assertTrue(text.contains(p.name()), p.name() + " is searchable in the PDF");
      }
    }
    assertTrue(text.contains("1 / 3") && text.contains("3 / 3"), "page footers");
    assertTrue(text.contains("printed on " + LocalDate.now()));
    assertTrue(text.contains("How to read the board"));
    assertTrue(text.contains("6 errors, 10 warnings, 1 note"));
    assertTrue(text.replaceAll("\\s+", " ").contains("events need at least 3 months"),
        "conflict messages, wrapped onto lines");
    assertFalse(r.warnings().isEmpty(), "A4 on one page makes the text small, and says so");
    assertTrue(r.warnings().get(0).contains("below 7 pt"), r.warnings().get(0));
    String w = r.warnings().get(0);
    assertTrue(w.startsWith("Program names, target figures, month names and "), "says which: "
        + w);
    assertFalse(w.contains("segment names"), "segment names are larger and stay above 7 pt");
    assertTrue(r.warnings().get(0).contains("choose the readable fit"), r.warnings().get(0));
  }

  @Test
  void theDefaultKeepsEveryTextAtSevenPointsOrMore() throws Exception {
    Plan sample = SamplePlan.load();
    Path pdf = dir.resolve("readable.pdf");
    BoardPdf.Result r = BoardPdf.write(sample, PageSetup.defaults(), pdf);
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    assertTrue(r.smallestTextPt() >= BoardPdf.MIN_TEXT_PT, "readable: " + r.smallestTextPt());
    assertEquals(1, r.pagesWide(), "a year and a half fits A4 wide at 7 pt");
    assertTrue(PdfGlyphSizes.smallest(pdf) >= BoardPdf.MIN_TEXT_PT - 1e-3,
        "read back from the file: " + PdfGlyphSizes.smallest(pdf));
    String text = text(pdf);
    for (Program p : sample.programs()) {
      if (p.isActive()) {
        assertTrue(text.contains(p.name()), p.name() + " is searchable in the PDF");
      }
    }
  }

  @Test
  void pagesWideRepeatHeaderAndLabelsAndKeepTextReadable() throws Exception {
    Path pdf = dir.resolve("a3.pdf");
    PageSetup setup = PageSetup.defaults().withPaper(PageSetup.Paper.A3)
        .withFit(PageSetup.Fit.pagesWide(2)).withExtras(false, false);
    BoardPdf.Result r = BoardPdf.write(SamplePlan.load(), setup, pdf);
    assertTrue(r.smallestTextPt() >= BoardPdf.MIN_TEXT_PT, "readable: " + r.smallestTextPt());
    assertTrue(r.warnings().isEmpty());
    assertEquals(0, r.pages() % 2, "two pages side by side for every band of rows");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertEquals(1190.55, doc.getPage(0).getMediaBox().getWidth(), 0.1, "A3 landscape");
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(i + 1);
        s.setEndPage(i + 1);
        String page = s.getText(doc);
        assertTrue(page.contains("Northwind Controls FY2027"), "header on page " + (i + 1));
        assertTrue(page.contains("Enterprise") && page.contains("Programs per month"),
            "row labels and strips repeat on page " + (i + 1));
      }
    }
  }

  @Test
  void portraitLetterTimeRangeAndFixedScale() throws Exception {
    Path pdf = dir.resolve("q1.pdf");
    PageSetup setup = PageSetup.defaults().withPaper(PageSetup.Paper.LETTER).withLandscape(false)
        .withRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31))
        .withFit(PageSetup.Fit.scale(1)).withExtras(false, false);
    BoardPdf.Result r = BoardPdf.write(SamplePlan.load(), setup, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 0.1);
      assertEquals(792, doc.getPage(0).getMediaBox().getHeight(), 0.1);
      assertEquals(r.pages(), doc.getNumberOfPages());
    }
    String text = text(pdf);
    assertTrue(text.contains("ROI calculator for Suite 5"), "runs in Q1 2027");
    assertFalse(text.contains("Customer advisory board"), "ended in 2026: not in the range");
  }

  @Test
  void cancellingWritesNothingAndKeepsTheOldFile() throws Exception {
    Path pdf = dir.resolve("keep.pdf");
    Files.writeString(pdf, "the good old file");
    assertThrows(BoardPdf.Cancelled.class, () -> BoardPdf.write(SamplePlan.load(),
        PageSetup.defaults(), p -> true, pdf, new BoardPdf.Progress() {
          @Override
          public void pages(int done, int total) {}

          @Override
          public boolean cancelled() {
            return true;
          }
        }));
    assertEquals("the good old file", Files.readString(pdf));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(pdf), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void pngImagesAtOneAndTwoTimes() throws Exception {
    PageSetup onePage = PageSetup.defaults().withFit(PageSetup.Fit.onePage());
    List<Path> one = BoardPng.write(SamplePlan.load(), onePage, 1,
        dir.resolve("board.png"));
    assertEquals(List.of(dir.resolve("board.png")), one);
    BufferedImage img = ImageIO.read(one.get(0).toFile());
    assertEquals(842, img.getWidth(), 1);
    List<Path> two = BoardPng.write(SamplePlan.load(), onePage, 2,
        dir.resolve("slide.png"));
    assertEquals(1684, ImageIO.read(two.get(0).toFile()).getWidth(), 2);
    List<Path> many = BoardPng.write(SamplePlan.load(), PageSetup.defaults()
        .withFit(PageSetup.Fit.pagesWide(2)), 1, dir.resolve("wide.png"));
    assertTrue(many.size() >= 2);
    assertTrue(many.get(0).getFileName().toString().equals("wide-1.png"));
  }

  @Test
  void aLargePlanPaginatesWithoutLosingPrograms() throws Exception {
    Plan big = PlanGenerator.generate(9, 300, 40, 30, 2);
    Path pdf = dir.resolve("big.pdf");
    BoardPdf.Result r = BoardPdf.write(big, PageSetup.defaults().withFit(
        PageSetup.Fit.pagesWide(2)).withExtras(false, false), pdf);
    assertTrue(r.pages() > 2, "rows flow onto further pages: " + r.pages());
    String text = text(pdf);
    long shown = big.programs().stream().filter(Program::isActive)
        .filter(p -> text.contains("program " + p.id().substring(2) + "\n")
            || text.contains("program " + p.id().substring(2))).count();
    assertEquals(big.programs().stream().filter(Program::isActive).count(), shown);
  }
}

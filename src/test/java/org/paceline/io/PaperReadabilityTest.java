package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.export.print.BoardPdf;
import org.paceline.io.export.print.PageSetup;
import org.paceline.model.Plan;

/**
 * Paper is always readable: for every paper size and orientation and plans of 5 to 1,000
 * programs, the default export has no glyph under 7 pt, measured in the written file (1,000
 * programs on the default sheet only here: each is over a hundred pages; every sheet in
 * {@link PaperReadabilityIT}).
 */
class PaperReadabilityTest {

  @TempDir Path dir;

  static final Map<Integer, Plan> PLANS = new java.util.concurrent.ConcurrentHashMap<>();

  static Plan plan(int programs) {
    return PLANS.computeIfAbsent(programs, n -> PlanGenerator.generate(40 + n, n,
        Math.max(2, n / 5), Math.max(4, Math.min(80, n / 10)), n >= 500 ? 3 : 1));
  }

  static Stream<Arguments> setups() {
    List<Arguments> out = new ArrayList<>();
    for (PageSetup.Paper paper : PageSetup.Paper.values()) {
      for (boolean landscape : new boolean[] {true, false}) {
        for (int programs : new int[] {5, 120}) {
          out.add(Arguments.of(paper, landscape, programs));
        }
      }
    }
    // 1,000 programs make 100+ pages: the default sheet here, every sheet in
    // PaperReadabilityIT
    out.add(Arguments.of(PageSetup.Paper.A4, true, 1000));
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} landscape, {2} programs")
  @MethodSource("setups")
  void noGlyphUnderSevenPointsByDefault(PageSetup.Paper paper, boolean landscape, int programs)
      throws Exception {
    assertReadableByDefault(plan(programs), paper, landscape, programs < 1000,
        dir.resolve("board.pdf"));
  }

  /**
   * Writes {@code plan} with the default fit on {@code paper} and checks the written file: no
   * glyph under 7 pt, nothing absurdly large, nothing off the paper, the orientation and the
   * page count the writer reports. Returns the writer's result and the glyphs read back.
   */
  static Readback assertReadableByDefault(Plan plan, PageSetup.Paper paper, boolean landscape,
      boolean extras, Path pdf) throws Exception {
    PageSetup setup = PageSetup.defaults().withPaper(paper).withLandscape(landscape)
        .withExtras(extras, extras);
    BoardPdf.Result r = BoardPdf.write(plan, setup, pdf);
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    List<PdfGlyphSizes.Glyph> glyphs = PdfGlyphSizes.read(pdf);
    assertFalse(glyphs.isEmpty());
    PdfGlyphSizes.Glyph smallest = glyphs.stream()
        .min(java.util.Comparator.comparingDouble(PdfGlyphSizes.Glyph::size)).orElseThrow();
    assertTrue(smallest.size() >= BoardPdf.MIN_TEXT_PT - 1e-3, "'" + smallest.text()
        + "' on page " + smallest.page() + " is " + smallest.size() + " pt");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertEquals(r.pages(), doc.getNumberOfPages());
      float w = doc.getPage(0).getMediaBox().getWidth();
      float h = doc.getPage(0).getMediaBox().getHeight();
      assertEquals(landscape, w > h, "orientation");
    }
    assertTrue(glyphs.stream().allMatch(g -> g.size() < 14), "nothing absurdly large either");
    assertEquals(List.of(), glyphs.stream().filter(g -> !g.onPaper()).limit(5).toList(),
        "no text falls off the paper");
    return new Readback(r, glyphs);
  }

  /** What the writer said and what the file holds. */
  record Readback(BoardPdf.Result result, List<PdfGlyphSizes.Glyph> glyphs) {}

  @Test
  void aPlanThatFitsOneA3PageAtSevenPointsStaysOnePage() throws Exception {
    Path pdf = dir.resolve("a3.pdf");
    BoardPdf.Result r = BoardPdf.write(plan(5), PageSetup.defaults()
        .withPaper(PageSetup.Paper.A3).withExtras(false, false), pdf);
    assertEquals(1, r.pages());
    assertTrue(PdfGlyphSizes.smallest(pdf) >= BoardPdf.MIN_TEXT_PT - 1e-3);
  }

  @Test
  void askingForFewerPagesSaysWhichTextFallsUnderSevenPoints() throws Exception {
    Path pdf = dir.resolve("squeezed.pdf");
    BoardPdf.Result r = BoardPdf.write(plan(1000), PageSetup.defaults()
        .withFit(PageSetup.Fit.pagesWide(1)).withExtras(false, false), pdf);
    assertEquals(1, r.warnings().size());
    assertTrue(r.warnings().get(0).startsWith("All text on the board would be printed at"),
        r.warnings().get(0));
    double read = PdfGlyphSizes.smallest(pdf);
    assertTrue(read < BoardPdf.MIN_TEXT_PT, "the file really has small text: " + read);
    assertTrue(r.warnings().get(0).contains(String.format(java.util.Locale.ROOT, "%.1f pt",
        read)), "the warning names the size found in the file (" + read + "): " + r.warnings());
  }
}

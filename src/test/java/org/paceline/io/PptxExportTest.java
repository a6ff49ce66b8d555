package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.export.slides.BoardDeck;
import org.paceline.io.imports.SamplePlan;
import org.paceline.layout.BoardData;
import org.paceline.layout.Slides;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/** The PowerPoint deck, read back with POI as an editor would find it. */
class PptxExportTest {

  @TempDir Path dir;

  static XMLSlideShow open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XMLSlideShow(in);
    }
  }

  static List<XSLFTextRun> runs(XSLFSlide s) {
    List<XSLFTextRun> out = new ArrayList<>();
    for (XSLFShape shape : s.getShapes()) {
      if (shape instanceof XSLFTextShape t) {
        for (XSLFTextParagraph p : t.getTextParagraphs()) {
          out.addAll(p.getTextRuns());
        }
      } else if (shape instanceof XSLFTable t) {
        t.getRows().forEach(r -> r.getCells().forEach(c -> c.getTextParagraphs()
            .forEach(p -> out.addAll(p.getTextRuns()))));
      }
    }
    return out;
  }

  static String alt(XSLFShape s) {
    return s.getXmlObject() instanceof CTShape sp ? sp.getNvSpPr().getCNvPr().getDescr() : null;
  }

  @Test
  void aWidescreenDeckOfEditableShapesTablesAndPlainWords() throws Exception {
    Plan sample = SamplePlan.load();
    Path file = dir.resolve("deck.pptx");
    BoardDeck.Result r = BoardDeck.write(sample, new BoardDeck.Options(false, false), file);
    List<Slides.Period> quarters = Slides.periods(BoardData.of(sample), false);
    assertEquals(1 + quarters.size() + 1, r.slides(), "overview, quarters, conflicts");
    try (XMLSlideShow deck = open(file)) {
      assertEquals(960, deck.getPageSize().getWidth());
      assertEquals(540, deck.getPageSize().getHeight(), "13.333 × 7.5 in");
      List<XSLFSlide> slides = deck.getSlides();
      assertEquals(r.slides(), slides.size());
      for (XSLFSlide s : slides) {
        for (XSLFTextRun run : runs(s)) {
          if (run.getRawText().isBlank()) {
            continue;
          }
          assertNotNull(run.getFontFamily(), "font set on '" + run.getRawText() + "'");
          assertEquals("Arial", run.getFontFamily());
          assertTrue(run.getFontSize() >= 10, "'" + run.getRawText() + "' is "
              + run.getFontSize() + " pt on slide " + (s.getSlideNumber()));
        }
      }
      // the quarters on slides are those holding a program that is not cancelled
      var cal = org.paceline.analysis.FiscalCalendar.of(sample.settings());
      for (Program p : sample.programs()) {
        if (p.isActive()) {
          String title = "FY" + cal.quarterOf(p.start()).fiscalYear() + " Q"
              + cal.quarterOf(p.start()).quarter();
          assertTrue(slides.stream().anyMatch(s -> s.getShapes().stream().anyMatch(x ->
              x instanceof XSLFTextShape t && t.getText().startsWith(title))), title);
        }
      }
      // a quarter slide: bars are shapes named after their program, text inside when it fits
      XSLFSlide q1 = slides.get(1 + quarters.indexOf(quarters.stream()
          .filter(p -> p.title().startsWith("FY2027 Q1")).findFirst().orElseThrow()));
      List<XSLFAutoShape> bars = q1.getShapes().stream().filter(x -> x instanceof XSLFAutoShape
          a && "Winter promotion email series".equals(alt(a))).map(x -> (XSLFAutoShape) x)
          .toList();
      assertFalse(bars.isEmpty(), "the bar is a shape with the program's name");
      assertEquals("Winter promotion email series", bars.get(0).getText());
      XSLFTable table = (XSLFTable) q1.getShapes().stream().filter(x -> x instanceof XSLFTable)
          .findFirst().orElseThrow();
      assertEquals("Sales target", table.getCell(0, 1).getText());
      assertEquals("$3,300,000", table.getCell(1, 1).getText());
      assertTrue(table.getCell(1, 3).getText().contains("short"), table.getCell(1, 3).getText());
      // conflicts last, most severe first, in plain words
      XSLFSlide last = slides.get(slides.size() - 1);
      List<String> texts = last.getShapes().stream().filter(x -> x instanceof XSLFTextShape)
          .map(x -> ((XSLFTextShape) x).getText()).filter(t -> t.length() > 1).toList();
      assertEquals("Open conflicts", texts.get(0));
      int errors = texts.indexOf("Errors (6)");
      int warnings = texts.indexOf("Warnings (10)");
      assertTrue(errors > 0 && warnings > errors, texts.toString());
      assertTrue(texts.get(errors + 1).startsWith("Starts too late: "), texts.get(errors + 1));
    }
  }

  @Test
  void longNamesAreShortenedWithTheFullNameInTheAltText() throws Exception {
    Plan big = PlanGenerator.generate(12, 400, 60, 30, 2);
    Path file = dir.resolve("big.pptx");
    BoardDeck.Result r = BoardDeck.write(big, new BoardDeck.Options(true, true), file);
    try (XMLSlideShow deck = open(file)) {
      assertEquals(r.slides(), deck.getSlides().size());
      int elided = 0;
      for (XSLFSlide s : deck.getSlides()) {
        for (XSLFShape shape : s.getShapes()) {
          if (shape instanceof XSLFTextShape t && t.getText().endsWith("…")) {
            elided++;
            String full = alt(t);
            assertNotNull(full, "a shortened '" + t.getText() + "' has its full text");
            assertTrue(full.startsWith(t.getText().substring(0, t.getText().length() - 1)
                .strip()), full + " / " + t.getText());
          }
        }
        for (XSLFTextRun run : runs(s)) {
          assertTrue(run.getRawText().isBlank() || run.getFontSize() >= 10, run.getRawText());
        }
      }
      assertTrue(elided > 0, "a generated plan has names too long for the label column");
      XSLFSlide picture = deck.getSlides().get(deck.getSlides().size() - 1);
      XSLFPictureShape pic = (XSLFPictureShape) picture.getShapes().stream()
          .filter(x -> x instanceof XSLFPictureShape).findFirst().orElseThrow();
      assertTrue(pic.getPictureData().getImageDimension().getWidth() > 2000, "high resolution");
    }
    List<Slides.Period> halves = Slides.periods(BoardData.of(big), true);
    assertTrue(halves.stream().allMatch(p -> p.quarters().size() == 2));
  }

  static final java.awt.Color BAR_FILL = new java.awt.Color(0x21, 0x6e, 0xd6);
  static final java.awt.Color DONE_FILL = new java.awt.Color(0x7f, 0xa8, 0xe6);
  static final java.awt.Color INITIATIVE_FILL = new java.awt.Color(0x6e, 0x77, 0x81);

  /**
   * A program bar as the file shows it: a rectangle filled in the bar colour (planned,
   * committed, running, done), or the dashed outline of an idea.
   */
  static boolean looksLikeAProgramBar(XSLFAutoShape a) {
    if (a.getShapeType() != org.apache.poi.sl.usermodel.ShapeType.RECT) {
      return false;
    }
    java.awt.Color fill = a.getFillColor();
    boolean idea = java.awt.Color.WHITE.equals(fill) && BAR_FILL.equals(a.getLineColor())
        && a.getLineDash() != null;
    return BAR_FILL.equals(fill) || DONE_FILL.equals(fill) || idea;
  }

  static boolean looksLikeAnInitiativeBar(XSLFAutoShape a) {
    return a.getShapeType() == org.apache.poi.sl.usermodel.ShapeType.RECT
        && INITIATIVE_FILL.equals(a.getFillColor());
  }

  static String oneLine(String name) {
    return name.replaceAll("\\s+", " ").strip();
  }

  @Test
  void everyBarOnEverySlideCarriesItsProgramsOrInitiativesName() throws Exception {
    // 400 programs and 60 initiatives: initiatives share lanes, and a name beside one bar
    // that would run into the next one's is left out
    Plan big = PlanGenerator.generate(12, 400, 60, 30, 2);
    java.util.Set<String> programs = new java.util.HashSet<>();
    big.programs().forEach(p -> programs.add(oneLine(p.name())));
    java.util.Set<String> initiatives = new java.util.HashSet<>();
    big.initiatives().forEach(i -> initiatives.add(oneLine(i.name())));
    Path file = dir.resolve("crowded.pptx");
    BoardDeck.write(big, new BoardDeck.Options(false, false), file);
    int[] bars = new int[2];
    int withoutText = 0;
    List<String> unnamed = new ArrayList<>();
    try (XMLSlideShow deck = open(file)) {
      for (XSLFSlide s : deck.getSlides()) {
        for (XSLFShape shape : s.getShapes()) {
          if (!(shape instanceof XSLFAutoShape a)) {
            continue;
          }
          java.util.Set<String> names;
          if (looksLikeAProgramBar(a)) {
            names = programs;
            bars[0]++;
          } else if (looksLikeAnInitiativeBar(a)) {
            names = initiatives;
            bars[1]++;
          } else {
            continue;
          }
          String text = a.getText().strip();
          String named = ((CTShape) a.getXmlObject()).getNvSpPr().getCNvPr().getName();
          String full = alt(a);
          boolean ok = names.contains(named) && named.equals(full)
              && (text.isEmpty() || named.startsWith(text.replace("\u2026", "").strip()));
          if (text.isEmpty()) {
            withoutText++;
          }
          if (!ok) {
            unnamed.add("slide " + s.getSlideNumber() + ": '" + named + "' / '" + text + "' / "
                + full);
          }
        }
      }
    }
    assertTrue(bars[0] > 50 && bars[1] > 10, "the deck has bars: " + bars[0] + " programs, "
        + bars[1] + " initiatives");
    assertTrue(withoutText > 0, "some bars have no room for their name: " + withoutText);
    assertEquals(List.of(), unnamed.stream().limit(10).toList(),
        unnamed.size() + " of " + (bars[0] + bars[1]) + " bars are not named after theirs");
  }
}

package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.app.CliTest.NORTHWIND;
import static org.paceline.app.CliTest.run;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paceline.app.CliTest.Run;

/**
 * {@code paceline export --compare-with}: the board and its changes since the approved plan, in
 * the words and order {@code paceline compare} prints, and a refused plan in plain words.
 */
class CompareExportCliTest {

  static final String PLAN = "Northwind Controls FY2027";

  @TempDir Path dir;

  String db;

  @BeforeEach
  void approvedThenALaunchThatSlips() {
    db = dir.resolve("ws").toString();
    ok("import", NORTHWIND.toString(), "--db", db);
    ok("baseline", "--db", db, "--plan", PLAN, "--name", "Approved");
    ok("copy", "--db", db, "--plan", PLAN, "--name", "Launch slips");
    ok("shift", "--db", db, "--plan", "Launch slips", "--initiative", "I-LAUNCH", "--by", "3m",
        "--with-programs");
  }

  Run ok(String... args) {
    Run r = run(args);
    assertEquals(0, r.code(), r.err());
    return r;
  }

  /** The conflict lines of {@code paceline compare --plan Approved --with "Launch slips"}. */
  List<String> compareLines() {
    Run compare = ok("compare", "--db", db, "--plan", "Approved", "--with", "Launch slips",
        "--as-of", "2027-01-15");
    List<String> lines = compare.out().lines().filter(l -> l.startsWith("  "))
        .map(String::strip).toList();
    assertEquals(9, lines.size(), compare.out());
    return lines;
  }

  static String words(String text) {
    return text.replace("\u2022", " ").replaceAll("\\s+", " ").strip();
  }

  @Test
  void thePdfHasTheChangesPageInCompareOrder() throws Exception {
    Path pdf = dir.resolve("changes.pdf");
    Run r = ok("export", "--db", db, "--plan", "Launch slips", "--compare-with", "Approved",
        "--as-of", "2027-01-15", "--format", "pdf", "--out", pdf.toString());
    assertTrue(r.out().contains("Exported \"Launch slips\""), r.out());
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      text = words(new PDFTextStripper().getText(doc));
    }
    int changes = text.indexOf("Changes since \"Approved\" (both checked as of 2027-01-15):"
        + " 5 new conflicts, 4 resolved");
    assertTrue(changes >= 0, text);
    int at = changes;
    for (String line : compareLines()) {
      int found = text.indexOf(words(line), at + 1);
      assertTrue(found > at, "in order: " + line);
      at = found;
    }
    assertTrue(text.contains("Programs moved (dashed outline: where the bar was) (5)"), text);
    // the market audit was in May 2026, before the slipped plan's first month: the board starts
    // early enough to show its ghost
    assertTrue(text.contains("2026-05-01 \u2013 2027-12-31"), text);
  }

  @Test
  void theDeckHasAChangesSlideWithTheConflictsInWords() throws Exception {
    Path deck = dir.resolve("changes.pptx");
    ok("export", "--db", db, "--plan", "Launch slips", "--compare-with", "Approved", "--as-of",
        "2027-01-15", "--format", "pptx", "--out", deck.toString());
    StringBuilder all = new StringBuilder();
    boolean ghost = false;
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      XSLFSlide slide = show.getSlides().get(1);
      for (XSLFShape s : slide.getShapes()) {
        if (s instanceof XSLFTextShape t) {
          all.append(t.getText()).append('\n');
        }
        if (s.getXmlObject() instanceof CTShape sp && sp.getNvSpPr().getCNvPr().getDescr()
            != null) {
          all.append(sp.getNvSpPr().getCNvPr().getDescr()).append('\n');
        }
      }
      for (XSLFSlide s : show.getSlides()) {
        ghost |= s.getShapes().stream().anyMatch(x -> x.getShapeName().startsWith("ghost.moved"));
      }
    }
    assertTrue(all.toString().startsWith("Changes since \"Approved\""), all.toString());
    for (String line : compareLines()) {
      assertTrue(all.toString().contains(line), line);
    }
    assertTrue(ghost, "moved bars have ghost outlines");
  }

  @Test
  void anUnknownPlanOrAFormatWithoutABoardIsRefusedInWords() {
    Path pdf = dir.resolve("none.pdf");
    Run unknown = run("export", "--db", db, "--plan", "Launch slips", "--compare-with", "Nope",
        "--format", "pdf", "--out", pdf.toString());
    assertEquals(2, unknown.code(), unknown.err());
    assertTrue(unknown.err().contains("--compare-with: No plan is named \"Nope\""),
        unknown.err());
    assertTrue(unknown.err().contains("\"Approved\""), "says which plans there are");
    assertFalse(Files.exists(pdf), "nothing written");
    Run csv = run("export", "--db", db, "--compare-with", "Approved", "--format", "xlsx",
        "--out", dir.resolve("x.xlsx").toString());
    assertEquals(2, csv.code());
    assertTrue(csv.err().contains("--compare-with and --as-of work with --format pdf or pptx"),
        csv.err());
    Run date = run("export", "--db", db, "--plan", "Launch slips", "--compare-with",
        "Approved", "--as-of", "2027-02-30", "--format", "pdf", "--out", pdf.toString());
    assertEquals(2, date.code());
    assertTrue(date.err().contains("is not a real date"), date.err());
    assertFalse(Files.exists(pdf), "nothing written");
    for (Run r : List.of(unknown, csv, date)) {
      assertFalse(r.err().contains("Exception") || r.err().contains("org.paceline"), r.err());
    }
  }
}

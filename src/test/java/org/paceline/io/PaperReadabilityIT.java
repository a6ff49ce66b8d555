package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paceline.app.Cli;
import org.paceline.io.export.CsvPlanWriter;
import org.paceline.io.export.print.BoardPdf;
import org.paceline.io.export.print.PageSetup;
import org.paceline.model.Plan;

/**
 * A 1,000-program plan on every paper size, portrait and landscape (each over a hundred pages,
 * so it runs with failsafe in {@code verify}, not with the unit tests): by default no glyph in
 * the written PDF is under 7 pt and the page count is what the rows need; asked for fewer
 * pages through the CLI (one page wide, or one page), the command names the text that falls
 * under 7 pt with the size the file really has. About 100 s on a loaded 2-core machine.
 */
class PaperReadabilityIT {

  static final int PROGRAMS = 1000;

  @TempDir static Path dir;

  static String db;

  @BeforeAll
  static void workspaceWithTheBigPlan() throws Exception {
    Path folder = dir.resolve("plan");
    CsvPlanWriter.write(plan(), folder);
    db = dir.resolve("ws").toString();
    Run r = cli("import", folder.toString(), "--db", db);
    assertEquals(0, r.code(), r.err());
  }

  static Plan plan() {
    return PaperReadabilityTest.plan(PROGRAMS);
  }

  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static Stream<Arguments> setups() {
    List<Arguments> out = new ArrayList<>();
    for (PageSetup.Paper paper : PageSetup.Paper.values()) {
      for (boolean landscape : new boolean[] {true, false}) {
        out.add(Arguments.of(paper, landscape));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} landscape")
  @MethodSource("setups")
  void readableByDefaultAndTheSqueezedExportNamesItsSmallText(PageSetup.Paper paper,
      boolean landscape) throws Exception {
    String tag = paper + (landscape ? "-landscape" : "-portrait");
    PaperReadabilityTest.Readback read = PaperReadabilityTest.assertReadableByDefault(plan(),
        paper, landscape, false, dir.resolve(tag + ".pdf"));
    BoardPdf.Result r = read.result();

    // the page count is sane: tiles in whole columns, no blank page, and between what the
    // names alone need and what rows at the file's own text size need
    assertTrue(r.pagesWide() >= 1, r.toString());
    assertEquals(0, r.pages() % r.pagesWide(), "every column of tiles has all the rows: " + r);
    Set<Integer> withText = read.glyphs().stream().map(PdfGlyphSizes.Glyph::page)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(r.pages(), withText.size(), "no blank page");
    double paperHigh = landscape ? paper.shortSide() : paper.longSide();
    double smallest = read.glyphs().stream().mapToDouble(PdfGlyphSizes.Glyph::size).min()
        .orElseThrow();
    int tall = r.pages() / r.pagesWide();
    // one row per program at least one line of its text high, on a page no higher than the
    // paper
    int atLeast = (int) Math.ceil(PROGRAMS * smallest / paperHigh);
    // rows twice the text high, one group row per initiative, and at least a third of each
    // sheet for rows (the rest: margins, headers, a repeated sales lane)
    int rows = PROGRAMS + plan().initiatives().size();
    int atMost = (int) Math.ceil(rows * 2 * smallest / (paperHigh / 3)) + 1;
    System.out.printf(Locale.ROOT, "%s: %d pages (%d wide x %d tall), smallest %.1f pt%n", tag,
        r.pages(), r.pagesWide(), tall, smallest);
    assertTrue(tall >= atLeast && tall <= atMost, tag + ": " + tall + " pages tall, expected "
        + atLeast + ".." + atMost + " (" + r + ")");

    // fewer pages than the readable fit: one page wide on landscape sheets, one page on
    // portrait ones (both ways of asking, and a short file to read back)
    List<String> args = new ArrayList<>(List.of("export", "--db", db, "--format", "pdf",
        "--paper", paper.name(), landscape ? "--landscape" : "--portrait", "--no-legend",
        "--no-conflicts", "--out", dir.resolve(tag + "-squeezed.pdf").toString()));
    if (landscape && r.pagesWide() > 1) {
      args.addAll(List.of("--pages-wide", "1"));
    } else {
      args.add("--one-page");
    }
    Run squeezed = cli(args.toArray(String[]::new));
    assertEquals(0, squeezed.code(), squeezed.err());
    double inFile = PdfGlyphSizes.smallest(dir.resolve(tag + "-squeezed.pdf"));
    assertTrue(inFile < BoardPdf.MIN_TEXT_PT, tag + ": the file has small text: " + inFile);
    List<String> warnings = squeezed.err().lines().filter(l -> l.startsWith("paceline: "))
        .toList();
    assertEquals(1, warnings.size(), squeezed.err());
    String w = warnings.get(0);
    assertTrue(w.contains(String.format(Locale.ROOT, "would be printed at %.1f pt, below 7 pt",
        inFile)), tag + ": the warning names the size in the file (" + inFile + "): " + w);
    assertTrue(w.matches("paceline: (All text on the board|[A-Z][a-z]+.*) would be printed.*"),
        "it names the text: " + w);
    assertTrue(w.contains("For 7 pt or more, choose"), "and the way out: " + w);
  }
}

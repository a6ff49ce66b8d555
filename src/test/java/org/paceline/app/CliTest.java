package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  static final Path NORTHWIND = Path.of("src/main/resources/org/paceline/sample/northwind-fy2027");

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  String db() {
    return dir.resolve("ws").toString();
  }

  /** The conflicts that spec/conflicts.md defines for the Northwind plan, worked out by hand. */
  static final List<String> NORTHWIND_CONFLICTS = List.of(
      "LATE_START,error,P-03,I-LAUNCH,,,",
      "LATE_START,error,P-05,I-EXPO,,,",
      "LATE_START,error,P-13,I-LAUNCH,,,",
      "UNSUPPORTED_QUARTER,error,,,FY2027-Q1,Enterprise,",
      "UNSUPPORTED_QUARTER,error,,,FY2027-Q3,Enterprise,",
      "UNSUPPORTED_QUARTER,error,,,FY2027-Q4,Mid-market,",
      "EARLY_START,warning,P-14,I-LAUNCH,,,",
      "LEADS_SHORTFALL,warning,,,FY2027-Q1,Enterprise,",
      "LEADS_SHORTFALL,warning,,,FY2027-Q3,Enterprise,",
      "LEADS_SHORTFALL,warning,,,FY2027-Q4,Mid-market,",
      "OVER_CAPACITY,warning,,,,,2027-02",
      "OVER_CAPACITY,warning,,,,,2027-03",
      "OVER_CAPACITY,warning,,,,,2027-04",
      "OVER_CAPACITY,warning,,,,,2027-06",
      "NO_SALES_REVIEW,warning,P-07,I-MM-Q3,,,",
      "NO_SALES_REVIEW,warning,P-12,I-ENT-Q4,,,",
      "UNLINKED,info,P-11,,,,");

  static List<String> keys(String csv) {
    return csv.lines().skip(1).map(l -> {
      int cut = 0;
      for (int i = 0; i < 7; i++) {
        cut = l.indexOf(',', cut) + 1;
      }
      return l.substring(0, cut - 1);
    }).toList();
  }

  @Test
  void importThenCheckListsTheSpecsConflictsForNorthwind() {
    Run imported = run("import", NORTHWIND.toString(), "--db", db());
    assertEquals(0, imported.code(), imported.err());
    assertEquals("Northwind Controls FY2027", imported.out().strip());
    Run check = run("check", "--db", db(), "--format", "csv");
    assertEquals(0, check.code(), check.err());
    assertEquals("rule,severity,program,initiative,quarter,segment,month,item,message",
        check.out().lines().findFirst().orElseThrow());
    assertEquals(NORTHWIND_CONFLICTS, keys(check.out()));
  }

  @Test
  void theSameConflictsAfterAnXlsxRoundTrip() {
    run("import", NORTHWIND.toString(), "--db", db());
    Path xlsx = dir.resolve("out/northwind.xlsx");
    Run export = run("export", "--db", db(), "--format", "xlsx", "--out", xlsx.toString());
    assertEquals(0, export.code(), export.err());
    String other = dir.resolve("ws2").toString();
    assertEquals(0, run("import", xlsx.toString(), "--db", other).code());
    assertEquals(NORTHWIND_CONFLICTS, keys(run("check", "--db", other, "--format", "csv").out()));
    Path csv = dir.resolve("out/csv");
    assertEquals(0, run("export", "--db", other, "--format", "csv", "--out", csv.toString())
        .code());
    assertTrue(Files.exists(csv.resolve("programs.csv")));
  }

  @Test
  void failOnSetsTheExitCode() {
    run("import", NORTHWIND.toString(), "--db", db());
    assertEquals(1, run("check", "--db", db(), "--fail-on", "error").code());
    assertEquals(1, run("check", "--db", db(), "--fail-on", "warning").code());
    Run text = run("check", "--db", db());
    assertEquals(0, text.code());
    assertTrue(text.out().startsWith("Northwind Controls FY2027: 6 errors, 10 warnings, 1 note"),
        text.out());
  }

  @Test
  void aBrokenPlanPrintsEveryProblemAndStoresNothing() throws Exception {
    Path broken = dir.resolve("broken");
    Files.createDirectories(broken);
    for (String f : List.of("plan", "targets", "budgets", "initiatives", "programs")) {
      Files.copy(NORTHWIND.resolve(f + ".csv"), broken.resolve(f + ".csv"));
    }
    Files.writeString(broken.resolve("budgets.csv"),
        "quarter,marketing_budget\nFY2027-Q1,lots\nFY2027-Q9,5\n");
    Run r = run("import", broken.toString(), "--db", db());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("2 problems"), r.err());
    assertTrue(r.err().contains("budgets.csv, line 2, column marketing_budget"), r.err());
    assertTrue(r.err().contains("budgets.csv, line 3, column quarter"), r.err());
    Run plans = run("plans", "--db", db());
    assertTrue(plans.err().contains("There is no Paceline workspace at"), plans.err());
    assertTrue(!Files.exists(dir.resolve("ws")), "a refused import creates no workspace");
  }

  @Test
  void planChoiceAndUsageErrorsAreExplained() {
    org.paceline.storage.Workspace.open(Path.of(db())).close();
    Run none = run("check", "--db", db());
    assertEquals(2, none.code());
    assertTrue(none.err().contains("holds no plans yet"), none.err());
    run("import", NORTHWIND.toString(), "--db", db());
    run("import", NORTHWIND.toString(), "--db", db(), "--name", "Copy");
    Run two = run("check", "--db", db());
    assertEquals(2, two.code());
    assertTrue(two.err().contains("choose one with --plan"), two.err());
    assertEquals(0, run("check", "--db", db(), "--plan", "Copy").code());
    assertEquals(2, run("check", "--db", db(), "--plan", "Nope").code());
    assertEquals(2, run("check", "--db", db(), "--format", "pdf").code());
    assertEquals(2, run("frobnicate").code());
    Run help = run("check", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("--fail-on"), help.out());
    assertTrue(run("--version").out().startsWith("Paceline "));
  }

  @Test
  void environmentVariableAndDefaultsChooseTheWorkspace() {
    Path home = Path.of("/home/ann");
    assertEquals(Path.of("/x"), WorkspaceLocation.resolve(Path.of("/x"),
        java.util.Map.of("PACELINE_DB", "/env"), "Linux", home));
    assertEquals(Path.of("/env"), WorkspaceLocation.resolve(null,
        java.util.Map.of("PACELINE_DB", "/env"), "Linux", home));
    assertEquals(home.resolve(".local/share/paceline"),
        WorkspaceLocation.resolve(null, java.util.Map.of(), "Linux", home));
    assertEquals(Path.of("/xdg/paceline"), WorkspaceLocation.resolve(null,
        java.util.Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home));
    assertEquals(home.resolve("Library/Application Support/Paceline"),
        WorkspaceLocation.resolve(null, java.util.Map.of(), "Mac OS X", home));
    assertEquals(Path.of("C:/Users/ann/AppData/Roaming").resolve("Paceline"),
        WorkspaceLocation.resolve(null, java.util.Map.of("APPDATA", "C:/Users/ann/AppData/Roaming"),
            "Windows 11", home));
  }

  @Test
  void exportWritesPdfAndPngWithPaperAndFitOptions() throws Exception {
    run("import", NORTHWIND.toString(), "--db", db());
    Path pdf = dir.resolve("board.pdf");
    Run r = run("export", "--db", db(), "--format", "pdf", "--out", pdf.toString(), "--paper",
        "A3", "--landscape", "--pages-wide", "2", "--no-legend", "--no-conflicts");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("4 pages") || r.out().startsWith("2 pages"), r.out());
    assertTrue(Files.size(pdf) > 10_000);
    Run small = run("export", "--db", db(), "--format", "pdf", "--out",
        dir.resolve("a4.pdf").toString());
    assertEquals(0, small.code());
    assertFalse(small.err().contains("below 7 pt"), "readable by default: " + small.err());
    Run squeezed = run("export", "--db", db(), "--format", "pdf", "--out",
        dir.resolve("a4-one.pdf").toString(), "--one-page");
    assertEquals(0, squeezed.code());
    assertTrue(squeezed.err().contains("Program names") && squeezed.err().contains("below 7 pt"),
        "says which text is small: " + squeezed.err());
    Path deck = dir.resolve("deck.pptx");
    Run pptx = run("export", "--db", db(), "--format", "pptx", "--out", deck.toString(),
        "--per", "half");
    assertEquals(0, pptx.code(), pptx.err());
    assertTrue(pptx.out().contains(" slides"), pptx.out());
    assertTrue(Files.size(deck) > 10_000);
    Run badPer = run("export", "--db", db(), "--format", "pptx", "--out", deck.toString(),
        "--per", "month");
    assertEquals(2, badPer.code());
    assertTrue(badPer.err().contains("expected quarter or half"), badPer.err());
    Path png = dir.resolve("slide.png");
    assertEquals(0, run("export", "--db", db(), "--format", "png", "--out", png.toString(),
        "--png-scale", "1", "--from", "2027-01-01", "--to", "2027-06-30").code());
    assertTrue(Files.exists(png));
    Run bad = run("export", "--db", db(), "--format", "pdf", "--out", pdf.toString(), "--paper",
        "B5");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("Unknown paper \"B5\""), bad.err());
    Run backwards = run("export", "--db", db(), "--format", "pdf", "--out", pdf.toString(),
        "--from", "2027-06-30", "--to", "2027-01-01");
    assertEquals(2, backwards.code());
    assertTrue(backwards.err().contains("ends (2027-01-01) before it starts"), backwards.err());
  }

  @Test
  void restoreListsTheBackupsAndPutsOneBackAlsoOverADamagedFile() throws Exception {
    assertEquals(0, run("import", NORTHWIND.toString(), "--db", db()).code());
    Run none = run("restore", "--db", db());
    assertEquals(0, none.code());
    assertTrue(none.out().contains("No backups"), none.out());
    assertEquals(0, run("plans", "--db", db()).code()); // the day's first open with a plan
    Run list = run("restore", "--db", db());
    assertTrue(list.out().contains(" 1  "), list.out());
    assertTrue(list.out().contains("daily · 1 plan: Northwind Controls FY2027"), list.out());

    java.nio.file.Path file = dir.resolve("ws").resolve("paceline.mv.db");
    byte[] garbage = new byte[20_000];
    new java.util.Random(1).nextBytes(garbage);
    java.nio.file.Files.write(file, garbage);
    Run damaged = run("plans", "--db", db());
    assertEquals(2, damaged.code());
    assertTrue(damaged.err().contains("is not a Paceline workspace")
        && damaged.err().contains(file.toString()), damaged.err());
    assertTrue(damaged.err().contains("paceline restore --db"), damaged.err());

    Run restored = run("restore", "1", "--db", db());
    assertEquals(0, restored.code(), restored.err());
    assertTrue(restored.out().contains("is kept as"), restored.out());
    try (var kept = java.nio.file.Files.list(dir.resolve("ws"))) {
      java.nio.file.Path aside = kept.filter(p -> p.getFileName().toString()
          .startsWith("paceline.mv.db.replaced-")).findFirst().orElseThrow();
      assertArrayEquals(garbage, java.nio.file.Files.readAllBytes(aside), "kept untouched");
    }
    Run plans = run("plans", "--db", db());
    assertEquals(0, plans.code(), plans.err());
    assertTrue(plans.out().contains("Northwind Controls FY2027"), plans.out());
    assertEquals(2, run("restore", "7", "--db", db()).code());
  }
}

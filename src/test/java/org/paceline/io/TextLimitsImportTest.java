package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.export.CsvPlanWriter;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.ImportProblem;
import org.paceline.io.imports.PlanImportException;
import org.paceline.io.imports.PlanImporter;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.QuarterTarget;
import org.paceline.model.Quote;
import org.paceline.model.TextLimit;
import org.paceline.storage.Workspace;

/**
 * The readers hold every text to the model's limit, with the spec's "table, line, column"
 * message; a text at the limit is imported and stored (no database error), one character more is
 * refused and changes nothing. A value quoted back in a message is shortened and escaped.
 */
class TextLimitsImportTest {

  @TempDir Path dir;

  /** The sample plan with every text field at its limit. */
  static Plan atTheLimit() {
    Plan s = SamplePlan.load();
    List<Initiative> initiatives = new ArrayList<>(s.initiatives());
    Initiative i = initiatives.get(0);
    String longId = "I" + "d".repeat(TextLimit.ID.max() - 1);
    initiatives.set(0, new Initiative(longId, fill("Launch ", TextLimit.NAME),
        fill("Segment ", TextLimit.SEGMENT), i.start(), i.end(), fill("Owner ", TextLimit.OWNER)));
    List<Program> programs = new ArrayList<>();
    for (Program p : s.programs()) {
      boolean first = programs.isEmpty();
      String supports = p.supports().equals(i.id()) ? longId : p.supports();
      programs.add(new Program(first ? "P" + "x".repeat(TextLimit.ID.max() - 1) : p.id(),
          first ? fill("Program ", TextLimit.NAME) : p.name(), p.kind(),
          first ? fill("Owner ", TextLimit.OWNER) : p.owner(), p.start(), p.end(), supports,
          p.minLead(), p.maxLead(), p.cost(), p.salesShare(), p.expectedLeads(), p.status(),
          p.salesReview()));
    }
    List<QuarterTarget> targets = new ArrayList<>(s.targets());
    QuarterTarget t = targets.get(0);
    targets.set(0, new QuarterTarget(t.quarter(), fill("Seg ", TextLimit.SEGMENT), t.revenue(),
        t.qualifiedLeads()));
    return new Plan(s.settings().withName(fill("Plan ", TextLimit.PLAN_NAME)), targets,
        s.budgets(), initiatives, programs);
  }

  static String fill(String start, TextLimit limit) {
    return (start + "x".repeat(limit.max())).substring(0, limit.max());
  }

  @Test
  void textsAtTheLimitAreImportedAndStoredFromCsvAndWorkbook() throws Exception {
    Plan plan = atTheLimit();
    CsvPlanWriter.write(plan, dir.resolve("csv"));
    XlsxPlanWriter.write(plan, dir.resolve("plan.xlsx"));
    for (Path input : List.of(dir.resolve("csv"), dir.resolve("plan.xlsx"))) {
      Plan read = PlanImporter.read(input);
      assertEquals(plan, read, input.toString());
      try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
        String name = ws.plans().uniqueName(read.name());
        assertTrue(name.length() <= TextLimit.PLAN_NAME.max(), name);
        long id = ws.plans().insert(read.withName(name));
        assertEquals(read.withName(name), ws.plans().load(id));
      }
    }
  }

  @Test
  void oneCharacterMoreIsRefusedWithTableLineAndColumnAndChangesNothing() throws Exception {
    Path csv = dir.resolve("csv");
    CsvPlanWriter.write(SamplePlan.load(), csv);
    replaceInFile(csv.resolve("programs.csv"), ",Insights,", "," + "D".repeat(501) + ",");
    replaceInFile(csv.resolve("initiatives.csv"), ",Enterprise,",
        "," + "E".repeat(501) + ",");
    replaceInFile(csv.resolve("plan.csv"), "name,Northwind Controls FY2027",
        "name," + "N".repeat(201));
    replaceInFile(csv.resolve("targets.csv"), "FY2027-Q1,Enterprise,",
        "FY2027-Q1," + "S".repeat(501) + ",");
    Path ws = dir.resolve("ws");
    Workspace.open(ws).close();
    byte[] before = Files.readAllBytes(ws.resolve("paceline.mv.db"));
    List<ImportProblem> problems = assertThrows(PlanImportException.class,
        () -> PlanImporter.read(csv)).problems();
    List<String> shown = problems.stream().map(ImportProblem::toString).toList();
    assertTrue(shown.stream().anyMatch(p -> p.matches("programs\\.csv, line \\d+, column owner: "
        + "the owner is 501 characters long; expected at most 500")), shown.toString());
    assertTrue(shown.stream().anyMatch(p -> p.matches("initiatives\\.csv, line \\d+, column "
        + "segment: the segment is 501 characters long; expected at most 500")), shown.toString());
    assertTrue(shown.contains("plan.csv, line 2, column value: the plan name is 201 characters "
        + "long; expected at most 200"), shown.toString());
    assertTrue(shown.stream().anyMatch(p -> p.matches("targets\\.csv, line \\d+, column segment: "
        + "the segment is 501 characters long; expected at most 500")), shown.toString());
    assertArrayEquals(before, Files.readAllBytes(ws.resolve("paceline.mv.db")));
  }

  @Test
  void theWorkbookReaderHoldsTheSameLimits() throws Exception {
    Plan s = SamplePlan.load();
    Path csv = dir.resolve("csv");
    CsvPlanWriter.write(s, csv);
    replaceInFile(csv.resolve("programs.csv"), ",Insights,", "," + "D".repeat(501) + ",");
    // a workbook made by hand (the model would not let a plan hold the long owner)
    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    for (String table : PlanImporter.TABLES) {
      var sheet = wb.createSheet(table);
      int r = 0;
      for (var rec : org.apache.commons.csv.CSVFormat.RFC4180.parse(
          Files.newBufferedReader(csv.resolve(table + ".csv")))) {
        var row = sheet.createRow(r++);
        for (int c = 0; c < rec.size(); c++) {
          row.createCell(c).setCellValue(rec.get(c));
        }
      }
    }
    Path file = dir.resolve("hand.xlsx");
    try (var out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
    List<String> shown = assertThrows(PlanImportException.class, () -> PlanImporter.read(file))
        .problems().stream().map(ImportProblem::toString).toList();
    assertTrue(shown.stream().anyMatch(p -> p.matches("programs sheet, line \\d+, column owner: "
        + "the owner is 501 characters long; expected at most 500")), shown.toString());
  }

  @Test
  void aValueQuotedBackIsShortenedAndEscaped() throws Exception {
    Path csv = dir.resolve("csv");
    CsvPlanWriter.write(SamplePlan.load(), csv);
    String hostile = "k\u001b[2J" + "k".repeat(5_000) + "\nnext";
    replaceInFile(csv.resolve("programs.csv"), ",event,", ",\"" + hostile + "\",");
    replaceInFile(csv.resolve("targets.csv"), ",2400000,", ",\"12\u0007" + "9".repeat(300)
        + "\",");
    List<ImportProblem> problems = assertThrows(PlanImportException.class,
        () -> PlanImporter.read(csv)).problems();
    ImportProblem kind = problems.stream().filter(p -> p.column().equals("kind")).findFirst()
        .orElseThrow();
    assertTrue(kind.message().startsWith("unknown kind " + Quote.of(hostile) + ";"),
        kind.message());
    assertTrue(kind.message().startsWith("unknown kind \"k\\u001b[2Jkkk"), kind.message());
    ImportProblem amount = problems.stream().filter(p -> p.column().equals("revenue"))
        .findFirst().orElseThrow();
    for (ImportProblem p : List.of(kind, amount)) {
      assertTrue(p.message().length() < 300, p.message());
      assertTrue(p.message().contains("…"), p.message());
      assertFalse(p.message().chars().anyMatch(Character::isISOControl), p.message());
    }
  }

  @Test
  void anUnknownHugeColumnNameIsQuotedShort() throws Exception {
    Path csv = dir.resolve("csv");
    CsvPlanWriter.write(SamplePlan.load(), csv);
    replaceInFile(csv.resolve("budgets.csv"), "quarter,marketing_budget",
        "quarter,marketing_budget," + "c".repeat(100_000));
    List<ImportProblem> problems = assertThrows(PlanImportException.class,
        () -> PlanImporter.read(csv)).problems();
    assertEquals(1, problems.size(), () -> problems.get(0).toString().substring(0, 300));
    String shown = problems.get(0).toString();
    assertTrue(shown.length() < 400, () -> shown.substring(0, 300));
    assertTrue(shown.startsWith("budgets.csv, line 1, column " + "c".repeat(Quote.MAX) + "…: "
        + "unknown column \"" + "c".repeat(Quote.MAX) + "…\""), shown);
  }

  private static void replaceInFile(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    assertTrue(text.contains(from), file + " holds " + from);
    Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)));
  }
}

package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.export.CsvPlanWriter;
import org.paceline.io.export.FormulaGuard;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.PlanImporter;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * A text that really starts with an apostrophe is not the formula guard's apostrophe: it comes
 * back from an export unchanged, in CSV and in a workbook, next to texts the guard protects.
 */
class ApostropheRoundTripTest {

  @TempDir Path dir;

  static final List<String> TEXTS = List.of("'Tis the season", "'=1+1", "''double", "'-5 off",
      "'@home", "'", "=SUM(A1)", "-sales", "plain");

  static Plan apostrophePlan() {
    Plan s = SamplePlan.load();
    List<Program> programs = new ArrayList<>(s.programs());
    for (int i = 0; i < TEXTS.size(); i++) {
      Program p = programs.get(i);
      programs.set(i, new Program(p.id(), TEXTS.get(i), p.kind(),
          TEXTS.get(TEXTS.size() - 1 - i), p.start(), p.end(), p.supports(), p.minLead(),
          p.maxLead(), p.cost(), p.salesShare(), p.expectedLeads(), p.status(), p.salesReview()));
    }
    List<Initiative> initiatives = new ArrayList<>(s.initiatives());
    Initiative first = initiatives.get(0);
    initiatives.set(0, new Initiative(first.id(), "'=launch", "'Enterprise", first.start(),
        first.end(), "'Dana"));
    return new Plan(s.settings().withName("'27 plan"), s.targets(), s.budgets(), initiatives,
        programs);
  }

  @Test
  void csvKeepsARealLeadingApostrophe() throws Exception {
    Plan plan = apostrophePlan();
    CsvPlanWriter.write(plan, dir.resolve("csv"));
    assertEquals(plan, PlanImporter.read(dir.resolve("csv")));
    String programs = Files.readString(dir.resolve("csv/programs.csv"));
    assertTrue(programs.contains(",''=1+1,"), "the guard's apostrophe goes before the real one");
    assertTrue(programs.contains(",'=SUM(A1),"), programs);
  }

  @Test
  void aWorkbookKeepsARealLeadingApostropheAndMarksItAsText() throws Exception {
    Plan plan = apostrophePlan();
    Path file = dir.resolve("plan.xlsx");
    XlsxPlanWriter.write(plan, file);
    int marked = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      Sheet sheet = wb.getSheet("programs");
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING
              && cell.getStringCellValue().startsWith("'")) {
            // the exact text, and marked so that a spreadsheet keeps the apostrophe on edit
            assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getAddress().toString());
            marked++;
          }
        }
      }
    }
    assertEquals(2 * 6, marked, "six texts with a real apostrophe, as names and as owners");
    assertEquals(plan, PlanImporter.read(file));
  }

  @Test
  void theRuleThatTellsTheTwoApart() {
    for (String s : TEXTS) {
      assertEquals(s, FormulaGuard.restore(FormulaGuard.neutralise(s)), s);
      assertFalse(FormulaGuard.looksLikeFormula(FormulaGuard.neutralise(s)), s);
    }
    assertEquals("''Tis", FormulaGuard.neutralise("'Tis"));
    assertEquals("'Tis", FormulaGuard.restore("''Tis"));
    assertEquals("'quoted", FormulaGuard.restore("'quoted"), "a hand-made apostrophe is kept");
    assertEquals("'", FormulaGuard.restore("'"));
  }
}

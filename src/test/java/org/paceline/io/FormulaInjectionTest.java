package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.io.export.ConflictReport;
import org.paceline.io.export.CsvPlanWriter;
import org.paceline.io.export.FormulaGuard;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.PlanImporter;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * Exported CSV and XLSX cannot run formulas in the reader's spreadsheet (OWASP CSV injection),
 * numbers stay numbers, and the plan still comes back unchanged.
 */
class FormulaInjectionTest {

  @TempDir Path dir;

  static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x.example\",\"click\")",
      "+1 555 0100", "-2+3", "@SUM(1+1)", "=cmd|' /C calc'!A0");

  /** The sample plan with formula-like names, owners and segment. */
  static Plan hostilePlan() {
    Plan s = SamplePlan.load();
    List<Program> programs = new ArrayList<>(s.programs());
    for (int i = 0; i < HOSTILE.size(); i++) {
      Program p = programs.get(i);
      programs.set(i, new Program(p.id(), HOSTILE.get(i), p.kind(),
          i % 2 == 0 ? "@owner" : p.owner(), p.start(), p.end(), p.supports(), p.minLead(),
          p.maxLead(), p.cost(), p.salesShare(), p.expectedLeads(), p.status(), p.salesReview()));
    }
    List<Initiative> initiatives = new ArrayList<>(s.initiatives());
    Initiative first = initiatives.get(0);
    initiatives.set(0, new Initiative(first.id(), "=1+1 launch", first.segment(), first.start(),
        first.end(), "-sales"));
    return new Plan(s.settings().withName("=Plan FY2027"), s.targets(), s.budgets(),
        initiatives, programs);
  }

  @Test
  void csvCellsNeverStartAsAFormulaAndThePlanComesBack() throws Exception {
    Plan plan = hostilePlan();
    CsvPlanWriter.write(plan, dir.resolve("csv"));
    int neutralised = 0;
    int numbers = 0;
    try (var files = Files.list(dir.resolve("csv"))) {
      for (Path f : files.toList()) {
        for (CSVRecord r : CSVFormat.RFC4180.parse(Files.newBufferedReader(f))) {
          for (String cell : r) {
            if (cell.matches("-?\\d+(\\.\\d+)?")) {
              numbers++;
              continue; // numbers stay numbers
            }
            assertFalse(FormulaGuard.looksLikeFormula(cell), f.getFileName() + ": " + cell);
            if (cell.startsWith("'")) {
              neutralised++;
            }
          }
        }
      }
    }
    assertTrue(neutralised >= HOSTILE.size() + 4, "neutralised " + neutralised);
    assertTrue(numbers > 50, "numbers written as numbers: " + numbers);
    assertEquals(plan, PlanImporter.read(dir.resolve("csv")));
  }

  @Test
  void workbookCellsAreTextMarkedQuotedNeverFormulasAndThePlanComesBack() throws Exception {
    Plan plan = hostilePlan();
    Path file = dir.resolve("plan.xlsx");
    XlsxPlanWriter.write(plan, file);
    int quoted = 0;
    int numeric = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertNotEquals(CellType.FORMULA, cell.getCellType(),
                sheet.getSheetName() + "!" + cell.getAddress());
            if (cell.getCellType() == CellType.NUMERIC) {
              numeric++;
            } else if (cell.getCellType() == CellType.STRING
                && FormulaGuard.looksLikeFormula(cell.getStringCellValue())) {
              assertTrue(cell.getCellStyle().getQuotePrefixed(),
                  sheet.getSheetName() + "!" + cell.getAddress() + " is marked as text");
              quoted++;
            }
          }
        }
      }
    }
    assertTrue(quoted >= HOSTILE.size() + 4, "quoted " + quoted);
    assertTrue(numeric > 50, "numeric cells " + numeric);
    assertEquals(plan, PlanImporter.read(file));
  }

  @Test
  void theConflictCsvIsNeutralisedToo() throws Exception {
    Plan plan = hostilePlan();
    StringWriter out = new StringWriter();
    ConflictReport.writeCsv(ConflictAnalyzer.analyze(plan), out);
    for (CSVRecord r : CSVFormat.RFC4180.parse(new java.io.StringReader(out.toString()))) {
      for (String cell : r) {
        assertFalse(FormulaGuard.looksLikeFormula(cell), cell);
      }
    }
  }

  @Test
  void guardRules() {
    for (String s : List.of("=A1", "+1", "-1", "@x", "\tx", "\rx")) {
      assertTrue(FormulaGuard.looksLikeFormula(s), s);
      assertEquals("'" + s, FormulaGuard.neutralise(s));
      assertEquals(s, FormulaGuard.restore(FormulaGuard.neutralise(s)));
    }
    assertEquals("plain", FormulaGuard.neutralise("plain"));
    assertEquals("'quoted", FormulaGuard.restore("'quoted"), "other apostrophes are kept");
    assertEquals("", FormulaGuard.neutralise(""));
  }
}

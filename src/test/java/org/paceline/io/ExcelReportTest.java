package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.PlanImporter;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;

/** The Excel export a finance colleague opens: plan tables plus two report sheets. */
class ExcelReportTest {

  @TempDir Path dir;

  @Test
  void theSampleWorkbookHasPlanTablesConflictsAndAQuarterSummary() throws Exception {
    Plan sample = SamplePlan.load();
    Path file = dir.resolve("northwind.xlsx");
    XlsxPlanWriter.write(sample, file);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertEquals(List.of("plan", "targets", "budgets", "initiatives", "programs", "Conflicts",
          "Quarter summary", "orders due"), names);

      Sheet conflicts = wb.getSheet("Conflicts");
      assertEquals(17, conflicts.getLastRowNum(), "17 conflicts under the header");
      assertEquals("rule", conflicts.getRow(0).getCell(0).getStringCellValue());
      assertEquals("LATE_START", conflicts.getRow(1).getCell(0).getStringCellValue());
      assertTrue(conflicts.getRow(1).getCell(8).getStringCellValue().contains("ROI calculator"));
      assertNotNull(conflicts.getPaneInformation(), "frozen header");
      assertTrue(conflicts.getColumnWidth(8) > 40 * 256, "the message column is wide");

      Sheet summary = wb.getSheet("Quarter summary");
      assertEquals(8, summary.getLastRowNum());
      Row q1ent = summary.getRow(1);
      assertEquals("FY2027-Q1", q1ent.getCell(0).getStringCellValue());
      assertEquals("Enterprise", q1ent.getCell(1).getStringCellValue());
      assertEquals(CellType.NUMERIC, q1ent.getCell(2).getCellType());
      assertEquals(2_400_000, q1ent.getCell(2).getNumericCellValue());
      assertEquals(0, q1ent.getCell(4).getNumericCellValue(), "no program behind it");
      assertEquals(120, q1ent.getCell(7).getNumericCellValue(), "leads gap");
      assertEquals(200_000, q1ent.getCell(9).getNumericCellValue(), "the Q1 budget");
      assertEquals(2, q1ent.getCell(10).getNumericCellValue(), "unsupported + short of leads");
      Row q2ent = summary.getRow(3);
      assertEquals(3, q2ent.getCell(3).getNumericCellValue(), "two Enterprise + the launch");
      assertTrue(q2ent.getCell(8).getNumericCellValue() > 100_000, "spend is a number");
      assertNotNull(summary.getPaneInformation());

      Row firstProgram = wb.getSheet("programs").getRow(1);
      assertTrue(DateUtil.isCellDateFormatted(firstProgram.getCell(4)), "real date cells");
      assertEquals(CellType.NUMERIC, firstProgram.getCell(9).getCellType(), "real numbers");
      assertTrue(wb.getSheet("programs").getRow(0).getCell(0).getCellStyle().getFillPattern()
          != org.apache.poi.ss.usermodel.FillPatternType.NO_FILL, "formatted header");
    }
    assertEquals(sample, PlanImporter.read(file), "the report sheets do not disturb import");
  }
}

package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.export.PlanTemplateWriter;
import org.paceline.io.imports.PlanImporter;
import org.paceline.model.Plan;

/** {@code paceline template}: a workbook to fill in that imports, untouched, as an empty plan. */
class TemplateTest {

  @TempDir Path dir;

  @Test
  void theTemplateHasEverySheetDropDownsCommentsAndImportsAsAnEmptyPlan() throws Exception {
    Path file = dir.resolve("plan-template.xlsx");
    CliTest.Run r = CliTest.run("template", "--out", file.toString());
    assertEquals(0, r.code(), r.err());
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      for (String s : List.of("plan", "targets", "budgets", "initiatives", "programs",
          "read me")) {
        assertNotNull(wb.getSheet(s), s);
      }
      XSSFSheet programs = wb.getSheet("programs");
      assertEquals("id", programs.getRow(0).getCell(0).getStringCellValue());
      assertNotNull(programs.getRow(0).getCell(2).getCellComment(), "a comment on kind");
      List<? extends DataValidation> v = programs.getDataValidations();
      assertEquals(2, v.size());
      assertTrue(List.of(v.get(0).getValidationConstraint().getExplicitListValues())
          .contains("enablement"));
      assertTrue(List.of(v.get(1).getValidationConstraint().getExplicitListValues())
          .contains("cancelled"));
      assertTrue(wb.getSheet("read me").getRow(7).getCell(0).getStringCellValue()
          .equals("targets") || wb.getSheet("read me").getLastRowNum() > 5);
    }
    Plan plan = PlanImporter.read(file);
    assertEquals(PlanTemplateWriter.PLACEHOLDER_NAME, plan.name());
    assertTrue(plan.programs().isEmpty() && plan.initiatives().isEmpty()
        && plan.targets().isEmpty() && plan.budgets().isEmpty());

    CliTest.Run again = CliTest.run("template", "--out", file.toString());
    assertEquals(2, again.code());
    assertTrue(again.err().contains("already exists"), again.err());
    assertEquals(2, CliTest.run("template", "--out", dir.resolve("t.pdf").toString()).code());
  }
}

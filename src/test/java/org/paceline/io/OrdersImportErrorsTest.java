package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.export.CsvPlanWriter;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.ImportProblem;
import org.paceline.io.imports.PlanImportException;
import org.paceline.io.imports.PlanImporter;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.LeadDuration;
import org.paceline.model.Plan;

/** The row checks of the orders and holidays tables, each with table, line and column. */
class OrdersImportErrorsTest {

  @TempDir Path dir;
  Path plan;

  @BeforeEach
  void writeSample() throws IOException {
    plan = dir.resolve("plan");
    CsvPlanWriter.write(SamplePlan.load(), plan);
  }

  void write(String file, String content) throws IOException {
    Files.writeString(plan.resolve(file), content, StandardCharsets.UTF_8);
  }

  List<ImportProblem> problems(Path path) {
    return assertThrows(PlanImportException.class, () -> PlanImporter.read(path)).problems();
  }

  static void assertHas(List<ImportProblem> problems, String source, int line, String column,
      String fragment) {
    assertTrue(problems.stream().anyMatch(p -> p.source().equals(source) && p.line() == line
            && p.column().equals(column) && p.message().contains(fragment)),
        "expected " + source + " line " + line + " column " + column + " \"" + fragment
            + "\" in\n" + String.join("\n", problems.stream().map(Object::toString).toList()));
  }

  @Test
  void goodOrdersAndHolidaysAreRead() throws Exception {
    write("orders.csv", """
        Program , ITEM,owner,lead_time,needed_before,ordered
        P-05,Booth graphics,Sales: Dana,15wd,1w,
        P-05,Giveaways,,10D,,2026-12-01

        P-03,booth graphics,,2m,0d,
        """);
    write("holidays.csv", "date,name\n2026-12-25,Christmas\n2027-01-01,\n");
    Plan p = PlanImporter.read(plan);
    assertEquals(3, p.orders().size());
    assertEquals(LeadDuration.workingDays(15), p.orders().get(0).leadTime());
    assertEquals(LeadDuration.weeks(1), p.orders().get(0).neededBefore());
    assertEquals(LeadDuration.days(0), p.orders().get(1).neededBefore(), "default 0d");
    assertEquals(2, p.holidays().size());
  }

  @Test
  void everyBadOrderRowIsReportedAndNothingIsRead() throws IOException {
    write("orders.csv", """
        program,item,owner,lead_time,needed_before,ordered
        P-05,Booth graphics,,15,,
        P-99,Venue,,6w,,
        P-05,BOOTH GRAPHICS,,6w,,
        P-05,Brochures,,6w,,2027-02-30
        P-05,Trainer,,,,
        ,Media buy,,1w,3,
        P-05,Survey panel,,2 weeks,1x,
        P-05,,,1w,,2027-13-01
        """);
    List<ImportProblem> problems = problems(plan);
    assertHas(problems, "orders.csv", 2, "lead_time", "has no unit");
    assertHas(problems, "orders.csv", 3, "program", "no program has the id \"P-99\"");
    assertHas(problems, "orders.csv", 4, "item", "already listed for program \"P-05\" on line 2");
    assertHas(problems, "orders.csv", 5, "ordered", "February 2027 has 28 days");
    assertHas(problems, "orders.csv", 6, "lead_time", "required");
    assertHas(problems, "orders.csv", 7, "program", "required");
    assertHas(problems, "orders.csv", 7, "needed_before", "has no unit");
    assertHas(problems, "orders.csv", 8, "lead_time", "not a duration");
    assertHas(problems, "orders.csv", 8, "needed_before", "not a duration");
    assertHas(problems, "orders.csv", 9, "item", "required");
    assertHas(problems, "orders.csv", 9, "ordered", "there is no month 13");
  }

  @Test
  void workingDaysAreRefusedOutsideTheOrdersTable() throws IOException {
    String programs = Files.readString(plan.resolve("programs.csv"));
    String[] lines = programs.split("\n", -1);
    // the second program row gets a working-day min_lead
    String[] cells = lines[2].split(",", -1);
    cells[7] = "10wd";
    lines[2] = String.join(",", cells);
    write("programs.csv", String.join("\n", lines));
    write("plan.csv", Files.readString(plan.resolve("plan.csv"))
        .replace("lead_window_event,3m..6m", "lead_window_event,15wd..6m"));
    List<ImportProblem> problems = problems(plan);
    assertHas(problems, "programs.csv", 3, "min_lead", "only the orders table allows");
    assertHas(problems, "plan.csv", problems.stream().filter(p -> p.source().equals("plan.csv"))
        .findFirst().orElseThrow().line(), "value", "only the orders table allows");
  }

  @Test
  void holidaysAreCheckedToo() throws IOException {
    write("holidays.csv", """
        date,name,colour
        2027-01-01,New Year,red
        """);
    assertHas(problems(plan), "holidays.csv", 1, "colour", "unknown column");
    write("holidays.csv", """
        date,name
        2027-01-01,New Year
        2027-01-01,Again
        2027-02-29,Leap
        ,Nameless
        """);
    List<ImportProblem> problems = problems(plan);
    assertHas(problems, "holidays.csv", 3, "date", "already a holiday on line 2");
    assertHas(problems, "holidays.csv", 4, "date", "February 2027 has 28 days");
    assertHas(problems, "holidays.csv", 5, "date", "required");
    assertEquals(3, problems.size(), problems.toString());
  }

  @Test
  void aWorkbookNamesTheSheetRowAndColumn() throws IOException {
    Path xlsx = dir.resolve("plan.xlsx");
    XlsxPlanWriter.write(SamplePlan.load(), xlsx);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet s = wb.createSheet("Orders");
      String[][] rows = {{"program", "item", "lead_time"}, {"P-05", "Booth", "3wd"},
          {"P-05", "booth", "3wd"}};
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      s.createRow(3).createCell(0).setCellValue("P-05");
      s.getRow(3).createCell(1).setCellValue("Venue");
      s.getRow(3).createCell(2).setCellValue(15); // a number: no unit
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
    List<ImportProblem> problems = problems(xlsx);
    assertHas(problems, "orders sheet", 3, "item", "already listed");
    assertHas(problems, "orders sheet", 4, "lead_time", "no unit");
  }
}

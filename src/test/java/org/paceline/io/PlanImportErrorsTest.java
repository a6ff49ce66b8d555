package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.paceline.model.Plan;

class PlanImportErrorsTest {

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
  void everyProblemOfEveryFileIsReportedWithTableLineAndColumn() throws IOException {
    write("initiatives.csv", """
        id,name,segment,start,end,owner
        I-1,Spring push,,2027-02-30,2027-03-31,
        I-1,Duplicate,,2027-03-01,2027-03-31,
        I-3,Backwards,,2027-05-01,2027-04-01,
        """);
    write("programs.csv", """
        id,name,kind,owner,start,end,supports,min_lead,max_lead,cost,sales_share,expected_leads,status,sales_review
        P-1,Webinar,campaign,,2027-01-04,2027-02-01,I-9,,,1000,0,10,planned,
        P-2,Booth,event,,2027-01-04,2027-02-01,I-3,14m,12m,1000,0,10,planned,
        P-3,Ads,campaign,,2027-01-04,2027-02-01,,,,-5,0,10,planned,
        P-4,Mail,mail,,2027-01-04,2027-02-01,,,,"12,500",0,ten,someday,
        """);
    write("targets.csv", """
        quarter,segment,revenue,qualified_leads,colour
        FY2027-Q1,,100,,red
        """);
    List<ImportProblem> p = problems(plan);
    assertHas(p, "initiatives.csv", 2, "start", "February 2027 has 28 days");
    assertHas(p, "initiatives.csv", 3, "id", "already used on line 2");
    assertHas(p, "initiatives.csv", 4, "end", "before it starts");
    assertHas(p, "programs.csv", 2, "supports", "no initiative has the id \"I-9\"");
    assertHas(p, "programs.csv", 3, "min_lead", "expected min_lead ≤ max_lead");
    assertHas(p, "programs.csv", 4, "cost", "negative");
    assertHas(p, "programs.csv", 5, "kind", "unknown kind \"mail\"");
    assertHas(p, "programs.csv", 5, "cost", "without currency sign or thousands separator");
    assertHas(p, "programs.csv", 5, "expected_leads", "not a whole number");
    assertHas(p, "programs.csv", 5, "status", "unknown status");
    assertHas(p, "targets.csv", 1, "colour", "unknown column \"colour\"");
  }

  @Test
  void lineNumbersCountLinesInsideQuotedValues() throws IOException {
    write("initiatives.csv", "id,name,segment,start,end,owner\r\n"
        + "I-1,\"Two\nline name\",,2027-01-01,2027-01-31,\r\n"
        + "\r\n"
        + "I-2,Bad,,2027-13-01,2027-01-31,\r\n");
    write("programs.csv", "id,name,kind,start,end\n");
    assertHas(problems(plan), "initiatives.csv", 5, "start", "there is no month 13");
  }

  @Test
  void semicolonSeparatedFilesWithByteOrderMarkAreRead() throws Exception {
    write("budgets.csv", "\uFEFFQuarter ; Marketing_Budget\nFY2027-Q1;200000\n");
    Plan p = PlanImporter.read(plan);
    assertEquals(1, p.budgets().size());
  }

  @Test
  void aMissingFileAndAMissingPathAreNamed() throws IOException {
    Files.delete(plan.resolve("budgets.csv"));
    assertHas(problems(plan), "budgets.csv", 0, "", "missing");
    assertHas(problems(dir.resolve("nowhere")), dir.resolve("nowhere").toString(), 0, "",
        "no file or folder");
  }

  @Test
  void textThatIsNotUtf8IsRefusedWithItsLine() throws IOException {
    byte[] latin1 = "id,name,segment,start,end,owner\nI-1,Caf\u00e9,,2027-01-01,2027-01-31,\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(plan.resolve("initiatives.csv"), latin1);
    assertHas(problems(plan), "initiatives.csv", 2, "", "not UTF-8");
  }

  @Test
  void workbookProblemsNameTheSheetRowAndColumn() throws Exception {
    Path xlsx = dir.resolve("plan.xlsx");
    XlsxPlanWriter.write(SamplePlan.load(), xlsx);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      wb.getSheet("programs").getRow(3).getCell(4).setCellValue("2027-02-30");
      wb.getSheet("programs").getRow(4).getCell(9).setCellValue(-10);
      wb.getSheet("initiatives").getRow(1).getCell(3).setCellValue(LocalDate.of(2027, 1, 11));
      wb.removeSheetAt(wb.getSheetIndex("budgets"));
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
    List<ImportProblem> p = problems(xlsx);
    assertHas(p, "plan.xlsx", 0, "", "no sheet named \"budgets\"");
    assertHas(p, "programs sheet", 4, "start", "February 2027 has 28 days");
    assertHas(p, "programs sheet", 5, "cost", "negative");

    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("plan");
      try (OutputStream out = Files.newOutputStream(dir.resolve("empty.xlsx"))) {
        wb.write(out);
      }
    }
    assertTrue(problems(dir.resolve("empty.xlsx")).size() >= 4);
  }

  @Test
  void workbookCellValuesAreChecked() throws Exception {
    Path xlsx = dir.resolve("plan.xlsx");
    XlsxPlanWriter.write(SamplePlan.load(), xlsx);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      wb.getSheet("programs").getRow(3).getCell(4).setCellValue("2027-02-30");
      wb.getSheet("programs").getRow(4).getCell(9).setCellValue(-10);
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
    List<ImportProblem> p = problems(xlsx);
    assertHas(p, "programs sheet", 4, "start", "February 2027 has 28 days");
    assertHas(p, "programs sheet", 5, "cost", "negative");
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() throws IOException {
    Path fake = dir.resolve("plan.xlsx");
    Files.writeString(fake, "this is not a workbook");
    assertHas(problems(fake), "plan.xlsx", 0, "", "not an Excel workbook");
  }
}

package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.ImportProblem;
import org.paceline.io.imports.PlanImportException;
import org.paceline.io.imports.PlanImporter;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * The streaming workbook reader: formulas saved without a result, protected and old workbooks,
 * and the row limit.
 */
public class WorkbookReadingTest {

  @TempDir Path dir;

  /** The sample plan as a workbook, with {@code edit} applied to its programs sheet. */
  Path sampleWith(String name, java.util.function.Consumer<XSSFWorkbook> edit) throws Exception {
    Path file = dir.resolve(name);
    XlsxPlanWriter.write(SamplePlan.load(), file);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      edit.accept(wb);
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  /** A new cell in place of the old one, keeping its style: no value is cached in it. */
  static Cell fresh(Row row, int column) {
    var style = row.getCell(column).getCellStyle();
    row.removeCell(row.getCell(column));
    Cell c = row.createCell(column);
    c.setCellStyle(style);
    return c;
  }

  static int column(Sheet sheet, String name) {
    for (Cell c : sheet.getRow(0)) {
      if (c.getStringCellValue().equals(name)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + name);
  }

  static List<ImportProblem> problems(Path file) {
    return assertThrows(PlanImportException.class, () -> PlanImporter.read(file)).problems();
  }

  @Test
  void aFormulaSavedWithoutItsResultIsEvaluatedWhenThatIsSafe() throws Exception {
    Path file = sampleWith("formulas.xlsx", wb -> {
      Sheet s = wb.getSheet("programs");
      Row row = s.getRow(3);
      fresh(row, column(s, "end")).setCellFormula("DATE(2027,5,1)+" + 3);
      fresh(row, column(s, "cost")).setCellFormula("1000*25.5");
    });
    String xml = sheetXml(file, "programs");
    assertTrue(xml.contains("<f>1000*25.5</f></c>"), "the formula has no saved result");
    Plan plan = PlanImporter.read(file);
    Program p = plan.programs().get(2);
    assertEquals(LocalDate.of(2027, 5, 4), p.end());
    assertEquals(0, new BigDecimal("25500").compareTo(p.cost()));
  }

  @Test
  void aFormulaWhoseResultDependsOnTheDayIsRefusedNamingSheetCellAndFormula() throws Exception {
    Path file = sampleWith("today.xlsx", wb -> {
      Sheet s = wb.getSheet("programs");
      fresh(s.getRow(4), column(s, "end")).setCellFormula("TODAY()+30");
    });
    ImportProblem p = problems(file).get(0);
    assertEquals("programs sheet", p.source());
    assertEquals(5, p.line());
    assertTrue(p.message().contains("cell F5 has a formula with no saved result (=TODAY()+30);"
        + " open and save the file in a spreadsheet program, or type the value"), p.message());
  }

  @Test
  void aFormulaWithASavedResultIsReadAsThatResult() throws Exception {
    Path file = sampleWith("saved.xlsx", wb -> {
      Sheet s = wb.getSheet("programs");
      s.getRow(4).getCell(column(s, "cost")).setCellFormula("NOW()*0+123456");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    });
    assertEquals(0, new BigDecimal("123456").compareTo(
        PlanImporter.read(file).programs().get(3).cost()));
  }

  @Test
  void anOldXlsWorkbookGetsItsOwnMessageAlsoWhenNamedXlsx() throws Exception {
    for (String name : List.of("old.xls", "old-renamed.xlsx")) {
      Path file = dir.resolve(name);
      try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
        wb.createSheet("programs").createRow(0).createCell(0).setCellValue("id");
        wb.write(out);
      }
      ImportProblem p = problems(file).get(0);
      assertEquals(name, p.source());
      assertTrue(p.message().contains("old Excel 97-2003 workbook (.xls)")
          && p.message().contains("save it as .xlsx without a password"), p.message());
    }
  }

  @Test
  void aPasswordProtectedWorkbookGetsItsOwnMessage() throws Exception {
    Path plain = dir.resolve("plain.xlsx");
    XlsxPlanWriter.write(SamplePlan.load(), plain);
    Path file = dir.resolve("secret.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("s3cret");
      try (OutputStream os = enc.getDataStream(fs)) {
        Files.copy(plain, os);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    ImportProblem p = problems(file).get(0);
    assertTrue(p.message().contains("protected with a password")
        && p.message().contains("save it as .xlsx without a password"), p.message());
  }

  @Test
  void aSheetPastTheRowLimitIsRefusedNamingTheSheetAndRow() throws Exception {
    Path file = dir.resolve("long.xlsx");
    writePlanWithPrograms(file, 100_001);
    List<ImportProblem> problems = problems(file);
    ImportProblem p = problems.stream().filter(x -> x.source().equals("programs sheet"))
        .findFirst().orElseThrow();
    assertEquals(100_002, p.line());
    assertTrue(p.message().contains("more than 100,000 rows"), p.message());
  }

  @Test
  void aLongSheetUnderTheLimitIsRead() throws Exception {
    Path file = dir.resolve("full.xlsx");
    writePlanWithPrograms(file, 20_000);
    assertEquals(20_000, PlanImporter.read(file).programs().size());
  }

  /** A plan workbook whose programs sheet holds {@code n} programs, written as a stream. */
  public static void writePlanWithPrograms(Path file, int n) throws Exception {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      var dates = wb.createCellStyle();
      dates.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      rows(wb.createSheet("plan"), List.of("key", "value"), List.of("name", "Long plan"));
      rows(wb.createSheet("targets"), List.of("quarter", "revenue"));
      rows(wb.createSheet("budgets"), List.of("quarter", "marketing_budget"));
      rows(wb.createSheet("initiatives"), List.of("id", "name", "start", "end"));
      Sheet s = wb.createSheet("programs");
      rows(s, List.of("id", "name", "kind", "owner", "start", "end", "cost", "status"));
      LocalDate base = LocalDate.of(2027, 1, 1);
      for (int i = 1; i <= n; i++) {
        Row r = s.createRow(i);
        r.createCell(0).setCellValue("P-" + i);
        r.createCell(1).setCellValue("Program number " + i + " of the long plan");
        r.createCell(2).setCellValue(i % 2 == 0 ? "event" : "campaign");
        r.createCell(3).setCellValue("Owner " + (i % 40));
        Cell start = r.createCell(4);
        start.setCellValue(base.plusDays(i % 300));
        start.setCellStyle(dates);
        Cell end = r.createCell(5);
        end.setCellValue(base.plusDays(i % 300 + 20));
        end.setCellStyle(dates);
        r.createCell(6).setCellValue(1000 + i);
        r.createCell(7).setCellValue("planned");
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.dispose();
    }
  }

  @SafeVarargs
  public static void rows(Sheet sheet, List<String>... rows) {
    for (int i = 0; i < rows.length; i++) {
      Row r = sheet.createRow(i);
      for (int c = 0; c < rows[i].size(); c++) {
        r.createCell(c).setCellValue(rows[i].get(c));
      }
    }
  }

  static String sheetXml(Path file, String sheet) throws Exception {
    try (var zip = new java.util.zip.ZipFile(file.toFile())) {
      var it = zip.entries();
      while (it.hasMoreElements()) {
        var e = it.nextElement();
        if (e.getName().startsWith("xl/worksheets/")) {
          String xml = new String(zip.getInputStream(e).readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
          if (xml.contains("<f>")) {
            return xml;
          }
        }
      }
    }
    return "";
  }
}

package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.analysis.DueOrders;
import org.paceline.analysis.OrderState;
import org.paceline.io.export.DueOrdersPdf;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.PlanImporter;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.LeadDuration;
import org.paceline.model.Order;
import org.paceline.model.Plan;

/** The "Due to order" list, as the panel, the PDF and the xlsx sheet show it. */
class DueOrdersExportTest {

  @TempDir Path dir;

  /** P-05 starts 2027-02-15, P-03 on 2027-03-01 (see the sample). */
  static Plan plan() {
    return SamplePlan.load().withOrders(List.of(
        new Order("P-05", "Booth graphics", "Sales: Dana", LeadDuration.workingDays(15), null,
            null), // O 2027-01-25
        new Order("P-05", "Giveaways", "", LeadDuration.weeks(2), null, null), // O 2027-02-01
        new Order("P-05", "Venue", "", LeadDuration.months(3), null, null), // O 2026-11-15
        new Order("P-05", "Printing", "", LeadDuration.weeks(2), null,
            LocalDate.of(2027, 1, 1)))); // ordered: never listed
  }

  @Test
  void listsOverdueAndTheNextFourteenDaysByDate() {
    Plan plan = plan();
    LocalDate start = plan.programs().stream().filter(p -> p.id().equals("P-05")).findFirst()
        .orElseThrow().start();
    assertEquals(LocalDate.of(2027, 2, 15), start);
    List<DueOrders.Row> due = DueOrders.of(plan, LocalDate.of(2027, 1, 18));
    assertEquals(List.of("Venue", "Booth graphics", "Giveaways"),
        due.stream().map(DueOrders.Row::item).toList());
    assertEquals(OrderState.OVERDUE, due.get(0).state());
    assertEquals(LocalDate.of(2027, 1, 25), due.get(1).orderBy());
    // 2027-02-01 is 14 days after 2027-01-18: still due; a day earlier it is not yet
    assertEquals(List.of("Venue", "Booth graphics"), DueOrders.of(plan, LocalDate.of(2027, 1, 17))
        .stream().map(DueOrders.Row::item).toList());
  }

  @Test
  void thePdfListsThemAsText() throws Exception {
    Path pdf = dir.resolve("due.pdf");
    assertEquals(1, DueOrdersPdf.write(plan(), LocalDate.of(2027, 1, 18), pdf));
    Path look = Path.of("target", "screenshots", "due-orders.pdf"); // to look at it
    Files.createDirectories(look.getParent());
    Files.copy(pdf, look, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Due to order: Northwind Controls FY2027"), text);
      assertTrue(text.contains("As of 2027-01-18"), text);
      assertTrue(text.indexOf("Venue") < text.indexOf("Booth graphics")
          && text.indexOf("Booth graphics") < text.indexOf("Giveaways"), text);
      assertTrue(text.contains("2027-01-25"), text);
      assertTrue(!text.contains("Printing"), text);
    }
  }

  @Test
  void theWorkbookHasAnOrdersDueSheetThatImportIgnores() throws Exception {
    Path xlsx = dir.resolve("plan.xlsx");
    Plan plan = plan();
    XlsxPlanWriter.write(plan, xlsx);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet s = wb.getSheet("orders due");
      assertEquals("Order by", s.getRow(0).getCell(0).getStringCellValue());
      // the export lists them as of its day
      List<DueOrders.Row> due = DueOrders.of(plan, LocalDate.now());
      assertEquals(due.size(), s.getLastRowNum());
      for (int k = 0; k < due.size(); k++) {
        assertTrue(DateUtil.isCellDateFormatted(s.getRow(k + 1).getCell(0)));
        assertEquals(due.get(k).item(), s.getRow(k + 1).getCell(2).getStringCellValue());
      }
    }
    assertEquals(plan, PlanImporter.read(xlsx));
  }
}

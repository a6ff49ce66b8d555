package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.export.CsvPlanWriter;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.PlanImporter;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;

/** Plans with orders and holidays survive an export and an import in both formats. */
class OrdersRoundTripTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 2027})
  void ordersAndHolidaysSurviveCsvAndXlsx(long seed) throws Exception {
    Plan plan = PlanGenerator.withOrders(PlanGenerator.generate(seed, 200, 30, 20, 2), seed, 3);
    CsvPlanWriter.write(plan, dir.resolve("csv"));
    Plan fromCsv = PlanImporter.read(dir.resolve("csv"));
    assertEquals(plan, fromCsv);
    XlsxPlanWriter.write(plan, dir.resolve("plan.xlsx"));
    Plan fromXlsx = PlanImporter.read(dir.resolve("plan.xlsx"));
    assertEquals(plan, fromXlsx);
    for (LocalDate asOf : List.of(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 3, 15))) {
      assertEquals(ConflictAnalyzer.analyze(plan, asOf), ConflictAnalyzer.analyze(fromXlsx, asOf));
    }
  }

  @Test
  void aPlanWithoutOrdersWritesNoOrdersTablesAndAnOldFolderStaysValid() throws Exception {
    Plan sample = SamplePlan.load();
    Plan with = PlanGenerator.withOrders(sample, 3, 2);
    Path csv = dir.resolve("csv");
    CsvPlanWriter.write(with, csv);
    assertTrue(Files.exists(csv.resolve("orders.csv")));
    assertTrue(Files.exists(csv.resolve("holidays.csv")));
    assertTrue(Files.readString(csv.resolve("orders.csv"))
        .startsWith("program,item,owner,lead_time,needed_before,ordered\n"));
    // the same folder exported again from a plan without them reads back as that plan
    CsvPlanWriter.write(sample, csv);
    assertFalse(Files.exists(csv.resolve("orders.csv")));
    assertFalse(Files.exists(csv.resolve("holidays.csv")));
    assertEquals(sample, PlanImporter.read(csv));

    XlsxPlanWriter.write(sample, dir.resolve("plan.xlsx"));
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("plan.xlsx")))) {
      assertEquals(-1, wb.getSheetIndex("orders"));
      assertEquals(-1, wb.getSheetIndex("holidays"));
    }
    XlsxPlanWriter.write(with, dir.resolve("with.xlsx"));
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("with.xlsx")))) {
      assertTrue(wb.getSheetIndex("orders") >= 0);
      assertTrue(wb.getSheetIndex("holidays") >= 0);
    }
  }
}

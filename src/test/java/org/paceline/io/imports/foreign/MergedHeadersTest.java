package org.paceline.io.imports.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.WorkbookReader;
import org.paceline.model.Program;

/** Merged header cells, read from {@code <mergeCell>} by the streaming reader. */
class MergedHeadersTest {

  @TempDir Path dir;

  /** Writes {@code rows} (null: an empty cell) to a workbook with the merged ranges given. */
  Path workbook(String name, List<String[]> rows, String... merges) throws Exception {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("Calendar");
      for (int r = 0; r < rows.size(); r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows.get(r).length; c++) {
          if (rows.get(r)[c] != null) {
            row.createCell(c).setCellValue(rows.get(r)[c]);
          }
        }
      }
      for (String m : merges) {
        s.addMergedRegion(CellRangeAddress.valueOf(m));
      }
      wb.write(out);
    }
    return file;
  }

  ForeignTableReader.Result read(Path file) throws Exception {
    try (WorkbookReader wb = WorkbookReader.open(file)) {
      SourceTable t = TableLoader.sheet(wb, null, new ArrayList<>());
      return ForeignTableReader.read(t, ForeignTableReader.Options.defaults(), List.of(),
          Set.of());
    }
  }

  @Test
  void theStreamingReaderReportsTheMergedRanges() throws Exception {
    Path file = workbook("m.xlsx", List.<String[]>of(new String[] {"Dates", null, "x"}),
        "A1:B1", "C1:C3");
    try (WorkbookReader wb = WorkbookReader.open(file)) {
      wb.rows("Calendar", "sheet");
      assertEquals(List.of(new WorkbookReader.Merge(1, 1, 0, 1),
          new WorkbookReader.Merge(1, 3, 2, 2)), wb.merges("Calendar"));
    }
  }

  @Test
  void aTwoRowHeaderDatesOverStartAndEnd() throws Exception {
    Path file = workbook("two-rows.xlsx", List.of(
        new String[] {"Title", "Dates", null, "Owner"},
        new String[] {null, "Start", "End", null},
        new String[] {"Spring mail", "2027-03-02", "2027-03-05", "Kim"},
        new String[] {"Partner day", "2027-03-15", "2027-03-15", "Lee"}),
        "A1:A2", "B1:C1", "D1:D2");
    ForeignTableReader.Result r = read(file);
    assertEquals(2, r.headerRow(), "the lower row, with the merged-down titles");
    assertEquals(List.of("Title", "Start", "End", "Owner"), new ArrayList<>(r.headers()
        .values()));
    Program mail = r.programs().get(0);
    assertEquals("Spring mail", mail.name());
    assertEquals(LocalDate.of(2027, 3, 2), mail.start());
    assertEquals(LocalDate.of(2027, 3, 5), mail.end());
    assertEquals("Kim", mail.owner());
    assertEquals(2, r.programs().size());
  }

  @Test
  void aHeaderMergedOverTwoColumnsBelongsToTheColumnWithValues() throws Exception {
    Path file = workbook("across.xlsx", List.of(
        new String[] {"Date", "Campaign name", null, "Type"},
        new String[] {"2027-03-02", null, "Spring mail", "Newsletter"},
        new String[] {"2027-03-15", null, "Partner day", "Event"}),
        "B1:C1");
    ForeignTableReader.Result r = read(file);
    assertEquals(List.of("Date", "Campaign name", "Type"), new ArrayList<>(r.headers()
        .values()));
    assertEquals(2, r.mapping().get(Field.NAME), "the name is read from column C");
    assertEquals("Spring mail", r.programs().get(0).name());
    assertEquals("Partner day", r.programs().get(1).name());
  }

  @Test
  void aMergedTitleRowAndSeparatorRowsAreLeftAsTheyWere() throws Exception {
    Path file = workbook("title.xlsx", List.of(
        new String[] {"Marketing calendar 2027", null, null},
        new String[] {"Date", "Title", "Type"},
        new String[] {"Week 1", null, null},
        new String[] {"2027-03-02", "Spring mail", "Newsletter"}),
        "A1:C1", "A3:C3");
    ForeignTableReader.Result r = read(file);
    assertEquals(2, r.headerRow());
    assertEquals(1, r.programs().size());
    assertEquals(List.of(1, 3), r.skipped().stream().map(ForeignTableReader.Skipped::number)
        .toList());
  }
}

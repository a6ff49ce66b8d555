package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.WorkbookReadingTest;

/**
 * Importing a workbook stays within a bounded heap (README, "Importing"): a million-row sheet is
 * refused in a child JVM with a 64 MB heap instead of running it out of memory, and a plan of
 * 20,000 programs imports in the same 64 MB.
 */
class WorkbookHeapTest {

  /** The heap bound the README promises for importing any workbook. */
  static final String HEAP = "-Xmx64m";

  @TempDir Path dir;

  record Child(int code, String err) {}

  Child importInChild(Path file) throws Exception {
    Path err = dir.resolve("child.err");
    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "import", file.toString(), "--db", dir.resolve("ws").toString())
        .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the import finished");
    return new Child(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void aMillionRowWorkbookIsRefusedWithinASmallHeap() throws Exception {
    Path file = dir.resolve("million.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true)) {
      WorkbookReadingTest.rows(wb.createSheet("plan"), List.of("key", "value"),
          List.of("name", "Huge"));
      Sheet s = wb.createSheet("programs");
      for (int i = 0; i < 1_000_000; i++) {
        Row r = s.createRow(i);
        r.createCell(0).setCellValue(i == 0 ? "id" : "P");
        r.createCell(1).setCellValue(i);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.dispose();
    }
    Child c = importInChild(file);
    assertEquals(2, c.code(), c.err());
    assertTrue(c.err().contains("programs sheet, line 100002: more than 100,000 rows"), c.err());
    assertFalse(c.err().contains("OutOfMemory"), c.err());
    assertFalse(Files.exists(dir.resolve("ws")), "nothing was stored");
  }

  @Test
  void aLargePlanImportsWithinTheSameHeap() throws Exception {
    Path file = dir.resolve("large.xlsx");
    WorkbookReadingTest.writePlanWithPrograms(file, 20_000);
    Child c = importInChild(file);
    assertEquals(0, c.code(), c.err());
  }
}

package org.paceline.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.paceline.app.Cli;
import org.paceline.io.imports.WorkbookReader;
import org.paceline.io.imports.foreign.ForeignTableReader;
import org.paceline.io.imports.foreign.SourceTable;
import org.paceline.io.imports.foreign.TableLoader;

/**
 * Importing a team's marketing calendar of 20,000 rows (a title row, the header on row 3, a
 * "Week n" separator every 10 rows, date cells, types, statuses, owners, budgets and notes) with
 * {@code paceline import FILE}: the whole command, reading and storing into a new workspace.
 * Prints the median time of 5 runs (after 1 warm-up) and the peak heap in use. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.paceline.bench.CalendarImportBenchmark}.
 */
public final class CalendarImportBenchmark {

  private CalendarImportBenchmark() {}

  static final String[] TYPES = {"Webinar", "Blog post", "Email", "Trade show", "Social",
      "Press release", "Case study", "Training"};
  static final String[] STATUSES = {"Done", "In Progress", "Not started", "Confirmed", ""};

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Path dir = Files.createTempDirectory("paceline-bench");
    Path file = dir.resolve("calendar.xlsx");
    write(file, rows);
    System.out.printf("calendar workbook: %,d rows, %,d KB%n", rows, Files.size(file) / 1024);
    double[] ms = new double[5];
    long peak = 0;
    String summary = "";
    for (int i = -1; i < ms.length; i++) {
      Path ws = dir.resolve("ws" + i);
      System.gc();
      resetPeaks();
      long t = System.nanoTime();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Cli.run(new String[] {"import", file.toString(), "--db", ws.toString()},
          new PrintWriter(out), new PrintWriter(err));
      long elapsed = System.nanoTime() - t;
      if (code != 0) {
        throw new IllegalStateException(err.toString());
      }
      summary = out.toString().lines().filter(l -> l.contains("programs imported")).findFirst()
          .orElse("");
      if (i >= 0) {
        ms[i] = elapsed / 1e6;
        peak = Math.max(peak, peakHeap());
      }
    }
    java.util.Arrays.sort(ms);
    double[] read = new double[5];
    for (int i = -1; i < read.length; i++) {
      long t = System.nanoTime();
      try (WorkbookReader wb = WorkbookReader.open(file)) {
        SourceTable table = TableLoader.sheet(wb, null, new java.util.ArrayList<>());
        ForeignTableReader.read(table, ForeignTableReader.Options.defaults(), List.of(),
            java.util.Set.of());
      }
      if (i >= 0) {
        read[i] = (System.nanoTime() - t) / 1e6;
      }
    }
    java.util.Arrays.sort(read);
    System.out.printf("reading and mapping alone (no workspace): median %.0f ms%n",
        read[read.length / 2]);
    System.out.println(summary);
    System.out.printf("import of %,d calendar rows: median %.0f ms, max %.0f ms; peak heap %d MB"
        + " (max heap %d MB)%n", rows, ms[ms.length / 2], ms[ms.length - 1], peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static void write(Path file, int n) throws Exception {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d-mmm-yy"));
      Sheet s = wb.createSheet("Calendar");
      s.createRow(0).createCell(0).setCellValue("Marketing calendar");
      Row h = s.createRow(2);
      List<String> headers = List.of("Date", "Title", "Type", "Owner", "Status", "Budget",
          "Notes");
      for (int i = 0; i < headers.size(); i++) {
        h.createCell(i).setCellValue(headers.get(i));
      }
      LocalDate day = LocalDate.of(2027, 1, 4);
      int r = 3;
      for (int i = 0; i < n; i++) {
        if (i % 10 == 0) {
          s.createRow(r++).createCell(0).setCellValue("Week " + (i / 10 + 1));
          continue;
        }
        Row row = s.createRow(r++);
        Cell c = row.createCell(0);
        c.setCellValue(day.plusDays(i % 700));
        c.setCellStyle(date);
        row.createCell(1).setCellValue("Item " + i + " " + TYPES[i % TYPES.length]);
        row.createCell(2).setCellValue(TYPES[i % TYPES.length]);
        row.createCell(3).setCellValue("Owner " + (i % 25));
        if (!STATUSES[i % STATUSES.length].isEmpty()) {
          row.createCell(4).setCellValue(STATUSES[i % STATUSES.length]);
        }
        row.createCell(5).setCellValue(500 + i % 9000);
        row.createCell(6).setCellValue("note " + (i % 50));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.dispose();
    }
  }
}

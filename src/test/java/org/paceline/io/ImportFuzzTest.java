package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.export.CsvPlanWriter;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.ImportProblem;
import org.paceline.io.imports.PlanImportException;
import org.paceline.io.imports.PlanImporter;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.storage.Workspace;

/**
 * Bad input changes nothing: thousands of mutated CSV folders and workbooks (truncated, binary
 * junk, other encodings, huge cells, impossible dates, duplicate and unknown ids, negative and
 * non-numeric amounts, formulas, missing and reordered columns) are imported as the command
 * line and the window do it: read first, stored only when the whole plan is good. Every input
 * is either stored as a plan or refused with problems that name the file; no other exception
 * escapes, none takes longer than a bound, and after a refusal the workspace file is
 * byte-for-byte what it was.
 */
class ImportFuzzTest {

  static final int CSV_INPUTS = 2_000;
  static final int XLSX_INPUTS = 400;
  static final long SECONDS_PER_INPUT = 20;

  static final String[] HOSTILE = {"2027-02-30", "2027-13-01", "27-01-01", "-100", "abc", "1e309",
      "NaN", "", "=1+1", "@SUM(A1)", "+49 30", "\"unbalanced", "9999999999999999999999999",
      "0", "-0.0001", "P-01", "I-99", "I-01", "x".repeat(200_000), "Ünïcödé ✓", "\t", "1,5",
      "2027-02-29", "null", "true", "..", "3m..2m", "-2w", "idea", "cancelled", "💥"};

  @TempDir static Path dir;
  static ExecutorService pool;
  static Map<String, byte[]> sampleCsv = new HashMap<>();
  static byte[] sampleXlsx;

  @BeforeAll
  static void seeds() throws Exception {
    pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz");
      t.setDaemon(true);
      return t;
    });
    Plan sample = SamplePlan.load();
    CsvPlanWriter.write(sample, dir.resolve("seed-csv"));
    for (String table : PlanImporter.TABLES) {
      sampleCsv.put(table, Files.readAllBytes(dir.resolve("seed-csv").resolve(table + ".csv")));
    }
    XlsxPlanWriter.write(sample, dir.resolve("seed.xlsx"));
    sampleXlsx = Files.readAllBytes(dir.resolve("seed.xlsx"));
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  record Tally(int stored, int refused) {}

  @Test
  void mutatedCsvFoldersAreStoredOrRefusedAndChangeNothingWhenRefused() throws Exception {
    Random r = new Random(20271);
    Path ws = dir.resolve("ws-csv");
    Workspace.open(ws).close();
    int stored = 0;
    int refused = 0;
    for (int i = 0; i < CSV_INPUTS; i++) {
      Path folder = dir.resolve("csv-" + i);
      Files.createDirectories(folder);
      String mutated = PlanImporter.TABLES.get(r.nextInt(PlanImporter.TABLES.size()));
      String how = null;
      for (String table : PlanImporter.TABLES) {
        byte[] content = sampleCsv.get(table);
        if (table.equals(mutated)) {
          int kind = r.nextInt(12);
          how = table + ".csv: mutation " + kind;
          if (kind == 11) {
            continue; // the table is missing
          }
          content = mutateCsv(content, kind, r);
        }
        Files.write(folder.resolve(table + ".csv"), content);
      }
      if (importOnce(folder, ws, how)) {
        stored++;
      } else {
        refused++;
      }
      deleteTree(folder);
    }
    System.out.printf("import fuzz, CSV: %d inputs, %d stored, %d refused%n", CSV_INPUTS, stored,
        refused);
    assertEquals(CSV_INPUTS, stored + refused);
    assertTrue(refused > CSV_INPUTS / 2, "most mutations are refused: " + refused);
    assertTrue(stored > 0, "harmless mutations are still imported");
  }

  @Test
  void mutatedWorkbooksAreStoredOrRefusedAndChangeNothingWhenRefused() throws Exception {
    Random r = new Random(4711);
    Path ws = dir.resolve("ws-xlsx");
    Workspace.open(ws).close();
    int stored = 0;
    int refused = 0;
    for (int i = 0; i < XLSX_INPUTS; i++) {
      Path file = dir.resolve("fuzz-" + i + ".xlsx");
      int kind = r.nextInt(8);
      Files.write(file, mutateXlsx(kind, r));
      if (importOnce(file, ws, "workbook mutation " + kind)) {
        stored++;
      } else {
        refused++;
      }
      Files.delete(file);
    }
    System.out.printf("import fuzz, XLSX: %d inputs, %d stored, %d refused%n", XLSX_INPUTS,
        stored, refused);
    assertTrue(refused > XLSX_INPUTS / 2, "most mutations are refused: " + refused);
  }

  @Test
  void aMillionRowFileIsRefusedQuicklyWithoutFillingMemory() throws Exception {
    Path folder = dir.resolve("million");
    Files.createDirectories(folder);
    for (String table : PlanImporter.TABLES) {
      Files.write(folder.resolve(table + ".csv"), sampleCsv.get(table));
    }
    String csv = new String(sampleCsv.get("programs"), StandardCharsets.UTF_8);
    String header = csv.substring(0, csv.indexOf('\n') + 1);
    String row = csv.lines().skip(1).findFirst().orElseThrow() + "\n";
    try (var out = Files.newBufferedWriter(folder.resolve("programs.csv"))) {
      out.write(header);
      for (int i = 0; i < 1_000_000 && (long) i * row.length() < 60_000_000L; i++) {
        out.write(row);
      }
    }
    Path ws = dir.resolve("ws-million");
    Workspace.open(ws).close();
    long start = System.nanoTime();
    assertFalse(importOnce(folder, ws, "a huge programs.csv"));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("import fuzz: a %d MB programs.csv refused in %.1f s%n",
        Files.size(folder.resolve("programs.csv")) / 1_000_000, seconds);
  }

  /**
   * Imports one input as the application does. True when it was stored; false when refused,
   * after checking the refusal names the file and left the workspace file untouched.
   */
  private boolean importOnce(Path input, Path ws, String how) throws Exception {
    byte[] before = digest(ws.resolve("paceline.mv.db"));
    Future<Plan> reading = pool.submit(() -> PlanImporter.read(input));
    Plan plan;
    try {
      plan = reading.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      reading.cancel(true);
      fail("no answer within " + SECONDS_PER_INPUT + " s: " + how);
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      if (!(e.getCause() instanceof PlanImportException refusal)) {
        throw new AssertionError("an exception escaped for " + how, e.getCause());
      }
      List<ImportProblem> problems = refusal.problems();
      assertFalse(problems.isEmpty(), how);
      for (ImportProblem p : problems) {
        assertFalse(p.message().isBlank(), how + ": " + p);
        String name = input.getFileName().toString();
        assertTrue(p.source().endsWith(".csv") || p.source().contains(name)
            || p.source().endsWith(" sheet"), how + ": the problem names its file or sheet: " + p);
      }
      assertArrayEquals(before, digest(ws.resolve("paceline.mv.db")),
          "the workspace is unchanged after " + how);
      return false;
    }
    try (Workspace w = Workspace.open(ws)) {
      long id = w.plans().insert(plan.withName(w.plans().uniqueName(plan.name())));
      assertEquals(plan.programs().size(), w.plans().load(id).programs().size(), how);
    }
    return true;
  }

  static byte[] mutateCsv(byte[] content, int kind, Random r) {
    String text = new String(content, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    switch (kind) {
      case 0 -> { // truncated
        return Arrays.copyOf(content, r.nextInt(content.length + 1));
      }
      case 1 -> { // binary junk spliced in
        byte[] junk = new byte[1 + r.nextInt(64)];
        r.nextBytes(junk);
        int at = r.nextInt(content.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(content, 0, at);
        out.writeBytes(junk);
        out.write(content, at, content.length - at);
        return out.toByteArray();
      }
      case 2, 3, 4 -> { // one or more fields replaced by hostile values
        for (int n = 0; n <= kind - 2; n++) {
          int li = 1 + r.nextInt(Math.max(1, lines.size() - 2));
          if (li < lines.size()) {
            String[] fields = lines.get(li).split(",", -1);
            fields[r.nextInt(fields.length)] = quote(HOSTILE[r.nextInt(HOSTILE.length)]);
            lines.set(li, String.join(",", fields));
          }
        }
      }
      case 5 -> { // a row twice (duplicate ids)
        int li = 1 + r.nextInt(Math.max(1, lines.size() - 2));
        lines.add(li, lines.get(Math.min(li, lines.size() - 1)));
      }
      case 6 -> lines.remove(r.nextInt(lines.size())); // a line gone, maybe the header
      case 7 -> { // two header columns swapped or renamed
        String[] h = lines.get(0).split(",", -1);
        int a = r.nextInt(h.length);
        int b = r.nextInt(h.length);
        String t = h[a];
        h[a] = r.nextBoolean() ? h[b] : "colour";
        h[b] = t;
        lines.set(0, String.join(",", h));
      }
      case 8 -> { // another encoding, with a non-ASCII name in it
        String s = text.replaceFirst("\n([^,\n]*),", "\n$1Ü,");
        return s.getBytes(r.nextBoolean() ? StandardCharsets.UTF_16LE
            : StandardCharsets.ISO_8859_1);
      }
      case 9 -> { // semicolons, or a ragged line with too many values
        if (r.nextBoolean()) {
          return text.replace(',', ';').getBytes(StandardCharsets.UTF_8);
        }
        int li = 1 + r.nextInt(Math.max(1, lines.size() - 2));
        lines.set(li, lines.get(Math.min(li, lines.size() - 1)) + ",extra,values");
      }
      default -> { // empty, or NUL bytes
        return r.nextBoolean() ? new byte[0] : new byte[] {'a', 0, 'b', '\n'};
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static String quote(String v) {
    return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  static byte[] mutateXlsx(int kind, Random r) throws Exception {
    switch (kind) {
      case 0 -> {
        return Arrays.copyOf(sampleXlsx, r.nextInt(sampleXlsx.length));
      }
      case 1 -> {
        byte[] b = sampleXlsx.clone();
        for (int n = 0; n < 1 + r.nextInt(20); n++) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
      }
      case 2 -> {
        byte[] b = new byte[r.nextInt(5000)];
        r.nextBytes(b);
        return b;
      }
      default -> {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sampleXlsx))) {
          Sheet sheet = wb.getSheetAt(r.nextInt(5));
          switch (kind) {
            case 3, 4 -> {
              Row row = sheet.getRow(1 + r.nextInt(Math.max(1, sheet.getLastRowNum())));
              if (row != null) {
                Cell cell = row.createCell(r.nextInt(Math.max(1, row.getLastCellNum())));
                switch (r.nextInt(4)) {
                  case 0 -> cell.setCellValue(HOSTILE[r.nextInt(HOSTILE.length)]);
                  case 1 -> cell.setCellValue(-r.nextInt(100_000));
                  case 2 -> cell.setCellFormula(r.nextBoolean() ? "1/0" : "SUM(A1:A3)");
                  default -> cell.setCellValue(r.nextBoolean());
                }
              }
            }
            case 5 -> wb.removeSheetAt(r.nextInt(5));
            case 6 -> {
              Row from = sheet.getRow(Math.min(1, sheet.getLastRowNum()));
              Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
              if (from != null) {
                for (Cell c : from) {
                  copy.createCell(c.getColumnIndex()).setCellValue(c.toString());
                }
              }
            }
            default -> sheet.getRow(0).createCell(r.nextInt(20)).setCellValue("colour");
          }
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          wb.write(out);
          return out.toByteArray();
        }
      }
    }
  }

  private static byte[] digest(Path file) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
  }

  private static void deleteTree(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(folder);
  }
}

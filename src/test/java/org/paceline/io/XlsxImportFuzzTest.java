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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
 * Bad workbooks change nothing: mutated {@code .xlsx} files, changed inside the zip, where a
 * spreadsheet library's own writer could not go — cell values and cell types rewritten in the
 * sheet XML, shared-string indexes out of range, sheets renamed, entries dropped, truncated or
 * filled with junk, huge shared strings, entity tricks and a zip bomb — are imported through
 * {@link PlanImporter} as the command line and the window do. Each is stored as a plan or
 * refused with problems that name the file or sheet; no other exception escapes, none takes
 * longer than a bound, and after a refusal the workspace file is byte-for-byte unchanged. The
 * seeds are the app's own (streamed, inline-string) export and a workbook with a shared-string
 * table as Excel writes it. Its run time is kept modest for CI (see the printed figures).
 */
class XlsxImportFuzzTest {

  static final int INPUTS = 180;
  static final long SECONDS_PER_INPUT = 20;
  /**
   * Shared strings in the "very many" mutation. Kept small for CI: the whole-workbook reader of
   * round 1 took 3-10 s for 100,000 here and over 20 s for 600,000.
   */
  static final int MANY_SHARED_STRINGS = 20_000;

  static final String[] HOSTILE = {"2027-02-30", "-100", "abc", "1e309", "NaN", "", "=1+1",
      "@SUM(A1)", "9999999999999999999999999", "-0.0001", "I-99", "x".repeat(100_000),
      "Ünïcödé ✓", "\u001b[2J", "3m..2m", "idea", "&lt;b&gt;", "&amp;", "💥", " ", "0x10",
      "46146.5", "-1", "2958466", "1.7976931348623157E309"};
  static final String[] TYPES = {"s", "n", "b", "e", "str", "inlineStr", "d", "bogus", ""};
  static final String[] SHEET_NAMES = {"Programs ", "progr", "", "plan", "programs\u0001",
      "p".repeat(300), "budgets", "' programs'", "&lt;programs&gt;"};

  /** Class names, exceptions and parser jargon that a message for people must not show. */
  static final Pattern INTERNALS = Pattern.compile(
      "(org\\.|java\\.|Exception|\\bSQL|jdbc:|\\bat [a-z]+\\.|\\tat )");

  @TempDir static Path dir;
  static int internals;
  static ExecutorService pool;
  static List<Map<String, byte[]>> seeds = new ArrayList<>();

  @BeforeAll
  static void seeds() throws Exception {
    pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "xlsx-fuzz");
      t.setDaemon(true);
      return t;
    });
    Plan sample = SamplePlan.load();
    Path exported = dir.resolve("seed-export.xlsx");
    XlsxPlanWriter.write(sample, exported);
    seeds.add(unzip(Files.readAllBytes(exported)));
    seeds.add(unzip(sharedStringWorkbook(sample)));
    for (Map<String, byte[]> seed : seeds) {
      Path check = dir.resolve("seed-check.xlsx");
      Files.write(check, zip(seed));
      assertEquals(sample, PlanImporter.read(check), "the seed itself imports");
    }
  }

  /** The plan's five tables typed into a workbook the way Excel stores text: shared strings. */
  static byte[] sharedStringWorkbook(Plan plan) throws Exception {
    Path csv = dir.resolve("seed-csv");
    CsvPlanWriter.write(plan, csv);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (String table : PlanImporter.TABLES) {
        var sheet = wb.createSheet(table);
        int r = 0;
        for (CSVRecord rec : CSVFormat.RFC4180.parse(
            Files.newBufferedReader(csv.resolve(table + ".csv")))) {
          var row = sheet.createRow(r++);
          for (int c = 0; c < rec.size(); c++) {
            String v = rec.get(c);
            if (v.isEmpty()) {
              continue;
            }
            if (r > 1 && v.matches("\\d{1,9}(\\.\\d+)?") && !table.equals("plan")) {
              row.createCell(c).setCellValue(Double.parseDouble(v));
            } else {
              row.createCell(c).setCellValue(v);
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @Test
  void mutatedWorkbooksAreStoredOrRefusedAndChangeNothingWhenRefused() throws Exception {
    Random r = new Random(20_271_202);
    Path ws = dir.resolve("ws");
    Workspace.open(ws).close();
    int stored = 0;
    int refused = 0;
    Map<Integer, int[]> byKind = new LinkedHashMap<>();
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    double slowest = 0;
    int slowestKind = -1;
    for (int i = 0; i < INPUTS; i++) {
      Map<String, byte[]> seed = seeds.get(i % seeds.size());
      int kind = r.nextInt(12);
      Path file = dir.resolve("fuzz-" + i + ".xlsx");
      Files.write(file, mutate(seed, kind, r));
      long t = System.nanoTime();
      boolean ok = importOnce(file, ws, "mutation " + kind + " of seed " + (i % seeds.size())
          + " (input " + i + ")");
      double seconds = (System.nanoTime() - t) / 1e9;
      if (seconds > slowest) {
        slowest = seconds;
        slowestKind = kind;
      }
      byKind.computeIfAbsent(kind, k -> new int[2])[ok ? 0 : 1]++;
      if (ok) {
        stored++;
      } else {
        refused++;
      }
      Files.delete(file);
    }
    System.out.printf("xlsx import fuzz: %d inputs in %.1f s, %.1f s of CPU (slowest %.1f s,"
        + " mutation %d), %d"
        + " stored, %d refused; by mutation (stored/refused): %s; %d file-level messages quote"
        + " a parser exception%n", INPUTS, (System.nanoTime() - start) / 1e9,
        (processCpuNanos() - cpuStart) / 1e9, slowest,
        slowestKind, stored, refused, describe(byKind), internals);
    assertEquals(INPUTS, stored + refused);
    assertTrue(refused > INPUTS / 2, "most mutations are refused: " + refused);
    assertTrue(stored > 0, "harmless mutations are still imported");
  }

  private static String describe(Map<Integer, int[]> byKind) {
    StringBuilder sb = new StringBuilder();
    byKind.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb
        .append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(": ")
        .append(e.getValue()[0]).append('/').append(e.getValue()[1]));
    return sb.toString();
  }

  /** Imports one input; true when stored, false when refused (after checking the refusal). */
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
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof PlanImportException refusal)) {
        throw new AssertionError("an exception escaped for " + how, e.getCause());
      }
      List<ImportProblem> problems = refusal.problems();
      assertFalse(problems.isEmpty(), how);
      String name = input.getFileName().toString();
      for (ImportProblem p : problems) {
        assertFalse(p.message().isBlank(), how + ": " + p);
        assertTrue(p.source().contains(name) || p.source().endsWith(" sheet"),
            how + ": the problem names its file or sheet: " + p);
        assertTrue(p.toString().length() < 2_000, () -> how + ": a short message: "
            + p.toString().substring(0, 200));
        if (INTERNALS.matcher(p.message()).find()) {
          // A sheet's problems (its cells and columns) never show internals; the whole file's
          // "damaged" message of the round-1 reader still quotes the parser's exception.
          assertFalse(p.source().endsWith(" sheet"), how + ": no internals in " + p);
          internals++;
        }
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

  // ------------------------------------------------------------------ mutations

  static final Pattern CELL = Pattern.compile("<c r=\"[A-Z]+\\d+\"[^>]*?(/>|>.*?</c>)");
  static final Pattern TYPE = Pattern.compile("<c (r=\"[A-Z]+\\d+\")([^>]*?)( t=\"[^\"]*\")?([^>]*)>");

  static byte[] mutate(Map<String, byte[]> seed, int kind, Random r) throws Exception {
    Map<String, byte[]> z = new LinkedHashMap<>(seed);
    String sheet = "xl/worksheets/sheet" + (1 + r.nextInt(5)) + ".xml";
    switch (kind) {
      case 0, 1 -> { // a cell's value replaced, the cell kept as it is (number, string, date)
        String xml = text(z, sheet);
        List<int[]> cells = find(CELL, xml);
        if (!cells.isEmpty()) {
          int[] c = cells.get(r.nextInt(cells.size()));
          String cell = xml.substring(c[0], c[1]);
          String value = escape(HOSTILE[r.nextInt(HOSTILE.length)]);
          String changed = cell.contains("<v>")
              ? cell.replaceFirst("<v>[^<]*</v>", Matcher.quoteReplacement("<v>" + value + "</v>"))
              : cell.replaceFirst("<t>[^<]*</t>", Matcher.quoteReplacement("<t>" + value + "</t>"));
          z.put(sheet, bytes(xml.substring(0, c[0]) + changed + xml.substring(c[1])));
        }
      }
      case 2 -> { // a cell's type changed (a number read as a shared string, text as an error…)
        String xml = text(z, sheet);
        Matcher m = TYPE.matcher(xml);
        List<int[]> at = new ArrayList<>();
        while (m.find()) {
          at.add(new int[] {m.start(), m.end()});
        }
        for (int n = 0; n < 1 + r.nextInt(3) && !at.isEmpty(); n++) {
          int[] c = at.get(r.nextInt(at.size()));
          String tag = xml.substring(c[0], c[1]);
          String t = TYPES[r.nextInt(TYPES.length)];
          String retyped = tag.replaceFirst(" t=\"[^\"]*\"", "").replaceFirst(">$",
              t.isEmpty() ? ">" : " t=\"" + t + "\">");
          xml = xml.substring(0, c[0]) + retyped + xml.substring(c[1]);
          at = find(TYPE, xml);
        }
        z.put(sheet, bytes(xml));
      }
      case 3 -> { // a shared-string index out of range, negative or not a number
        String xml = text(z, sheet);
        String bad = List.of("999999", "-1", "2147483648", "x", "").get(r.nextInt(5));
        xml = xml.replaceFirst("<c (r=\"[A-Z]+[2-9]\")[^>]*>(<v>[^<]*</v>|<is>.*?</is>)</c>",
            "<c $1 t=\"s\"><v>" + bad + "</v></c>");
        z.put(sheet, bytes(xml));
      }
      case 4 -> { // a sheet renamed in the workbook part
        String xml = text(z, "xl/workbook.xml");
        String from = PlanImporter.TABLES.get(r.nextInt(PlanImporter.TABLES.size()));
        String to = SHEET_NAMES[r.nextInt(SHEET_NAMES.length)];
        z.put("xl/workbook.xml", bytes(xml.replaceFirst("name=\"" + from + "\"",
            Matcher.quoteReplacement("name=\"" + escape(to) + "\""))));
      }
      case 5 -> { // an entry missing
        List<String> names = new ArrayList<>(z.keySet());
        z.remove(names.get(r.nextInt(names.size())));
      }
      case 6 -> { // an entry truncated or overwritten with junk
        List<String> names = new ArrayList<>(z.keySet());
        String name = names.get(r.nextInt(names.size()));
        byte[] b = z.get(name);
        if (r.nextBoolean()) {
          z.put(name, java.util.Arrays.copyOf(b, r.nextInt(Math.max(1, b.length))));
        } else {
          byte[] junk = new byte[1 + r.nextInt(4096)];
          r.nextBytes(junk);
          z.put(name, junk);
        }
      }
      case 7 -> { // huge shared strings: one string of millions of characters, or very many
        boolean big = r.nextBoolean();
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
            + (r.nextBoolean() ? "2147483647" : "1") + "\">");
        String shared = new String(z.getOrDefault("xl/sharedStrings.xml", new byte[0]),
            StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<si>.*?</si>").matcher(shared);
        int existing = 0;
        while (m.find()) {
          sst.append(m.group());
          existing++;
        }
        if (big) {
          // 3 million characters: random letters (read as they are), or one letter repeated,
          // which compresses like a zip bomb
          sst.append("<si><t>");
          if (r.nextBoolean()) {
            for (int n = 0; n < 3_000_000; n++) {
              sst.append((char) ('a' + r.nextInt(26)));
            }
          } else {
            sst.append("y".repeat(3_000_000));
          }
          sst.append("</t></si>");
        } else {
          for (int n = 0; n < MANY_SHARED_STRINGS; n++) {
            sst.append("<si><t>s").append(n).append("</t></si>");
          }
        }
        z.put("xl/sharedStrings.xml", bytes(sst.append("</sst>").toString()));
        if (!shared.isEmpty() && r.nextBoolean()) {
          // point a program's name at the huge string
          String xml = text(z, "xl/worksheets/sheet5.xml");
          z.put("xl/worksheets/sheet5.xml", bytes(xml.replaceFirst(
              "<c r=\"B2\"[^>]*>.*?</c>", "<c r=\"B2\" t=\"s\"><v>" + existing + "</v></c>")));
        }
      }
      case 8 -> { // entity tricks: an external entity (XXE) or nested entities in a sheet
        String xml = text(z, sheet);
        String doctype = r.nextBoolean()
            ? "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            : "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;"
                + "&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>";
        String ref = doctype.contains("SYSTEM") ? "&x;" : "&e;";
        xml = xml.replaceFirst("\\?>", Matcher.quoteReplacement("?>" + doctype))
            .replaceFirst("<t>[^<]*</t>", Matcher.quoteReplacement("<t>" + ref + "</t>"));
        z.put(sheet, bytes(xml));
      }
      case 9 -> { // cell and row references that are out of order, out of range or not references
        String xml = text(z, sheet);
        String ref = List.of("XFD1048576", "A0", "ZZZZ9", "B", "A99999999", "1A").get(
            r.nextInt(6));
        xml = r.nextBoolean() ? xml.replaceFirst("<c r=\"[A-Z]+[2-9]\"", "<c r=\"" + ref + "\"")
            : xml.replaceFirst("<row r=\"2\"", "<row r=\"" + List.of("0", "-5", "1048577",
                "2147483648", "1").get(r.nextInt(5)) + "\"");
        z.put(sheet, bytes(xml));
      }
      case 10 -> { // a zip bomb: a sheet of 32 MB of blanks that compresses to almost nothing
        String xml = text(z, sheet);
        String padding = " ".repeat(1 << 20);
        ByteArrayOutputStream huge = new ByteArrayOutputStream();
        int cut = xml.indexOf("<sheetData>");
        huge.writeBytes(bytes(xml.substring(0, Math.max(0, cut))));
        for (int n = 0; n < 32; n++) {
          huge.writeBytes(bytes(padding));
        }
        huge.writeBytes(bytes(xml.substring(Math.max(0, cut))));
        z.put(sheet, huge.toByteArray());
      }
      default -> { // a style index out of range, or a text cell styled as a date
        String xml = text(z, sheet);
        xml = r.nextBoolean() ? xml.replaceFirst(" s=\"\\d+\"", " s=\"9999\"")
            : xml.replaceFirst("<c (r=\"[A-Z]+[2-9]\")( s=\"\\d+\")?", "<c $1 s=\"4\"");
        z.put(sheet, bytes(xml));
      }
    }
    return zip(z);
  }

  private static List<int[]> find(Pattern p, String xml) {
    List<int[]> at = new ArrayList<>();
    Matcher m = p.matcher(xml);
    while (m.find()) {
      at.add(new int[] {m.start(), m.end()});
    }
    return at;
  }

  private static String escape(String v) {
    return v.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;")
        .replace("&amp;lt;", "&lt;").replace("&amp;gt;", "&gt;").replace("&amp;amp;", "&amp;");
  }

  private static String text(Map<String, byte[]> z, String entry) {
    byte[] b = z.get(entry);
    return b == null ? "" : new String(b, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Map<String, byte[]> unzip(byte[] xlsx) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    // java.util.zip's stream reader rejects the sizes POI's streaming writer puts in local
    // headers; commons-compress (which POI itself uses) reads them.
    try (var in = new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
        new ByteArrayInputStream(xlsx))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  static byte[] zip(Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The CPU time of this JVM, all threads: what the fuzz costs a CI machine that is not busy. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static byte[] digest(Path file) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
  }
}

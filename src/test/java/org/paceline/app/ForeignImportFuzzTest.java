package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Foreign tables of every shape: mutated CSV text and workbooks with odd cells. Each import
 * either succeeds or is refused with exit 2 and a plain message, never an internal error; a
 * refused import into an existing workspace leaves its file byte for byte as it was.
 */
class ForeignImportFuzzTest {

  @TempDir Path dir;

  static final String[] ODD = {"", " ", "Week 3", "31/02/2027", "02/31/2027", "13/13/2027",
      "2027-13-01", "=1+1", "'0012", "TBD", "9999999999999999999999", "-5", "1e308", "NaN",
      "\u0000\u0007", "\t\n", "Mar 32, 2027", "46400", "46400.75", "0", "99999", "x".repeat(600),
      "Ä".repeat(250), "In Progress", "Webinar", "$1,2,3", "1.2.3,4", "3w", "0d", "-3d",
      "\"", "\"\"\"", ",", ";", "name=x", "2027-03-01T25:00", "Sept 31st, 2027"};

  static final List<String[]> OPTIONS = List.of(new String[0],
      new String[] {"--date-order", "dmy"}, new String[] {"--date-order", "mdy"},
      new String[] {"--map", "name=Title,start=Date"},
      new String[] {"--map", "name=Title,start=Date,end=End,duration=Days,cost=Cost"},
      new String[] {"--values", "kind:Webinar=event"}, new String[] {"--default-kind", "brand"});

  CliTest.Run importDry(Path file, String[] extra) {
    List<String> args = new ArrayList<>(List.of("import", file.toString(), "--db",
        dir.resolve("ws").toString(), "--dry-run"));
    args.addAll(List.of(extra));
    return CliTest.run(args.toArray(String[]::new));
  }

  static void assertPlain(CliTest.Run r, String what) {
    assertTrue(r.code() == 0 || r.code() == 2, what + ": exit " + r.code() + "\n" + r.err());
    String all = r.out() + r.err();
    for (String internal : List.of("Exception", "\tat ", "java.", "org.apache", "jdbc:",
        "NullPointer", "null")) {
      assertFalse(all.contains(internal), what + " shows internals (" + internal + "):\n" + all);
    }
  }

  @Test
  void mutatedCsvTablesAreImportedOrRefusedPlainly() throws Exception {
    Random random = new Random(13);
    for (int i = 0; i < 250; i++) {
      StringBuilder sb = new StringBuilder();
      int rows = random.nextInt(8);
      sb.append(random.nextInt(5) == 0 ? "Title;Date;End;Days;Cost;Type\n"
          : "Title,Date,End,Days,Cost,Type\n");
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < 6; c++) {
          if (c > 0) {
            sb.append(random.nextInt(10) == 0 ? ";" : ",");
          }
          String v = random.nextInt(3) == 0 ? ODD[random.nextInt(ODD.length)]
              : c == 1 || c == 2 ? "2027-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9)
              : "v" + r;
          sb.append(random.nextInt(4) == 0 ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        sb.append(random.nextBoolean() ? "\n" : "\r\n");
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      if (random.nextInt(6) == 0 && bytes.length > 0) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      Path f = dir.resolve("fuzz-" + i + ".csv");
      Files.write(f, bytes);
      String[] extra = OPTIONS.get(random.nextInt(OPTIONS.size()));
      assertPlain(importDry(f, extra), "csv " + i + " " + String.join(" ", extra) + ":\n" + sb);
    }
    assertFalse(Files.exists(dir.resolve("ws")), "a dry run makes no workspace");
  }

  @Test
  void workbooksWithOddCellsAreImportedOrRefusedPlainlyAndRefusalsChangeNothing()
      throws Exception {
    Random random = new Random(7);
    assertTrue(CliTest.run("import", CliTest.NORTHWIND.toString(), "--db",
        dir.resolve("ws").toString()).code() == 0);
    String plan = CliTest.run("plans", "--db", dir.resolve("ws").toString()).out()
        .split("\t")[0];
    for (int i = 0; i < 40; i++) {
      Path f = dir.resolve("fuzz-" + i + ".xlsx");
      try (XSSFWorkbook wb = new XSSFWorkbook()) {
        Sheet s = wb.createSheet(random.nextBoolean() ? "Calendar" : "Sheet " + i);
        if (random.nextBoolean()) {
          wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("notes");
        }
        Row h = s.createRow(random.nextInt(3));
        String[] headers = {"Date", "Title", "Type", "Status", "Budget"};
        for (int c = 0; c < headers.length; c++) {
          h.createCell(c).setCellValue(random.nextInt(8) == 0 ? ODD[random.nextInt(ODD.length)]
              : headers[c]);
        }
        for (int r = h.getRowNum() + 1; r < h.getRowNum() + 1 + random.nextInt(10); r++) {
          Row row = s.createRow(r);
          for (int c = 0; c < 5; c++) {
            switch (random.nextInt(5)) {
              case 0 -> row.createCell(c).setCellValue(random.nextInt(100_000) - 100);
              case 1 -> row.createCell(c).setCellValue(ODD[random.nextInt(ODD.length)]);
              case 2 -> row.createCell(c).setCellValue(random.nextBoolean());
              case 3 -> row.createCell(c).setCellFormula(random.nextBoolean() ? "1/0"
                  : "TODAY()");
              default -> { }
            }
          }
        }
        try (OutputStream out = Files.newOutputStream(f)) {
          wb.write(out);
        }
      }
      String[] extra = OPTIONS.get(random.nextInt(OPTIONS.size()));
      assertPlain(importDry(f, extra), "xlsx " + i);
      Path db = Files.list(dir.resolve("ws")).filter(p -> p.toString().endsWith(".mv.db"))
          .findFirst().orElseThrow();
      byte[] before = Files.readAllBytes(db);
      List<String> args = new ArrayList<>(List.of("import", f.toString(), "--db",
          dir.resolve("ws").toString(), "--into", plan));
      args.addAll(List.of(extra));
      CliTest.Run r = CliTest.run(args.toArray(String[]::new));
      assertPlain(r, "xlsx into " + i);
      if (r.code() == 2) {
        assertArrayEquals(before, Files.readAllBytes(db), "a refusal changes nothing: " + i);
      }
    }
  }
}

package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.storage.Workspace;

/**
 * {@code paceline import} of tables that are not in the plan format: a team's marketing calendar
 * workbook as people keep one, a CSV re-saved by LibreOffice, and every refusal.
 */
class ForeignImportTest {

  @TempDir Path dir;

  CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  String db() {
    return dir.resolve("ws").toString();
  }

  Plan onlyPlan() {
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      return ws.plans().load(ws.plans().list().get(0).id());
    }
  }

  /**
   * A marketing calendar: a "read me" sheet first, then the calendar with a merged title row,
   * a blank row, headers with a trailing colon and a notes column, "Week" and month separator
   * rows, real date cells, bare serial numbers, ISO text, a row without a title and one with
   * "TBD" as its date.
   */
  Path calendar() throws Exception {
    Path file = dir.resolve("Marketing calendar 2027.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet readme = wb.createSheet("Read me");
      readme.createRow(0).createCell(0).setCellValue("Keep one row per item. Colours: green = done.");
      Sheet s = wb.createSheet("Calendar 2027");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d-mmm-yy"));
      s.createRow(0).createCell(0).setCellValue("Northwind marketing calendar 2027");
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
      String[] headers = {"Date", "Content:", "Type", "Owner", "Status", "Budget", "Notes"};
      Row h = s.createRow(2);
      for (int i = 0; i < headers.length; i++) {
        h.createCell(i).setCellValue(headers[i]);
      }
      int r = 3;
      s.createRow(r++).createCell(0).setCellValue("Week 1");                         // row 4
      item(s, r++, date, LocalDate.of(2027, 1, 5), "Kick-off webinar", "Webinar", "Dana",
          "Done", 1500, "recorded");                                               // row 5
      item(s, r++, date, LocalDate.of(2027, 1, 7), "Blog: 2027 trends", "Blog post", "Lee",
          "In Progress", null, "");                                                // row 6
      Row serial = s.createRow(r++);                                               // row 7
      serial.createCell(0).setCellValue(46400);       // a bare serial: 2027-01-13
      serial.createCell(1).setCellValue("Social push");
      serial.createCell(2).setCellValue("Social");
      serial.createCell(4).setCellValue("Not started");
      s.createRow(r++).createCell(0).setCellValue("February");                     // row 8
      Row iso = s.createRow(r++);                                                  // row 9
      iso.createCell(0).setCellValue("2027-02-03");
      iso.createCell(1).setCellValue("Partner newsletter");
      iso.createCell(2).setCellValue("Partner stuff");
      iso.createCell(5).setCellValue("$2,500.00");
      item(s, r++, date, LocalDate.of(2027, 2, 10), null, "Event", "Dana", "", null,
          "title to come");                                                        // row 10
      Row tbd = s.createRow(r++);                                                  // row 11
      tbd.createCell(0).setCellValue("TBD");
      tbd.createCell(1).setCellValue("Customer video");
      item(s, r++, date, LocalDate.of(2027, 2, 20), "Spring trade show", "Trade show", "Sam",
          "Confirmed", 12000, "booth 14");                                         // row 12
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  static void item(Sheet s, int r, CellStyle date, LocalDate d, String title, String type,
      String owner, String status, Integer budget, String notes) {
    Row row = s.createRow(r);
    Cell c = row.createCell(0);
    c.setCellValue(d);
    c.setCellStyle(date);
    if (title != null) {
      row.createCell(1).setCellValue(title);
    }
    row.createCell(2).setCellValue(type);
    row.createCell(3).setCellValue(owner);
    if (!status.isEmpty()) {
      row.createCell(4).setCellValue(status);
    }
    if (budget != null) {
      row.createCell(5).setCellValue(budget);
    }
    if (!notes.isEmpty()) {
      row.createCell(6).setCellValue(notes);
    }
  }

  @Test
  void aMarketingCalendarImportsWithTheProposedMappingAndReportsEverySkippedRow()
      throws Exception {
    Path file = calendar();
    CliTest.Run r = run("import", file.toString(), "--db", db());
    assertEquals(0, r.code(), r.err() + r.out());
    String out = r.out();
    assertTrue(out.contains("read the sheet \"Calendar 2027\""), out);
    assertTrue(out.contains("header on row 3"), out);
    assertTrue(out.contains("--map \"name=Content:,start=Date,kind=Type,status=Status,"
        + "owner=Owner,cost=Budget\""), out);
    assertTrue(out.contains("row 1: above the header row"), out);
    assertTrue(out.contains("row 4: no title and no date: a separator or note row (\"Week 1\")"),
        out);
    assertTrue(out.contains("row 8: no title and no date"), out);
    assertTrue(out.contains("row 10: no title in the column \"Content:\""), out);
    assertTrue(out.contains("row 11: \"TBD\" in the column \"Date\" is not a date"), out);
    assertTrue(out.contains("columns not imported: \"Notes\""), out);
    assertTrue(out.contains("5 programs imported, 5 rows skipped, 2 values defaulted into the"
        + " new plan \"Marketing calendar 2027\""), out);
    assertTrue(out.contains("kind: 1 set to campaign"), out);
    assertTrue(out.contains("status: 1 set to planned (empty ×1)"), out);
    assertTrue(out.contains("\"Partner stuff\" ×1"), out);

    Plan plan = onlyPlan();
    Map<String, Program> byId = new java.util.HashMap<>();
    plan.programs().forEach(p -> byId.put(p.id(), p));
    Program webinar = byId.get("row-5");
    assertEquals("Kick-off webinar", webinar.name());
    assertEquals(ProgramKind.EVENT, webinar.kind());
    assertEquals(ProgramStatus.DONE, webinar.status());
    assertEquals(LocalDate.of(2027, 1, 5), webinar.end(), "one date: a one-day program");
    assertEquals(ProgramStatus.RUNNING, byId.get("row-6").status());
    assertEquals(ProgramKind.CONTENT, byId.get("row-6").kind());
    assertEquals(LocalDate.of(2027, 1, 13), byId.get("row-7").start(), "a bare serial");
    assertEquals(ProgramKind.CAMPAIGN, byId.get("row-9").kind(), "unknown: the default");
    assertEquals(0, new BigDecimal("2500").compareTo(byId.get("row-9").cost()));
    assertEquals(ProgramStatus.COMMITTED, byId.get("row-12").status());
    assertEquals(ProgramKind.EVENT, byId.get("row-12").kind());

    CliTest.Run check = run("check", "--db", db(), "--format", "csv");
    assertTrue(check.out().contains("UNLINKED,info,row-5"), check.out());
  }

  @Test
  void aDryRunShowsWhatWouldComeAndStoresNothing() throws Exception {
    Path file = calendar();
    CliTest.Run r = run("import", file.toString(), "--db", db(), "--dry-run",
        "--default-kind", "content", "--values", "kind:Partner stuff=event");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("First programs:"), r.out());
    assertTrue(r.out().contains("row-9  2027-02-03 … 2027-02-03  event"), r.out());
    assertTrue(r.out().contains("5 programs would be imported, 5 rows skipped, 1 value"
        + " defaulted; dry run: nothing was stored"), r.out());
    assertFalse(Files.exists(dir.resolve("ws")), "no workspace was made");
  }

  /** A CSV as LibreOffice saves one: quoted text, US dates, a duration column. */
  @Test
  void aLibreOfficeCsvWithUsDatesAndADurationColumn() throws Exception {
    Path csv = dir.resolve("export.csv");
    Files.writeString(csv, String.join("\r\n",
        "\"Program Name\",\"Start Date\",\"End Date\",\"Duration (days)\",\"Channel\",\"State\"",
        "\"Email nurture, wave 1\",\"03/02/2027\",\"03/20/2027\",,\"Email\",\"Planned\"",
        "\"Analyst briefing\",\"03/15/2027\",,\"3\",\"PR\",\"To do\"",
        "\"Webinar \"\"Pace\"\"\",\"04/01/2027\",,,\"Webinar\",\"Ongoing\"",
        ",,,,,",
        "\"Q2\",,,,,",
        "\"Budget review\",\"04/31/2027\",,,\"\",\"\"", ""), StandardCharsets.UTF_8);
    CliTest.Run r = run("import", csv.toString(), "--db", db());
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("line 6: no date in the column \"Start Date\""), r.out());
    assertTrue(r.out().contains("line 7: \"04/31/2027\" in the column \"Start Date\" is not a"
        + " date"), r.out());
    assertTrue(r.out().contains("3 programs imported, 2 lines skipped"), r.out());
    Plan plan = onlyPlan();
    Program first = plan.programs().get(0);
    assertEquals("Email nurture, wave 1", first.name());
    assertEquals(LocalDate.of(2027, 3, 2), first.start());
    assertEquals(LocalDate.of(2027, 3, 20), first.end());
    assertEquals(ProgramKind.CAMPAIGN, first.kind());
    Program briefing = plan.programs().get(1);
    assertEquals(LocalDate.of(2027, 3, 17), briefing.end(), "3 days from the 15th");
    assertEquals(ProgramKind.BRAND, briefing.kind());
    assertEquals("line-4", plan.programs().get(2).id());
    assertEquals("Webinar \"Pace\"", plan.programs().get(2).name());
    assertEquals(ProgramStatus.RUNNING, plan.programs().get(2).status());
  }

  @Test
  void datesThatNeverSayTheirOrderAreRefusedUntilTheOrderIsGiven() throws Exception {
    Path csv = dir.resolve("eu.csv");
    Files.writeString(csv, "Title;Date\nLaunch mail;03/04/2027\nWebinar;05/06/2027\n");
    CliTest.Run r = run("import", csv.toString(), "--db", db());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("could be month/day or day/month (e.g. line 2 \"03/04/2027\""
        + " in the column \"Date\")") && r.err().contains("--date-order"), r.err());
    assertFalse(Files.exists(dir.resolve("ws")));
    r = run("import", csv.toString(), "--db", db(), "--date-order", "dmy");
    assertEquals(0, r.code(), r.err());
    assertEquals(LocalDate.of(2027, 4, 3), onlyPlan().programs().get(0).start());

    Path mixed = dir.resolve("mixed.csv");
    Files.writeString(mixed, "Title,Date\nA,13/04/2027\nB,04/14/2027\n");
    r = run("import", mixed.toString(), "--db", db());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("both day-first and month-first (line 2 \"13/04/2027\""), r.err());
  }

  @Test
  void everyRefusalSaysWhatAndWhereAndStoresNothing() throws Exception {
    Path file = calendar();
    CliTest.Run r = run("import", file.toString(), "--db", db(), "--sheet", "Plan");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("has no sheet named \"Plan\"; its sheets are: \"Read me\","
        + " \"Calendar 2027\""), r.err());

    r = run("import", file.toString(), "--db", db(), "--sheet", "calendar 2027", "--map",
        "name=Content,start=Datum");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--map start=Datum: the sheet \"Calendar 2027\" of Marketing"
        + " calendar 2027.xlsx has no column \"Datum\" in its header row (row 3); the headers"
        + " are: \"Date\", \"Content:\", \"Type\", \"Owner\", \"Status\", \"Budget\","
        + " \"Notes\""), r.err());

    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "Title,Date,Owner\n\n");
    r = run("import", empty.toString(), "--db", db());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("has no rows under its header (line 1): the table is empty"),
        r.err());

    Path unsure = dir.resolve("unsure.csv");
    Files.writeString(unsure, "Item,Publish date (planned),Publish date (actual),Owner\n"
        + "Blog,2027-03-01,2027-03-04,Lee\n");
    r = run("import", unsure.toString(), "--db", db());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("the start could be any of \"Publish date (planned)\","
        + " \"Publish date (actual)\""), r.err());
    assertTrue(r.err().contains("proposed mapping (header row: line 1)"), r.err());
    assertTrue(r.err().contains("name       ← \"Item\""), r.err());
    assertTrue(r.err().contains("--map \"start=HEADER,name=Item,owner=Owner\""), r.err());
    r = run("import", unsure.toString(), "--db", db(), "--map",
        "name=item, start=Publish date (actual)");
    assertEquals(0, r.code(), r.err());
    assertEquals(LocalDate.of(2027, 3, 4), onlyPlan().programs().get(0).start());
  }

  @Test
  void intoAddsToAnExistingPlanAllOrNothing() throws Exception {
    assertEquals(0, run("import", CliTest.NORTHWIND.toString(), "--db", db()).code());
    String name = onlyPlan().name();
    int before = onlyPlan().programs().size();
    Path csv = dir.resolve("more.csv");
    Files.writeString(csv, "Title,Start,End,Campaign\nExtra mail,2027-03-01,2027-03-10,"
        + "Spring launch\nExtra call,2027-03-05,2027-03-06,\n");
    CliTest.Run r = run("import", csv.toString(), "--db", db(), "--into", name);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2 programs imported, 0 lines skipped, 2 values defaulted into"
        + " the plan \"" + name + "\""), r.out());
    Plan plan = onlyPlan();
    assertEquals(before + 2, plan.programs().size());
    Program linked = plan.programs().get(before);
    assertEquals("I-SPRING-LAUNCH", linked.supports());
    assertTrue(plan.initiatives().stream().anyMatch(i -> i.id().equals("I-SPRING-LAUNCH")
        && i.start().equals(LocalDate.of(2027, 3, 1))));

    byte[] db = Files.readAllBytes(dir.resolve("ws").resolve(
        Files.list(dir.resolve("ws")).filter(p -> p.toString().endsWith(".mv.db"))
            .findFirst().orElseThrow().getFileName()));
    r = run("import", csv.toString(), "--db", db(), "--into", name);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("already has a program with the id \"line-2\""), r.err());
    assertEquals(before + 2, onlyPlan().programs().size(), "nothing was added");
    assertTrue(db.length > 0);

    r = run("import", csv.toString(), "--db", db(), "--into", "No such plan");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("No plan is named \"No such plan\""), r.err());
  }

  @Test
  void planFormatOptionsAreRefusedForAPlanFormatFile() {
    CliTest.Run r = run("import", CliTest.NORTHWIND.toString(), "--db", db(), "--dry-run");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("is in the plan format"), r.err());
    assertFalse(Files.exists(dir.resolve("ws")));
  }

  static List<String> lines(String s) {
    return s.lines().toList();
  }
}

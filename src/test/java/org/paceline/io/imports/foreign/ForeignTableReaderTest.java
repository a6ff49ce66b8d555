package org.paceline.io.imports.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SheetCell;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;

/** The foreign-table reader on its own: dates, words, amounts, CSV dialects, the header. */
class ForeignTableReaderTest {

  @TempDir Path dir;

  static SheetCell text(String s) {
    return new SheetCell(0, s, s, false);
  }

  @Test
  void datesAsPeopleWriteThem() {
    DateReader.Order mdy = DateReader.Order.MDY;
    assertEquals(LocalDate.of(2027, 3, 15), DateReader.read(text("2027-03-15"), mdy));
    assertEquals(LocalDate.of(2027, 3, 15), DateReader.read(text("2027-03-15T09:30:00"), mdy));
    assertEquals(LocalDate.of(2027, 3, 15), DateReader.read(text("2027/3/15"), mdy));
    assertEquals(LocalDate.of(2027, 3, 4), DateReader.read(text("03/04/2027"), mdy));
    assertEquals(LocalDate.of(2027, 4, 3),
        DateReader.read(text("03/04/2027"), DateReader.Order.DMY));
    assertEquals(LocalDate.of(2027, 4, 3), DateReader.read(text("03.04.27"),
        DateReader.Order.DMY));
    assertEquals(LocalDate.of(2027, 3, 15), DateReader.read(text("15 March 2027"), mdy));
    assertEquals(LocalDate.of(2027, 3, 15), DateReader.read(text("Mar 15, 2027"), mdy));
    assertEquals(LocalDate.of(2027, 3, 15), DateReader.read(text("15-Mar-27"), mdy));
    assertEquals(LocalDate.of(2027, 3, 15), DateReader.read(text("Monday, 15 March 2027"), mdy));
    assertEquals(LocalDate.of(2027, 9, 1), DateReader.read(text("Sept 1st, 2027"), mdy));
    assertEquals(LocalDate.of(2027, 1, 13), DateReader.read(
        new SheetCell(0, "46400", new BigDecimal("46400"), false), mdy));
    assertNull(DateReader.read(new SheetCell(0, "12", new BigDecimal("12"), false), mdy),
        "a small number is not a date");
    for (String no : List.of("Week 3", "February", "TBD", "Q2 2027", "2027-02-30", "13/13/2027",
        "Marchember 3, 2027")) {
      assertNull(DateReader.read(text(no), mdy), no);
    }
    assertEquals(DateReader.Order.DMY, DateReader.hint(text("13/04/2027")));
    assertEquals(DateReader.Order.MDY, DateReader.hint(text("04/13/2027")));
    assertNull(DateReader.hint(text("04/05/2027")));
    assertTrue(DateReader.dependsOnOrder(text("04/05/2027")));
    assertTrue(!DateReader.dependsOnOrder(text("05/05/2027")));
  }

  @Test
  void shortMonthNamesBeforeAndAfterTheDay() {
    DateReader.Order dmy = DateReader.Order.DMY;
    for (String s : List.of("3 Mar 2027", "March 3, 2027", "3-March-2027", "Mar 3 2027",
        "3. Mar 2027")) {
      assertEquals(LocalDate.of(2027, 3, 3), DateReader.read(text(s), dmy), s);
    }
  }

  @Test
  void trailingEmptyColumnsAndATotalsRowAtTheBottom() throws Exception {
    Path csv = dir.resolve("budget.csv");
    Files.writeString(csv, String.join("\n",
        "Name,Start,Cost,,,",
        "Spring fair,2027-03-01,1000,,,",
        "Webinar,2027-04-01,500,,,",
        ",,,,,",
        "Total,,1500,,,", ""), StandardCharsets.UTF_8);
    ForeignTableReader.Result r = ForeignTableReader.read(TableLoader.csv(csv),
        ForeignTableReader.Options.defaults(), List.of(), Set.of());
    assertEquals(List.of("Spring fair", "Webinar"),
        r.programs().stream().map(Program::name).toList(), r.notes().toString());
    assertTrue(r.skipped().stream().anyMatch(k -> k.number() == 5),
        "the totals row is listed as skipped: " + r.skipped());
  }

  @Test
  void amountsAndDurations() {
    assertEquals(new BigDecimal("2500.00"), ForeignTableReader.amount(text("$2,500")));
    assertEquals(new BigDecimal("12500.50"), ForeignTableReader.amount(text("12.500,50 €")));
    assertEquals(new BigDecimal("12500.50"), ForeignTableReader.amount(text("12,500.50")));
    assertEquals(new BigDecimal("1250.00"), ForeignTableReader.amount(text("1 250")));
    assertNull(ForeignTableReader.amount(text("about 3k")));
    assertNull(ForeignTableReader.amount(text("-50")));
    assertEquals(5, ForeignTableReader.days(text("5"), "Duration"));
    assertEquals(14, ForeignTableReader.days(text("2"), "Duration (weeks)"));
    assertEquals(14, ForeignTableReader.days(text("2 weeks"), "Length"));
    assertEquals(3, ForeignTableReader.days(text("3d"), "Duration"));
    assertNull(ForeignTableReader.days(text("a while"), "Duration"));
  }

  @Test
  void wordsForKindsAndStatusesAndTheUsersOwn() throws Exception {
    ValueWords w = new ValueWords(List.of("kind:Social=content,Partner=event",
        "status:Live=done"));
    assertEquals(ProgramKind.CONTENT, w.kind("SOCIAL ").orElseThrow());
    assertEquals(ProgramKind.EVENT, w.kind("partner").orElseThrow());
    assertEquals(ProgramKind.EVENT, w.kind("Trade-Show").orElseThrow());
    assertEquals(ProgramKind.RESEARCH, w.kind("research").orElseThrow());
    assertTrue(w.kind("Misc").isEmpty());
    assertEquals(ProgramStatus.RUNNING, w.status("In-Progress").orElseThrow());
    assertEquals(ProgramStatus.DONE, w.status("Live").orElseThrow(), "the user's word wins");
    assertEquals(ProgramStatus.PLANNED, w.status("Not Started").orElseThrow());
    assertEquals(ProgramStatus.CANCELLED, w.status("dropped").orElseThrow());
    ForeignImportException e = assertThrows(ForeignImportException.class,
        () -> new ValueWords(List.of("kind:Social=socials")));
    assertTrue(e.getMessage().contains("\"socials\" is not a kind"), e.getMessage());
  }

  @Test
  void csvDialectsSemicolonTabAndWindowsLatin1() throws Exception {
    Path semi = dir.resolve("eu.csv");
    Files.writeString(semi, "\uFEFFTitel;Startdatum;Kosten\r\nMesse Köln;15.03.2027;\"1.250,00\"\r\n");
    SourceTable t = TableLoader.csv(semi);
    ForeignTableReader.Result r = ForeignTableReader.read(t, new ForeignTableReader.Options(
        "name=Titel,start=Startdatum,cost=Kosten", List.of(), null, null, null), List.of(),
        Set.of());
    Program p = r.programs().get(0);
    assertEquals("Messe Köln", p.name());
    assertEquals(LocalDate.of(2027, 3, 15), p.start());
    assertEquals(0, new BigDecimal("1250").compareTo(p.cost()));

    Path tab = dir.resolve("export.tsv");
    Files.write(tab, "Task\tStart\tOwner\nCafé launch\t2027-05-02\tRenée\n"
        .getBytes(Charset.forName("windows-1252")));
    r = ForeignTableReader.read(TableLoader.csv(tab), ForeignTableReader.Options.defaults(),
        List.of(), Set.of());
    assertEquals("Café launch", r.programs().get(0).name());
    assertEquals("Renée", r.programs().get(0).owner());
    assertEquals("line-2", r.programs().get(0).id());
  }

  @Test
  void theHeaderIsFoundBelowTitleRowsAndDuplicatesAreNamed() throws Exception {
    Path csv = dir.resolve("cal.csv");
    Files.writeString(csv, String.join("\n",
        "Content calendar,,,",
        "Updated weekly,,,",
        ",,,",
        "Publish date,Headline,Status,Status",
        "2027-01-04,New year post,Published,x",
        "Week 2,,,",
        "2027-01-11,Case study: Acme,Draft,y", ""), StandardCharsets.UTF_8);
    ForeignTableReader.Result r = ForeignTableReader.read(TableLoader.csv(csv),
        ForeignTableReader.Options.defaults(), List.of(), Set.of());
    assertEquals(4, r.headerRow());
    assertEquals("start=Publish date,name=Headline,status=Status", r.mapArgument()
        .replace("name=Headline,start=Publish date", "start=Publish date,name=Headline"));
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("the header \"Status\" appears"
        + " twice (columns C and D); column C is used")), r.notes().toString());
    assertEquals(List.of(1, 2, 6), r.skipped().stream().map(ForeignTableReader.Skipped::number)
        .toList());
    assertEquals(ProgramStatus.DONE, r.programs().get(0).status());
    assertEquals(ProgramStatus.IDEA, r.programs().get(1).status());
  }
}

package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code paceline check --as-of} on a plan with orders, imported from CSV and back via xlsx. */
class OrdersCliTest {

  @TempDir Path dir;
  Path folder;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  String db() {
    return dir.resolve("ws").toString();
  }

  @BeforeEach
  void planWithOrders() throws Exception {
    folder = dir.resolve("plan");
    Files.createDirectories(folder);
    for (String f : List.of("plan", "targets", "budgets", "initiatives", "programs")) {
      Files.copy(CliTest.NORTHWIND.resolve(f + ".csv"), folder.resolve(f + ".csv"));
    }
    // P-05 starts 2027-02-15 (a Monday); 2027-02-01 (a Monday) is a holiday
    Files.writeString(folder.resolve("orders.csv"), """
        program,item,owner,lead_time,needed_before,ordered
        P-05,"Booth graphics, large",Sales: Dana,15wd,0d,
        P-05,Giveaways,,2w,1wd,2027-02-05
        """);
    Files.writeString(folder.resolve("holidays.csv"), "date,name\n2027-02-01,Company day\n");
    Run imported = run("import", folder.toString(), "--db", db());
    assertEquals(0, imported.code(), imported.err());
  }

  static List<String> orderLines(String csv) {
    return csv.lines().filter(l -> l.startsWith("ORDER_")).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // 15wd before 2027-02-15, the holiday skipped: O = 2027-01-22
    "2027-01-22 | ORDER_DUE,info,P-05,,,,,\"Booth graphics, large\"",
    "2027-01-08 | ORDER_DUE,info,P-05,,,,,\"Booth graphics, large\"",
    "2027-01-07 | ",
    "2027-01-23 | ORDER_OVERDUE,error,P-05,,,,,\"Booth graphics, large\"",
  })
  void theBoothGraphicsAreDueThenOverdue(String asOf, String expected) {
    Run check = run("check", "--db", db(), "--format", "csv", "--as-of", asOf);
    assertEquals(0, check.code(), check.err());
    assertEquals("rule,severity,program,initiative,quarter,segment,month,item,message",
        check.out().lines().findFirst().orElseThrow());
    List<String> lines = orderLines(check.out());
    // the giveaways: needed 2027-02-12 (1wd before), O = 2027-01-29; ordered on 2027-02-05,
    // late whatever the as-of date
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("ORDER_LATE,warning,P-05,,,,,Giveaways,")),
        check.out());
    List<String> booth = lines.stream().filter(l -> l.contains("Booth")).toList();
    if (expected == null) {
      assertEquals(List.of(), booth);
    } else {
      assertEquals(1, booth.size(), check.out());
      assertTrue(booth.get(0).startsWith(expected + ","), booth.get(0));
      assertTrue(booth.get(0).contains("by 2027-01-22 (15 working days before it is needed on"
          + " 2027-02-15)"), booth.get(0));
    }
  }

  @Test
  void theSampleStillHasItsSeventeenConflictsBesideTheOrders() {
    Run check = run("check", "--db", db(), "--format", "csv", "--as-of", "2027-01-23");
    List<String> others = CliTest.keys(check.out()).stream()
        .filter(k -> !k.startsWith("ORDER_")).toList();
    assertEquals(CliTest.NORTHWIND_CONFLICTS, others);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-02-30", "tomorrow", "2027-3-5", "05.03.2027", ""})
  void aBadAsOfDateIsRefusedInPlainWords(String asOf) {
    Run check = run("check", "--db", db(), "--as-of", asOf);
    assertEquals(2, check.code());
    assertTrue(check.err().contains("--as-of") && check.err().contains("yyyy-mm-dd"),
        check.err());
    assertFalse(check.err().contains("Exception") || check.err().contains("java."), check.err());
  }

  @Test
  void aPlanWithABadOrderIsRefusedWholeAndNothingIsStored() throws Exception {
    Files.writeString(folder.resolve("orders.csv"), """
        program,item,owner,lead_time,needed_before,ordered
        P-05,Booth graphics,,15,,
        P-05,booth GRAPHICS,,2w,,
        """);
    String other = dir.resolve("ws2").toString();
    Run r = run("import", folder.toString(), "--db", other);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("orders.csv, line 2, column lead_time"), r.err());
    assertTrue(r.err().contains("orders.csv, line 3, column item"), r.err());
    Run plans = run("plans", "--db", other);
    assertEquals(2, plans.code(), "a refused import creates no workspace");
    assertTrue(plans.err().contains("no Paceline workspace"), plans.err());
  }

  @Test
  void theOrdersSurviveAnXlsxExportAndImport() {
    Path xlsx = dir.resolve("plan.xlsx");
    assertEquals(0, run("export", "--db", db(), "--format", "xlsx", "--out", xlsx.toString())
        .code());
    String other = dir.resolve("ws2").toString();
    Run imported = run("import", xlsx.toString(), "--db", other);
    assertEquals(0, imported.code(), imported.err());
    for (String asOf : List.of("2027-01-08", "2027-01-23")) {
      assertEquals(run("check", "--db", db(), "--format", "csv", "--as-of", asOf).out(),
          run("check", "--db", other, "--format", "csv", "--as-of", asOf).out());
    }
  }
}

package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.app.CliTest.NORTHWIND;
import static org.paceline.app.CliTest.run;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.app.CliTest.Run;

/** copy, baseline, scenarios, rename, delete, adopt, shift and compare, as a user runs them. */
class ScenarioCliTest {

  static final String PLAN = "Northwind Controls FY2027";
  static final String FROZEN = "baseline Approved is frozen; make a scenario from it to try"
      + " changes";

  @TempDir Path dir;

  String db;

  @BeforeEach
  void importNorthwind() {
    db = dir.resolve("ws").toString();
    assertEquals(0, run("import", NORTHWIND.toString(), "--db", db).code());
  }

  Run ok(String... args) {
    Run r = run(args);
    assertEquals(0, r.code(), r.err());
    return r;
  }

  Run refused(String... args) {
    Run r = run(args);
    assertEquals(2, r.code(), r.out() + r.err());
    return r;
  }

  String checkCsv(String plan) {
    return ok("check", "--db", db, "--plan", plan, "--format", "csv").out();
  }

  @Test
  void aCopyHasTheSameConflictsAndComparingAPlanWithItselfListsNothing() {
    ok("copy", "--db", db, "--plan", PLAN, "--name", "What if");
    assertEquals(checkCsv(PLAN), checkCsv("What if"));
    Run csv = ok("compare", "--db", db, "--plan", PLAN, "--with", "What if", "--format", "csv");
    assertEquals("change,rule,severity,program,initiative,quarter,segment,month,item,message\n",
        csv.out());
    Run self = ok("compare", "--db", db, "--plan", PLAN, "--with", PLAN);
    assertTrue(self.out().contains("the same conflicts, nothing new and nothing resolved"),
        self.out());
  }

  @Test
  void shiftingTheLaunchAQuarterInAScenarioShowsNewAndResolvedConflicts() {
    ok("copy", "--db", db, "--name", "Launch slips");
    Run shift = ok("shift", "--db", db, "--plan", "Launch slips", "--initiative", "I-LAUNCH",
        "--by", "3m", "--with-programs");
    assertEquals("Shift \u2018Controls Suite 5 launch\u2019 and 5 programs 1 quarter later in"
        + " \"Launch slips\": now 2027-08-03 to 2027-10-30.", shift.out().strip());
    Run csv = ok("compare", "--db", db, "--plan", PLAN, "--with", "Launch slips", "--format",
        "csv", "--as-of", "2027-01-15");
    List<String> lines = csv.out().lines().toList();
    assertEquals("change,rule,severity,program,initiative,quarter,segment,month,item,message",
        lines.get(0));
    assertEquals(List.of(
        "new,UNSUPPORTED_QUARTER,error,,,FY2027-Q2,Mid-market,,",
        "new,LEADS_SHORTFALL,warning,,,FY2027-Q2,Mid-market,,",
        "new,OVER_CAPACITY,warning,,,,,2027-05,",
        "new,OVER_CAPACITY,warning,,,,,2027-07,",
        "new,OVER_CAPACITY,warning,,,,,2027-08,",
        "resolved,UNSUPPORTED_QUARTER,error,,,FY2027-Q3,Enterprise,,",
        "resolved,LEADS_SHORTFALL,warning,,,FY2027-Q3,Enterprise,,",
        "resolved,OVER_CAPACITY,warning,,,,,2027-03,",
        "resolved,OVER_CAPACITY,warning,,,,,2027-04,"),
        lines.stream().skip(1).map(l -> String.join(",", List.of(l.split(",", -1)).subList(0, 9)))
            .toList());
    Run text = ok("compare", "--db", db, "--plan", PLAN, "--with", "Launch slips",
        "--as-of", "2027-01-15");
    assertTrue(text.out().startsWith("\"Launch slips\" compared with \"" + PLAN
        + "\" (both checked as of 2027-01-15): 5 new conflicts, 4 resolved."), text.out());
    assertTrue(text.out().contains("New in \"Launch slips\" (5)"), text.out());
    assertFalse(text.out().contains("UNSUPPORTED_QUARTER"), "plain words, not rule codes");
    // the original is untouched
    assertEquals(CliTest.NORTHWIND_CONFLICTS, CliTest.keys(checkCsv(PLAN)));
  }

  @Test
  void aBaselineIsFrozenForEveryCommand() {
    ok("baseline", "--db", db, "--plan", PLAN, "--name", "Approved");
    String before = checkCsv("Approved");
    assertTrue(refused("shift", "--db", db, "--plan", "Approved", "--initiative", "I-LAUNCH",
        "--by", "1m").err().contains(FROZEN));
    assertTrue(refused("rename", "--db", db, "--plan", "Approved", "--name", "Other").err()
        .contains(FROZEN));
    ok("copy", "--db", db, "--plan", "Approved", "--name", "Try from approved");
    assertTrue(refused("adopt", "--db", db, "--plan", "Try from approved").err()
        .contains(FROZEN));
    assertEquals(before, checkCsv("Approved"));
    // the scenario made from it takes changes
    ok("shift", "--db", db, "--plan", "Try from approved", "--initiative", "I-LAUNCH", "--by",
        "1m");
    Run list = ok("scenarios", "--db", db);
    assertTrue(list.out().contains("Approved\tbaseline (frozen)\tof \"" + PLAN + "\"\tmade "),
        list.out());
    assertTrue(list.out().contains("Try from approved\tscenario\tof \"Approved\"\tmade "),
        list.out());
  }

  @Test
  void badShiftsAreRefusedAndChangeNothing() {
    for (String[] args : List.of(
        new String[] {"--initiative", "I-LAUNCH", "--by", "2wd"},
        new String[] {"--initiative", "I-LAUNCH", "--by", "wd"},
        new String[] {"--initiative", "I-LAUNCH", "--by", "1.5m"},
        new String[] {"--initiative", "I-NOPE", "--by", "1m"},
        new String[] {"--initiative", "i-launch", "--by", "1m"})) {
      List<String> all = new java.util.ArrayList<>(List.of("shift", "--db", db));
      all.addAll(List.of(args));
      Run r = refused(all.toArray(String[]::new));
      assertFalse(r.err().contains("Exception"), r.err());
    }
    assertEquals(CliTest.NORTHWIND_CONFLICTS, CliTest.keys(checkCsv(PLAN)));
    Run earlier = ok("shift", "--db", db, "--initiative", "I-LAUNCH", "--by", "-2w");
    assertTrue(earlier.out().contains("2 weeks earlier") && earlier.out().contains(
        "now 2027-04-19 to 2027-07-16"), earlier.out());
  }

  @Test
  void renameDeleteAndAdopt() {
    ok("copy", "--db", db, "--name", "Draft");
    ok("rename", "--db", db, "--plan", "Draft", "--name", "Launch slips");
    assertTrue(refused("rename", "--db", db, "--plan", "Launch slips", "--name", PLAN).err()
        .contains("There is already a plan named"));
    ok("shift", "--db", db, "--plan", "Launch slips", "--initiative", "I-LAUNCH", "--by", "3m",
        "--with-programs");
    String scenario = checkCsv("Launch slips");

    ok("copy", "--db", db, "--name", "Scratch", "--plan", PLAN);
    Run notYet = refused("delete", "--db", db, "--plan", "Scratch");
    assertTrue(notYet.err().contains("nothing was deleted") && notYet.err().contains("--yes"),
        notYet.err());
    ok("delete", "--db", db, "--plan", "Scratch", "--yes");
    assertFalse(ok("scenarios", "--db", db).out().contains("Scratch"));

    Run adopt = ok("adopt", "--db", db, "--plan", "Launch slips");
    String today = java.time.LocalDate.now().toString();
    assertTrue(adopt.out().contains("baseline \"" + PLAN + " baseline " + today + "\""),
        adopt.out());
    assertEquals(scenario, checkCsv(PLAN), "the plan now holds the scenario");
    assertEquals(CliTest.NORTHWIND_CONFLICTS,
        CliTest.keys(checkCsv(PLAN + " baseline " + today)), "the old plan is the baseline");
    String list = ok("scenarios", "--db", db).out();
    assertFalse(list.contains("Launch slips"), list);
    assertTrue(refused("compare", "--db", db, "--plan", PLAN, "--with", PLAN, "--as-of",
        "2027-02-30").err().contains("is not a date"));
  }
}

package org.paceline.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paceline.app.Cli;

/**
 * The spec (conflicts.md, plan-format.md) read on its own and checked from the outside, as an
 * independent checker would: plans written in the interchange format, the real CLI run
 * in-process, and the output compared with what the spec's sentences prescribe. The expected
 * values are worked out from the spec by hand, not taken from the implementation.
 */
class SpecReadingTest {

  static final String CHECK_HEADER =
      "rule,severity,program,initiative,quarter,segment,month,item,message";
  static final String COMPARE_HEADER =
      "change,rule,severity,program,initiative,quarter,segment,month,item,message";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static Run ok(String... args) {
    Run r = run(args);
    assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.out() + r.err());
    return r;
  }

  String db() {
    return dir.resolve("ws").toString();
  }

  /** Writes a plan folder: file name (without .csv) to its lines. */
  Path folder(String name, Map<String, String> files) {
    Path f = dir.resolve(name);
    try {
      Files.createDirectories(f);
      for (Map.Entry<String, String> e : files.entrySet()) {
        Files.writeString(f.resolve(e.getKey() + ".csv"), e.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }

  // --- a small RFC 4180 reader, so that quoted messages with commas and quotes are read right

  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        rows.add(row);
        row = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  /** One conflict as the check CSV gives it. */
  record Conflict(String rule, String severity, String program, String initiative,
      String quarter, String segment, String month, String item, String message) {
    static Conflict of(List<String> f) {
      return new Conflict(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6),
          f.get(7), f.get(8));
    }

    /** "The same": same rule and same things, segment ignoring case; the message may differ. */
    String sameness() {
      return String.join("|", rule, program, initiative, quarter,
          segment.toLowerCase(Locale.ROOT), month, item);
    }

    /** The keys as a short readable line for expectations. */
    String keys() {
      return String.join(",", rule, program, initiative, quarter, segment, month, item);
    }
  }

  static List<Conflict> check(String db, String plan, String asOf) {
    Run r = ok("check", "--db", db, "--plan", plan, "--format", "csv", "--as-of", asOf);
    List<List<String>> rows = csv(r.out());
    assertEquals(List.of(CHECK_HEADER.split(",")), rows.get(0));
    List<Conflict> list = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertEquals(9, row.size(), row.toString());
      list.add(Conflict.of(row));
    }
    return list;
  }

  // =========================================================================================
  // Comparing two plans
  // =========================================================================================

  static final String A_PLAN = """
      key,value
      name,Plan A
      fiscal_year_start,1
      capacity,2
      """;
  static final String A_INITIATIVES = """
      id,name,segment,start,end,owner
      I-1,Spring launch push,Enterprise,2027-03-01,2027-05-31,Dana
      I-2,Summer deals,,2027-07-01,2027-08-31,
      """;
  static final String A_PROGRAMS = """
      id,name,kind,owner,start,end,supports,min_lead,max_lead,cost,sales_share,expected_leads,status,sales_review
      P-1,Trade show booth,event,,2027-01-10,2027-01-12,I-1,,,0,0,0,planned,2026-07-01
      P-2,Webinar,campaign,,2027-05-01,2027-05-10,I-2,,,0,0,100,planned,
      P-3,Blog posts,content,,2027-02-01,2027-02-28,,,,0,0,0,planned,
      P-4,Hannover Messe booth,event,,2027-02-15,2027-02-17,I-1,,,5000,0,0,planned,2026-07-01
      P-8,Brochure print,brand,,2027-12-01,2027-12-02,,,,0,0,0,planned,
      P-9,Sales playbook,enablement,,2027-02-20,2027-02-21,I-1,,,0,0,0,planned,2026-07-01
      P-10,Email nurture,campaign,,2027-05-05,2027-05-20,,,,0,0,0,planned,
      """;
  static final String A_TARGETS = """
      quarter,segment,revenue,qualified_leads
      FY2027-Q1,Enterprise,1000,0
      FY2027-Q2,Enterprise,500,0
      FY2027-Q3,,800,200
      FY2028-Q1,Enterprise,100,0
      """;
  static final String BUDGETS = """
      quarter,marketing_budget
      FY2027-Q1,100
      """;
  static final String A_ORDERS = """
      program,item,owner,lead_time,needed_before,ordered
      P-4,Booth graphics,Sales: Dana,15wd,2w,
      P-4,Giveaways,,10d,0d,2027-02-10
      P-8,Printed brochures,,10d,0d,
      """;

  // B differs from A in every way the spec names: a rule (P-1 early instead of late), a
  // program (P-4 is now P-7), an initiative (P-2 prepares I-3), a quarter (Q2 row now Q4), a
  // segment (Q3 row now Mid-market), a month (over capacity in May instead of February), an
  // item (Printed brochures is now Roll-up banner); and in ways that must not count: a
  // segment in other case (FY2028-Q1) and messages with other numbers (P-9 starts later,
  // P-7 costs more).
  static final String B_PLAN = A_PLAN.replace("Plan A", "Plan B");
  static final String B_INITIATIVES = A_INITIATIVES + "I-3,Summer deals,,2027-07-01,2027-08-31,\n";
  static final String B_PROGRAMS = """
      id,name,kind,owner,start,end,supports,min_lead,max_lead,cost,sales_share,expected_leads,status,sales_review
      P-1,Trade show booth,event,,2026-08-01,2026-08-03,I-1,,,0,0,0,planned,2026-07-01
      P-2,Webinar,campaign,,2027-05-01,2027-05-10,I-3,,,0,0,100,planned,
      P-3,Blog posts,content,,2027-05-01,2027-05-28,,,,0,0,0,planned,
      P-7,Hannover Messe booth,event,,2027-02-15,2027-02-17,I-1,,,6000,0,0,planned,2026-07-01
      P-8,Brochure print,brand,,2027-12-01,2027-12-02,,,,0,0,0,planned,
      P-9,Sales playbook,enablement,,2027-02-25,2027-02-26,I-1,,,0,0,0,planned,2026-07-01
      P-10,Email nurture,campaign,,2027-05-05,2027-05-20,,,,0,0,0,planned,
      """;
  static final String B_TARGETS = """
      quarter,segment,revenue,qualified_leads
      FY2027-Q1,Enterprise,1000,0
      FY2027-Q4,Enterprise,500,0
      FY2027-Q3,Mid-market,800,200
      FY2028-Q1,ENTERPRISE,100,0
      """;
  static final String B_ORDERS = """
      program,item,owner,lead_time,needed_before,ordered
      P-7,Booth graphics,Sales: Dana,15wd,2w,
      P-7,Giveaways,,10d,0d,2027-02-10
      P-8,Roll-up banner,,10d,0d,
      """;

  Map<String, String> planA() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("plan", A_PLAN);
    m.put("targets", A_TARGETS);
    m.put("budgets", BUDGETS);
    m.put("initiatives", A_INITIATIVES);
    m.put("programs", A_PROGRAMS);
    m.put("orders", A_ORDERS);
    return m;
  }

  Map<String, String> planB() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("plan", B_PLAN);
    m.put("targets", B_TARGETS);
    m.put("budgets", BUDGETS);
    m.put("initiatives", B_INITIATIVES);
    m.put("programs", B_PROGRAMS);
    m.put("orders", B_ORDERS);
    return m;
  }

  void importAandB() {
    assertEquals("Plan A", ok("import", folder("a", planA()).toString(), "--db", db()).out()
        .strip());
    assertEquals("Plan B", ok("import", folder("b", planB()).toString(), "--db", db()).out()
        .strip());
  }

  /** What the spec says compare lists, worked out from the two plans' own checks. */
  static List<List<String>> expectedCompare(List<Conflict> a, List<Conflict> b) {
    Set<String> inA = a.stream().map(Conflict::sameness).collect(Collectors.toSet());
    Set<String> inB = b.stream().map(Conflict::sameness).collect(Collectors.toSet());
    List<List<String>> rows = new ArrayList<>();
    for (Conflict c : b) {
      if (!inA.contains(c.sameness())) {
        rows.add(row("new", c));
      }
    }
    for (Conflict c : a) {
      if (!inB.contains(c.sameness())) {
        rows.add(row("resolved", c));
      }
    }
    return rows;
  }

  static List<String> row(String change, Conflict c) {
    return List.of(change, c.rule(), c.severity(), c.program(), c.initiative(), c.quarter(),
        c.segment(), c.month(), c.item(), c.message());
  }

  static Set<List<String>> compareCsv(String db, String a, String b, String asOf) {
    Run r = ok("compare", "--db", db, "--plan", a, "--with", b, "--format", "csv", "--as-of",
        asOf);
    assertEquals(COMPARE_HEADER, r.out().lines().findFirst().orElseThrow(),
        "the header is exactly the spec's");
    List<List<String>> rows = csv(r.out());
    rows.subList(1, rows.size()).forEach(row -> assertEquals(10, row.size(), row.toString()));
    Set<List<String>> set = new LinkedHashSet<>(rows.subList(1, rows.size()));
    assertEquals(rows.size() - 1, set.size(), "no conflict listed twice: " + r.out());
    return set;
  }

  @Test
  void theTwoPlansHaveTheConflictsTheRulesGive() {
    importAandB();
    List<String> a = check(db(), "Plan A", "2027-11-10").stream().map(Conflict::keys).sorted()
        .toList();
    // worked out by hand from the rule table
    assertEquals(List.of(
        "LATE_START,P-1,I-1,,,,",
        "LATE_START,P-4,I-1,,,,",
        "LATE_START,P-9,I-1,,,,",
        "LEADS_SHORTFALL,,,FY2027-Q3,,,",
        "NO_SALES_REVIEW,P-2,I-2,,,,",
        "ORDER_DUE,P-8,,,,,Printed brochures",
        "ORDER_LATE,P-4,,,,,Giveaways",
        "ORDER_OVERDUE,P-4,,,,,Booth graphics",
        "OVER_BUDGET,,,FY2027-Q1,,,",
        "OVER_CAPACITY,,,,,2027-02,",
        "UNLINKED,P-10,,,,,",
        "UNLINKED,P-3,,,,,",
        "UNSUPPORTED_QUARTER,,,FY2027-Q2,Enterprise,,",
        "UNSUPPORTED_QUARTER,,,FY2028-Q1,Enterprise,,"), a);
    List<String> b = check(db(), "Plan B", "2027-11-10").stream().map(Conflict::keys).sorted()
        .toList();
    assertEquals(List.of(
        "EARLY_START,P-1,I-1,,,,",
        "LATE_START,P-7,I-1,,,,",
        "LATE_START,P-9,I-1,,,,",
        "LEADS_SHORTFALL,,,FY2027-Q3,Mid-market,,",
        "NO_SALES_REVIEW,P-2,I-3,,,,",
        "ORDER_DUE,P-8,,,,,Roll-up banner",
        "ORDER_LATE,P-7,,,,,Giveaways",
        "ORDER_OVERDUE,P-7,,,,,Booth graphics",
        "OVER_BUDGET,,,FY2027-Q1,,,",
        "OVER_CAPACITY,,,,,2027-05,",
        "UNLINKED,P-10,,,,,",
        "UNLINKED,P-3,,,,,",
        "UNSUPPORTED_QUARTER,,,FY2027-Q4,Enterprise,,",
        "UNSUPPORTED_QUARTER,,,FY2028-Q1,ENTERPRISE,,"), b);
  }

  @Test
  void compareListsNewAndResolvedByTheSpecsSamenessWithTheRightMessages() {
    importAandB();
    String asOf = "2027-11-10";
    List<Conflict> a = check(db(), "Plan A", asOf);
    List<Conflict> b = check(db(), "Plan B", asOf);
    Set<List<String>> got = compareCsv(db(), "Plan A", "Plan B", asOf);
    assertEquals(new LinkedHashSet<>(expectedCompare(a, b)), got);

    // and the lists are what the plans' differences make, by hand
    Set<String> keys = got.stream().map(r -> String.join(",", r.subList(0, 9)))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertEquals(new java.util.TreeSet<>(List.of(
        "new,EARLY_START,warning,P-1,I-1,,,,",
        "new,LATE_START,error,P-7,I-1,,,,",
        "new,LEADS_SHORTFALL,warning,,,FY2027-Q3,Mid-market,,",
        "new,NO_SALES_REVIEW,warning,P-2,I-3,,,,",
        "new,ORDER_DUE,info,P-8,,,,,Roll-up banner",
        "new,ORDER_LATE,warning,P-7,,,,,Giveaways",
        "new,ORDER_OVERDUE,error,P-7,,,,,Booth graphics",
        "new,OVER_CAPACITY,warning,,,,,2027-05,",
        "new,UNSUPPORTED_QUARTER,error,,,FY2027-Q4,Enterprise,,",
        "resolved,LATE_START,error,P-1,I-1,,,,",
        "resolved,LATE_START,error,P-4,I-1,,,,",
        "resolved,LEADS_SHORTFALL,warning,,,FY2027-Q3,,,",
        "resolved,NO_SALES_REVIEW,warning,P-2,I-2,,,,",
        "resolved,ORDER_DUE,info,P-8,,,,,Printed brochures",
        "resolved,ORDER_LATE,warning,P-4,,,,,Giveaways",
        "resolved,ORDER_OVERDUE,error,P-4,,,,,Booth graphics",
        "resolved,OVER_CAPACITY,warning,,,,,2027-02,",
        "resolved,UNSUPPORTED_QUARTER,error,,,FY2027-Q2,Enterprise,,")), keys);

    // new rows carry B's message, resolved rows A's: the messages of the shared conflicts
    // with other numbers (P-9 late by another amount, the Q1 spend) are in neither list
    Map<String, String> messageA = a.stream().collect(Collectors.toMap(Conflict::sameness,
        Conflict::message));
    Map<String, String> messageB = b.stream().collect(Collectors.toMap(Conflict::sameness,
        Conflict::message));
    String p9 = "LATE_START|P-9|I-1||||";
    String budget = "OVER_BUDGET|||FY2027-Q1|||";
    assertFalse(messageA.get(p9).equals(messageB.get(p9)), "the test needs differing messages");
    assertFalse(messageA.get(budget).equals(messageB.get(budget)));
    for (List<String> r : got) {
      assertFalse(r.get(1).equals("OVER_BUDGET") || r.get(3).equals("P-9"), r.toString());
    }
    assertTrue(got.stream().allMatch(r -> !r.get(9).isBlank()), "every row has its message");
  }

  @Test
  void compareIsSymmetricNewAndResolvedSwapWhenThePlansSwap() {
    importAandB();
    Set<List<String>> ab = compareCsv(db(), "Plan A", "Plan B", "2027-11-10");
    Set<List<String>> ba = compareCsv(db(), "Plan B", "Plan A", "2027-11-10");
    Set<List<String>> swapped = ab.stream().map(r -> {
      List<String> s = new ArrayList<>(r);
      s.set(0, r.get(0).equals("new") ? "resolved" : "new");
      return List.copyOf(s);
    }).collect(Collectors.toSet());
    assertEquals(swapped, new java.util.HashSet<>(ba));
  }

  @Test
  void bothPlansAreCheckedAtTheSameAsOfDate() {
    importAandB();
    // on 2027-01-05 "Booth graphics" (order-by 2027-01-11) is due, not overdue, and the
    // brochures (order-by 2027-11-21) are neither
    Set<List<String>> early = compareCsv(db(), "Plan A", "Plan B", "2027-01-05");
    assertEquals(new LinkedHashSet<>(expectedCompare(check(db(), "Plan A", "2027-01-05"),
        check(db(), "Plan B", "2027-01-05"))), early);
    Set<String> orderRows = early.stream().filter(r -> r.get(1).startsWith("ORDER_"))
        .map(r -> String.join(",", r.subList(0, 9)))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertEquals(new java.util.TreeSet<>(List.of(
        "new,ORDER_DUE,info,P-7,,,,,Booth graphics",
        "new,ORDER_LATE,warning,P-7,,,,,Giveaways",
        "resolved,ORDER_DUE,info,P-4,,,,,Booth graphics",
        "resolved,ORDER_LATE,warning,P-4,,,,,Giveaways")), orderRows);
    // without --as-of, both are checked today
    String today = LocalDate.now().toString();
    Run r = ok("compare", "--db", db(), "--plan", "Plan A", "--with", "Plan B", "--format",
        "csv");
    List<List<String>> rows = csv(r.out());
    assertEquals(new LinkedHashSet<>(expectedCompare(check(db(), "Plan A", today),
        check(db(), "Plan B", today))), new LinkedHashSet<>(rows.subList(1, rows.size())));
  }

  @Test
  void aPlanComparedWithItselfOrItsCopyOrBaselineListsNothing() {
    importAandB();
    ok("copy", "--db", db(), "--plan", "Plan A", "--name", "What if");
    ok("baseline", "--db", db(), "--plan", "Plan A", "--name", "Approved");
    for (String other : List.of("Plan A", "What if", "Approved")) {
      Run csv = ok("compare", "--db", db(), "--plan", "Plan A", "--with", other, "--format",
          "csv", "--as-of", "2027-11-10");
      assertEquals(COMPARE_HEADER, csv.out().strip(), other);
      Run text = ok("compare", "--db", db(), "--plan", "Plan A", "--with", other, "--as-of",
          "2027-11-10");
      for (Conflict c : check(db(), "Plan A", "2027-11-10")) {
        assertFalse(text.out().contains(c.message()), other + " lists " + c.message());
      }
    }
  }

  @Test
  void theTextListsTheSameChangesInPlainWords() {
    importAandB();
    String asOf = "2027-11-10";
    List<Conflict> a = check(db(), "Plan A", asOf);
    List<Conflict> b = check(db(), "Plan B", asOf);
    Run text = ok("compare", "--db", db(), "--plan", "Plan A", "--with", "Plan B", "--as-of",
        asOf);
    String out = text.out();
    assertTrue(out.contains(asOf), "says the as-of date: " + out);
    assertTrue(out.contains("Plan A") && out.contains("Plan B"), out);
    List<List<String>> expected = expectedCompare(a, b);
    for (List<String> r : expected) {
      assertTrue(out.contains(r.get(9)), "lists " + r.get(9) + "\n" + out);
    }
    // the conflicts both plans have (same message in both) are not listed
    Set<String> listed = expected.stream().map(r -> r.get(9)).collect(Collectors.toSet());
    for (Conflict c : a) {
      if (!listed.contains(c.message()) && b.stream().anyMatch(x -> x.message().equals(
          c.message()))) {
        assertFalse(out.contains(c.message()), "lists a shared conflict: " + c.message());
      }
    }
    for (String code : List.of("LATE_START", "ORDER_DUE", "OVER_CAPACITY")) {
      assertFalse(out.contains(code), "plain words, not rule codes: " + out);
    }
  }

  @Test
  void unknownPlansAndBadDatesAreRefused() {
    importAandB();
    for (String[] args : List.of(
        new String[] {"--plan", "Plan A", "--with", "Plan C"},
        new String[] {"--plan", "Plan C", "--with", "Plan A"},
        new String[] {"--plan", "Plan A", "--with", "Plan B", "--as-of", "2027-13-01"},
        new String[] {"--plan", "Plan A", "--with", "Plan B", "--format", "xml"})) {
      List<String> all = new ArrayList<>(List.of("compare", "--db", db()));
      all.addAll(List.of(args));
      Run r = run(all.toArray(String[]::new));
      assertEquals(2, r.code(), String.join(" ", args) + r.out() + r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }

  // =========================================================================================
  // The spec's own message examples
  // =========================================================================================

  @Test
  void theSpecsMessageExamplesComeOutWordForWord() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("plan", "key,value\nname,Examples\n");
    files.put("targets", "quarter,segment,revenue,qualified_leads\n");
    files.put("budgets", "quarter,marketing_budget\n");
    files.put("initiatives", "id,name,segment,start,end,owner\n"
        + "I-1,Spring launch push,,2027-03-01,2027-03-31,\n");
    files.put("programs", "id,name,kind,owner,start,end,supports,min_lead,max_lead,cost,"
        + "sales_share,expected_leads,status,sales_review\n"
        + "P-1,Trade show booth,event,,2027-01-10,2027-01-11,I-1,,,0,0,0,planned,2026-12-01\n"
        + "P-2,Hannover Messe booth,brand,,2027-02-15,2027-02-16,,,,0,0,0,planned,\n");
    files.put("orders", "program,item,owner,lead_time,needed_before,ordered\n"
        + "P-2,Booth graphics,,15wd,2w,\n");
    ok("import", folder("ex", files).toString(), "--db", db());
    Map<String, String> messages = check(db(), "Examples", "2027-01-20").stream()
        .collect(Collectors.toMap(Conflict::rule, Conflict::message));
    // the spec's example says "7 weeks" for 50 days; the message must carry the same facts
    String late = messages.get("LATE_START");
    for (String fact : List.of("Trade show booth", "starts 2027-01-10", "7 weeks",
        "before \"Spring launch push\" (2027-03-01)", "events need at least 3 months")) {
      assertTrue(late.contains(fact), fact + " in " + late);
    }
    assertEquals("Order \"Booth graphics\" for \"Hannover Messe booth\" by 2027-01-11 (15"
        + " working days before it is needed on 2027-02-01): not ordered yet, and that day has"
        + " passed.", messages.get("ORDER_OVERDUE"));
  }

  // =========================================================================================
  // Orders and the as-of date
  // =========================================================================================

  /** program id, start, status; lead_time, needed_before, ordered; the order-by date by hand. */
  record OrderCase(String program, String start, String status, String lead, String needed,
      String ordered, String orderBy) {}

  static final List<OrderCase> ORDER_CASES = List.of(
      // m as LocalDate.minusMonths: 2027-05-31 - 3m = 2027-02-28
      new OrderCase("O-1", "2027-05-31", "planned", "3m", "0d", "", "2027-02-28"),
      // 2027-03-15 (a Monday) - 1wd = 2027-03-12 (Friday), - 5wd = 2027-03-08
      new OrderCase("O-2", "2027-03-15", "planned", "1wd", "0d", "", "2027-03-12"),
      new OrderCase("O-3", "2027-03-15", "committed", "5wd", "0d", "", "2027-03-08"),
      // 2027-03-14 (a Sunday) - 1wd = 2027-03-12
      new OrderCase("O-4", "2027-03-14", "running", "1wd", "0d", "", "2027-03-12"),
      // D - 0wd is D, even when D is not a working day
      new OrderCase("O-5", "2027-03-14", "idea", "0wd", "0d", "", "2027-03-14"),
      // a holiday is not a working day: 2027-04-05 (Monday) - 1wd = 2027-04-01 (2nd is off)
      new OrderCase("O-6", "2027-04-05", "planned", "1wd", "0d", "", "2027-04-01"),
      // each step with its own unit: (2027-06-10 - 1m) - 2w = 2027-05-10 - 14 days
      new OrderCase("O-7", "2027-06-10", "planned", "2w", "1m", "", "2027-04-26"),
      // (2027-03-31 - 1m) - 10d: 2027-02-28 - 10 days
      new OrderCase("O-8", "2027-03-31", "planned", "10d", "1m", "", "2027-02-18"),
      // working days with needed_before in working days too: 2027-03-15 - 1wd - 1wd
      new OrderCase("O-9", "2027-03-15", "planned", "1wd", "1wd", "", "2027-03-11"));

  Map<String, String> ordersPlan(List<OrderCase> cases, String extraOrders) {
    StringBuilder programs = new StringBuilder("id,name,kind,owner,start,end,supports,min_lead,"
        + "max_lead,cost,sales_share,expected_leads,status,sales_review\n");
    StringBuilder orders = new StringBuilder("program,item,owner,lead_time,needed_before,"
        + "ordered\n");
    for (OrderCase c : cases) {
      programs.append(c.program()).append(",Program ").append(c.program()).append(",brand,,")
          .append(c.start()).append(',').append(c.start()).append(",,,,0,0,0,")
          .append(c.status()).append(",\n");
      orders.append(c.program()).append(",Item of ").append(c.program()).append(",,")
          .append(c.lead()).append(',').append(c.needed()).append(',').append(c.ordered())
          .append('\n');
    }
    programs.append("""
        D-1,Finished fair,event,,2027-03-15,2027-03-16,,,,0,0,0,done,
        C-1,Dropped fair,event,,2027-03-15,2027-03-16,,,,0,0,0,cancelled,
        L-1,Late one,brand,,2027-03-15,2027-03-16,,,,0,0,0,planned,
        """);
    orders.append(extraOrders);
    Map<String, String> m = new LinkedHashMap<>();
    m.put("plan", "key,value\nname,Orders\n");
    m.put("targets", "quarter,segment,revenue,qualified_leads\n");
    m.put("budgets", "quarter,marketing_budget\n");
    m.put("initiatives", "id,name,segment,start,end,owner\n");
    m.put("programs", programs.toString());
    m.put("orders", orders.toString());
    m.put("holidays", "date,name\n2027-04-02,Good Friday\n");
    return m;
  }

  static final String EXTRA_ORDERS = """
      D-1,Stand done,,1wd,0d,
      C-1,Stand dropped,,1wd,0d,
      L-1,Ordered on the day,,1wd,0d,2027-03-12
      L-1,Ordered a day late,,2wd,0d,2027-03-12
      L-1,Ordered early,,1d,0d,2027-01-01
      L-1,Planned for a future day,,1m,0d,2027-02-14
      """;

  Set<String> ordersAt(String asOf) {
    return check(db(), "Orders", asOf).stream().filter(c -> c.rule().startsWith("ORDER_"))
        .map(c -> c.rule() + "," + c.program() + "," + c.item())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  @Test
  void orderByDatesAndTheAsOfWindowFollowTheSpecToTheDay() {
    ok("import", folder("orders", ordersPlan(ORDER_CASES, EXTRA_ORDERS)).toString(), "--db",
        db());
    for (OrderCase c : ORDER_CASES) {
      LocalDate o = LocalDate.parse(c.orderBy());
      String item = "Item of " + c.program();
      // O on the as-of date is due, not overdue; O = as-of + 14 is still due, + 15 is not
      assertTrue(ordersAt(o.toString()).contains("ORDER_DUE," + c.program() + "," + item),
          c + " at " + o);
      assertTrue(ordersAt(o.minusDays(14).toString()).contains("ORDER_DUE," + c.program()
          + "," + item), c + " 14 days before");
      assertFalse(ordersAt(o.minusDays(15).toString()).stream().anyMatch(s -> s.contains(
          "," + c.program() + "," + item)), c + " 15 days before");
      assertTrue(ordersAt(o.plusDays(1).toString()).contains("ORDER_OVERDUE," + c.program()
          + "," + item), c + " the day after");
    }
  }

  @Test
  void lateOrdersDoNotDependOnTheAsOfDateAndFinishedProgramsCountNoOrders() {
    ok("import", folder("orders", ordersPlan(ORDER_CASES, EXTRA_ORDERS)).toString(), "--db",
        db());
    for (String asOf : List.of("2026-01-01", "2027-03-12", "2027-03-13", "2028-12-31")) {
      Set<String> got = ordersAt(asOf);
      assertTrue(got.contains("ORDER_LATE,L-1,Ordered a day late"), asOf + got);
      for (String never : List.of("D-1,Stand done", "C-1,Stand dropped",
          "L-1,Ordered on the day", "L-1,Ordered early", "L-1,Planned for a future day")) {
        assertFalse(got.stream().anyMatch(s -> s.endsWith("," + never)), asOf + " " + never
            + got);
      }
    }
  }

  // =========================================================================================
  // Shifting an initiative
  // =========================================================================================

  static final String SHIFT_PROGRAMS = """
      id,name,kind,owner,start,end,supports,min_lead,max_lead,cost,sales_share,expected_leads,status,sales_review
      S-1,Launch fair,event,Kim,2026-11-30,2027-01-31,I-S,2m,5m,1000,100,40,planned,2026-10-15
      S-2,Launch mailing,campaign,,2027-01-29,2027-02-28,I-S,,,0,0,0,cancelled,
      S-3,Launch sheet,content,,2026-12-31,2027-01-15,I-S,,,0,0,0,done,2026-12-01
      S-4,Other mailing,campaign,,2027-05-01,2027-05-10,I-O,,,0,0,0,planned,
      S-5,Brand film,brand,,2027-01-31,2027-02-28,,,,0,0,0,planned,
      """;

  Map<String, String> shiftPlan() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("plan", "key,value\nname,Shift\nfiscal_year_start,1\ncapacity,3\n"
        + "lead_window_event,8w..6m\n");
    m.put("targets", "quarter,segment,revenue,qualified_leads\nFY2027-Q1,,1000,10\n");
    m.put("budgets", "quarter,marketing_budget\nFY2027-Q1,50000\n");
    m.put("initiatives", "id,name,segment,start,end,owner\n"
        + "I-S,Launch,,2027-01-31,2027-03-31,Dana\n"
        + "I-O,Other,Mid-market,2027-06-01,2027-06-30,\n");
    m.put("programs", SHIFT_PROGRAMS);
    m.put("orders", "program,item,owner,lead_time,needed_before,ordered\n"
        + "S-1,Stand,,10d,1w,\n"
        + "S-1,Badges,,2m,0d,2026-12-15\n");
    m.put("holidays", "date,name\n2027-01-01,New Year\n");
    return m;
  }

  /** The plan's tables after an export to CSV: table to rows, each row column to value. */
  Map<String, List<Map<String, String>>> exported(String plan) {
    Path out = dir.resolve("export-" + System.nanoTime());
    ok("export", "--db", db(), "--plan", plan, "--format", "csv", "--out", out.toString());
    Map<String, List<Map<String, String>>> tables = new TreeMap<>();
    try (var files = Files.list(out)) {
      for (Path f : files.sorted().toList()) {
        List<List<String>> rows = csv(Files.readString(f, StandardCharsets.UTF_8)
            .replace("\uFEFF", ""));
        List<Map<String, String>> list = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
          Map<String, String> m = new TreeMap<>();
          for (int i = 0; i < r.size(); i++) {
            m.put(rows.get(0).get(i).strip().toLowerCase(Locale.ROOT), r.get(i));
          }
          list.add(m);
        }
        tables.put(f.getFileName().toString(), list);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables;
  }

  static Map<String, String> byId(List<Map<String, String>> rows, String id) {
    return rows.stream().filter(r -> r.get("id").equals(id)).findFirst().orElseThrow();
  }

  /** Imports the shift plan fresh, shifts it, and returns before and after. */
  List<Map<String, List<Map<String, String>>>> shifted(String by, boolean withPrograms) {
    ok("import", folder("shift", shiftPlan()).toString(), "--db", db());
    var before = exported("Shift");
    List<String> args = new ArrayList<>(List.of("shift", "--db", db(), "--plan", "Shift",
        "--initiative", "I-S", "--by", by));
    if (withPrograms) {
      args.add("--with-programs");
    }
    ok(args.toArray(String[]::new));
    var after = exported("Shift");
    return List.of(before, after);
  }

  void assertOnlyDatesMoved(Map<String, List<Map<String, String>>> before,
      Map<String, List<Map<String, String>>> after, Map<String, String[]> moved) {
    assertEquals(before.keySet(), after.keySet());
    for (String table : before.keySet()) {
      List<Map<String, String>> expected = new ArrayList<>();
      for (Map<String, String> row : before.get(table)) {
        Map<String, String> copy = new TreeMap<>(row);
        String id = row.get("id");
        if ((table.equals("initiatives.csv") || table.equals("programs.csv"))
            && moved.containsKey(id)) {
          copy.put("start", moved.get(id)[0]);
          copy.put("end", moved.get(id)[1]);
        }
        expected.add(copy);
      }
      assertEquals(expected, after.get(table), table + " after the shift");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1m", "1", "+1m", "+1"})
  void monthsAreCalendarMonthsEachDateOnItsOwnAndABareNumberMeansMonths(String by) {
    var ba = shifted(by, false);
    // 2027-01-31 + 1m = 2027-02-28, 2027-03-31 + 1m = 2027-04-30: each date on its own
    assertOnlyDatesMoved(ba.get(0), ba.get(1),
        Map.of("I-S", new String[] {"2027-02-28", "2027-04-30"}));
  }

  @Test
  void aNegativeShiftMovesEarlierAndClampsToo() {
    var ba = shifted("-1m", false);
    assertOnlyDatesMoved(ba.get(0), ba.get(1),
        Map.of("I-S", new String[] {"2026-12-31", "2027-02-28"}));
  }

  @Test
  void weeksAndDays() {
    var weeks = shifted("2w", false);
    assertOnlyDatesMoved(weeks.get(0), weeks.get(1),
        Map.of("I-S", new String[] {"2027-02-14", "2027-04-14"}));
  }

  @Test
  void negativeDays() {
    var days = shifted("-10d", false);
    assertOnlyDatesMoved(days.get(0), days.get(1),
        Map.of("I-S", new String[] {"2027-01-21", "2027-03-21"}));
  }

  @Test
  void withProgramsEveryProgramThatSupportsItMovesWhateverItsStatusAndNothingElse() {
    var ba = shifted("3m", true);
    assertOnlyDatesMoved(ba.get(0), ba.get(1), Map.of(
        "I-S", new String[] {"2027-04-30", "2027-06-30"},
        "S-1", new String[] {"2027-02-28", "2027-04-30"},
        "S-2", new String[] {"2027-04-29", "2027-05-28"},
        "S-3", new String[] {"2027-03-31", "2027-04-15"}));
    assertEquals("2026-10-15", byId(ba.get(1).get("programs.csv"), "S-1").get("sales_review"));
  }

  @Test
  void theOrderByDatesOfMovedProgramsFollowTheirNewStart() {
    ok("import", folder("shift", shiftPlan()).toString(), "--db", db());
    // before: Stand by (2026-11-30 - 1w) - 10d = 2026-11-13; Badges by 2026-09-30 and
    // ordered 2026-12-15, late
    Set<String> before = check(db(), "Shift", "2026-11-13").stream()
        .filter(c -> c.rule().startsWith("ORDER_")).map(c -> c.rule() + "," + c.item())
        .collect(Collectors.toSet());
    assertEquals(Set.of("ORDER_DUE,Stand", "ORDER_LATE,Badges"), before);
    ok("shift", "--db", db(), "--plan", "Shift", "--initiative", "I-S", "--by", "3m",
        "--with-programs");
    // after: S-1 starts 2027-02-28: Stand by 2027-02-11; Badges by 2026-12-28, ordered
    // before that: not late any more (ordered is a fact and stays)
    Map<String, Set<String>> at = new TreeMap<>();
    for (String asOf : List.of("2027-02-11", "2027-02-12")) {
      at.put(asOf, check(db(), "Shift", asOf).stream()
          .filter(c -> c.rule().startsWith("ORDER_")).map(c -> c.rule() + "," + c.item())
          .collect(Collectors.toSet()));
    }
    assertEquals(Map.of("2027-02-11", Set.of("ORDER_DUE,Stand"),
        "2027-02-12", Set.of("ORDER_OVERDUE,Stand")), at);
  }

  @Test
  void withoutWithProgramsTheProgramsStayAndTheirConflictsFollowTheInitiative() {
    var ba = shifted("-2w", false);
    assertOnlyDatesMoved(ba.get(0), ba.get(1),
        Map.of("I-S", new String[] {"2027-01-17", "2027-03-17"}));
  }

  @ParameterizedTest
  @ValueSource(strings = {"wd", "2wd", "-1wd", "1.5m", "m", "1y", "+-1m", "1m2d", "1 m", "",
      "one", "++1", "1,5", "0x10", "d", "1M", "1W", "1D"})
  void badDurationsAreRefusedAndChangeNothing(String by) {
    ok("import", folder("shift", shiftPlan()).toString(), "--db", db());
    var before = exported("Shift");
    Run r = run("shift", "--db", db(), "--plan", "Shift", "--initiative", "I-S", "--by=" + by,
        "--with-programs");
    assertEquals(2, r.code(), "'" + by + "': " + r.out() + r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(before, exported("Shift"));
  }

  @Test
  void anUnknownInitiativeOrABaselineIsRefusedAndChangesNothing() {
    ok("import", folder("shift", shiftPlan()).toString(), "--db", db());
    ok("baseline", "--db", db(), "--plan", "Shift", "--name", "Approved");
    var before = exported("Shift");
    var baseline = exported("Approved");
    for (String[] args : List.of(
        new String[] {"--plan", "Shift", "--initiative", "I-X", "--by", "1m"},
        new String[] {"--plan", "Shift", "--initiative", "i-s", "--by", "1m"},
        new String[] {"--plan", "Shift", "--initiative", "S-1", "--by", "1m"},
        new String[] {"--plan", "Approved", "--initiative", "I-S", "--by", "1m",
            "--with-programs"})) {
      List<String> all = new ArrayList<>(List.of("shift", "--db", db()));
      all.addAll(List.of(args));
      Run r = run(all.toArray(String[]::new));
      assertEquals(2, r.code(), String.join(" ", args) + r.out() + r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
    assertEquals(before, exported("Shift"));
    assertEquals(baseline, exported("Approved"));
  }

  @Test
  void aShiftedScenarioComparedWithItsPlanShowsWhatTheShiftChanged() {
    ok("import", folder("shift", shiftPlan()).toString(), "--db", db());
    ok("copy", "--db", db(), "--plan", "Shift", "--name", "Later");
    ok("shift", "--db", db(), "--plan", "Later", "--initiative", "I-S", "--by", "3m",
        "--with-programs");
    String asOf = "2027-02-12";
    Set<List<String>> got = compareCsv(db(), "Shift", "Later", asOf);
    assertEquals(new LinkedHashSet<>(expectedCompare(check(db(), "Shift", asOf),
        check(db(), "Later", asOf))), got);
    // the launch moved out of Q1 (falls in Q2 now): Q1's target has nobody behind it
    assertTrue(got.stream().anyMatch(r -> r.subList(0, 7).equals(List.of("new",
        "UNSUPPORTED_QUARTER", "error", "", "", "FY2027-Q1", ""))), got.toString());
    assertTrue(got.stream().anyMatch(r -> r.subList(0, 3).equals(List.of("resolved",
        "ORDER_LATE", "warning"))), got.toString());
  }

  @Test
  void onlyTheSegmentIsComparedIgnoringCaseAnItemInOtherCaseIsAnotherConflict() {
    // "segment ignoring case" is the only case-blind key; the item is "as written in the plan"
    Map<String, String> b = planA();
    b.put("plan", B_PLAN);
    b.put("orders", A_ORDERS.replace("Printed brochures", "printed brochures"));
    b.put("targets", A_TARGETS.replace("FY2027-Q2,Enterprise", "FY2027-Q2,enterprise"));
    ok("import", folder("a", planA()).toString(), "--db", db());
    ok("import", folder("b", b).toString(), "--db", db());
    Set<List<String>> got = compareCsv(db(), "Plan A", "Plan B", "2027-11-10");
    assertEquals(Set.of("new,ORDER_DUE,P-8,printed brochures",
        "resolved,ORDER_DUE,P-8,Printed brochures"), got.stream()
        .map(r -> r.get(0) + "," + r.get(1) + "," + r.get(3) + "," + r.get(8))
        .collect(Collectors.toSet()));
  }

  @Test
  void aZeroShiftIsAShiftByNothing() {
    ok("import", folder("shift", shiftPlan()).toString(), "--db", db());
    var before = exported("Shift");
    ok("shift", "--db", db(), "--plan", "Shift", "--initiative", "I-S", "--by", "0",
        "--with-programs");
    assertEquals(before, exported("Shift"));
  }

  // =========================================================================================
  // The rule table, at its edges, on a fiscal year that starts in October
  // =========================================================================================

  /**
   * A plan written as a European Excel would: {@code ;}-separated, with a byte-order mark,
   * column names in other case, with spaces and in another order.
   */
  Map<String, String> rulesPlan() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("plan", "\uFEFFKey;Value\nname;Rules\nfiscal_year_start;10\nfiscal_year_named_by;end\n"
        + "capacity;2\nlead_window_campaign;2w..5w\n");
    m.put("targets", "\uFEFF Quarter ;SEGMENT;Revenue;Qualified_Leads\n"
        // falls in FY2027-Q1 (2026-10-01 .. 2026-12-31): I-A, segment in other case
        + "FY2027-Q1;ENTERPRISE;100;60\n"
        // no initiative of Mid-market or of the whole business starts in Q1
        + "FY2027-Q1;Mid-market;100;\n"
        // an empty segment matches every initiative of the quarter: none starts in Q2
        + "FY2027-Q2;;500;0\n"
        // no revenue: never unsupported; I-B (whole business) brings exactly the 10 leads
        + "FY2027-Q3;Mid-market;0;10\n"
        + "FY2027-Q4;;0;0\n");
    m.put("budgets", "quarter;marketing_budget\n"
        // 600 + 100 + 0.005 = 700.005, rounded half up 700.01: more than 700.00
        + "FY2027-Q1;700.00\n"
        // two thirds of the bridge's cent: 0.00667, rounded 0.01: not more than 0.01
        + "FY2027-Q3;0.01\n"
        // the other half of the research program's cent: 0.005, rounded 0.01 > 0
        + "FY2026-Q4;0\n"
        // a third of the bridge's cent: 0.00333, rounded 0.00: not more than 0
        + "FY2027-Q2;0\n");
    m.put("initiatives", "ID;Name;Segment;Start;End;Owner\n"
        + "I-A;Enterprise push;enterprise;2026-12-15;2027-01-31;\n"
        + "I-B;Whole push;;2027-05-01;2027-06-30;\n");
    m.put("programs", "name;id;kind;start;end;supports;min_lead;max_lead;cost;sales_share;"
        + "expected_leads;status;sales_review;owner\n"
        // on both edges of the plan's campaign window 2w..5w (2026-11-10 .. 2026-12-01);
        // reviewed on its first day: in time
        + "Edge campaign;R-1;campaign;2026-11-10;2026-11-20;I-A;;;1000;400;30;planned;"
        + "2026-11-10;\n"
        // its own window 1m..2m: must start by 2026-11-15; reviewed a day after it began
        + "Late fair;R-2;event;2026-11-16;2026-12-01;I-A;1m;2m;100;0;25;committed;"
        + "2026-11-17;\n"
        // cancelled: counts for nothing (its 100 leads would cover Q1's shortfall)
        + "Dropped sheet;R-3;content;2026-01-01;2026-01-02;I-A;;;5000;0;100;cancelled;;\n"
        // starts after its initiative has begun
        + "Late training;R-4;enablement;2027-05-10;2027-05-12;I-B;;;0;0;10;running;;\n"
        // a cent over three days: one in FY2027-Q2, two in Q3
        + "Bridge film;R-9;brand;2027-03-31;2027-04-02;;;;0.01;0;0;planned;;\n"
        // research and brand without an initiative are not unlinked
        + "Market audit;R-5;research;2026-09-30;2026-10-01;;;;0.01;0;0;planned;;\n"
        + "Brand film;R-6;brand;2026-11-30;2026-12-01;;;;0;0;0;idea;;\n"
        // tactical work without an initiative is, done or not
        + "Loose mailing;R-7;campaign;2026-11-01;2026-11-01;;;;0;0;0;planned;;\n"
        + "Old booth;R-8;event;2026-11-15;2026-11-15;;;;0;0;0;done;;\n");
    return m;
  }

  static final List<String> RULES_CONFLICTS = List.of(
      "LATE_START,R-2,I-A,,,,",
      "LATE_START,R-4,I-B,,,,",
      "LEADS_SHORTFALL,,,FY2027-Q1,ENTERPRISE,,",
      "NO_SALES_REVIEW,R-2,I-A,,,,",
      "NO_SALES_REVIEW,R-4,I-B,,,,",
      "OVER_BUDGET,,,FY2026-Q4,,,",
      "OVER_BUDGET,,,FY2027-Q1,,,",
      // November 2026 has six programs; December exactly two (R-2 ends, R-6 runs over)
      "OVER_CAPACITY,,,,,2026-11,",
      "UNLINKED,R-7,,,,,",
      "UNLINKED,R-8,,,,,",
      "UNSUPPORTED_QUARTER,,,FY2027-Q1,Mid-market,,",
      "UNSUPPORTED_QUARTER,,,FY2027-Q2,,,");

  @Test
  void everyRuleAtItsEdgesOnAnOctoberFiscalYear() {
    ok("import", folder("rules", rulesPlan()).toString(), "--db", db());
    List<Conflict> got = check(db(), "Rules", "2027-01-01");
    assertEquals(RULES_CONFLICTS, got.stream().map(Conflict::keys).sorted().toList());
    Map<String, String> severity = got.stream().collect(Collectors.toMap(Conflict::rule,
        Conflict::severity, (a, b) -> a));
    assertEquals(Map.of("LATE_START", "error", "UNSUPPORTED_QUARTER", "error",
        "LEADS_SHORTFALL", "warning", "NO_SALES_REVIEW", "warning", "OVER_BUDGET", "warning",
        "OVER_CAPACITY", "warning", "UNLINKED", "info"), severity);
    // the same conflicts after an export to a workbook and back
    Path xlsx = dir.resolve("rules.xlsx");
    ok("export", "--db", db(), "--plan", "Rules", "--format", "xlsx", "--out", xlsx.toString());
    ok("import", xlsx.toString(), "--db", db(), "--name", "Rules again");
    assertEquals(got, check(db(), "Rules again", "2027-01-01"));
  }

  @Test
  void inTheOrdersTableABareNumberIsAnErrorThatNamesTableLineAndColumnAndChangesNothing() {
    ok("import", folder("a", planA()).toString(), "--db", db());
    Map<String, String> bad = planB();
    bad.put("orders", B_ORDERS.replace("P-7,Giveaways,,10d,", "P-7,Giveaways,,10,"));
    Run r = run("import", folder("bad", bad).toString(), "--db", db());
    assertTrue(r.code() != 0, r.out() + r.err());
    assertTrue(r.err().contains("orders") && r.err().contains("line 3")
        && r.err().contains("lead_time"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    // still the one plan: check needs no --plan
    assertEquals(0, run("check", "--db", db(), "--format", "csv", "--as-of", "2027-01-01")
        .code());
  }
}

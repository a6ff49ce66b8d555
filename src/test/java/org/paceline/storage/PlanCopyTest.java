package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.PlanLineage;

/** Copies, renames and adoptions on the real H2 file database with the real migrations. */
class PlanCopyTest {

  /** Columns of the plan table that belong to the copy itself, not to the plan's content. */
  private static final Set<String> OWN_COLUMNS =
      Set.of("ID", "NAME", "CREATED_AT", "KIND", "ORIGIN_ID");

  @TempDir Path dir;

  @Test
  void aCopyHoldsEveryColumnOfEveryTableOfThePlan() throws Exception {
    Path ws = dir.resolve("ws");
    long sample;
    long sampleCopy;
    long generated;
    long generatedCopy;
    try (Workspace w = Workspace.open(ws)) {
      Plan northwind = SamplePlan.load();
      String first = northwind.programs().get(0).id();
      sample = w.plans().insert(northwind
          .withOrders(List.of(new org.paceline.model.Order(first, "Booth graphics", "Sales: Dana",
              org.paceline.model.LeadDuration.workingDays(15),
              org.paceline.model.LeadDuration.weeks(1), java.time.LocalDate.of(2026, 11, 2))))
          .withHolidays(List.of(new org.paceline.model.Holiday(java.time.LocalDate.of(2027, 1, 1),
              "New Year"))));
      generated = w.plans().insert(PlanGenerator.withOrders(
          PlanGenerator.generate(11, 400, 40, 30, 2), 11, 2));
      sampleCopy = w.plans().copy(sample, "What if", PlanKind.SCENARIO);
      generatedCopy = w.plans().copy(generated, "Approved", PlanKind.BASELINE);
      // through the model: the whole plan, and so the same conflicts
      for (long[] pair : new long[][] {{sample, sampleCopy}, {generated, generatedCopy}}) {
        Plan a = w.plans().load(pair[0]);
        Plan b = w.plans().load(pair[1]);
        assertEquals(a, b.withName(a.name()));
        assertEquals(ConflictAnalyzer.analyze(a), ConflictAnalyzer.analyze(b));
      }
    }
    // through the raw tables: every table that has a plan_id, every column but the key
    try (Connection c = DriverManager.getConnection(
        "jdbc:h2:file:" + ws.resolve(Workspace.DATABASE_NAME) + ";IFEXISTS=TRUE", "paceline", "")) {
      List<String> tables = planTables(c);
      assertTrue(tables.containsAll(List.of("PLAN_LEAD_WINDOW", "QUARTER_TARGET",
          "QUARTER_BUDGET", "INITIATIVE", "PROGRAM", "PROGRAM_ORDER", "PLAN_HOLIDAY")),
          tables.toString());
      for (long[] pair : new long[][] {{sample, sampleCopy}, {generated, generatedCopy}}) {
        for (String table : tables) {
          List<List<Object>> a = rows(c, table, pair[0]);
          assertFalse(a.isEmpty(), table + " has rows in the original, so the test can fail");
          assertEquals(a, rows(c, table, pair[1]), table);
        }
        assertEquals(planRow(c, pair[0]), planRow(c, pair[1]), "plan settings");
      }
    }
  }

  @Test
  void aFreshCopyCanBeWrittenAtOnceWithoutLoadingItFirst() {
    try (Workspace w = Workspace.open(dir.resolve("ws"))) {
      long a = w.plans().insert(SamplePlan.load());
      Plan plan = w.plans().load(a);
      long s = w.plans().copy(a, "Launch slips", PlanKind.SCENARIO);
      Plan changed = plan.withName("Launch slips").withPrograms(plan.programs().subList(1,
          plan.programs().size()));
      w.plans().replace(s, changed); // was refused as "changed by someone else"
      assertEquals(changed, w.plans().load(s));
      long t = w.plans().copy(a, "Trade show dropped", PlanKind.SCENARIO);
      var p = plan.programs().get(0);
      w.plans().updateProgram(t, p.id(), p.withDates(p.start().plusDays(7), p.end().plusDays(7)));
      assertEquals(p.start().plusDays(7), w.plans().load(t).programs().get(0).start());
      assertEquals(plan, w.plans().load(a), "the original is untouched");
    }
  }

  @Test
  void copiesAreListedWithTheirOriginAndTheOriginalIsUntouched() {
    try (Workspace w = Workspace.open(dir.resolve("ws"))) {
      long a = w.plans().insert(SamplePlan.load());
      Plan before = w.plans().load(a);
      long s = w.plans().copy(a, "  Launch slips  ", PlanKind.SCENARIO);
      long b = w.plans().copy(a, "Approved Q1", PlanKind.BASELINE);
      w.plans().replace(s, w.plans().load(s).withName("Launch slips"));
      w.plans().delete(w.plans().copy(s, "scratch", PlanKind.SCENARIO));
      assertEquals(before, w.plans().load(a));

      List<PlanLineage> all = w.plans().lineage();
      assertEquals(List.of("Approved Q1", "Launch slips", "Northwind Controls FY2027"),
          all.stream().map(PlanLineage::name).toList());
      assertEquals(PlanKind.BASELINE, all.get(0).kind());
      assertEquals(a, all.get(0).originId());
      assertEquals("Northwind Controls FY2027", all.get(1).originName());
      assertEquals(PlanKind.SCENARIO, w.plans().kind(s));
      assertEquals(PlanKind.PLAN, all.get(2).kind());
      assertEquals(null, all.get(2).originId());
      assertTrue(all.get(1).createdAt() != null);
      assertEquals(PlanKind.BASELINE, w.plans().kind(b));

      IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
          () -> w.plans().copy(a, "Approved Q1", PlanKind.SCENARIO));
      assertEquals("There is already a plan named \"Approved Q1\"; choose another name.",
          taken.getMessage());
      assertThrows(IllegalArgumentException.class, () -> w.plans().copy(a, " ", PlanKind.SCENARIO));
      assertEquals(3, w.plans().lineage().size(), "a refused copy leaves nothing behind");

      w.plans().delete(a);
      PlanLineage orphan = w.plans().lineage().stream()
          .filter(p -> p.name().equals("Launch slips")).findFirst().orElseThrow();
      assertEquals(null, orphan.originId(), "deleting the original leaves its copies");
    }
  }

  @Test
  void renamingKeepsTheContentAndRefusesATakenName() {
    try (Workspace w = Workspace.open(dir.resolve("ws"))) {
      long a = w.plans().insert(SamplePlan.load());
      long s = w.plans().copy(a, "Try", PlanKind.SCENARIO);
      w.plans().rename(s, "Try harder");
      assertEquals("Try harder", w.plans().load(s).name());
      assertThrows(IllegalArgumentException.class,
          () -> w.plans().rename(s, "Northwind Controls FY2027"));
      w.plans().rename(s, "Try harder"); // its own name is not "taken"
      assertEquals(w.plans().load(a), w.plans().load(s).withName("Northwind Controls FY2027"));
    }
  }

  @Test
  void adoptingAScenarioReplacesItsPlanAndKeepsTheOldOneAsABaseline() {
    try (Workspace w = Workspace.open(dir.resolve("ws"))) {
      Plan original = SamplePlan.load();
      long a = w.plans().insert(original);
      long s = w.plans().copy(a, "Fewer events", PlanKind.SCENARIO);
      long other = w.plans().copy(s, "Fewer events, later", PlanKind.SCENARIO);
      Plan changed = w.plans().load(s);
      changed = new Plan(changed.settings(), changed.targets(), changed.budgets(),
          changed.initiatives(), changed.programs().subList(0, 10));
      w.plans().replace(s, changed);

      PlanRepository.Adoption done = w.plans().adopt(s, LocalDate.of(2027, 2, 3));
      assertEquals("Northwind Controls FY2027 baseline 2027-02-03", done.baselineName());
      assertEquals(a, done.planId());
      assertEquals(changed.withName(original.name()), w.plans().load(a));
      assertEquals(original.withName(done.baselineName()), w.plans().load(done.baselineId()));
      assertEquals(PlanKind.BASELINE, w.plans().kind(done.baselineId()));
      assertEquals(PlanKind.PLAN, w.plans().kind(a));
      assertThrows(WorkspaceException.class, () -> w.plans().load(s), "the scenario is gone");
      assertEquals(a, w.plans().lineage().stream().filter(p -> p.id() == other).findFirst()
          .orElseThrow().originId(), "its own scenarios now come from the plan it became");

      // a second adoption the same day gets a name of its own
      long s2 = w.plans().copy(a, "Again", PlanKind.SCENARIO);
      assertEquals("Northwind Controls FY2027 baseline 2027-02-03 (2)",
          w.plans().adopt(s2, LocalDate.of(2027, 2, 3)).baselineName());
      IllegalArgumentException notScenario = assertThrows(IllegalArgumentException.class,
          () -> w.plans().adopt(a, LocalDate.of(2027, 2, 3)));
      assertTrue(notScenario.getMessage().contains("only a scenario can be adopted"));
    }
  }

  static List<String> planTables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery("SELECT table_name FROM "
        + "information_schema.columns WHERE table_schema = 'PUBLIC' AND column_name = 'PLAN_ID' "
        + "ORDER BY table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  /** Every row of a table for one plan, all columns but plan_id, in a stable order. */
  static List<List<Object>> rows(Connection c, String table, long planId) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (var ps = c.prepareStatement("SELECT column_name FROM information_schema.columns "
        + "WHERE table_schema = 'PUBLIC' AND table_name = ? AND column_name <> 'PLAN_ID' "
        + "ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add('"' + rs.getString(1) + '"');
        }
      }
    }
    String list = String.join(", ", columns);
    // table and column names come from the database's own catalogue, not from input
    try (var ps = c.prepareStatement("SELECT " + list + " FROM \"" + table
        + "\" WHERE plan_id = ? ORDER BY " + list)) {
      ps.setLong(1, planId);
      return read(ps.executeQuery(), Set.of());
    }
  }

  static List<Object> planRow(Connection c, long planId) throws SQLException {
    try (var ps = c.prepareStatement("SELECT * FROM plan WHERE id = ?")) {
      ps.setLong(1, planId);
      List<List<Object>> rows = read(ps.executeQuery(), OWN_COLUMNS);
      assertEquals(1, rows.size());
      return rows.get(0);
    }
  }

  private static List<List<Object>> read(ResultSet rs, Set<String> skip) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    int n = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        if (!skip.contains(rs.getMetaData().getColumnName(i).toUpperCase())) {
          row.add(rs.getObject(i));
        }
      }
      rows.add(row);
    }
    rs.close();
    return rows;
  }
}

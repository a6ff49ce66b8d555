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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Holiday;
import org.paceline.model.LeadDuration;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.Program;

/**
 * Removing a plan and bringing it back, and taking an adoption back, on the real H2 file database:
 * every column of every table with a plan_id (found through the catalogue) is as it was.
 */
class PlanRestoreTest {

  @TempDir Path dir;

  private Path ws() {
    return dir.resolve("ws");
  }

  private long a;
  private long b;
  private long c;

  /** A plan with orders and holidays, scenario B of it (edited), scenario C of B. */
  private void threePlans() {
    try (Workspace w = Workspace.open(ws())) {
      Plan sample = SamplePlan.load();
      String first = sample.programs().get(0).id();
      a = w.plans().insert(sample.withOrders(List.of(new Order(first, "Booth graphics",
              "Sales: Dana", LeadDuration.workingDays(15), LeadDuration.weeks(1),
              LocalDate.of(2026, 11, 2))))
          .withHolidays(List.of(new Holiday(LocalDate.of(2027, 1, 1), "New Year"))));
      b = w.plans().copy(a, "Launch slips", PlanKind.SCENARIO);
      Program p = w.plans().load(b).programs().get(2);
      w.plans().updateProgram(b, p.id(), p.withDates(p.start().plusWeeks(2),
          p.end().plusWeeks(2)));
      c = w.plans().copy(b, "Launch slips further", PlanKind.SCENARIO);
    }
  }

  @Test
  void aRemovedPlanComesBackWithEveryColumnOfEveryTableAndItsLineage() throws Exception {
    threePlans();
    Map<String, Object> before = dump(b);
    PlanRepository.RemovedPlan removed;
    try (Workspace w = Workspace.open(ws())) {
      removed = w.plans().remove(b);
      assertFalse(w.plans().list().stream().anyMatch(p -> p.id() == b));
      assertEquals(null, w.plans().lineage().stream().filter(l -> l.id() == c).findFirst()
          .orElseThrow().originId(), "the copy of B comes from nowhere while B is gone");
    }
    assertTrue(dump(b).values().stream().allMatch(v -> v instanceof List<?> l && l.isEmpty()),
        "nothing of B is left: " + dump(b));
    try (Workspace w = Workspace.open(ws())) {
      w.plans().restore(removed);
      assertEquals(Long.valueOf(b), w.plans().lineage().stream().filter(l -> l.id() == c)
          .findFirst().orElseThrow().originId(), "C comes from B again");
      // and it can be edited at once
      Program p = w.plans().load(b).programs().get(0);
      assertThrows(IllegalArgumentException.class, () -> w.plans().restore(removed));
      w.plans().updateProgram(b, p.id(), p.withDates(p.start(), p.end()));
    }
    assertEquals(before, dump(b));
  }

  @Test
  void takingAnAdoptionBackRestoresThePlanTheScenarioAndTheirLineage() throws Exception {
    threePlans();
    Map<String, Object> planBefore = dump(a);
    Map<String, Object> scenarioBefore = dump(b);
    try (Workspace w = Workspace.open(ws())) {
      Plan scenario = w.plans().load(b);
      PlanRepository.Adoption done = w.plans().adopt(b, LocalDate.of(2027, 2, 3));
      assertEquals(scenario.withName(w.plans().load(a).name()), w.plans().load(a));
      assertEquals(List.of(c), done.copiesMoved());
      w.plans().unadopt(done);
      assertFalse(w.plans().findByName(done.baselineName()).isPresent(),
          "the automatic baseline is gone again");
      assertEquals(3, w.plans().list().size());
      // the plan can be edited at once after its next load
      Program p = w.plans().load(a).programs().get(0);
      w.plans().updateProgram(a, p.id(), p);
    }
    assertEquals(planBefore, dump(a));
    assertEquals(scenarioBefore, dump(b));
  }

  /**
   * The plan's row (every column but the row version) and, per table with a plan_id, its rows
   * (every column but plan_id and row_version, which count writes rather than content).
   */
  private Map<String, Object> dump(long planId) throws SQLException {
    try (Connection con = DriverManager.getConnection("jdbc:h2:file:"
        + ws().resolve(Workspace.DATABASE_NAME) + ";IFEXISTS=TRUE", "paceline", "")) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("PLAN", select(con, "PLAN", "ID", planId));
      List<String> tables = PlanCopyTest.planTables(con);
      assertTrue(tables.size() >= 7, tables.toString());
      for (String t : tables) {
        out.put(t, select(con, t, "PLAN_ID", planId));
      }
      return out;
    }
  }

  private static List<List<Object>> select(Connection con, String table, String key, long id)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (var ps = con.prepareStatement("SELECT column_name FROM information_schema.columns "
        + "WHERE table_schema = 'PUBLIC' AND table_name = ? AND column_name NOT IN "
        + "('PLAN_ID', 'ROW_VERSION') ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add('"' + rs.getString(1) + '"');
        }
      }
    }
    String list = String.join(", ", columns);
    // names from the database's own catalogue, not from input
    try (var ps = con.prepareStatement("SELECT " + list + " FROM \"" + table + "\" WHERE \""
        + key + "\" = ? ORDER BY " + list)) {
      ps.setLong(1, id);
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns.size(); i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }
}

package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.TextLimit;

/**
 * The workspace's schema holds exactly what the model's {@link TextLimit} allows, so a value
 * the readers and editors accept never meets a database error; and a name made unique by
 * appending stays within the limit.
 */
class SchemaLimitsTest {

  /** Each text column of the schema and the limit it must hold. */
  static final Map<String, TextLimit> COLUMNS = Map.ofEntries(
      Map.entry("PLAN.NAME", TextLimit.PLAN_NAME),
      Map.entry("INITIATIVE.ID", TextLimit.ID),
      Map.entry("INITIATIVE.NAME", TextLimit.NAME),
      Map.entry("INITIATIVE.SEGMENT", TextLimit.SEGMENT),
      Map.entry("INITIATIVE.OWNER", TextLimit.OWNER),
      Map.entry("PROGRAM.ID", TextLimit.ID),
      Map.entry("PROGRAM.NAME", TextLimit.NAME),
      Map.entry("PROGRAM.OWNER", TextLimit.OWNER),
      Map.entry("PROGRAM.SUPPORTS", TextLimit.ID),
      Map.entry("QUARTER_TARGET.SEGMENT", TextLimit.SEGMENT));

  @TempDir Path dir;

  @Test
  void everyTextColumnHoldsTheModelsLimitAndKeepsItsNullability() throws Exception {
    Workspace.open(dir).close();
    try (var c = DriverManager.getConnection(
        "jdbc:h2:file:" + dir.resolve("paceline") + ";IFEXISTS=TRUE", "paceline", "");
         var st = c.prepareStatement("SELECT CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE FROM "
             + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? "
             + "AND COLUMN_NAME = ?")) {
      for (var e : COLUMNS.entrySet()) {
        String[] tc = e.getKey().split("\\.");
        st.setString(1, tc[0]);
        st.setString(2, tc[1]);
        try (ResultSet rs = st.executeQuery()) {
          assertTrue(rs.next(), e.getKey());
          assertEquals(e.getValue().max(), rs.getInt(1), e.getKey());
          assertEquals(e.getKey().equals("PROGRAM.SUPPORTS") ? "YES" : "NO", rs.getString(2),
              e.getKey() + " keeps NOT NULL");
        }
      }
    }
  }

  @Test
  void aRoundOneWorkspaceIsUpgradedWithItsDataAndThenHoldsTheLongerTexts() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("paceline");
    org.flywaydb.core.Flyway.configure().dataSource(url, "paceline", "")
        .locations("classpath:db/migration").target("1").load().migrate();
    String owner200 = "o".repeat(200);
    try (var c = DriverManager.getConnection(url, "paceline", "");
         var st = c.createStatement()) {
      st.execute("INSERT INTO plan (name, fiscal_year_start, fiscal_year_named_by, currency)"
          + " VALUES ('Round one', 1, 'end', 'USD')");
      st.execute("INSERT INTO initiative SELECT id, 0, 'I-1', 'Launch', '', DATE '2027-03-01',"
          + " DATE '2027-03-31', '" + owner200 + "' FROM plan WHERE name = 'Round one'");
      assertEquals(1, Workspace.schemaVersion(c));
    }
    try (Workspace ws = Workspace.open(dir)) {
      Plan old = ws.plans().load(ws.plans().findByName("Round one").orElseThrow());
      assertEquals(owner200, old.initiatives().get(0).owner(), "kept through the upgrade");
      Plan longer = SamplePlan.load();
      var i = longer.initiatives().get(0);
      var initiatives = new java.util.ArrayList<>(longer.initiatives());
      initiatives.set(0, new org.paceline.model.Initiative(i.id(), i.name(),
          "s".repeat(TextLimit.SEGMENT.max()), i.start(), i.end(), "o".repeat(TextLimit.OWNER.max())));
      long id = ws.plans().insert(new Plan(longer.settings(), longer.targets(), longer.budgets(),
          initiatives, longer.programs()));
      assertEquals(TextLimit.OWNER.max(), ws.plans().load(id).initiatives().get(0).owner().length());
    }
  }

  @Test
  void uniqueNamesOfALongNameStayWithinTheLimit() {
    String longest = "N".repeat(TextLimit.PLAN_NAME.max());
    Plan plan = SamplePlan.load().withName(longest);
    try (Workspace ws = Workspace.open(dir)) {
      ws.plans().insert(plan);
      for (int n = 2; n <= 12; n++) {
        String name = ws.plans().uniqueName(longest);
        assertEquals(TextLimit.PLAN_NAME.max(), name.length(), name);
        assertTrue(name.endsWith(" (" + n + ")"), name);
        ws.plans().insert(plan.withName(name));
      }
      assertEquals(12, ws.plans().list().size());
    }
  }
}

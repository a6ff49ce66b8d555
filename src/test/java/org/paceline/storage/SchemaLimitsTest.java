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

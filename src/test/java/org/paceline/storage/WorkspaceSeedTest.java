package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;

/** A prepared workspace: written once, copied into a new folder, never over a workspace. */
class WorkspaceSeedTest {

  @TempDir Path dir;

  @Test
  void aPlantedSeedOpensAtTheCurrentVersionWithThePlansItWasWrittenWith() throws Exception {
    Path seed = dir.resolve("seed.mv.db");
    WorkspaceSeed.write(seed, List.of(SamplePlan.load()));
    Plan usual;
    try (Workspace ws = Workspace.open(dir.resolve("usual"))) {
      usual = ws.plans().load(ws.plans().insert(SamplePlan.load()));
    }

    Path ws1 = dir.resolve("new");
    try (InputStream in = Files.newInputStream(seed)) {
      assertNotNull(WorkspaceSeed.plant(ws1, in));
    }
    try (var c = DriverManager.getConnection("jdbc:h2:file:" + ws1.resolve("paceline")
        + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", "paceline", "")) {
      assertEquals(Workspace.SCHEMA_VERSION, Workspace.schemaVersion(c),
          "opening skips the migrations");
    }
    try (Workspace ws = Workspace.open(ws1)) {
      List<PlanSummary> plans = ws.plans().list();
      assertEquals(1, plans.size());
      assertEquals(usual, ws.plans().load(plans.get(0).id()));
    }
    try (var files = Files.list(ws1)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")),
          "no temporary file is left");
    }
  }

  @Test
  void aSeedIsNeverPlantedOverAWorkspace() throws Exception {
    Path seed = dir.resolve("seed.mv.db");
    WorkspaceSeed.write(seed, List.of(SamplePlan.load()));
    Path existing = dir.resolve("existing");
    Workspace.open(existing).close();
    Path file = existing.resolve("paceline.mv.db");
    byte[] before = Files.readAllBytes(file);

    try (InputStream in = Files.newInputStream(seed)) {
      assertNull(WorkspaceSeed.plant(existing, in));
    }
    assertArrayEquals(before, Files.readAllBytes(file));
    try (Workspace ws = Workspace.open(existing)) {
      assertTrue(ws.plans().list().isEmpty());
    }
  }

  @Test
  void aPlantedPlanIsDatedWhenItWasPlantedNotWhenTheSeedWasWritten() throws Exception {
    Path seed = dir.resolve("seed.mv.db");
    WorkspaceSeed.write(seed, List.of(SamplePlan.load()));
    // as if the build had run long ago
    Path old = dir.resolve("old");
    Files.createDirectories(old);
    Files.copy(seed, old.resolve("paceline.mv.db"));
    try (var c = DriverManager.getConnection("jdbc:h2:file:" + old.resolve("paceline")
        + ";IFEXISTS=TRUE", "paceline", ""); var st = c.createStatement()) {
      st.executeUpdate("UPDATE plan SET created_at = TIMESTAMP '2020-01-01 00:00:00'");
    }
    LocalDateTime start = LocalDateTime.now().minusMinutes(1);
    Path ws1 = dir.resolve("new");
    try (InputStream in = Files.newInputStream(old.resolve("paceline.mv.db"))) {
      WorkspaceSeed.plant(ws1, in);
    }
    try (Workspace ws = Workspace.open(ws1)) {
      assertEquals(2020, ws.plans().list().get(0).createdAt().getYear());
      WorkspaceSeed.stampAsNew(ws);
      assertTrue(ws.plans().list().get(0).createdAt().isAfter(start));
    }
  }
}

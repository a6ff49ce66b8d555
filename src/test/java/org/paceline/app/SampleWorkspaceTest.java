package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;
import org.paceline.storage.Workspace;

/** The window's first start copies the sample workspace the build prepared. */
class SampleWorkspaceTest {

  @TempDir Path dir;

  @Test
  void theBuildShipsThePreparedSampleWorkspace() {
    assertNotNull(SampleWorkspace.class.getResource(SampleWorkspace.RESOURCE),
        "the build's process-classes step writes it (exec-maven-plugin, sample-workspace)");
  }

  @Test
  void aFirstStartOpensOnTheSamplePlanAsIfItHadBeenImported() throws Exception {
    Plan imported;
    try (Workspace ws = Workspace.open(dir.resolve("usual"))) {
      imported = ws.plans().load(ws.plans().insert(SamplePlan.load()));
    }
    LocalDateTime start = LocalDateTime.now().minusMinutes(1);
    try (Workspace ws = SampleWorkspace.open(dir.resolve("first"))) {
      List<PlanSummary> plans = ws.plans().list();
      assertEquals(1, plans.size());
      assertEquals(imported, ws.plans().load(plans.get(0).id()));
      assertTrue(plans.get(0).createdAt().isAfter(start), "dated now, not at build time");
    }
  }

  @Test
  void anExistingWorkspaceIsOpenedAsItIs() throws Exception {
    Path existing = dir.resolve("existing");
    Workspace.open(existing).close();
    try (Workspace ws = SampleWorkspace.open(existing)) {
      assertTrue(ws.plans().list().isEmpty(), "an emptied workspace gets no copy over it");
    }
    try (var files = Files.list(existing)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
    }
  }
}

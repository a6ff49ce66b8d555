package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;

/** The real H2 file database with the real migrations. */
class PlanRepositoryTest {

  @TempDir Path dir;

  @Test
  void aStoredPlanLoadsBackEqualAfterReopening() {
    Plan sample = SamplePlan.load();
    Plan generated = PlanGenerator.generate(7, 500, 80, 60, 2);
    long a;
    long b;
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      a = ws.plans().insert(sample);
      b = ws.plans().insert(generated);
    }
    assertTrue(Files.exists(dir.resolve("ws").resolve("paceline.mv.db")));
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      assertEquals(sample, ws.plans().load(a));
      assertEquals(generated, ws.plans().load(b));
      List<PlanSummary> plans = ws.plans().list();
      assertEquals(List.of("Generated plan 7", "Northwind Controls FY2027"),
          plans.stream().map(PlanSummary::name).toList());
      assertEquals(18, plans.get(1).programs());
    }
  }

  @Test
  void namesStayUniqueAndDeletingRemovesEverything() {
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      Plan sample = SamplePlan.load();
      ws.plans().insert(sample);
      String second = ws.plans().uniqueName(sample.name());
      assertEquals("Northwind Controls FY2027 (2)", second);
      long id = ws.plans().insert(sample.withName(second));
      assertEquals("Northwind Controls FY2027 (3)", ws.plans().uniqueName(sample.name()));
      ws.plans().delete(id);
      assertEquals(1, ws.plans().list().size());
      assertThrows(WorkspaceException.class, () -> ws.plans().load(id));
      assertThrows(RuntimeException.class, () -> ws.plans().insert(sample),
          "the database itself refuses a second plan of the same name");
      assertEquals(1, ws.plans().list().size(), "a failed insert leaves nothing behind");
    }
  }

  @Test
  void aNewFolderIsCreatedAndAFileThatIsNotADatabaseIsNamed() throws Exception {
    Path nested = dir.resolve("a/b/c");
    try (Workspace ws = Workspace.open(nested)) {
      assertEquals(List.of(), ws.plans().list());
    }
    Path junk = dir.resolve("junk");
    Files.createDirectories(junk);
    Files.write(junk.resolve("paceline.mv.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(junk));
    assertTrue(e.getMessage().contains(junk.resolve("paceline.mv.db").toString()),
        e.getMessage());
    assertEquals(8, Files.size(junk.resolve("paceline.mv.db")), "the damaged file is kept");
  }
}

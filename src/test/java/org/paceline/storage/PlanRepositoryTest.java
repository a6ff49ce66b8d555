package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;

/** The real H2 file database with the real migrations. */
class PlanRepositoryTest extends AbstractPlanRepositoryTest {

  @TempDir Path dir;

  @Override
  Workspace open() {
    return Workspace.open(dir.resolve("ws"));
  }

  @Override
  AutoCloseable refuse(Workspace ws, String table, String operation) {
    String name = "REFUSE_" + table + "_" + operation;
    ws.dsl().execute("CREATE TRIGGER " + name + " BEFORE " + operation + " ON " + table
        + " FOR EACH ROW CALL '" + RefusingTrigger.class.getName() + "'");
    return () -> ws.dsl().execute("DROP TRIGGER " + name);
  }

  @Test
  void theWorkspaceIsOneFileInTheFolder() {
    try (Workspace ws = open()) {
      ws.plans().insert(SamplePlan.load());
    }
    assertTrue(Files.exists(dir.resolve("ws").resolve("paceline.mv.db")));
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

package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;

/** Opening a workspace: migrations once, a quick open afterwards, a newer one refused. */
class WorkspaceTest {

  @TempDir Path dir;

  @Test
  void schemaVersionIsTheNewestMigration() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      int newest = files.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("V\\d+__.*\\.sql"))
          .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
          .max().orElseThrow();
      assertEquals(newest, Workspace.SCHEMA_VERSION,
          "bump Workspace.SCHEMA_VERSION with each new migration");
    }
  }

  @Test
  void aMigratedWorkspaceReopensWithItsPlans() throws Exception {
    long id;
    try (Workspace ws = Workspace.open(dir)) {
      id = ws.plans().insert(SamplePlan.load());
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertEquals("Northwind Controls FY2027", ws.plans().load(id).name());
      try (var c = DriverManager.getConnection(
          "jdbc:h2:file:" + dir.resolve("paceline") + ";IFEXISTS=TRUE", "paceline", "")) {
        // Running migrations again would not add rows; the version is the current one.
        assertEquals(Workspace.SCHEMA_VERSION, Workspace.schemaVersion(c));
      }
    }
  }

  @Test
  void aWorkspaceFromANewerPacelineIsRefusedAndLeftAlone() throws Exception {
    Workspace.open(dir).close();
    try (var c = DriverManager.getConnection(
        "jdbc:h2:file:" + dir.resolve("paceline"), "paceline", "");
         var st = c.createStatement()) {
      st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
          + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", "
          + "\"execution_time\", \"success\") VALUES (99, '" + (Workspace.SCHEMA_VERSION + 1)
          + "', 'future', 'SQL', 'V9__future.sql', 0, 'test', 0, TRUE)");
    }
    Path file = dir.resolve("paceline.mv.db");
    byte[] before = Files.readAllBytes(file);
    WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
    assertTrue(e.getMessage().contains("newer Paceline"), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(file), "the file is not touched");
  }

  @Test
  void theWorkspaceIsReadableByItsOwnerOnly() throws Exception {
    Path ws = dir.resolve("ws");
    Workspace.open(ws).close();
    assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
        Files.getPosixFilePermissions(ws.resolve("paceline.mv.db")));
    assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"),
        Files.getPosixFilePermissions(ws));
  }
}

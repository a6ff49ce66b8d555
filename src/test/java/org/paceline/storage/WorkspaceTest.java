package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
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

  @Test
  void theFirstOpenOfADayMakesABackupThatRestores() throws Exception {
    Path ws = dir.resolve("ws");
    long id;
    try (Workspace w = Workspace.open(ws)) {
      id = w.plans().insert(SamplePlan.load());
    }
    try (Workspace w = Workspace.open(ws)) {
      w.backUpIfDue(); // holds a plan now: the day's backup is made
    }
    try (Workspace w = Workspace.open(ws)) {
      w.backUpIfDue(); // and only once a day
    }
    Backups backups = new Backups(ws);
    List<Backups.Backup> all = backups.list();
    assertEquals(1, all.size());
    assertEquals("daily", all.get(0).reason());
    assertEquals(List.of("Northwind Controls FY2027"), all.get(0).plans());
    assertTrue(all.get(0).describe().contains("1 plan: Northwind Controls FY2027"));
    assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
        Files.getPosixFilePermissions(all.get(0).file()));

    try (Workspace w = Workspace.open(ws)) {
      w.plans().delete(id);
    }
    Path kept = backups.restore(all.get(0));
    assertTrue(Files.exists(kept), "the replaced file is kept: " + kept);
    try (Workspace w = Workspace.open(ws)) {
      assertEquals(List.of("Northwind Controls FY2027"),
          w.plans().list().stream().map(p -> p.name()).toList());
    }
  }

  @Test
  void theNewestTenBackupsAreKept() throws Exception {
    Path ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      w.plans().insert(SamplePlan.load());
      for (int i = 0; i < 12; i++) {
        w.backUp("test " + i);
      }
    }
    List<Backups.Backup> all = new Backups(ws).list();
    assertEquals(Backups.KEEP, all.size());
    assertEquals("test 11", all.get(0).reason());
  }

  @Test
  void aDamagedFileIsReportedByNameAndLeftAsItIs() throws Exception {
    Path ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      w.plans().insert(SamplePlan.load());
    }
    Path file = ws.resolve("paceline.mv.db");
    byte[] whole = Files.readAllBytes(file);
    for (byte[] damaged : List.of(java.util.Arrays.copyOf(whole, whole.length / 3),
        garbage(whole.length))) {
      Files.write(file, damaged);
      WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(ws));
      assertEquals(WorkspaceException.Problem.DAMAGED, e.problem(), e.getMessage());
      assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
      assertArrayEquals(damaged, Files.readAllBytes(file), "the damaged file is kept");
    }
  }

  @Test
  void anotherDatabaseIsNotTakenForAWorkspace() throws Exception {
    Path ws = dir.resolve("other");
    Files.createDirectories(ws);
    try (var c = DriverManager.getConnection("jdbc:h2:file:" + ws.resolve("paceline"), "sa", "");
         var st = c.createStatement()) {
      st.execute("CREATE TABLE invoices (id INT PRIMARY KEY)");
    }
    byte[] before = Files.readAllBytes(ws.resolve("paceline.mv.db"));
    WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(ws));
    assertEquals(WorkspaceException.Problem.NOT_PACELINE, e.problem(), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(ws.resolve("paceline.mv.db")));
  }

  private static byte[] garbage(int length) {
    byte[] b = new byte[length];
    new java.util.Random(5).nextBytes(b);
    return b;
  }

  @Test
  void anUpgradeOfTheSchemaBacksTheWorkspaceUpFirst() throws Exception {
    Path ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      w.plans().insert(SamplePlan.load());
    }
    Workspace.open(ws, 90, "classpath:db/migration", "classpath:db/upgrade-test").close();
    List<Backups.Backup> backups = new Backups(ws).list();
    Backups.Backup before = backups.stream().filter(b -> b.reason().equals("before migration"))
        .findFirst().orElseThrow(() -> new AssertionError("no backup before the upgrade: "
            + backups));
    assertEquals(List.of("Northwind Controls FY2027"), before.plans());
    // the upgraded workspace is now newer than this build: refused, not touched
    WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(ws));
    assertEquals(WorkspaceException.Problem.NEWER, e.problem());
    // and the backup taken before the upgrade still opens with this build
    new Backups(ws).restore(before);
    try (Workspace w = Workspace.open(ws)) {
      assertEquals(1, w.plans().list().size());
    }
  }
}

package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;

/**
 * A backup is data: one that holds code, is not Paceline's, or does not match its checksum is
 * refused before it can run anything, and the workspace stays exactly as it was.
 */
class BackupInspectorTest {

  @TempDir Path dir;
  Path ws;
  Path marker;
  int made;

  @BeforeEach
  void aWorkspaceWithAPlan() throws Exception {
    ws = dir.resolve("ws");
    marker = dir.resolve("marker");
    try (Workspace w = Workspace.open(ws)) {
      w.plans().insert(SamplePlan.load());
    }
  }

  /** A trigger written as Java source that writes {@code marker} when H2 creates it. */
  static String sourceTrigger(String name, String table, Path marker) {
    return "CREATE TRIGGER " + name + " BEFORE INSERT ON " + table + " FOR EACH ROW AS $$"
        + "org.h2.api.Trigger create() throws Exception {"
        + " java.nio.file.Files.writeString(java.nio.file.Path.of(\""
        + marker.toString().replace("\\", "\\\\") + "\"), \"source ran\");"
        + " return (c, o, n) -> {}; }$$";
  }

  @Test
  void allowedClassesStopsTriggerClassesButNotJavaSource() throws Exception {
    Path probe = dir.resolve("probe");
    Files.createDirectories(probe);
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dh2.allowedClasses=org.h2.*", "-cp", System.getProperty("java.class.path"),
        AllowedClassesProbe.class.getName(), probe.toString())
        .redirectErrorStream(true).start();
    List<String> out;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      out = r.lines().toList();
    }
    assertEquals(0, child.waitFor(), String.join("\n", out));
    assertTrue(out.contains("class refused"), "h2.allowedClasses covers classes: " + out);
    assertTrue(out.contains("source ran"),
        "…but not Java source, which is why backups are inspected unopened: " + out);
  }

  /** A real H2 workspace made by Paceline, then changed with {@code sql}, zipped as a backup. */
  Backups.Backup hostile(String... sql) throws Exception {
    Path src = dir.resolve("src-" + (++made));
    try (Workspace w = Workspace.open(src)) {
      w.plans().insert(SamplePlan.load());
    }
    System.setProperty("paceline.test.marker", marker.toString());
    try (var c = DriverManager.getConnection("jdbc:h2:file:" + src.resolve("paceline"),
        "paceline", ""); var st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
    Files.deleteIfExists(marker); // creating it ran it here; restoring must not
    return zipped(Files.readAllBytes(src.resolve("paceline.mv.db")), null);
  }

  /** Bytes zipped like a Paceline backup, with their checksum unless one is given. */
  Backups.Backup zipped(byte[] database, String checksum) throws Exception {
    Path folder = ws.resolve("backups");
    Files.createDirectories(folder);
    Path zip = folder.resolve("paceline-20270101-000000-daily-" + (++made) + ".zip");
    Properties m = new Properties();
    m.setProperty("created", Instant.now().minusSeconds(3600).toString());
    m.setProperty("reason", "daily");
    m.setProperty("schema", "1");
    m.setProperty("plan.0", "Northwind Controls FY2027");
    m.setProperty("sha256", checksum != null ? checksum : HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(database)));
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("paceline.mv.db"));
      out.write(database);
      out.closeEntry();
      out.putNextEntry(new ZipEntry("backup.properties"));
      m.store(out, null);
      out.closeEntry();
    }
    return new Backups(ws).list().stream().filter(b -> b.file().equals(zip)).findFirst()
        .orElseThrow();
  }

  /** Restoring {@code backup} is refused with words containing {@code why}; nothing changed. */
  void refused(Backups.Backup backup, String why) throws Exception {
    Path file = ws.resolve("paceline.mv.db");
    byte[] before = Files.readAllBytes(file);
    List<String> listing = WorkspacePathTest.children(ws);
    WorkspaceException e = assertThrows(WorkspaceException.class,
        () -> Workspace.restore(ws, backup));
    assertEquals(WorkspaceException.Problem.BAD_BACKUP, e.problem(), e.getMessage());
    assertTrue(e.getMessage().contains(why), e.getMessage());
    assertTrue(e.getMessage().contains(backup.file().toString()), e.getMessage());
    for (String internal : List.of("jdbc:", "Exception", "CREATE", "org.", "$$")) {
      assertFalse(e.getMessage().contains(internal), e.getMessage());
    }
    assertFalse(Files.exists(marker), "the backup's code ran");
    assertArrayEquals(before, Files.readAllBytes(file), "the workspace is byte-for-byte as it was");
    assertEquals(listing, WorkspacePathTest.children(ws), "nothing added beside it");
    try (var folder = Files.list(ws.resolve("backups"))) {
      assertTrue(folder.noneMatch(p -> p.getFileName().toString().startsWith(".restore-")),
          "the unpacked copy is removed");
    }
  }

  @Test
  void aTriggerWrittenInJavaIsRefusedWithoutRunning() throws Exception {
    refused(hostile(sourceTrigger("AUDIT", "PROGRAM", marker)),
        "a trigger \"AUDIT\", code that would run inside the database");
  }

  @Test
  void aTriggerNamingAClassIsRefusedWithoutRunning() throws Exception {
    refused(hostile("CREATE TRIGGER KEEPER AFTER INSERT ON PLAN FOR EACH ROW CALL '"
        + MarkerTrigger.class.getName() + "'"), "a trigger \"KEEPER\"");
  }

  @Test
  void aJavaFunctionIsRefused() throws Exception {
    refused(hostile("CREATE ALIAS NEXT_ID AS $$ String nextId() throws Exception {"
        + " java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"x\");"
        + " return \"x\"; } $$", "ALTER TABLE PROGRAM ALTER COLUMN OWNER SET DEFAULT NEXT_ID()"),
        "a stored function \"NEXT_ID\", code that would run inside the database");
  }

  @Test
  void aTableDefinedDifferentlyFromPacelinesIsRefused() throws Exception {
    refused(hostile("ALTER TABLE PLAN ALTER COLUMN CURRENCY SET DEFAULT 'EUR'"),
        "a table or view \"PLAN\"");
    refused(hostile("ALTER TABLE PROGRAM DROP CONSTRAINT CK_PROGRAM_MONEY"),
        "does not hold the tables of a Paceline workspace");
    refused(hostile("CREATE TABLE NOTES(X INT)"), "a table or view \"NOTES\"");
    refused(hostile("CREATE LINKED TABLE REMOTE('org.h2.Driver', 'jdbc:h2:mem:x', '', '', "
        + "'INFORMATION_SCHEMA.USERS')"), "\"REMOTE\"");
    refused(hostile("CREATE DOMAIN MONEY AS DECIMAL(19, 2)"), "a domain \"MONEY\"");
  }

  @Test
  void anotherDatabaseIsNotAWorkspace() throws Exception {
    Path other = dir.resolve("other");
    try (var c = DriverManager.getConnection("jdbc:h2:file:" + other.resolve("paceline"),
        "paceline", ""); var st = c.createStatement()) {
      st.execute("CREATE TABLE INVOICES(ID INT PRIMARY KEY)");
    }
    refused(zipped(Files.readAllBytes(other.resolve("paceline.mv.db")), null),
        "a table or view \"INVOICES\"");
    refused(zipped("not a database".getBytes(StandardCharsets.UTF_8), null), "damaged");
  }

  @Test
  void aBackupChangedSinceItWasMadeSaysSo() throws Exception {
    Path made;
    try (Workspace w = Workspace.open(ws)) {
      made = w.backUp("daily");
    }
    Backups.Backup good = new Backups(ws).list().get(0);
    assertEquals(made, good.file());
    String written;
    byte[] database;
    try (ZipFile z = new ZipFile(made.toFile())) {
      Properties m = new Properties();
      m.load(z.getInputStream(z.getEntry("backup.properties")));
      written = m.getProperty("sha256");
      database = z.getInputStream(z.getEntry("paceline.mv.db")).readAllBytes();
    }
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(database)),
        written, "each backup carries its database's SHA-256");
    byte[] changed = database.clone();
    changed[changed.length / 2] ^= 1;
    refused(zipped(changed, written), "does not match the checksum");
    // the backup as made restores
    Workspace.restore(ws, good);
    try (Workspace w = Workspace.open(ws)) {
      assertEquals(1, w.plans().list().size());
    }
  }

  @Test
  void aBackupFromANewerPacelineIsRefused() throws Exception {
    Path zip = new Backups(ws).folder().resolve("newer.zip");
    Files.createDirectories(zip.getParent());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("paceline.mv.db"));
      out.write(Files.readAllBytes(ws.resolve("paceline.mv.db")));
      out.putNextEntry(new ZipEntry("backup.properties"));
      out.write(("created=" + Instant.now().minusSeconds(60) + "\nschema=99\n")
          .getBytes(StandardCharsets.ISO_8859_1));
    }
    Backups.Backup b = new Backups(ws).list().stream().filter(x -> x.file().equals(zip))
        .findFirst().orElseThrow();
    refused(b, "made by a newer Paceline");
  }

  @Test
  void aBackupReplacedByAZipWithoutItsDatabaseIsRefusedInWords() throws Exception {
    Path made;
    try (Workspace w = Workspace.open(ws)) {
      made = w.backUp("daily");
    }
    Backups.Backup listed = new Backups(ws).list().stream().filter(x -> x.file().equals(made))
        .findFirst().orElseThrow();
    // the file changes between the listing and the restore
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(made))) {
      out.putNextEntry(new ZipEntry("backup.properties"));
      out.write(("created=" + Instant.now().minusSeconds(60) + "\nschema=1\n")
          .getBytes(StandardCharsets.ISO_8859_1));
    }
    refused(listed, "holds no database");
  }

  @Test
  void aDatabaseUnpackingPastTheLimitIsStoppedWhileUnpacking() throws Exception {
    Path made;
    try (Workspace w = Workspace.open(ws)) {
      made = w.backUp("daily");
    }
    Backups backups = new Backups(ws);
    Backups.Backup b = backups.list().stream().filter(x -> x.file().equals(made))
        .findFirst().orElseThrow();
    WorkspaceException e = assertThrows(WorkspaceException.class, () -> backups.check(b, 4096));
    assertTrue(e.getMessage().contains("unpacks to more than"), e.getMessage());
    try (var left = Files.list(backups.folder())) {
      assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith(".restore-")),
          "nothing unpacked is left behind");
    }
    try (Backups.Checked ok = backups.check(b)) {
      assertTrue(Files.size(ok.file()) > 4096, "the same backup passes at the real limit");
    }
  }
}

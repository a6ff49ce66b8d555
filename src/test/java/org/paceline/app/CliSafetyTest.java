package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, read-only commands and workspace paths as the command line sees them. */
class CliSafetyTest {

  @TempDir Path dir;

  static CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  static void assertPlain(String text) {
    for (String internal : List.of("jdbc:", "Exception", "org.h2", "org.jooq", "SELECT ",
        "\tat ", "java.")) {
      assertFalse(text.contains(internal), "shows \"" + internal + "\": " + text);
    }
  }

  @Test
  void readOnlyCommandsCreateNothingWhereThereIsNoWorkspace() throws Exception {
    Path none = dir.resolve("none");
    for (String[] args : List.of(new String[] {"plans"}, new String[] {"check"},
        new String[] {"export", "--format", "csv", "--out", dir.resolve("out").toString()},
        new String[] {"restore"})) {
      String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
      withDb[args.length] = "--db";
      withDb[args.length + 1] = none.toString();
      CliTest.Run r = run(withDb);
      assertEquals(2, r.code(), args[0] + ": " + r.err());
      assertTrue(r.err().contains("There is no Paceline workspace at " + none
          + "; `paceline import` creates one."), r.err());
      assertPlain(r.err());
      assertFalse(Files.exists(none), args[0] + " created the folder");
      assertFalse(Files.exists(dir.resolve("out")));
    }
  }

  @Test
  void readOnlyCommandsChangeNoPermissionOfAnEmptyFolder() throws Exception {
    Path shared = dir.resolve("shared");
    Files.createDirectories(shared);
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (String cmd : List.of("plans", "check", "restore")) {
      assertEquals(2, run(cmd, "--db", shared.toString()).code());
    }
    assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(
        shared)));
    try (var files = Files.list(shared)) {
      assertEquals(0, files.count(), "nothing created in it");
    }
    // a writing command creates the workspace, but leaves the folder's mode to its owner
    assertEquals(0, run("import", CliTest.NORTHWIND.toString(), "--db", shared.toString())
        .code());
    assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(
        shared)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
        shared.resolve("paceline.mv.db"))));
    assertEquals(0, run("plans", "--db", shared.toString()).code());
    assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(
        shared)));
    // a folder Paceline makes itself is private
    Path made = dir.resolve("made");
    assertEquals(0, run("import", CliTest.NORTHWIND.toString(), "--db", made.toString()).code());
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
  }

  @Test
  void aWorkspacePathWithASemicolonIsRefusedWithExitTwo() throws Exception {
    Path bad = dir.resolve("Plans; FY27");
    for (String cmd : List.of("import", "plans", "restore")) {
      CliTest.Run r = cmd.equals("import")
          ? run("import", CliTest.NORTHWIND.toString(), "--db", bad.toString())
          : run(cmd, "--db", bad.toString());
      assertEquals(2, r.code(), cmd + ": " + r.err());
      assertTrue(r.err().contains("\";\""), r.err());
      assertPlain(r.err());
    }
    Path odd = dir.resolve("Q1 & Q2 = 'plan' #1");
    CliTest.Run ok = run("import", CliTest.NORTHWIND.toString(), "--db", odd.toString());
    assertEquals(0, ok.code(), ok.err());
    try (var files = Files.list(dir)) {
      assertEquals(List.of("Q1 & Q2 = 'plan' #1"),
          files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void anInternalErrorExitsWithThreeAndPointsToTheLogOnly() throws Exception {
    StringWriter err = new StringWriter();
    Exception bug = new IllegalStateException("index 7 out of bounds in LaneRows");
    int code = CliFailure.report(bug, new PrintWriter(err));
    assertEquals(3, code);
    Path log = LogLocation.file();
    assertTrue(err.toString().contains(log.toString()), err.toString());
    assertFalse(err.toString().contains("LaneRows"), "no internals: " + err);
    assertPlain(err.toString());
    String logged = Files.readString(log);
    assertTrue(logged.contains("java.lang.IllegalStateException: index 7 out of bounds")
        && logged.contains("\tat org.paceline.app.CliSafetyTest"), "the trace is in the log");
  }

  @Test
  void refusalsExitWithTwo() throws Exception {
    StringWriter err = new StringWriter();
    assertEquals(2, CliFailure.report(new java.nio.file.AccessDeniedException("/x/plan.pdf"),
        new PrintWriter(err)));
    assertEquals("paceline: cannot use /x/plan.pdf: permission denied.", err.toString().strip());
    assertEquals(2, run("export", "--format", "pdf").code(), "usage");
  }

  @Test
  void pathsInHintsCanBeCopiedIntoAShell() {
    assertEquals("/tmp/ws", CliFailure.shellWord(Path.of("/tmp/ws")));
    assertEquals("'/tmp/Q1 & Q2 = '\\''plan'\\'' #1'",
        CliFailure.shellWord(Path.of("/tmp/Q1 & Q2 = 'plan' #1")));
  }

  @Test
  void theLogFolderFollowsThePlatform() {
    Path home = Path.of("/home/ann");
    assertEquals(home.resolve(".local/state/paceline/paceline.log"),
        LogLocation.file(null, java.util.Map.of(), "Linux", home));
    assertEquals(Path.of("/st/paceline/paceline.log"),
        LogLocation.file(null, java.util.Map.of("XDG_STATE_HOME", "/st"), "Linux", home));
    assertEquals(home.resolve("Library/Logs/Paceline/paceline.log"),
        LogLocation.file(null, java.util.Map.of(), "Mac OS X", home));
    assertEquals(Path.of("/t/paceline.log"),
        LogLocation.file("/t", java.util.Map.of(), "Linux", home));
  }

  @Test
  void restoreListsFutureDatedBackupsApartAndRefusesAChangedOne() throws Exception {
    String db = dir.resolve("ws").toString();
    assertEquals(0, run("import", CliTest.NORTHWIND.toString(), "--db", db).code());
    assertEquals(0, run("plans", "--db", db).code()); // the day's backup
    Path folder = dir.resolve("ws/backups");
    Path made;
    try (var files = Files.list(folder)) {
      made = files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
    }
    // a copy from another machine dated next year, and the day's backup changed since
    Path future = folder.resolve("paceline-20991231-000000-daily.zip");
    byte[] database;
    String manifest;
    try (var z = new java.util.zip.ZipFile(made.toFile())) {
      database = z.getInputStream(z.getEntry("paceline.mv.db")).readAllBytes();
      manifest = new String(z.getInputStream(z.getEntry("backup.properties")).readAllBytes(),
          java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    write(future, database, manifest.replaceAll("created=.*", "created="
        + java.time.Instant.now().plus(java.time.Duration.ofDays(365))));
    byte[] changed = database.clone();
    changed[changed.length / 2] ^= 1;
    write(made, changed, manifest);

    CliTest.Run list = run("restore", "--db", db);
    assertEquals(0, list.code(), list.err());
    assertTrue(list.out().contains("1 backup is dated in the future, so left out")
        && list.out().contains(future.getFileName().toString()), list.out());
    assertTrue(list.out().contains(" 1  ") && !list.out().contains(" 2  "), list.out());

    Path file = dir.resolve("ws/paceline.mv.db");
    byte[] before = Files.readAllBytes(file);
    CliTest.Run refused = run("restore", "1", "--db", db);
    assertEquals(2, refused.code(), refused.err());
    assertTrue(refused.err().contains("does not match the checksum"), refused.err());
    assertPlain(refused.err());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "workspace unchanged");
  }

  private static void write(Path zip, byte[] database, String manifest) throws Exception {
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("paceline.mv.db"));
      out.write(database);
      out.putNextEntry(new java.util.zip.ZipEntry("backup.properties"));
      out.write(manifest.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
  }
}

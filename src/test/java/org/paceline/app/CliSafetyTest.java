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
}

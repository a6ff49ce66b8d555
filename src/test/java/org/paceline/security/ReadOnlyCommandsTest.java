package org.paceline.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.app.Cli;

/**
 * Commands that only read leave the workspace file byte for byte, whether they succeed or refuse
 * (an unknown plan): before, H2 rewrote the file on every close, so a refused {@code check
 * --plan} changed the workspace. The daily backup is still made. And an argument that starts with
 * {@code @} is a file or folder name, not a file of arguments whose text is read in and shown.
 */
class ReadOnlyCommandsTest {

  @TempDir Path dir;

  private record Run(int code, String output) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out + "" + err);
  }

  @Test
  void readingAndRefusingLeaveTheWorkspaceFileByteForByte() throws Exception {
    Path ws = dir.resolve("ws");
    String db = ws.toString();
    assertEquals(0, cli("import", Launch.sampleFolder(dir).toString(), "--db", db).code());
    Path file = ws.resolve("paceline.mv.db");
    BackupsFolder.clear(ws);
    byte[] before = Files.readAllBytes(file);
    List<String[]> commands = List.of(
        new String[] {"plans", "--db", db},
        new String[] {"check", "--db", db},
        new String[] {"export", "--db", db, "--format", "csv", "--out",
            dir.resolve("out.csv").toString()},
        new String[] {"check", "--db", db, "--plan", "No such plan"},
        new String[] {"export", "--db", db, "--plan", "No such plan", "--format", "csv", "--out",
            dir.resolve("out2.csv").toString()});
    for (String[] c : commands) {
      Run r = cli(c);
      assertTrue(r.code() == 0 || r.code() == 1 || r.code() == 2, r.output());
      Launch.assertNoInternals(r.output());
      assertArrayEquals(before, Files.readAllBytes(file), String.join(" ", c) + " changed it");
    }
    assertTrue(Files.list(ws.resolve("backups")).anyMatch(p -> p.toString().endsWith(".zip")),
        "the daily backup was made");
  }

  @Test
  void anArgumentStartingWithAtIsANameNotAFileOfArguments() throws Exception {
    Path secret = dir.resolve("notes.txt");
    Files.writeString(secret, "TOPSECRET-42\n");
    Run r = cli("plans", "@" + secret);
    assertEquals(2, r.code(), r.output());
    assertFalse(r.output().contains("TOPSECRET"), r.output());

    Path folder = Files.move(Launch.sampleFolder(dir), dir.resolve("@Q3 plans"));
    Run imported = cli("import", folder.toString(), "--db", dir.resolve("ws2").toString());
    assertEquals(0, imported.code(), imported.output());
  }

  /** Empties a workspace's backups folder, so that the next open makes the daily backup. */
  static final class BackupsFolder {
    static void clear(Path ws) throws java.io.IOException {
      Path b = ws.resolve("backups");
      if (Files.isDirectory(b)) {
        try (var files = Files.list(b)) {
          for (Path p : files.toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }
}

package org.paceline.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.app.Cli;

/**
 * Option values far outside what they mean are refused (exit 2, plain words) before anything is
 * written: {@code --pages-wide 2147483647} was an internal error (exit 3), {@code --scale NaN}
 * exported a PDF, and a foreign import's 100,000-character {@code --name} was refused only after
 * the workspace had been opened to write.
 */
class OptionLimitsTest {

  @TempDir Path dir;

  private record Run(int code, String output) {}

  private static Run cli(String... args) {
    StringWriter both = new StringWriter();
    PrintWriter w = new PrintWriter(both);
    int code = Cli.run(args, w, w);
    return new Run(code, both.toString());
  }

  @Test
  void exportPageOptionsOutOfRangeAreRefused() throws Exception {
    String db = dir.resolve("ws").toString();
    assertEquals(0, cli("import", Launch.sampleFolder(dir).toString(), "--db", db).code());
    String[][] bad = {
        {"--pages-wide", "2147483647"}, {"--pages-wide", "0"}, {"--scale", "NaN"},
        {"--scale", "Infinity"}, {"--scale", "1e308"}, {"--scale", "-1"}};
    for (String[] option : bad) {
      Path out = dir.resolve("board.pdf");
      Run r = cli("export", "--db", db, "--format", "pdf", "--out", out.toString(), option[0],
          option[1]);
      assertEquals(2, r.code(), String.join(" ", option) + ": " + r.output());
      Launch.assertNoInternals(r.output());
      assertFalse(Files.exists(out), String.join(" ", option) + " wrote a file");
    }
  }

  @Test
  void aForeignImportsOverlongNameIsRefusedBeforeTheWorkspaceIsOpened() throws Exception {
    String db = dir.resolve("ws").toString();
    assertEquals(0, cli("import", Launch.sampleFolder(dir).toString(), "--db", db).code());
    Path calendar = dir.resolve("calendar.csv");
    Files.writeString(calendar, "Program,Start,End\nLaunch webinar,2026-09-07,2026-09-25\n");
    Path file = dir.resolve("ws").resolve("paceline.mv.db");
    byte[] before = Files.readAllBytes(file);
    Run r = cli("import", calendar.toString(), "--db", db, "--name", "x".repeat(100_000));
    assertEquals(2, r.code(), r.output());
    assertTrue(r.output().contains("--name"), r.output());
    Launch.assertNoInternals(r.output());
    assertArrayEquals(before, Files.readAllBytes(file), "the refusal changed the workspace");
  }
}

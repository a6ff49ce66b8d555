package org.paceline.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.app.Cli;

/**
 * {@code import FILE --into PLAN} that is refused for the plan (there is none of that name) or
 * only asked to look ({@code --dry-run}) leaves the workspace file byte for byte; before, the
 * workspace was opened to write first and H2 rewrote its file on closing.
 */
class IntoRefusalTest {

  @TempDir Path dir;

  private static int cli(StringWriter both, String... args) {
    PrintWriter w = new PrintWriter(both);
    return Cli.run(args, w, w);
  }

  @Test
  void aRefusedOrDryRunIntoLeavesTheWorkspaceFileAsItWas() throws Exception {
    String db = dir.resolve("ws").toString();
    assertEquals(0, cli(new StringWriter(), "import", Launch.sampleFolder(dir).toString(), "--db",
        db));
    Path calendar = dir.resolve("calendar.csv");
    Files.writeString(calendar, "Program,Start,End\nLaunch webinar,2026-09-07,2026-09-25\n");
    Path file = dir.resolve("ws").resolve("paceline.mv.db");
    byte[] before = Files.readAllBytes(file);

    StringWriter unknown = new StringWriter();
    assertEquals(2, cli(unknown, "import", calendar.toString(), "--db", db, "--into",
        "No such plan"), unknown.toString());
    Launch.assertNoInternals(unknown.toString());
    assertArrayEquals(before, Files.readAllBytes(file), "the refusal changed the workspace");

    StringWriter dry = new StringWriter();
    assertEquals(0, cli(dry, "import", calendar.toString(), "--db", db, "--into",
        "Northwind Controls FY2027", "--dry-run"), dry.toString());
    assertArrayEquals(before, Files.readAllBytes(file), "--dry-run changed the workspace");

    StringWriter done = new StringWriter();
    assertEquals(0, cli(done, "import", calendar.toString(), "--db", db, "--into",
        "Northwind Controls FY2027"), done.toString());
    assertTrue(done.toString().contains("1 program imported"), done.toString());
  }
}

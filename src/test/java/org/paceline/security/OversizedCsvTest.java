package org.paceline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV files under the 64 MB file limit that would not fit a small heap read whole: a plan folder
 * whose table is tens of megabytes of blank lines, and quotes that are never closed (one value
 * of tens of megabytes). Each is imported in a child JVM with a 64 MB heap and must be refused
 * (exit 2, naming the file and line) with no internals on the terminal and no workspace made.
 * Before the CSV readers were streamed and bounded, the plan folder ran out of memory with a
 * stack trace (exit 1) and the unclosed quote in a foreign table did too.
 */
class OversizedCsvTest {

  @TempDir Path dir;

  private Launch.Child importInSmallHeap(Path input) throws Exception {
    return Launch.smallHeap(dir, "import", input.toString(), "--db", dir.resolve("ws").toString());
  }

  private Path sampleFolder() throws IOException {
    return Launch.sampleFolder(dir);
  }

  private static void append(Path file, String start, char fill, int count) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardOpenOption.APPEND)) {
      w.write(start);
      char[] block = new char[64 * 1024];
      java.util.Arrays.fill(block, fill);
      for (int left = count; left > 0; left -= block.length) {
        w.write(block, 0, Math.min(left, block.length));
      }
    }
  }

  private void assertRefusedPlainly(Launch.Child c, String where) {
    assertEquals(2, c.code(), c.output());
    assertTrue(c.output().contains(where), c.output());
    Launch.assertNoInternals(c.output());
    assertFalse(Files.exists(dir.resolve("ws")), "no workspace was made");
  }

  @Test
  void aPlanTableOfFiftyMegabytesOfBlankLinesIsRefusedInASmallHeap() throws Exception {
    Path folder = sampleFolder();
    append(folder.resolve("programs.csv"), "", '\n', 50_000_000);
    Launch.Child c = importInSmallHeap(folder);
    assertRefusedPlainly(c, "programs.csv, line ");
    assertTrue(c.output().contains("more text than a plan can"), c.output());
  }

  @Test
  void anUnclosedQuoteInAPlanTableIsRefusedInASmallHeap() throws Exception {
    Path folder = sampleFolder();
    append(folder.resolve("targets.csv"), "\"", 'b', 40_000_000);
    Launch.Child c = importInSmallHeap(folder);
    assertRefusedPlainly(c, "targets.csv, line ");
    assertTrue(c.output().contains("is a quote not closed?"), c.output());
  }

  @Test
  void anUnclosedQuoteInAForeignTableIsRefusedInASmallHeap() throws Exception {
    Path file = dir.resolve("calendar.csv");
    Files.writeString(file, "Program,Start,End\nLaunch,2026-01-05,2026-02-05\n");
    append(file, "\"", 'a', 40_000_000);
    Launch.Child c = importInSmallHeap(file);
    assertRefusedPlainly(c, "calendar.csv, line 3");
    assertTrue(c.output().contains("is a quote not closed?"), c.output());
  }
}

package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks are written as a stream: a 10,000-program plan (with its conflicts and quarter
 * summary sheets) is exported by a JVM with a 64 MB heap, which the whole-workbook writer could
 * not do (it peaked at over a gigabyte), and the streaming writer leaves no temporary file
 * behind.
 */
class StreamingExportTest {

  static final int PROGRAMS = 10_000;
  static final String HEAP = "-Xmx64m";

  @TempDir Path dir;

  @Test
  void aTenThousandProgramPlanIsExportedInASmallHeap() throws Exception {
    Path file = dir.resolve("big.xlsx");
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path log = dir.resolve("child.log");
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
        "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp,
        "-cp", System.getProperty("java.class.path"), StreamingExportChild.class.getName(),
        Integer.toString(PROGRAMS), file.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(child.waitFor(180, TimeUnit.SECONDS), "the export finished");
    assertEquals(0, child.exitValue(), "exported within " + HEAP + ": " + Files.readString(log));
    assertEquals(PROGRAMS + 1, rowsOf(file, "xl/worksheets/sheet5.xml"),
        "the programs sheet holds a header and every program");
    try (var left = Files.walk(tmp)) {
      assertEquals(0, left.filter(Files::isRegularFile).count(),
          "no temporary file is left behind");
    }
  }

  /** The rows of one sheet, counted in the zip without a spreadsheet library. */
  private static int rowsOf(Path xlsx, String entry) throws Exception {
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      ZipEntry e = zip.getEntry(entry);
      if (e == null) {
        throw new AssertionError("no " + entry);
      }
      try (InputStream in = zip.getInputStream(e)) {
        return count(in, "<row ".getBytes(StandardCharsets.US_ASCII));
      }
    }
  }

  private static int count(InputStream in, byte[] needle) throws Exception {
    int n = 0;
    int matched = 0;
    byte[] buf = new byte[1 << 16];
    for (int read; (read = in.read(buf)) > 0; ) {
      for (int i = 0; i < read; i++) {
        matched = buf[i] == needle[matched] ? matched + 1 : (buf[i] == needle[0] ? 1 : 0);
        if (matched == needle.length) {
          n++;
          matched = 0;
        }
      }
    }
    return n;
  }
}

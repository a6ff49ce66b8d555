package org.paceline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.app.Cli;

/**
 * A backup copied in from elsewhere whose manifest unpacks to 200 MB (from a zip of some
 * hundred kilobytes). Every command that opens the workspace lists the backups to decide on the
 * daily one, and {@code restore} lists them for the user: before the manifest was read within a
 * bound, both ran a 64 MB heap out of memory (exit 3). Now the backup is left out of the list
 * and the commands work.
 */
class HugeBackupManifestTest {

  @TempDir Path dir;

  @Test
  void aBackupWithAHugeManifestIsLeftOutAndCommandsStillWork() throws Exception {
    Path ws = dir.resolve("ws");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"import", Launch.sampleFolder(dir).toString(), "--db",
        ws.toString()}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    Path backups = Files.createDirectories(ws.resolve("backups"));
    Path bomb = backups.resolve("paceline-20260101-100000-daily.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("paceline.mv.db"));
      Files.copy(ws.resolve("paceline.mv.db"), zip);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("backup.properties"));
      OutputStream m = zip;
      m.write("created=2026-01-01T10:00:00Z\nschema=3\nreason=".getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 200; i++) {
        m.write(block);
      }
      zip.closeEntry();
    }
    byte[] before = Files.readAllBytes(bomb);

    Launch.Child list = Launch.smallHeap(dir, "restore", "--db", ws.toString());
    assertEquals(0, list.code(), list.output());
    Launch.assertNoInternals(list.output());
    assertFalse(list.output().contains("2026-01-01"), list.output());

    Launch.Child plans = Launch.smallHeap(dir, "plans", "--db", ws.toString());
    assertEquals(0, plans.code(), plans.output());
    assertTrue(plans.output().contains("Northwind Controls FY2027"), plans.output());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(bomb)), "the backup is kept");
  }
}

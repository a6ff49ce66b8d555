package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;

/** The daily backup and pruning trust the real clock, not the dates written in backups. */
class BackupsTest {

  @TempDir Path dir;
  Path ws;

  @BeforeEach
  void aWorkspaceWithAPlan() {
    ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      w.plans().insert(SamplePlan.load());
    }
  }

  /** A backup zip of the workspace's file whose manifest says it was made at {@code created}. */
  Path dated(String name, Instant created) throws Exception {
    Path zip = new Backups(ws).folder().resolve(name + ".zip");
    Files.createDirectories(zip.getParent());
    Properties m = new Properties();
    m.setProperty("created", created.toString());
    m.setProperty("reason", "copied");
    m.setProperty("schema", "1");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("paceline.mv.db"));
      out.write(Files.readAllBytes(ws.resolve("paceline.mv.db")));
      out.putNextEntry(new ZipEntry("backup.properties"));
      m.store(out, null);
    }
    return zip;
  }

  @Test
  void aBackupDatedInTheFutureDoesNotStopTheDailyBackup() throws Exception {
    Path future = dated("from-another-machine", Instant.now().plus(Duration.ofDays(400)));
    try (Workspace w = Workspace.open(ws)) {
      w.backUpIfDue();
    }
    Backups backups = new Backups(ws);
    List<Backups.Backup> real = backups.list();
    assertEquals(1, real.size(), "the day's backup was made: " + real);
    assertEquals("daily", real.get(0).reason());
    assertEquals(List.of(future), backups.futureDated().stream().map(Backups.Backup::file)
        .toList(), "listed apart");
    try (Workspace w = Workspace.open(ws)) {
      w.backUpIfDue(); // and still once a day only
    }
    assertEquals(1, backups.list().size());
  }

  @Test
  void pruningKeepsTheNewestRealBackupsAndLeavesFutureOnesAlone() throws Exception {
    List<Path> future = List.of(
        dated("future-1", Instant.now().plus(Duration.ofDays(2))),
        dated("future-2", Instant.now().plus(Duration.ofDays(30))),
        dated("future-3", Instant.now().plus(Duration.ofDays(3000))));
    Path old = dated("old", Instant.now().minus(Duration.ofDays(90)));
    try (Workspace w = Workspace.open(ws)) {
      for (int i = 0; i < Backups.KEEP + 2; i++) {
        w.backUp("test " + i);
      }
    }
    Backups backups = new Backups(ws);
    List<Backups.Backup> kept = backups.list();
    assertEquals(Backups.KEEP, kept.size());
    assertEquals("test " + (Backups.KEEP + 1), kept.get(0).reason(), "the newest is kept");
    assertFalse(Files.exists(old), "the oldest real backup was pruned");
    for (Path f : future) {
      assertTrue(Files.exists(f), "a future-dated backup is never deleted: " + f);
    }
    assertEquals(3, backups.futureDated().size());
  }

  @Test
  void aBackupKilledHalfWayIsCleanedUpByTheNextOne() throws Exception {
    Path folder = new Backups(ws).folder();
    Files.createDirectories(folder);
    Path h2Part = Files.writeString(folder.resolve(".h2-4711.zip.part"), "half");
    Path zipPart = Files.writeString(folder.resolve(
        ".paceline-20270101-000000-daily.zip.123.part"), "half");
    Path mine = Files.writeString(folder.resolve("notes.txt"), "the user's own file");
    try (Workspace w = Workspace.open(ws)) {
      w.backUp("daily");
    }
    assertFalse(Files.exists(h2Part));
    assertFalse(Files.exists(zipPart));
    assertTrue(Files.exists(mine), "only Paceline's own leftovers are removed");
    assertEquals(1, new Backups(ws).list().size());
  }
}

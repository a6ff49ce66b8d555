package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;

/**
 * Every way the workspace file can fail to open has its own plain message, and the file is
 * never changed (the file being locked by another copy is in {@code KillTest}, a newer
 * Paceline's file in {@code WorkspaceTest}).
 */
class WorkspaceFailuresTest {

  @TempDir Path dir;
  Path ws;
  Path file;
  byte[] whole;

  @BeforeEach
  void aRealWorkspace() throws Exception {
    ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      w.plans().insert(SamplePlan.load());
    }
    file = ws.resolve("paceline.mv.db");
    whole = Files.readAllBytes(file);
  }

  /** Puts {@code content} where the workspace file is; opening it fails as {@code expected}. */
  WorkspaceException refused(byte[] content, WorkspaceException.Problem expected)
      throws Exception {
    Files.write(file, content);
    List<String> listing = WorkspacePathTest.children(ws);
    for (boolean readOnly : new boolean[] {false, true}) {
      WorkspaceException e = assertThrows(WorkspaceException.class,
          () -> (readOnly ? Workspace.openExisting(ws) : Workspace.open(ws)).close());
      assertEquals(expected, e.problem(), e.getMessage());
      assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
      for (String internal : List.of("jdbc:", "Exception", "org.h2", "recovery tool", "[900")) {
        assertFalse(e.getMessage().contains(internal), e.getMessage());
      }
      assertArrayEquals(content, Files.readAllBytes(file), "the file is never changed");
      assertEquals(listing, WorkspacePathTest.children(ws), "nothing created beside it");
    }
    return assertThrows(WorkspaceException.class, () -> Workspace.open(ws));
  }

  @Test
  void eachFailureHasItsOwnMessage() throws Exception {
    Set<String> messages = new HashSet<>();
    WorkspaceException text = refused("name,owner\nSpring webinar,Ann\n"
        .getBytes(StandardCharsets.UTF_8), WorkspaceException.Problem.NOT_A_DATABASE);
    assertTrue(text.getMessage().contains("holds other data") && text.offersRestore(),
        text.getMessage());
    messages.add(text.getMessage());
    WorkspaceException empty = refused(new byte[0], WorkspaceException.Problem.NOT_A_DATABASE);
    assertEquals(text.getMessage(), empty.getMessage(), "an empty download is other data too");
    WorkspaceException truncated = refused(Arrays.copyOf(whole, whole.length / 3),
        WorkspaceException.Problem.DAMAGED);
    assertTrue(truncated.getMessage().contains("damaged or incomplete")
        && truncated.getMessage().contains("restore"), truncated.getMessage());
    messages.add(truncated.getMessage());
    for (int part : new int[] {2, 4, 8, 100}) { // cut off anywhere: a partial copy or download
      assertEquals(truncated.getMessage(), refused(Arrays.copyOf(whole, whole.length / part),
          WorkspaceException.Problem.DAMAGED).getMessage());
    }
    WorkspaceException other = refused(otherFormat(whole),
        WorkspaceException.Problem.NOT_A_DATABASE);
    assertTrue(other.getMessage().contains("another version of the database software"),
        other.getMessage());
    messages.add(other.getMessage());
    assertEquals(3, messages.size());
  }

  /** The file as H2 1.4 wrote it: the same store, another file format number. */
  private static byte[] otherFormat(byte[] file) {
    String header = new String(file, 0, 200, StandardCharsets.ISO_8859_1);
    assertTrue(header.contains(",format:3,"), header);
    byte[] out = file.clone();
    for (int at : new int[] {0, 4096}) {
      String h = new String(out, at, 200, StandardCharsets.ISO_8859_1);
      int i = h.indexOf(",format:3,");
      if (i >= 0) {
        out[at + i + ",format:".length()] = '1';
      }
    }
    return out;
  }

  @Test
  void aFolderWhereTheFileShouldBeIsNotTakenForOne() throws Exception {
    Files.delete(file);
    Files.createDirectories(file);
    WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(ws));
    assertEquals(WorkspaceException.Problem.NOT_A_DATABASE, e.problem(), e.getMessage());
    assertTrue(Files.isDirectory(file));
  }

  @Test
  void aFileThisUserMayNotReadIsSaidSo() throws Exception {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "root reads every file whatever its mode");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
    try {
      WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(ws));
      assertEquals(WorkspaceException.Problem.UNREADABLE, e.problem(), e.getMessage());
      assertTrue(e.getMessage().contains("permissions"), e.getMessage());
      assertFalse(e.offersRestore());
    } finally {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    assertArrayEquals(whole, Files.readAllBytes(file));
  }
}

package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;

/** No character of a workspace path is read as a database setting. */
class WorkspacePathTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"Q1 & Q2 = 'plan' #1", "Планы", "Plans FY27", "a=b&c#d'e\"f",
      "x:INIT=1", "~", "%20 $HOME `x` (1) [2] {3}", "zip:nested"})
  void everyFolderNameAManagerMightPickHoldsAWorkspace(String name) throws Exception {
    Path ws = dir.resolve(name);
    try (Workspace w = Workspace.open(ws)) {
      w.plans().insert(SamplePlan.load());
    }
    assertTrue(Files.isRegularFile(ws.resolve("paceline.mv.db")), "the file is in the folder");
    try (Workspace w = Workspace.open(ws)) {
      assertEquals(1, w.plans().list().size());
    }
    assertEquals(List.of(name), children(dir), "nothing beside the folder");
  }

  @Test
  void aPathThatWouldRunSqlIsRefusedAndNothingIsCreated() throws Exception {
    Path marker = dir.resolve("marker");
    Path script = dir.resolve("evil.sql");
    Files.writeString(script, "CALL FILE_WRITE(X'6f776e6564', '" + marker + "');\n");
    Path ws = Path.of(dir + "/x;INIT=RUNSCRIPT FROM '" + script + "' --");
    WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(ws));
    assertEquals(WorkspaceException.Problem.UNUSABLE_PATH, e.problem());
    assertTrue(e.getMessage().contains("\";\""), e.getMessage());
    assertFalse(e.getMessage().contains("jdbc:"), e.getMessage());
    assertFalse(Files.exists(marker), "the script did not run");
    assertEquals(List.of("evil.sql"), children(dir), "no folder, no database beside it");
  }

  @Test
  void anOrdinaryFolderWithASemicolonIsRefusedNamingTheCharacter() throws Exception {
    Path ws = dir.resolve("Plans; FY27");
    for (Path p : List.of(ws, ws.resolve("inner"))) {
      WorkspaceException e = assertThrows(WorkspaceException.class,
          () -> Workspace.openExisting(p));
      assertEquals(WorkspaceException.Problem.UNUSABLE_PATH, e.problem());
      e = assertThrows(WorkspaceException.class, () -> Workspace.open(p));
      assertTrue(e.getMessage().contains("contains \";\"") && e.getMessage().contains(ws
          .toString()), e.getMessage());
    }
    assertEquals(List.of(), children(dir));
    // an existing folder of that name is left as it is, too
    Files.createDirectories(ws);
    assertThrows(WorkspaceException.class, () -> Workspace.open(ws));
    assertEquals(List.of(), children(ws));
    assertEquals(List.of("Plans; FY27"), children(dir));
  }

  @Test
  void aBackslashIsRefusedWhereItWouldBeReadAsAFolderSeparator() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(java.io.File.separatorChar == '/');
    Path ws = dir.resolve("a\\b");
    WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(ws));
    assertTrue(e.getMessage().contains("\"\\\""), e.getMessage());
    assertEquals(List.of(), children(dir), "no a/b/paceline.mv.db");
  }

  static List<String> children(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}

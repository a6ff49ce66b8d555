package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * An edit confirmed on screen is on disk: a child process edits the workspace through the app's
 * editor and is killed with SIGKILL at random points, often within 100 ms of an acknowledged
 * edit, sometimes with an edit in flight; reopened, the workspace always opens and holds
 * exactly the acknowledged edits (an edit in flight may be there or not, but whole).
 */
class KillTest {

  @TempDir Path dir;

  @Test
  void acknowledgedEditsSurviveKillNine() throws Exception {
    Result r = run(12, 1);
    assertEquals(12, r.kills);
  }

  @Test
  void aSecondOwnerIsToldTheWorkspaceIsInUseAndChangesNothing() throws Exception {
    Path ws = dir.resolve("owned");
    long planId;
    try (Workspace w = Workspace.open(ws)) {
      planId = w.plans().insert(SamplePlan.load());
    }
    Process owner = editingChild(ws, planId, ProcessBuilder.Redirect.DISCARD);
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("ready", out.readLine());
      byte[] before = java.nio.file.Files.readAllBytes(ws.resolve("paceline.mv.db"));
      WorkspaceException e = org.junit.jupiter.api.Assertions.assertThrows(
          WorkspaceException.class, () -> Workspace.open(ws));
      assertEquals(WorkspaceException.Problem.IN_USE, e.problem(), e.getMessage());
      assertTrue(e.getMessage().contains("open in another Paceline window or command"),
          e.getMessage());
      org.junit.jupiter.api.Assertions.assertArrayEquals(before,
          java.nio.file.Files.readAllBytes(ws.resolve("paceline.mv.db")));
    } finally {
      owner.destroyForcibly().waitFor();
    }
  }

  /** The soak: 200 kills (./mvnw -Psoak verify, a few minutes). */
  @Test
  @Tag("soak")
  void twoHundredKillsLoseNothing() throws Exception {
    Result r = run(200, 2027);
    System.out.printf("kill soak: %d kills, %d acknowledged edits and undos, %d in flight "
        + "(%d of those stored), all acknowledged ones found%n", r.kills, r.acknowledged,
        r.inFlight, r.inFlightStored);
    assertEquals(200, r.kills);
  }

  /** A JVM running {@link EditingChild} on the workspace, with this test's class path. */
  private static Process editingChild(Path ws, long planId, ProcessBuilder.Redirect err)
      throws java.io.IOException {
    return new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        EditingChild.class.getName(), ws.toString(), Long.toString(planId))
        .redirectError(err).start();
  }

  record Result(int kills, int acknowledged, int inFlight, int inFlightStored) {}

  private Result run(int kills, long seed) throws Exception {
    Random random = new Random(seed);
    Path ws = dir.resolve("ws");
    long planId;
    try (Workspace w = Workspace.open(ws)) {
      planId = w.plans().insert(SamplePlan.load());
    }
    List<LocalDate> expected = new ArrayList<>();
    for (Program p : SamplePlan.load().programs()) {
      expected.add(p.start());
    }
    int acknowledged = 0;
    int inFlight = 0;
    int inFlightStored = 0;
    for (int k = 0; k < kills; k++) {
      Process child = editingChild(ws, planId,
          ProcessBuilder.Redirect.to(dir.resolve("child.err").toFile()));
      BufferedReader out = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      PrintWriter in = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8);
      String ready = out.readLine();
      if (!"ready".equals(ready)) {
        child.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("the child did not open the workspace (kill " + k + "): "
            + java.nio.file.Files.readString(dir.resolve("child.err")));
      }
      Deque<int[]> undo = new ArrayDeque<>(); // {index, days} of the child's undo stack
      int edits = 1 + random.nextInt(6);
      int[] pending = null; // index, start if applied (epoch day), start if not
      for (int e = 0; e < edits; e++) {
        int index;
        long applied;
        String command;
        if (!undo.isEmpty() && random.nextInt(4) == 0) {
          int[] last = undo.peek();
          index = last[0];
          applied = expected.get(index).minusDays(last[1]).toEpochDay();
          command = "undo";
        } else {
          index = random.nextInt(expected.size());
          int days = random.nextInt(61) - 30;
          if (days == 0) {
            days = 1;
          }
          applied = expected.get(index).plusDays(days).toEpochDay();
          command = "move " + index + " " + days;
          undo.push(new int[] {index, days});
        }
        if (command.equals("undo")) {
          undo.pop();
        }
        in.println(command);
        boolean last = e == edits - 1;
        if (last && random.nextInt(3) == 0) {
          // kill with this command in flight, maybe mid-transaction
          pending = new int[] {index, (int) applied, (int) expected.get(index).toEpochDay()};
          Thread.sleep(random.nextInt(15));
          break;
        }
        assertEquals("ok", out.readLine(), "acknowledged (kill " + k + ")");
        expected.set(index, LocalDate.ofEpochDay(applied));
        acknowledged++;
        if (last) {
          Thread.sleep(random.nextInt(100)); // within 100 ms of the acknowledgement
        }
      }
      child.destroyForcibly(); // SIGKILL on Unix
      assertTrue(child.waitFor(20, TimeUnit.SECONDS));

      try (Workspace w = Workspace.open(ws)) {
        Plan stored = w.plans().load(planId);
        for (int i = 0; i < expected.size(); i++) {
          LocalDate start = stored.programs().get(i).start();
          if (pending != null && pending[0] == i) {
            inFlight++;
            boolean applied = start.toEpochDay() == pending[1];
            assertTrue(applied || start.toEpochDay() == pending[2],
                "in flight at kill " + k + ": " + start);
            if (applied) {
              inFlightStored++;
              expected.set(i, start);
            }
          } else {
            assertEquals(expected.get(i), start, "program " + i + " after kill " + k);
          }
        }
      }
    }
    return new Result(kills, acknowledged, inFlight, inFlightStored);
  }
}

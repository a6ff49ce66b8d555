package org.paceline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.storage.PostgresServer;
import org.paceline.storage.ServerLocation;
import org.paceline.storage.ServerWorkspace;
import org.paceline.storage.Workspace;
import org.paceline.storage.WorkspaceException;

/**
 * The board's writes on their lane: shown at once, stored in order off the caller's thread, and
 * a refused write (a team plan changed under it, a lost connection) takes its step back. The
 * test thread plays the window's thread: it runs what the lane hands back when it pumps.
 */
class WriteLaneTest {

  static PostgresServer server;

  @TempDir Path dir;
  final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
  final List<SerialWriteLane> lanes = new ArrayList<>();
  final List<Workspace> open = new ArrayList<>();
  final List<String> heard = new ArrayList<>();

  @BeforeAll
  static void logins() {
    server = PostgresServer.get();
    ServerLocation first = server.newDatabase();
    ServerWorkspace.setUp(first, PostgresServer.admin(first)); // the group roles exist
    server.login("lane_ana", "ana-secret", ServerWorkspace.PLANNER);
    server.login("lane_bob", "bob-secret", ServerWorkspace.PLANNER);
  }

  @AfterEach
  void close() {
    lanes.forEach(l -> l.close(Duration.ofSeconds(20)));
    open.forEach(Workspace::close);
  }

  SerialWriteLane lane() {
    SerialWriteLane lane = new SerialWriteLane(ui::add);
    lanes.add(lane);
    return lane;
  }

  PlanEditor board(Workspace ws, long id, WriteLane lane) {
    PlanEditor editor = new PlanEditor(ws.plans(), lane);
    editor.setOnRefused(e -> heard.add(e.getMessage()));
    editor.show(id, editor.load(id));
    return editor;
  }

  /** Runs the lane's jobs and what they hand back, until both are done. */
  void pump(WriteLane lane) throws InterruptedException {
    do {
      assertTrue(lane.drain(Duration.ofSeconds(30)), "the lane finished its jobs");
      Runnable r;
      while ((r = ui.poll()) != null) {
        r.run();
      }
      assertTrue(lane.drain(Duration.ofSeconds(30)));
    } while (!ui.isEmpty());
  }

  Workspace team(ServerLocation where, String user, String password) {
    Workspace ws = ServerWorkspace.open(where, PostgresServer.as(where, user, password),
        ServerWorkspace.CLI_CONNECTIONS);
    open.add(ws);
    return ws;
  }

  ServerLocation teamPlan() {
    ServerLocation where = server.newDatabase();
    ServerWorkspace.setUp(where, PostgresServer.admin(where));
    return where;
  }

  // Ana and Bob, planners of one team plan holding the sample plan {@code id}; Bob's board
  // writes through {@code lane}
  Workspace ana;
  Workspace bob;
  long id;
  SerialWriteLane lane;
  PlanEditor bobBoard;

  void twoPlanners() {
    ServerLocation where = teamPlan();
    ana = team(where, "lane_ana", "ana-secret");
    bob = team(where, "lane_bob", "bob-secret");
    id = ana.plans().insert(SamplePlan.load());
    lane = lane();
    bobBoard = board(bob, id, lane);
  }

  static Program later(Program p, int days) {
    return p.withDates(p.start().plusDays(days), p.end().plusDays(days));
  }

  @Test
  void anEditIsShownAtOnceAndStoredOffTheCallersThread() throws Exception {
    Workspace ws = Workspace.open(dir);
    open.add(ws);
    long id = ws.plans().insert(SamplePlan.load());
    SerialWriteLane lane = lane();
    PlanEditor editor = board(ws, id, lane);
    CountDownLatch busy = new CountDownLatch(1);
    lane.execute(() -> {
      try {
        busy.await(30, TimeUnit.SECONDS); // a slow write before ours
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Program p = editor.plan().programs().get(2);
    Program moved = later(p, 14);
    editor.changeProgram(p, moved, "Move");
    assertEquals(moved, editor.plan().programs().get(2), "the board shows the move at once");
    assertEquals("Move", editor.commands().undoTextProperty().get());
    assertEquals(p, ws.plans().load(id).programs().get(2), "not stored by the caller's thread");
    busy.countDown();
    pump(lane);
    assertEquals(moved, ws.plans().load(id).programs().get(2), "stored by the lane");
    assertTrue(heard.isEmpty(), heard.toString());
  }

  @Test
  void quickEditsUndoAndRedoAreStoredInTheOrderAsked() throws Exception {
    Workspace ws = Workspace.open(dir);
    open.add(ws);
    Plan sample = SamplePlan.load();
    long id = ws.plans().insert(sample);
    SerialWriteLane lane = lane();
    PlanEditor editor = board(ws, id, lane);
    for (int k = 0; k < 12; k++) {
      Program p = editor.plan().programs().get(k % 4);
      editor.changeProgram(p, later(p, 7), "Move " + k);
    }
    editor.deleteProgram(editor.plan().programs().get(5));
    for (int k = 0; k < 5; k++) {
      editor.commands().undo();
    }
    editor.commands().redo();
    editor.commands().redo();
    Plan shown = editor.plan();
    pump(lane);
    assertEquals(shown, editor.plan());
    assertEquals(shown, ws.plans().load(id), "what is stored is what the board shows");
    while (editor.commands().canUndoProperty().get()) {
      editor.commands().undo();
    }
    pump(lane);
    assertEquals(sample, ws.plans().load(id), "every step undone, in order");
    assertTrue(heard.isEmpty(), heard.toString());
  }

  @Test
  void closingTheLaneStoresEveryEditAskedFor() throws Exception {
    Workspace ws = Workspace.open(dir);
    open.add(ws);
    long id = ws.plans().insert(SamplePlan.load());
    SerialWriteLane lane = new SerialWriteLane(ui::add);
    PlanEditor editor = board(ws, id, lane);
    for (int k = 0; k < 8; k++) {
      Program p = editor.plan().programs().get(k);
      editor.changeProgram(p, later(p, 3), "Move");
    }
    Plan shown = editor.plan();
    assertTrue(lane.close(Duration.ofSeconds(30)), "the window waits for its writes");
    assertEquals(shown, ws.plans().load(id));
  }

  @Test
  void aRefusedWriteTakesItsStepBackAndTheWritesBasedOnIt() throws Exception {
    twoPlanners();
    PlanEditor anaBoard = new PlanEditor(ana.plans());
    anaBoard.show(id, anaBoard.load(id));

    Program p = bobBoard.plan().programs().get(2);
    Program q = bobBoard.plan().programs().get(4);
    Program anaMoved = later(p, 7);
    anaBoard.changeProgram(p, anaMoved, "Move");

    // Bob moves the same bar twice and another one, all before his lane has answered.
    Program bobMoved = later(p, -3);
    bobBoard.changeProgram(p, bobMoved, "Move");
    bobBoard.changeProgram(bobMoved, later(bobMoved, -3), "Move again");
    bobBoard.changeProgram(q, later(q, 1), "Move Q");
    assertEquals(3, bobBoard.commands().history().size(), "shown at once");
    pump(lane);

    assertEquals(List.of("\u201c" + p.name() + "\u201d was changed by lane_ana a moment ago, so"
        + " this change was not saved. The board shows it as it is now; make the change again if"
        + " it is still needed."), heard, "said once, in words");
    assertEquals(anaMoved, bobBoard.plan().programs().get(2), "Bob's board shows Ana's move");
    assertEquals(q, bobBoard.plan().programs().get(4), "the edit queued after it was refused");
    assertFalse(bobBoard.commands().canUndoProperty().get(), "no refused step is undoable");
    Plan stored = bob.plans().load(id);
    assertEquals(anaMoved, stored.programs().get(2), "Ana's move is kept");
    assertEquals(q, stored.programs().get(4), "nothing based on the refused move was stored");
    assertEquals(stored, bobBoard.plan());

    // Bob makes the gesture again on what he sees now: it is stored.
    Program again = later(anaMoved, -3);
    bobBoard.changeProgram(anaMoved, again, "Move");
    pump(lane);
    assertEquals(again, bob.plans().load(id).programs().get(2));
    assertEquals(1, heard.size());
  }

  @Test
  void aRefusedUndoStaysUndoable() throws Exception {
    twoPlanners();
    Program p = bobBoard.plan().programs().get(1);
    bobBoard.changeProgram(p, later(p, 5), "Move");
    pump(lane);
    PlanEditor anaBoard = new PlanEditor(ana.plans());
    anaBoard.show(id, anaBoard.load(id));
    Program anaMoved = later(later(p, 5), 20);
    anaBoard.changeProgram(later(p, 5), anaMoved, "Move");

    bobBoard.commands().undo();
    assertEquals(p, bobBoard.plan().programs().get(1), "the undo is shown at once");
    pump(lane);
    assertEquals(1, heard.size(), heard.toString());
    assertEquals(anaMoved, bobBoard.plan().programs().get(1), "then the bar as Ana left it");
    assertTrue(bobBoard.commands().canUndoProperty().get(), "the step is still there to undo");
    assertFalse(bobBoard.commands().canRedoProperty().get());
    assertEquals(anaMoved, bob.plans().load(id).programs().get(1));
  }

  @Test
  void anotherUsersChangeWaitsForTheDropAndADropOnItIsRefused() throws Exception {
    twoPlanners();
    Program q = bobBoard.plan().programs().get(6);
    bobBoard.changeProgram(q, later(q, 2), "Move Q");
    pump(lane);

    PlanEditor anaBoard = new PlanEditor(ana.plans());
    anaBoard.show(id, anaBoard.load(id));
    Program p = anaBoard.plan().programs().get(3);
    Program anaMoved = later(p, 10);
    anaBoard.changeProgram(p, anaMoved, "Move");

    bobBoard.hold(true); // Bob is dragging p when Ana's change arrives
    bobBoard.reloadFromOthers(id);
    pump(lane);
    assertEquals(p, bobBoard.plan().programs().get(3), "the drag is not disturbed");
    WorkspaceException e = assertThrows(WorkspaceException.class,
        () -> bobBoard.changeProgram(p, later(p, -7), "Move"));
    assertEquals(WorkspaceException.Problem.STALE, e.problem());
    assertEquals(anaMoved, bobBoard.plan().programs().get(3), "the drop shows Ana's move");
    bobBoard.hold(false);
    pump(lane);
    assertEquals(anaMoved, bob.plans().load(id).programs().get(3), "Ana's move is kept");
    assertEquals("Move Q", bobBoard.commands().undoTextProperty().get(), "undo history kept");
    bobBoard.commands().undo();
    pump(lane);
    assertEquals(q, bob.plans().load(id).programs().get(6));
    assertEquals(anaMoved, bob.plans().load(id).programs().get(3));

    // Without a drag, the change is shown as soon as it is read.
    Program r = anaBoard.plan().programs().get(8);
    anaBoard.reloadFromOthers(id); // Ana sees Bob's undo first (a direct lane: at once)
    anaBoard.changeProgram(anaBoard.plan().programs().get(8), later(r, 1), "Move R");
    bobBoard.reloadFromOthers(id);
    pump(lane);
    assertEquals(later(r, 1), bobBoard.plan().programs().get(8));
    assertTrue(heard.isEmpty(), heard.toString());
  }

  @Test
  void aConnectionLostDuringAWriteShowsThePlanAsStoredAndTheNextEditConnects() throws Exception {
    ServerLocation where = teamPlan();
    Workspace bob = team(where, "lane_bob", "bob-secret");
    long id = bob.plans().insert(SamplePlan.load());
    SerialWriteLane lane = lane();
    PlanEditor board = board(bob, id, lane);
    Program p = board.plan().programs().get(0);
    Program first = later(p, 1);
    board.changeProgram(p, first, "Move");
    pump(lane);
    Plan stored = bob.plans().load(id);
    try (Connection admin = server.connect(where.database(), PostgresServer.ADMIN, null)) {
      admin.setAutoCommit(false);
      try (var st = admin.createStatement()) {
        st.executeQuery("SELECT * FROM paceline.plan FOR UPDATE").close(); // the write waits
      }
      Program second = later(first, 1);
      board.changeProgram(first, second, "Move");
      assertEquals(second, board.plan().programs().get(0), "the caller did not wait");
      waitFor(admin, "SELECT count(*) FROM pg_stat_activity WHERE usename = 'lane_bob'"
          + " AND wait_event_type = 'Lock'");
      try (var st = admin.createStatement()) {
        st.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename"
            + " = 'lane_bob'").close();
      }
      admin.rollback();
    }
    pump(lane);
    assertEquals(1, heard.size(), heard.toString());
    assertTrue(heard.get(0).contains("connection to the server localhost was lost"), heard.get(0));
    assertEquals(first, board.plan().programs().get(0), "the board shows what is stored");
    assertEquals("Move", board.commands().undoTextProperty().get());
    assertEquals(stored, bob.plans().load(id), "nothing half written");
    Program third = later(first, 4);
    board.changeProgram(first, third, "Move");
    pump(lane);
    assertEquals(third, bob.plans().load(id).programs().get(0), "the next edit connects again");
    assertNotEquals(stored, bob.plans().load(id));
  }

  static void waitFor(Connection c, String query) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      try (var st = c.createStatement(); var rs = st.executeQuery(query)) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("timed out waiting for: " + query);
  }
}

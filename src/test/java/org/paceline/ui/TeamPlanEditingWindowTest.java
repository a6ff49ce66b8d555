package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.paceline.app.PacelineApp;
import org.paceline.edit.PlanEditor;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Program;
import org.paceline.storage.PostgresServer;
import org.paceline.storage.ServerLocation;
import org.paceline.storage.ServerWorkspace;
import org.paceline.storage.Workspace;
import org.paceline.ui.timeline.TimelineSelection;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two planners on one team plan, a real PostgreSQL server: Bob in the real window, Ana as a
 * second client. Bob's edits are stored behind the window, Ana's appear on his board, and a
 * drag on a bar Ana changed unheard is refused in words and taken back.
 */
class TeamPlanEditingWindowTest extends BoardWindowTest {

  static final String ANA = "twe_ana";
  static final String BOB = "twe_bob";

  PostgresServer server;
  ServerLocation where;
  Workspace ana;
  long id;

  @AfterEach
  void closeAna() {
    if (ana != null) {
      ana.close();
    }
  }

  void openBobsWindow() throws Exception {
    server = PostgresServer.get();
    where = server.newDatabase();
    ServerWorkspace.setUp(where, PostgresServer.admin(where));
    server.login(ANA, "ana-pw", ServerWorkspace.PLANNER);
    server.login(BOB, "bob-pw", ServerWorkspace.PLANNER);
    ana = ServerWorkspace.open(where, PostgresServer.as(where, ANA, "ana-pw"),
        ServerWorkspace.CLI_CONNECTIONS);
    id = ana.plans().insert(SamplePlan.load());
    ServerLocation bobs = where.withUser(BOB);
    showWindow(() -> new PacelineApp(bobs, PostgresServer.as(bobs, BOB, "bob-pw")));
    dismissWelcome();
  }

  Program shown(String programId) {
    return timeline().getPlan().programs().stream().filter(p -> p.id().equals(programId))
        .findFirst().orElseThrow();
  }

  Program stored(String programId) {
    return storedWorkspace().plans().load(id).programs().stream()
        .filter(p -> p.id().equals(programId)).findFirst().orElseThrow();
  }

  /** Drags a bar {@code days} later, as a user would, and waits for the board. */
  void drag(String programId, int days) {
    Point2D bar = barOnScreen(programId);
    double by = days * timeline().getPixelsPerDay();
    drag(bar, MouseButton.PRIMARY).moveBy(by / 2, 0).moveBy(by / 2, 0).drop();
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Edit ▸ Undo, as the menu shows it. */
  javafx.scene.control.MenuItem undoItem() {
    return lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(1)
        .getItems().get(0);
  }

  String status() {
    return lookup("#statusText").queryAs(Label.class).getText();
  }

  @Test
  void aDragOnABarAnotherPlannerChangedUnheardIsRefusedInWordsAndCanBeMadeAgain()
      throws Exception {
    openBobsWindow();
    Program p5 = shown("P-05");
    drag("P-04", 14); // one edit of Bob's own, stored behind the window
    Program bobsP4 = stored("P-04");
    assertEquals(shown("P-04"), bobsP4);
    assertTrue(bobsP4.start().isAfter(SamplePlan.load().programs().get(3).start()));

    // Ana moves P-05 while the server's change notices are off: Bob's board does not hear it.
    server.sql(where.database(), "ALTER TABLE paceline.plan DISABLE TRIGGER plan_changed");
    PlanEditor anaBoard = new PlanEditor(ana.plans());
    anaBoard.show(id, anaBoard.load(id));
    Program anaMoved = p5.withDates(p5.start().plusDays(21), p5.end().plusDays(21));
    anaBoard.changeProgram(p5, anaMoved, "Move");
    server.sql(where.database(), "ALTER TABLE paceline.plan ENABLE TRIGGER plan_changed");
    assertEquals(p5, shown("P-05"), "Bob still sees the old bar");

    drag("P-05", -28);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().startsWith("Not saved"));
    WaitForAsyncUtils.waitForFxEvents();
    Screenshots.save(stage.getScene(), "board-team-plan-refused");
    assertEquals("Not saved: \u201c" + p5.name() + "\u201d was changed by " + ANA + " a moment"
        + " ago, so this change was not saved. The board shows it as it is now; make the change"
        + " again if it is still needed.", status());
    assertEquals(anaMoved, shown("P-05"), "the board shows the bar as Ana left it");
    assertEquals(anaMoved, stored("P-05"), "Ana's move is kept");
    assertEquals(bobsP4, stored("P-04"));
    String undo = undoItem().getText();
    assertTrue(undo.startsWith("Undo Move \u2018" + bobsP4.name()), "Edit \u25b8 Undo offers"
        + " Bob's own move, not the refused one: " + undo);

    drag("P-05", -7); // the gesture again, on what the board shows now
    Program again = stored("P-05");
    assertEquals(shown("P-05"), again);
    assertTrue(again.start().isBefore(anaMoved.start()), "stored: " + again.start());
    assertFalse(status().startsWith("Not saved"), status());
  }

  @Test
  void anotherPlannersMoveAppearsAtOnceKeepingTheSelectionAndUndo() throws Exception {
    openBobsWindow();
    drag("P-04", 7);
    interact(() -> timeline().selectionProperty().set(new TimelineSelection.ProgramItem("P-08")));
    String undoBefore = undoItem().getText();
    Program p2 = ana.plans().load(id).programs().get(1);
    Program moved = p2.withDates(p2.start().plusDays(10), p2.end().plusDays(10));
    long before = System.nanoTime();
    ana.plans().updateProgram(id, p2.id(), moved);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(p2.id()).equals(moved));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
    assertTrue(millis < 2500, "shown after " + millis + " ms");
    assertEquals(new TimelineSelection.ProgramItem("P-08"), timeline().getSelection());
    assertEquals(undoBefore, undoItem().getText(), "Bob's undo is kept");
    assertTrue(undoBefore.startsWith("Undo Move"), undoBefore);
    // Bob's undo still works on the plan as it is now, and leaves Ana's move alone.
    interact(() -> undoItem().fire());
    assertEquals(SamplePlan.load().programs().get(3), stored("P-04"));
    assertEquals(moved, stored(p2.id()));
  }

  @Test
  void closingTheWindowRightAfterAnEditStoresIt() throws Exception {
    openBobsWindow();
    Program p5 = shown("P-05");
    drag("P-05", 14);
    Program dragged = shown("P-05");
    assertFalse(dragged.equals(p5));
    // straight away, without waiting for the write: the window closes as when Bob quits
    FxToolkit.cleanupApplication(app);
    app = null;
    assertEquals(dragged, ana.plans().load(id).programs().stream()
        .filter(p -> p.id().equals("P-05")).findFirst().orElseThrow());
  }
}

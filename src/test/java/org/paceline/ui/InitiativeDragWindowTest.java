package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.Program;
import org.paceline.storage.Workspace;
import org.paceline.ui.timeline.impl.TimelineSkin;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window: Shift+dragging an initiative's bar moves it and every program supporting it
 * by whole weeks, with a live preview, as one named step that one undo takes back.
 */
class InitiativeDragWindowTest extends BoardWindowTest {

  long planId;

  static Initiative initiative(Plan p, String id) {
    return p.initiatives().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  static List<Program> supporting(Plan p, String id) {
    return p.programs().stream().filter(x -> id.equals(x.supports())).toList();
  }

  MenuItem undoItem() {
    MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
    return bar.getMenus().stream().filter(m -> m.getText().equals("Edit")).findFirst()
        .orElseThrow().getItems().get(0);
  }

  long baselineId;

  void start() throws Exception {
    ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      planId = w.plans().insert(SamplePlan.load());
      baselineId = w.plans().copy(planId, "Approved", PlanKind.BASELINE);
    }
    launch();
  }

  /** Shift+drags the launch's bar by three weeks; checks the preview when one is expected. */
  void shiftDragLaunch(boolean expectPreview) throws Exception {
    Initiative launch = initiative(timeline().getPlan(), "I-LAUNCH");
    interact(() -> {
      timeline().setPixelsPerDay(3);
      timeline().setOrigin(launch.start().minusDays(120));
    });
    WaitForAsyncUtils.waitForFxEvents();
    TimelineSkin skin = (TimelineSkin) timeline().getSkin();
    double[] c = skin.initiativeCenter("I-LAUNCH");
    assertNotNull(c, "the launch has a bar in the sales lane");
    Point2D bar = skin.canvas().localToScreen(c[0], c[1]);
    double threeWeeks = 21 * timeline().getPixelsPerDay();
    press(KeyCode.SHIFT);
    drag(bar, MouseButton.PRIMARY).moveBy(threeWeeks / 2, 0).moveBy(threeWeeks / 2, 0);
    WaitForAsyncUtils.waitForFxEvents();
    Object[] preview = skin.initiativeDragPreview();
    if (expectPreview) {
      assertNotNull(preview, "the drag is previewed live");
      assertEquals("I-LAUNCH", preview[0]);
      assertEquals(21, preview[1], "three weeks, in whole days");
      Screenshots.save(stage.getScene(), "board-initiative-shift-drag");
    } else {
      assertEquals(null, preview, "no drag is offered");
    }
    drop();
    release(KeyCode.SHIFT);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aFrozenBaselineOffersNoShiftDrag() throws Exception {
    start();
    openPlan("Approved");
    Plan baseline = storedWorkspace().plans().load(baselineId);
    shiftDragLaunch(false);
    assertEquals(baseline, storedWorkspace().plans().load(baselineId), "nothing stored");
    assertEquals(initiative(baseline, "I-LAUNCH"), initiative(timeline().getPlan(), "I-LAUNCH"));
  }

  @Test
  void shiftDragMovesTheInitiativeWithItsProgramsAsOneUndoableStep() throws Exception {
    start();
    openPlan(SamplePlan.load().name());
    Plan before = storedWorkspace().plans().load(planId);
    Initiative launch = initiative(before, "I-LAUNCH");
    List<Program> programs = supporting(before, "I-LAUNCH");
    assertTrue(programs.size() > 1, "the sample's launch has programs");
    shiftDragLaunch(true);

    Plan after = storedWorkspace().plans().load(planId);
    Initiative moved = initiative(after, "I-LAUNCH");
    assertEquals(launch.start().plusWeeks(3), moved.start());
    assertEquals(launch.end().plusWeeks(3), moved.end());
    List<Program> movedPrograms = supporting(after, "I-LAUNCH");
    for (int i = 0; i < programs.size(); i++) {
      Program p = programs.get(i);
      Program q = movedPrograms.get(i);
      assertEquals(21, ChronoUnit.DAYS.between(p.start(), q.start()), p.id() + " start");
      assertEquals(21, ChronoUnit.DAYS.between(p.end(), q.end()), p.id() + " end");
    }
    assertEquals(after, timeline().getPlan(), "the board shows what was stored");
    assertEquals(null, ((TimelineSkin) timeline().getSkin()).initiativeDragPreview(),
        "the preview ends with the drag");
    String undoText = undoItem().getText();
    assertTrue(undoText.startsWith("Undo Shift \u2018Controls Suite 5 launch\u2019 and "
        + programs.size() + " programs 3 weeks") || undoText.startsWith(
        "Undo Shift 'Controls Suite 5 launch' and " + programs.size() + " programs 3 weeks"),
        undoText);

    // one undo takes it all back
    interact(() -> undoItem().fire());
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> storedWorkspace().plans().load(planId).equals(before));
    assertEquals(before, storedWorkspace().plans().load(planId));
  }
}

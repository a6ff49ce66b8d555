package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.app.PacelineApp;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;
import org.paceline.storage.Workspace;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;
import org.paceline.ui.timeline.impl.TimelineSkin;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless on Monocle, on a fresh workspace with the sample plan. */
class PacelineWindowTest extends FxRobot {

  @TempDir Path dir;

  Stage stage;
  Application app;
  Path ws;

  void start() throws Exception {
    ws = dir.resolve("ws");
    stage = FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(() -> new PacelineApp(ws));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timelineOrNull() != null
        && timelineOrNull().getPlan() != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app); // closes the workspace
    }
    FxToolkit.cleanupStages();
  }

  PlanTimeline timelineOrNull() {
    return lookup("#timeline").tryQuery().map(n -> (PlanTimeline) n).orElse(null);
  }

  PlanTimeline timeline() {
    return timelineOrNull();
  }

  /** What is stored, read by a second connection as `paceline check` would. */
  Plan stored() {
    Workspace w = storedWorkspace();
    return w.plans().load(w.plans().list().stream()
        .filter(p -> p.name().equals(timeline().getPlan().name())).findFirst().orElseThrow().id());
  }

  Workspace storedWorkspace() {
    try {
      var f = PacelineApp.class.getDeclaredField("workspace");
      f.setAccessible(true);
      return (Workspace) f.get(app);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  Point2D barOnScreen(String programId) {
    TimelineSkin skin = (TimelineSkin) timeline().getSkin();
    double[] c = skin.barCenter(programId);
    assertNotNull(c, programId + " has no bar on the board");
    return skin.canvas().localToScreen(c[0], c[1]);
  }

  static boolean hasConflict(List<Conflict> conflicts, ConflictRule rule, String program) {
    return conflicts.stream().anyMatch(c -> c.rule() == rule && c.program().equals(program));
  }

  @Test
  void theBoardOpensOnTheSamplePlan() throws Exception {
    start();
    Screenshots.save(stage.getScene(), "board-sample-light");
    assertEquals("Northwind Controls FY2027 — Paceline", stage.getTitle());
    assertEquals(18, timeline().getPlan().programs().size());
    assertEquals(17, timeline().getConflicts().size());
    // every active program has a bar on the board
    for (var p : timeline().getPlan().programs()) {
      if (p.isActive()) {
        barOnScreen(p.id());
      }
    }
  }
}

package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.app.PacelineApp;
import org.paceline.model.PlanSummary;
import org.paceline.storage.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless on Monocle, on a fresh workspace. */
class PacelineWindowTest extends FxRobot {

  @TempDir Path dir;

  Stage stage;
  Application app;

  void start(Path workspace) throws Exception {
    stage = FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(() -> new PacelineApp(workspace));
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app); // closes the workspace
    }
    FxToolkit.cleanupStages();
  }

  @Test
  void aNewWorkspaceOpensOnTheSamplePlan() throws Exception {
    Path ws = dir.resolve("ws");
    start(ws);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
        () -> lookup("#programTable").tryQuery().isPresent()
            && lookup("#programTable").queryAs(TableView.class).getItems().size() == 18);

    WaitForAsyncUtils.waitForFxEvents();
    Screenshots.save(stage.getScene(), "overview-sample");
    assertEquals("Northwind Controls FY2027 — Paceline", stage.getTitle());
    TableView<?> conflicts = lookup("#conflictTable").queryAs(TableView.class);
    assertEquals(17, conflicts.getItems().size());
    assertEquals("6 errors, 10 warnings, 1 note",
        lookup("#conflictCounts").queryAs(Label.class).getText());
    // the conflict messages are what a manager reads
    assertTrue(lookup(".table-cell").queryAll().stream()
        .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
            && l.getText().contains("Hannover Messe booth and materials")));

    clickOn("Initiatives");
    assertEquals(6, lookup("#initiativeTable").queryAs(TableView.class).getItems().size());
    clickOn("Targets");
    assertEquals(8, lookup("#targetTable").queryAs(TableView.class).getItems().size());

    // the sample plan was stored in the workspace, not only shown
    FxToolkit.cleanupApplication(app);
    app = null;
    try (Workspace w = Workspace.open(ws)) {
      assertEquals(1, w.plans().list().size());
      assertEquals(18, w.plans().list().get(0).programs());
    }
  }

  @Test
  void theWindowDoesNotAddTheSampleToAWorkspaceThatHasPlans() throws Exception {
    Path ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      w.plans().insert(org.paceline.analysis.PlanGenerator.generate(3, 25, 5, 4, 1));
    }
    start(ws);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
        () -> lookup("#programTable").tryQuery().isPresent()
            && lookup("#programTable").queryAs(TableView.class).getItems().size() == 25);
    @SuppressWarnings("unchecked")
    ComboBox<PlanSummary> chooser = lookup("#planChooser").queryAs(ComboBox.class);
    assertEquals(1, chooser.getItems().size());
    assertEquals("Generated plan 3", chooser.getValue().name());
  }
}

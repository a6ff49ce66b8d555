package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.paceline.app.PacelineApp;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Program;
import org.paceline.storage.PostgresServer;
import org.paceline.storage.ServerLocation;
import org.paceline.storage.ServerWorkspace;
import org.paceline.storage.Workspace;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a team plan on a real PostgreSQL server, as a viewer sees it. */
class TeamPlanWindowTest extends FxRobot {

  Stage stage;
  Application app;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
  }

  PlanTimeline timeline() throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> stage.getScene() == null ? null
        : (PlanTimeline) stage.getScene().getRoot().lookup("#timeline")).get();
  }

  @Test
  void aViewerSeesAReadOnlyBoardThatFollowsAPlannersMovesLive() throws Exception {
    PostgresServer server = PostgresServer.get();
    ServerLocation where = server.newDatabase();
    ServerWorkspace.setUp(where, PostgresServer.admin(where));
    server.login("win_ana", "ana-pw", ServerWorkspace.PLANNER);
    server.login("win_cfo", "cfo-pw", ServerWorkspace.VIEWER);
    try (Workspace ana = ServerWorkspace.open(where, PostgresServer.as(where, "win_ana", "ana-pw"),
        ServerWorkspace.CLI_CONNECTIONS)) {
      long id = ana.plans().insert(SamplePlan.load());

      stage = FxToolkit.registerPrimaryStage();
      app = FxToolkit.setupApplication(() -> new PacelineApp(where.withUser("win_cfo"),
          PostgresServer.as(where, "win_cfo", "cfo-pw")));
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
        PlanTimeline t = timeline();
        return t != null && t.getPlan() != null;
      });
      WaitForAsyncUtils.waitForFxEvents();
      lookup("#welcomeStart").tryQuery().ifPresent(b -> interact(() ->
          ((javafx.scene.control.Button) b).fire()));

      Label badge = lookup("#readOnlyBadge").queryAs(Label.class);
      assertEquals("Read only", badge.getText());
      MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
      assertTrue(bar.getMenus().get(1).getItems().stream()
          .filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem))
          .allMatch(i -> i.isDisable()), "the Edit menu is disabled");
      String status = lookup("#statusText").queryAs(Label.class).getText();
      assertTrue(status.endsWith("the login win_cfo is a viewer. Ask your administrator to make"
          + " it a planner."), status);
      assertTrue(lookup("#baselineBadge").queryAs(Label.class).getText()
          .startsWith("READ ONLY \u00b7 You can view this team plan"));

      PlanTimeline t = timeline();
      assertFalse(t.isEditable(), "no drag, resize or nudge is offered");
      interact(() -> t.selectionProperty().set(new TimelineSelection.ProgramItem("P-03")));
      WaitForAsyncUtils.waitForFxEvents();
      assertTrue(lookup("#detailName").query().isDisabled(), "the details cannot be changed");
      assertTrue(lookup("#addOrder").query().isDisabled());
      Program p5 = ana.plans().load(id).programs().get(4);
      Program moved = p5.withDates(p5.start().plusDays(14), p5.end().plusDays(14));
      long before = System.nanoTime();
      ana.plans().updateProgram(id, p5.id(), moved);
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () ->
          t.getPlan().programs().get(4).equals(moved));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
      assertTrue(millis < 2500, "shown after " + millis + " ms");
      assertEquals(new TimelineSelection.ProgramItem("P-03"), t.getSelection(),
          "the viewer's selection stays");
      WaitForAsyncUtils.waitForFxEvents();
      Screenshots.save(stage.getScene(), "board-team-plan-viewer");
    }
  }
}

package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.app.PacelineApp;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.InitiativeShift;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.PlanSummary;
import org.paceline.model.ShiftDuration;
import org.paceline.storage.Workspace;
import org.paceline.ui.timeline.PlanTimeline;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: deleting and adopting a scenario from the Plan menu, and undoing both. */
class ScenarioWindowTest extends FxRobot {

  @TempDir Path dir;
  Stage stage;
  Application app;
  Plan plan;
  Plan scenario;

  void start() throws Exception {
    Path ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      long a = w.plans().insert(SamplePlan.load());
      plan = w.plans().load(a);
      long s = w.plans().copy(a, "Launch slips", PlanKind.SCENARIO);
      scenario = InitiativeShift.apply(plan, "I-LAUNCH", ShiftDuration.parse("6w"), true).plan()
          .withName("Launch slips");
      w.plans().replace(s, scenario);
      w.plans().copy(a, "Approved", PlanKind.BASELINE);
    }
    stage = FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(() -> new PacelineApp(ws));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline() != null
        && timeline().getPlan() != null);
    WaitForAsyncUtils.waitForFxEvents();
    if (lookup("#welcomeStart").tryQuery().isPresent()) {
      interact(() -> lookup("#welcomeStart").queryAs(Button.class).fire());
    }
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
  }

  PlanTimeline timeline() {
    try {
      return WaitForAsyncUtils.asyncFx(() -> stage.getScene() == null ? null
          : (PlanTimeline) stage.getScene().getRoot().lookup("#timeline")).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  ComboBox<PlanSummary> chooser() {
    return lookup("#planChooser").queryAs(ComboBox.class);
  }

  boolean listed(String name) {
    return chooser().getItems().stream().anyMatch(p -> p.name().equals(name));
  }

  void openPlan(String name) throws Exception {
    interact(() -> chooser().setValue(chooser().getItems().stream()
        .filter(p -> p.name().equals(name)).findFirst().orElseThrow()));
    waitShown(name);
  }

  void waitShown(String name) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> timeline().getPlan() != null && timeline().getPlan().name().equals(name));
    WaitForAsyncUtils.waitForFxEvents();
  }

  Menu menu(String idOrText) {
    MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
    return bar.getMenus().stream().filter(m -> idOrText.equals(m.getId())
        || idOrText.equals(m.getText())).findFirst().orElseThrow();
  }

  MenuItem planMenuItem(String id) {
    return menu("planMenu").getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
        .orElseThrow();
  }

  MenuItem undo() {
    return menu("Edit").getItems().get(0);
  }

  /** Chooses a menu item that asks first; returns the question's dialog. */
  DialogPane ask(MenuItem item) throws Exception {
    Platform.runLater(item::fire); // the confirmation waits for an answer
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> lookup("#confirmWorkspaceStep").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    return lookup("#confirmWorkspaceStep").queryAs(DialogPane.class);
  }

  void answer(String button) {
    interact(() -> lookup(n -> n instanceof Button b && button.equals(b.getText()))
        .queryButton().fire());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void deletingAScenarioIsUndoneFromTheEditMenu() throws Exception {
    start();
    openPlan("Launch slips");
    assertEquals("Delete scenario\u2026", planMenuItem("deleteScenario").getText());
    DialogPane q = ask(planMenuItem("deleteScenario"));
    assertTrue(q.getHeaderText().contains("\u2018Launch slips\u2019"), q.getHeaderText());
    Screenshots.save(q.getScene(), "scenario-delete-confirm");
    answer("Cancel");
    assertTrue(listed("Launch slips"), "cancel deletes nothing");

    ask(planMenuItem("deleteScenario"));
    answer("Delete scenario");
    waitShown(plan.name());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !listed("Launch slips"));
    assertEquals("Undo Delete scenario \u2018Launch slips\u2019", undo().getText());
    assertFalse(undo().isDisable());

    interact(() -> undo().fire());
    waitShown("Launch slips");
    assertEquals(scenario, timeline().getPlan(), "back whole, as stored");
    assertTrue(listed("Launch slips"));
    assertEquals("Undo", undo().getText(), "nothing older to undo on the scenario");
  }

  @Test
  void adoptingAScenarioSaysWhatHappensAndIsUndoneInOneStep() throws Exception {
    start();
    openPlan("Approved");
    assertTrue(planMenuItem("adoptScenario").isDisable(), "a baseline is not adopted");
    assertEquals("Delete baseline\u2026", planMenuItem("deleteScenario").getText());
    openPlan(plan.name());
    assertTrue(planMenuItem("adoptScenario").isDisable(), "nor is the plan itself");
    assertTrue(planMenuItem("deleteScenario").isDisable(), "the plan is deleted from the CLI");

    openPlan("Launch slips");
    String baseline = plan.name() + " baseline " + LocalDate.now();
    DialogPane q = ask(planMenuItem("adoptScenario"));
    assertEquals("\u2018Launch slips\u2019 replaces \u2018" + plan.name() + "\u2019; the old \u2018"
        + plan.name() + "\u2019 is kept as baseline \u2018" + baseline + "\u2019 and the scenario"
        + " itself is removed. Edit \u25b8 Undo takes it back.", q.getContentText());
    Screenshots.save(q.getScene(), "scenario-adopt-confirm");
    answer("Adopt");
    waitShown(plan.name());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline().getPlan().equals(
        scenario.withName(plan.name())) && listed(baseline) && !listed("Launch slips"));
    assertEquals("Undo Adopt \u2018Launch slips\u2019 into \u2018" + plan.name() + "\u2019",
        undo().getText());

    interact(() -> undo().fire());
    waitShown("Launch slips");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !listed(baseline));
    assertEquals(scenario, timeline().getPlan());
    openPlan(plan.name());
    assertEquals(plan, timeline().getPlan(), "the plan has its old content again");
  }
}

package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.app.PacelineApp;
import org.paceline.model.PlanSummary;
import org.paceline.storage.Workspace;
import org.paceline.ui.board.BoardView;
import org.paceline.ui.print.PrintDialog;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.impl.TimelineSkin;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless on Monocle, on a workspace folder under a temporary directory: a test
 * seeds {@link #ws} with plans if it wants them, then calls {@link #launch()}; the window and the
 * application are closed after each test.
 */
abstract class BoardWindowTest extends FxRobot {

  @TempDir Path dir;

  Stage stage;
  Application app;

  /** The workspace folder the window opens; set it before {@link #launch()}. */
  Path ws;

  /** Opens the window on {@link #ws} and closes the first-run guide if it shows. */
  void launch() throws Exception {
    showWindow();
    dismissWelcome();
  }

  /** Opens the window on {@link #ws} and waits until the board shows a plan. */
  void showWindow() throws Exception {
    Path folder = ws;
    showWindow(() -> new PacelineApp(folder));
  }

  /** Opens the window {@code make} makes (a team plan, say) and waits for the board's plan. */
  void showWindow(java.util.function.Supplier<PacelineApp> make) throws Exception {
    stage = FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(make::get);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
      PlanTimeline t = timeline();
      return t != null && t.getPlan() != null;
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Closes the first-run guide, which a fresh workspace shows over the board. */
  void dismissWelcome() {
    if (lookup("#welcomeStart").tryQuery().isPresent()) {
      interact(() -> lookup("#welcomeStart").queryAs(Button.class).fire());
    }
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app); // closes the workspace
    }
    FxToolkit.cleanupStages();
  }

  /**
   * The board's timeline, or null while there is none; looked up on the JavaFX thread, as the
   * window swaps its root while it opens.
   */
  PlanTimeline timeline() {
    try {
      return WaitForAsyncUtils.asyncFx(() -> stage.getScene() == null ? null
          : (PlanTimeline) stage.getScene().getRoot().lookup("#timeline")).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  BoardView board() {
    return (BoardView) lookup(".board").query();
  }

  /**
   * The workspace the window stores into, to read back what it stored: once the board's write
   * lane has run every write asked for so far (the board shows an edit before it is stored).
   */
  Workspace storedWorkspace() {
    try {
      var lane = PacelineApp.class.getDeclaredField("writes");
      lane.setAccessible(true);
      var writes = (org.paceline.edit.SerialWriteLane) lane.get(app);
      if (writes != null && !writes.drain(java.time.Duration.ofSeconds(30))) {
        throw new AssertionError("the board's writes did not finish within 30 s");
      }
      var f = PacelineApp.class.getDeclaredField("workspace");
      f.setAccessible(true);
      return (Workspace) f.get(app);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Chooses the plan in the toolbar's chooser and waits until the board shows it. */
  void openPlan(String name) throws Exception {
    interact(() -> {
      @SuppressWarnings("unchecked")
      ComboBox<PlanSummary> chooser = lookup("#planChooser").queryAs(ComboBox.class);
      chooser.setValue(chooser.getItems().stream().filter(p -> p.name().equals(name))
          .findFirst().orElseThrow());
    });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> timeline().getPlan() != null && timeline().getPlan().name().equals(name));
    WaitForAsyncUtils.waitForFxEvents();
  }

  MenuItem planMenuItem(String id) {
    MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
    return bar.getMenus().stream().filter(m -> "planMenu".equals(m.getId())).findFirst()
        .orElseThrow().getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
        .orElseThrow();
  }

  /** The centre of a program's bar, on the screen. */
  Point2D barOnScreen(String programId) {
    TimelineSkin skin = (TimelineSkin) timeline().getSkin();
    double[] c = skin.barCenter(programId);
    assertNotNull(c, programId + " has no bar on the board");
    return skin.canvas().localToScreen(c[0], c[1]);
  }

  /** The open print dialog. */
  PrintDialog printDialog() {
    return (PrintDialog) lookup("#printPaper").query().getScene().getRoot().getProperties()
        .get("dialog");
  }
}

package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.Program;
import org.paceline.storage.Workspace;
import org.paceline.ui.timeline.TimelineSelection;
import org.paceline.ui.timeline.impl.TimelineSkin;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a frozen baseline: no gesture that would change it is offered (drag,
 * nudge, the details' fields, the orders' buttons, the Edit menu), the badge and the status bar
 * say why, and going back to the plan makes everything editable again.
 */
class ReadOnlyBoardWindowTest extends BoardWindowTest {

  static final String REASON = "Baseline Approved is frozen; make a scenario from it to try"
      + " changes (Plan \u25b8 New scenario from this plan).";

  long baselineId;
  Plan baseline;

  void start() throws Exception {
    ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      long a = w.plans().insert(SamplePlan.load());
      baselineId = w.plans().copy(a, "Approved", PlanKind.BASELINE);
      baseline = w.plans().load(baselineId);
    }
    launch();
  }

  Program program(Plan plan, String id) {
    return plan.programs().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  List<MenuItem> editMenu() {
    MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
    return bar.getMenus().stream().filter(m -> m.getText().equals("Edit")).findFirst()
        .orElseThrow().getItems().stream()
        .filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem)).toList();
  }

  String statusText() {
    return lookup("#statusText").queryAs(Label.class).getText();
  }

  void selectProgram(String id) {
    interact(() -> {
      timeline().setSelection(new TimelineSelection.ProgramItem(id));
      timeline().reveal(new TimelineSelection.ProgramItem(id));
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aBaselineOffersNoEditAndThePlanOffersThemAllAgain() throws Exception {
    start();
    String planName = SamplePlan.load().name();
    openPlan(planName);
    assertTrue(timeline().isEditable());
    assertFalse(lookup("#readOnlyBadge").queryAs(Label.class).isVisible());

    openPlan("Approved");
    // the badge and the status bar say why
    Label banner = lookup("#baselineBadge").queryAs(Label.class);
    assertTrue(banner.isVisible());
    assertTrue(banner.getText().contains("\u2018Approved\u2019 is frozen"), banner.getText());
    assertTrue(lookup("#readOnlyBadge").queryAs(Label.class).isVisible());
    assertTrue(statusText().endsWith(REASON), statusText());
    assertFalse(statusText().contains("Every change is saved"), statusText());

    // the toolbar, the Edit menu and the Plan menu offer no edit; a scenario can still be made
    assertTrue(lookup("#addProgramButton").query().isDisabled());
    assertTrue(lookup("#undoButton").query().isDisabled());
    assertTrue(editMenu().stream().allMatch(MenuItem::isDisable), "the Edit menu is disabled");
    assertTrue(planMenuItem("shiftInitiative").isDisable());
    assertFalse(planMenuItem("newScenario").isDisable(), "a scenario from a baseline is fine");

    // the details of a bar are shown but cannot be changed, nor its orders
    selectProgram("P-03");
    Node name = lookup("#detailName").query();
    assertTrue(name.isDisabled(), "the name field is disabled");
    assertTrue(lookup("#detailStart").query().isDisabled());
    assertTrue(lookup("#detailApply").query().isDisabled());
    assertTrue(lookup("#addOrder").query().isDisabled());
    assertFalse(lookup("#orders").queryAs(TableView.class).isEditable());

    // a drag does not even start: no preview, nothing stored, the bar where it was
    List<Program> previews = new ArrayList<>();
    interact(() -> timeline().dragPreviewProperty().addListener((o, a, b) -> {
      if (b != null) {
        previews.add(b);
      }
    }));
    Point2D bar = barOnScreen("P-03");
    moveTo(bar);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Cursor.DEFAULT, ((TimelineSkin) timeline().getSkin()).canvas().getCursor(),
        "no move cursor over a frozen bar");
    double fourWeeks = 28 * timeline().getPixelsPerDay();
    drag(bar, MouseButton.PRIMARY).moveBy(-fourWeeks / 2, 0).moveBy(-fourWeeks / 2, 0).drop();
    WaitForAsyncUtils.waitForFxEvents();
    interact(() -> timeline().requestFocus());
    type(KeyCode.RIGHT);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(new TimelineSelection.ProgramItem("P-03"), timeline().getSelection(),
        "the press was on the bar");
    assertEquals(List.of(), previews, "no drag was offered");
    assertEquals(program(baseline, "P-03"), program(timeline().getPlan(), "P-03"));
    assertEquals(baseline, storedWorkspace().plans().load(baselineId), "nothing stored");
    assertTrue(statusText().endsWith(REASON), statusText());
    Screenshots.save(stage.getScene(), "board-baseline-read-only");

    // back to the plan: everything is offered again
    openPlan(planName);
    assertTrue(timeline().isEditable());
    assertFalse(lookup("#baselineBadge").queryAs(Label.class).isVisible());
    assertFalse(lookup("#readOnlyBadge").queryAs(Label.class).isVisible());
    assertTrue(statusText().endsWith("Every change is saved at once."), statusText());
    assertFalse(lookup("#addProgramButton").query().isDisabled());
    assertFalse(planMenuItem("shiftInitiative").isDisable());
    selectProgram("P-03");
    assertFalse(lookup("#detailName").query().isDisabled());
    assertFalse(lookup("#detailApply").query().isDisabled());
    assertFalse(lookup("#addOrder").query().isDisabled());
    assertTrue(lookup("#orders").queryAs(TableView.class).isEditable());
    Program before = program(timeline().getPlan(), "P-03");
    bar = barOnScreen("P-03");
    moveTo(bar);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Cursor.MOVE, ((TimelineSkin) timeline().getSkin()).canvas().getCursor(),
        "a bar of the plan offers to be moved");
    drag(bar, MouseButton.PRIMARY).moveBy(-fourWeeks / 2, 0).moveBy(-fourWeeks / 2, 0).drop();
    WaitForAsyncUtils.waitForFxEvents();
    Program after = program(timeline().getPlan(), "P-03");
    assertTrue(after.start().isBefore(before.start()), "the plan's bar moved to " + after.start());
    long planId = storedWorkspace().plans().findByName(planName).orElseThrow();
    assertEquals(after, program(storedWorkspace().plans().load(planId), "P-03"), "and is stored");
    assertEquals(baseline, storedWorkspace().plans().load(baselineId), "the baseline is not");
  }
}

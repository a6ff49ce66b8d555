package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PlanComparison;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.ConflictChange;
import org.paceline.model.InitiativeShift;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.Program;
import org.paceline.model.ShiftDuration;
import org.paceline.storage.Workspace;
import org.paceline.ui.board.BoardViewModel;
import org.paceline.ui.compare.ComparePanel;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: a scenario compared with its plan, and a frozen baseline. */
class CompareWindowTest extends BoardWindowTest {

  Plan plan;
  Plan scenario;

  void start() throws Exception {
    ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      long a = w.plans().insert(SamplePlan.load());
      plan = w.plans().load(a);
      long s = w.plans().copy(a, "Launch slips", PlanKind.SCENARIO);
      Plan shifted = InitiativeShift.apply(plan, "I-LAUNCH", ShiftDuration.parse("6w"), true)
          .plan();
      List<Program> programs = new ArrayList<>(shifted.programs());
      Program dropped = programs.remove(10);
      Program extra = new Program("P-NEW", "Partner webinar", dropped.kind(), "", 
          java.time.LocalDate.of(2027, 5, 3), java.time.LocalDate.of(2027, 6, 11), "", null,
          null, dropped.cost(), dropped.salesShare(), 20, dropped.status(), null);
      programs.add(3, extra);
      scenario = shifted.withPrograms(programs).withName("Launch slips");
      w.plans().replace(s, scenario);
      w.plans().copy(a, "Approved", PlanKind.BASELINE);
    }
    launch();
  }

  @Test
  void comparingAScenarioWithItsPlanShowsGhostsAndTheChangedConflicts() throws Exception {
    start();
    openPlan("Launch slips");
    interact(() -> planMenuItem("compareWith").fire());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> lookup(".choice-dialog").tryQuery().isPresent()
            || lookup(".dialog-pane").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    type(KeyCode.ENTER); // the plan it came from is offered first
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> lookup("#comparePanel").tryQuery().isPresent()
            && !lookup("#compareList").queryListView().getItems().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    List<ConflictChange> expected = PlanComparison.compare(ConflictAnalyzer.analyze(plan),
        ConflictAnalyzer.analyze(scenario));
    ComparePanel panel = lookup("#comparePanel").queryAs(ComparePanel.class);
    assertEquals(expected, List.copyOf(panel.list().getItems()));
    assertEquals(plan.name(), timeline().getComparedPlan().name(), "the ghosts come from it");
    String summary = lookup("#compareSummary").queryAs(Label.class).getText();
    long added = expected.stream().filter(c -> c.change() == ConflictChange.Kind.NEW).count();
    assertTrue(summary.startsWith(added + " new conflict"), summary);
    assertTrue(lookup("Added (1): Partner webinar").tryQuery().isPresent()
        || lookup(n -> n instanceof Label l && l.getText() != null
            && l.getText().contains("Added (1): Partner webinar")).tryQuery().isPresent());
    Screenshots.save(stage.getScene(), "compare-light");

    // choosing a change selects what it is about on the board
    ConflictChange first = expected.get(0);
    interact(() -> panel.list().getSelectionModel().select(0));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(BoardViewModel.selectionFor(first.conflict()), timeline().getSelection());

    interact(() -> {
      MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
      javafx.scene.control.Menu theme = (javafx.scene.control.Menu) bar.getMenus().stream()
          .filter(m -> m.getText().equals("View")).findFirst().orElseThrow().getItems().stream()
          .filter(i -> "Theme".equals(i.getText())).findFirst().orElseThrow();
      theme.getItems().stream().filter(i -> "Dark".equals(i.getText())).findFirst().orElseThrow()
          .fire();
    });
    WaitForAsyncUtils.waitForFxEvents();
    Screenshots.save(stage.getScene(), "compare-dark");

    interact(() -> lookup("#compareClose").queryButton().fire());
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(lookup("#comparePanel").tryQuery().isPresent());
    assertEquals(null, timeline().getComparedPlan());
  }

  @Test
  void aBaselineShowsItsBadgeAndRefusesEdits() throws Exception {
    start();
    openPlan(plan.name());
    assertFalse(lookup("#baselineBadge").queryAs(Label.class).isVisible());
    openPlan("Approved");
    Label badge = lookup("#baselineBadge").queryAs(Label.class);
    assertTrue(badge.isVisible());
    assertTrue(badge.getText().contains("\u2018Approved\u2019 is frozen"), badge.getText());
    Screenshots.save(stage.getScene(), "baseline-badge");
    // a nudge of a bar is not offered; the status bar says why
    Program p = timeline().getPlan().programs().get(0);
    interact(() -> timeline().setSelection(
        new org.paceline.ui.timeline.TimelineSelection.ProgramItem(p.id())));
    interact(() -> timeline().requestFocus());
    type(KeyCode.RIGHT);
    WaitForAsyncUtils.waitForFxEvents();
    String status = lookup("#statusText").queryAs(Label.class).getText();
    assertTrue(status.endsWith("Baseline Approved is frozen; make a scenario from it to try"
        + " changes (Plan \u25b8 New scenario from this plan)."), status);
    assertEquals(p, timeline().getPlan().programs().get(0));
  }
}

package org.paceline.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.edit.PlanEditor;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.Program;
import org.paceline.model.ShiftDuration;
import org.paceline.storage.Workspace;
import org.paceline.ui.timeline.TimelineSelection;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board's view model without its view: the work runs at once on the JavaFX thread, the
 * workspace is a real H2 file.
 */
class BoardViewModelTest {

  @TempDir Path dir;
  Workspace ws;
  BoardViewModel model;
  long plan;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void open() throws Exception {
    ws = Workspace.open(dir);
    plan = ws.plans().insert(SamplePlan.load());
    model = fx(() -> new BoardViewModel(new PlanEditor(ws.plans()), task -> task.run()));
    fx(() -> {
      model.refresh(plan);
      return null;
    });
  }

  @AfterEach
  void close() {
    ws.close();
  }

  /**
   * Runs on the JavaFX thread and waits until the work it started has reported back (a task
   * reports its end through the JavaFX event queue, also when it ran on the JavaFX thread).
   */
  static <T> T fx(Callable<T> c) throws Exception {
    T result = WaitForAsyncUtils.asyncFx(c).get();
    WaitForAsyncUtils.waitForFxEvents(5);
    return result;
  }

  @Test
  void openingAPlanShowsItsConflictsAndAMoveIsNamedAndRechecked() throws Exception {
    assertEquals("Northwind Controls FY2027", fx(() -> model.currentProperty().get().name()));
    List<Conflict> before = fx(() -> model.conflictsProperty().get());
    assertEquals(ConflictAnalyzer.analyze(SamplePlan.load()), before);
    Program p3 = fx(() -> model.editor().plan().programs().get(2)); // P-03, late for the launch
    assertTrue(before.stream().anyMatch(c -> c.rule() == ConflictRule.LATE_START
        && c.program().equals(p3.id())));
    Program early = p3.withDates(p3.start().minusWeeks(8), p3.end().minusWeeks(8));
    fx(() -> {
      model.moveProgram(p3, early);
      return null;
    });
    assertEquals("Move \u2018" + p3.name() + "\u2019 8 weeks earlier",
        fx(() -> model.editor().commands().undoTextProperty().get()));
    List<Conflict> after = fx(() -> model.conflictsProperty().get());
    assertFalse(after.stream().anyMatch(c -> c.rule() == ConflictRule.LATE_START
        && c.program().equals(p3.id())), after.toString());
    assertEquals(ConflictAnalyzer.analyze(ws.plans().load(plan)), after,
        "the conflicts are those of the stored plan");
    fx(() -> {
      model.undo();
      return null;
    });
    assertEquals(before, fx(() -> model.conflictsProperty().get()));
  }

  @Test
  void aDragPreviewShowsItsConflictsWithoutStoringAnything() throws Exception {
    Program p3 = fx(() -> model.editor().plan().programs().get(2));
    Program early = p3.withDates(p3.start().minusWeeks(8), p3.end().minusWeeks(8));
    fx(() -> {
      model.dragPreviewProperty().set(early);
      return null;
    });
    assertEquals(early, fx(() -> model.displayedPlan().programs().get(2)));
    assertFalse(fx(() -> model.conflictsProperty().get()).stream()
        .anyMatch(c -> c.rule() == ConflictRule.LATE_START && c.program().equals(p3.id())));
    assertEquals(p3, ws.plans().load(plan).programs().get(2));
    fx(() -> {
      model.dragPreviewProperty().set(null);
      return null;
    });
    assertEquals(ConflictAnalyzer.analyze(SamplePlan.load()),
        fx(() -> model.conflictsProperty().get()));
  }

  @Test
  void aScenarioOpensWithItsOwnUndoAndABaselineIsReadOnly() throws Exception {
    fx(() -> model.shiftInitiative("I-LAUNCH", ShiftDuration.parse("3m"), true));
    assertEquals("Shift \u2018Controls Suite 5 launch\u2019 and 5 programs 1 quarter later",
        fx(() -> model.statusProperty().get()));
    fx(() -> {
      model.copyPlan("Launch slips", PlanKind.SCENARIO);
      return null;
    });
    assertEquals("Launch slips", fx(() -> model.currentProperty().get().name()));
    assertFalse(fx(() -> model.editor().commands().canUndoProperty().get()));
    assertFalse(fx(() -> model.frozenProperty().get()));
    assertEquals(null, fx(() -> model.readOnlyReasonProperty().get()), "a scenario is editable");

    fx(() -> {
      model.copyPlan("Approved", PlanKind.BASELINE);
      return null;
    });
    assertTrue(fx(() -> model.frozenProperty().get()));
    String reason = "Baseline Approved is frozen; make a scenario from it to try changes"
        + " (Plan \u25b8 New scenario from this plan).";
    assertEquals(reason, fx(() -> model.readOnlyReasonProperty().get()));
    assertFalse(fx(() -> model.editableProperty().get()));
    Plan frozen = fx(() -> model.editor().plan());
    Program p = frozen.programs().get(0);
    fx(() -> {
      model.moveProgram(p, p.withDates(p.start().plusDays(3), p.end().plusDays(3)));
      return null;
    });
    assertEquals(reason, fx(() -> model.statusProperty().get()));
    assertFalse(fx(() -> model.shiftInitiative("I-LAUNCH", ShiftDuration.parse("1m"), true)));
    long baseline = ws.plans().findByName("Approved").orElseThrow();
    assertEquals(frozen, ws.plans().load(baseline));

    // back to the plan: its shift is still the thing to undo
    fx(() -> {
      model.open(plan);
      return null;
    });
    assertEquals("Shift \u2018Controls Suite 5 launch\u2019 and 5 programs 1 quarter later",
        fx(() -> model.editor().commands().undoTextProperty().get()));
    fx(() -> {
      model.undo();
      return null;
    });
    assertEquals(SamplePlan.load(), ws.plans().load(plan));
    assertTrue(fx(() -> model.editableProperty().get()), "the plan is editable again");
  }

  @Test
  void aViewerCanChangeNothingAndSaysWhy() throws Exception {
    String why = "You can view this team plan but not change it.";
    fx(() -> {
      model.setReadOnly(why);
      return null;
    });
    assertEquals(why, fx(() -> model.readOnlyReasonProperty().get()));
    assertTrue(fx(() -> model.workspaceReadOnlyProperty().get()));
    Program p = SamplePlan.load().programs().get(0);
    fx(() -> {
      model.moveProgram(p, p.withDates(p.start().plusDays(3), p.end().plusDays(3)));
      model.addProgram(p.start());
      model.copyPlan("Copy", PlanKind.SCENARIO);
      return null;
    });
    assertFalse(fx(() -> model.shiftInitiative("I-LAUNCH", ShiftDuration.parse("1m"), true)));
    assertEquals(why, fx(() -> model.statusProperty().get()));
    assertEquals(SamplePlan.load(), ws.plans().load(plan));
    assertEquals(1, ws.plans().list().size(), "no copy was made");
  }

  @Test
  void aConflictSelectsWhatItIsAbout() {
    Conflict late = ConflictAnalyzer.analyze(SamplePlan.load()).get(0);
    assertEquals(new TimelineSelection.ProgramItem(late.program()),
        BoardViewModel.selectionFor(late));
  }

  @Test
  void aWindowsEditsRunOnTheWriteLaneAndARefusalIsSaidAndUndone() throws Exception {
    org.paceline.edit.SerialWriteLane lane =
        new org.paceline.edit.SerialWriteLane(javafx.application.Platform::runLater);
    BoardViewModel board = fx(() -> new BoardViewModel(new PlanEditor(ws.plans(), lane),
        lane::execute));
    fx(() -> {
      board.refresh(plan);
      return null;
    });
    assertTrue(lane.drain(java.time.Duration.ofSeconds(30)));
    WaitForAsyncUtils.waitForFxEvents(5);
    Program p3 = fx(() -> board.editor().plan().programs().get(2));
    Program early = p3.withDates(p3.start().minusWeeks(8), p3.end().minusWeeks(8));
    fx(() -> {
      board.moveProgram(p3, early);
      return null;
    });
    assertTrue(lane.drain(java.time.Duration.ofSeconds(30)));
    WaitForAsyncUtils.waitForFxEvents(5);
    assertEquals(early, ws.plans().load(plan).programs().get(2));
    assertEquals("", fx(() -> board.statusProperty().get()));

    ws.close(); // the database goes away under the board
    Program later = early.withDates(early.start().plusDays(3), early.end().plusDays(3));
    fx(() -> {
      board.moveProgram(early, later);
      return null;
    });
    assertTrue(lane.drain(java.time.Duration.ofSeconds(30)));
    WaitForAsyncUtils.waitForFxEvents(5);
    String status = fx(() -> board.statusProperty().get());
    assertTrue(status.startsWith("Not saved: "), status);
    assertEquals("Not saved: This change could not be stored because of an internal error; the"
        + " board shows the plan as it is stored, and the details are in the log file.", status);
    assertFalse(status.contains("Exception") || status.contains("SQL"), status);
    assertEquals(early, fx(() -> board.editor().plan().programs().get(2)),
        "the board shows what is stored");
    assertEquals(ConflictAnalyzer.analyze(fx(() -> board.editor().plan())),
        fx(() -> board.conflictsProperty().get()));
    assertTrue(lane.close(java.time.Duration.ofSeconds(10)));
  }
}

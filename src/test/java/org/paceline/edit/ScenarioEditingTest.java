package org.paceline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.FrozenPlanException;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.Program;
import org.paceline.model.ShiftDuration;
import org.paceline.storage.Workspace;

/** Named, compound and per-plan undo on the real database. */
class ScenarioEditingTest {

  @TempDir Path dir;
  Workspace ws;
  PlanEditor editor;
  long plan;

  @BeforeEach
  void open() {
    ws = Workspace.open(dir);
    plan = ws.plans().insert(SamplePlan.load());
    editor = new PlanEditor(ws.plans());
    editor.show(plan, editor.load(plan), PlanKind.PLAN);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void aShiftWithProgramsIsOneNamedStepUndoneAtOnce() {
    Plan before = ws.plans().load(plan);
    String name = editor.shiftInitiative("I-LAUNCH", ShiftDuration.parse("3m"), true);
    assertEquals("Shift \u2018Controls Suite 5 launch\u2019 and 5 programs 1 quarter later", name);
    assertEquals(name, editor.commands().undoTextProperty().get());
    Plan after = ws.plans().load(plan);
    assertEquals(after, editor.plan());
    assertEquals(5, countMoved(before, after));
    assertEquals(1, editor.commands().history().size(), "one step, not six");
    editor.commands().undo();
    assertEquals(before, ws.plans().load(plan));
    assertFalse(editor.commands().canUndoProperty().get());
    editor.commands().redo();
    assertEquals(after, ws.plans().load(plan));
    assertThrows(IllegalArgumentException.class,
        () -> editor.shiftInitiative("NOPE", ShiftDuration.parse("1m"), true));
    assertEquals(1, editor.commands().history().size(), "a refused shift adds nothing");
  }

  private static int countMoved(Plan a, Plan b) {
    int n = 0;
    for (int i = 0; i < a.programs().size(); i++) {
      n += a.programs().get(i).equals(b.programs().get(i)) ? 0 : 1;
    }
    return n;
  }

  @Test
  void undoSurvivesSwitchingBetweenAPlanAndItsScenario() {
    Program p = editor.plan().programs().get(1);
    editor.changeProgram(p, p.withDates(p.start().plusWeeks(3), p.end().plusWeeks(3)),
        EditNames.changeProgram(p, p.withDates(p.start().plusWeeks(3), p.end().plusWeeks(3))));
    long scenario = editor.copy("Launch slips", PlanKind.SCENARIO);
    editor.show(scenario, editor.load(scenario), editor.kindOf(scenario));
    assertFalse(editor.commands().canUndoProperty().get());
    editor.shiftInitiative("I-LAUNCH", ShiftDuration.parse("1m"), false);

    editor.show(plan, editor.load(plan), editor.kindOf(plan));
    assertEquals(List.of("Move \u2018" + p.name() + "\u2019 3 weeks later"),
        editor.commands().history().stream().map(CommandStack.Entry::description).toList());
    editor.commands().undo();
    assertEquals(p, ws.plans().load(plan).programs().get(1), "the plan's own edit is undone");
    assertEquals(p.start().plusWeeks(3), ws.plans().load(scenario).programs().get(1).start(),
        "the scenario, copied after the move, keeps it");

    editor.show(scenario, editor.load(scenario), editor.kindOf(scenario));
    assertEquals("Shift \u2018Controls Suite 5 launch\u2019 1 month later",
        editor.commands().undoTextProperty().get());
    editor.commands().undo();
    assertEquals(SamplePlan.load().initiatives().get(3).start(),
        ws.plans().load(scenario).initiatives().get(3).start());
  }

  @Test
  void aBaselineRefusesEveryEditBeforeItReachesTheDatabase() {
    long baseline = editor.copy("Approved", PlanKind.BASELINE);
    editor.show(baseline, editor.load(baseline), editor.kindOf(baseline));
    assertTrue(editor.isFrozen());
    Plan frozen = editor.plan();
    Program p = frozen.programs().get(0);
    List<Runnable> edits = List.of(
        () -> editor.changeProgram(p, p.withDates(p.start().plusDays(1), p.end()), "Move"),
        () -> editor.addProgram(p.withDates(p.start(), p.end())),
        () -> editor.deleteProgram(p),
        () -> editor.changePlan(frozen, frozen.withPrograms(List.of()), "Clear"),
        () -> editor.shiftInitiative("I-LAUNCH", ShiftDuration.parse("1m"), true));
    for (Runnable edit : edits) {
      FrozenPlanException e = assertThrows(FrozenPlanException.class, edit::run);
      assertEquals("baseline Approved is frozen; make a scenario from it to try changes",
          e.getMessage());
    }
    assertEquals(frozen, ws.plans().load(baseline));
    assertFalse(editor.commands().canUndoProperty().get());
    // even an editor that was told the wrong kind cannot write: the storage layer refuses
    editor.show(baseline, frozen, PlanKind.PLAN);
    assertThrows(FrozenPlanException.class, () -> editor.deleteProgram(p));
    assertEquals(frozen, ws.plans().load(baseline));
    assertFalse(editor.commands().canUndoProperty().get(), "a refused edit is not on the stack");
  }
}

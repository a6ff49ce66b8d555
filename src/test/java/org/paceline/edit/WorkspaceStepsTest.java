package org.paceline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.FrozenPlanException;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.PlanLineage;
import org.paceline.model.Program;
import org.paceline.storage.Workspace;

/** Deleting and adopting a scenario as workspace steps of the undo stack, on a real H2 file. */
class WorkspaceStepsTest {

  @TempDir Path dir;
  Workspace ws;
  PlanEditor editor;
  long plan;
  long scenario;

  @BeforeEach
  void open() {
    ws = Workspace.open(dir);
    plan = ws.plans().insert(SamplePlan.load());
    editor = new PlanEditor(ws.plans());
    editor.show(plan, editor.load(plan), PlanKind.PLAN);
    scenario = editor.copy("Launch slips", PlanKind.SCENARIO);
    editor.show(scenario, editor.load(scenario), PlanKind.SCENARIO);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private void moveSecond(int weeks) {
    Program p = editor.plan().programs().get(1);
    Program q = p.withDates(p.start().plusWeeks(weeks), p.end().plusWeeks(weeks));
    editor.changeProgram(p, q, EditNames.changeProgram(p, q));
  }

  @Test
  void deletingAScenarioIsOneNamedStepAndUndoBringsItBackWithItsOwnHistory() {
    moveSecond(3);
    Plan edited = ws.plans().load(scenario);
    String step = editor.deleteCopy();
    assertEquals("Delete scenario \u2018Launch slips\u2019", step);
    assertEquals(plan, editor.planId(), "the plan it came from is shown next");
    assertEquals(1, ws.plans().list().size());
    assertEquals(step, editor.commands().undoTextProperty().get(),
        "the plan's Edit menu offers to undo the delete");

    editor.commands().undo();
    assertEquals(scenario, editor.planId(), "the scenario is back, under its own id");
    assertEquals(edited, ws.plans().load(scenario));
    assertEquals(edited, editor.plan());
    assertEquals(PlanKind.SCENARIO, editor.kindProperty().get());
    PlanLineage l = lineage(scenario);
    assertEquals(Long.valueOf(plan), l.originId());
    assertTrue(editor.commands().undoTextProperty().get().startsWith("Move"),
        "its own edit can be undone again: " + editor.commands().undoTextProperty().get());
    assertEquals("Delete scenario \u2018Launch slips\u2019",
        editor.commands().redoTextProperty().get());

    editor.commands().redo();
    assertEquals(1, ws.plans().list().size(), "redo deletes it again");
    assertEquals(plan, editor.planId());
  }

  @Test
  void adoptingIsOneStepAndUndoRestoresThePlanAndTheScenarioAsTheyWere() {
    Plan planBefore = ws.plans().load(plan);
    moveSecond(2);
    Plan scenarioBefore = ws.plans().load(scenario);
    String step = editor.adopt(planBefore.name(), LocalDate.of(2026, 12, 2));
    assertEquals("Adopt \u2018Launch slips\u2019 into \u2018" + planBefore.name() + "\u2019", step);
    assertEquals(plan, editor.planId());
    assertEquals(scenarioBefore.withName(planBefore.name()), editor.plan());
    assertTrue(ws.plans().findByName(planBefore.name() + " baseline 2026-12-02").isPresent());
    assertFalse(ws.plans().findByName("Launch slips").isPresent());
    assertEquals(1, editor.commands().history().size(), "one step");

    // an edit of the adopted plan, then undo twice: the edit, then the adoption
    moveSecond(1);
    editor.commands().undo();
    assertEquals(scenarioBefore.withName(planBefore.name()), ws.plans().load(plan));
    editor.commands().undo();
    assertEquals(planBefore, ws.plans().load(plan));
    assertEquals(scenarioBefore, ws.plans().load(scenario));
    assertEquals(scenario, editor.planId());
    assertEquals(2, ws.plans().list().size(), "the automatic baseline is gone");
    assertEquals(Long.valueOf(plan), lineage(scenario).originId());

    editor.commands().redo();
    assertEquals(plan, editor.planId());
    assertEquals(scenarioBefore.withName(planBefore.name()), ws.plans().load(plan));
  }

  @Test
  void undoingAnAdoptionDropsTheEditsMadeOnTheAdoptedContent() {
    Plan planBefore = ws.plans().load(plan);
    editor.adopt(planBefore.name(), LocalDate.of(2026, 12, 2));
    moveSecond(1); // an edit of the adopted plan
    long baseline = ws.plans().findByName(planBefore.name() + " baseline 2026-12-02")
        .orElseThrow();
    // go elsewhere and undo from there: the adoption is the newest workspace step, but the
    // plan's edit is newer; from the baseline's board only the adoption can be reached
    editor.show(baseline, editor.load(baseline), PlanKind.BASELINE);
    assertTrue(editor.commands().undoTextProperty().get().startsWith("Adopt"));
    editor.commands().undo();
    assertEquals(planBefore, ws.plans().load(plan));
    editor.show(plan, editor.load(plan), PlanKind.PLAN);
    assertFalse(editor.commands().canUndoProperty().get(),
        "the edit of the adopted content no longer fits the plan and was dropped");
  }

  @Test
  void aWorkingPlanIsNotDeletedHereAndOnlyAScenarioIsAdopted() {
    editor.show(plan, editor.load(plan), PlanKind.PLAN);
    assertThrows(IllegalArgumentException.class, editor::deleteCopy);
    assertThrows(IllegalArgumentException.class, () -> editor.adopt("x", LocalDate.now()));
    long baseline = editor.copy("Approved", PlanKind.BASELINE);
    editor.show(baseline, editor.load(baseline), PlanKind.BASELINE);
    assertThrows(IllegalArgumentException.class, () -> editor.adopt("x", LocalDate.now()));
    // a scenario of a baseline cannot be adopted into it: refused, nothing changed
    long tryIt = editor.copy("Try from approved", PlanKind.SCENARIO);
    editor.show(tryIt, editor.load(tryIt), PlanKind.SCENARIO);
    assertThrows(FrozenPlanException.class, () -> editor.adopt("Approved", LocalDate.now()));
    assertEquals(4, ws.plans().list().size());
    assertFalse(editor.commands().canUndoProperty().get(), "a refused step is not on the list");
    // deleting a baseline is allowed, and undone
    editor.show(baseline, editor.load(baseline), PlanKind.BASELINE);
    assertEquals("Delete baseline \u2018Approved\u2019", editor.deleteCopy());
    editor.commands().undo();
    assertEquals(PlanKind.BASELINE, ws.plans().kind(baseline));
  }

  private PlanLineage lineage(long id) {
    return ws.plans().lineage().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
  }
}

package org.paceline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.storage.Workspace;

/** Every edit, undo and redo is in the real database at once. */
class PlanEditorTest {

  @TempDir Path dir;
  Workspace ws;
  PlanEditor editor;
  long id;

  @BeforeEach
  void open() {
    ws = Workspace.open(dir);
    id = ws.plans().insert(SamplePlan.load());
    editor = new PlanEditor(ws.plans());
    editor.show(id, editor.load(id));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  Plan stored() {
    return ws.plans().load(id);
  }

  @Test
  void moveUndoRedoAreStoredAtOnce() {
    Program p = editor.plan().programs().get(2);
    Program moved = p.withDates(p.start().minusDays(30), p.end().minusDays(30));
    editor.changeProgram(p, moved, "Move");
    assertEquals(moved, stored().programs().get(2));
    assertEquals(stored(), editor.plan());
    editor.commands().undo();
    assertEquals(p, stored().programs().get(2));
    assertTrue(editor.commands().canRedoProperty().get());
    editor.commands().redo();
    assertEquals(moved, stored().programs().get(2));
    assertEquals("Move", editor.commands().undoTextProperty().get());
  }

  @Test
  void addAndDeleteKeepTheOrder() {
    Plan before = stored();
    Program extra = new Program(editor.newProgramId(), "New webinar", before.programs().get(0)
        .kind(), "", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 29), "", null, null,
        java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, 0,
        org.paceline.model.ProgramStatus.IDEA, null);
    assertEquals("P-19", extra.id());
    editor.addProgram(extra);
    assertEquals(19, stored().programs().size());
    Program third = editor.plan().programs().get(3);
    editor.deleteProgram(third);
    assertEquals(18, stored().programs().size());
    editor.commands().undo();
    assertEquals(third, stored().programs().get(3));
    editor.commands().undo();
    assertEquals(before, stored());
    assertFalse(editor.commands().canUndoProperty().get());
  }

  @Test
  void planWideChangesAreOneUndoableTransaction() {
    Plan before = stored();
    Plan after = new Plan(before.settings().withName("Renamed"), before.targets().subList(0, 2),
        List.of(), before.initiatives(), before.programs());
    editor.changePlan(before, after, "Edit targets");
    assertEquals(after, stored());
    editor.commands().undo();
    assertEquals(before, stored());
    editor.commands().redo();
    assertEquals(after, stored());
  }
}

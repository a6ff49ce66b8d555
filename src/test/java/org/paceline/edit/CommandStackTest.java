package org.paceline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command stack on its own: no window, no database. */
class CommandStackTest {

  /** A command that writes what it does into a shared log. */
  record Step(String name, List<String> log) implements Command {
    @Override
    public void execute() {
      log.add("do " + name);
    }

    @Override
    public void undo() {
      log.add("undo " + name);
    }

    @Override
    public String description() {
      return name;
    }
  }

  private static List<String> history(CommandStack s) {
    return s.history().stream().map(e -> (e.undone() ? "(undone) " : "") + e.description())
        .toList();
  }

  @Test
  void undoAndRedoWalkTheHistoryAndANewEditDropsTheRedoList() {
    List<String> log = new ArrayList<>();
    CommandStack s = new CommandStack(10);
    s.switchTo(1L);
    s.execute(new Step("Move \u2018A\u2019 3 weeks later", log));
    s.execute(new Step("Add \u2018B\u2019", log));
    s.execute(new Step("Delete \u2018C\u2019", log));
    assertEquals("Delete \u2018C\u2019", s.undoTextProperty().get());
    s.undo();
    s.undo();
    assertEquals(List.of("Move \u2018A\u2019 3 weeks later", "(undone) Add \u2018B\u2019",
        "(undone) Delete \u2018C\u2019"), history(s));
    assertEquals("Add \u2018B\u2019", s.redoTextProperty().get());
    s.redo();
    assertEquals(List.of("do Move \u2018A\u2019 3 weeks later", "do Add \u2018B\u2019",
        "do Delete \u2018C\u2019", "undo Delete \u2018C\u2019", "undo Add \u2018B\u2019",
        "do Add \u2018B\u2019"), log);
    s.execute(new Step("Rename \u2018D\u2019", log));
    assertFalse(s.canRedoProperty().get());
    assertEquals(List.of("Move \u2018A\u2019 3 weeks later", "Add \u2018B\u2019",
        "Rename \u2018D\u2019"), history(s));
  }

  @Test
  void eachPlanKeepsItsOwnHistoryAcrossSwitches() {
    List<String> log = new ArrayList<>();
    CommandStack s = new CommandStack(10);
    s.switchTo(1L);
    s.execute(new Step("plan edit 1", log));
    s.execute(new Step("plan edit 2", log));
    s.undo();
    s.switchTo(2L);
    assertFalse(s.canUndoProperty().get(), "a scenario starts with its own, empty history");
    assertEquals(List.of(), history(s));
    s.execute(new Step("scenario edit", log));
    s.switchTo(1L);
    assertEquals(List.of("plan edit 1", "(undone) plan edit 2"), history(s));
    assertEquals("plan edit 2", s.redoTextProperty().get());
    s.redo();
    s.switchTo(2L);
    assertEquals("scenario edit", s.undoTextProperty().get());
    s.undo();
    assertEquals("undo scenario edit", log.get(log.size() - 1));
    s.forget(1L);
    s.switchTo(1L);
    assertEquals(List.of(), history(s), "a deleted plan's history is gone");
  }

  @Test
  void theStackIsBoundedAndAFailingUndoStaysUndoable() {
    List<String> log = new ArrayList<>();
    CommandStack s = new CommandStack(3);
    for (int i = 1; i <= 5; i++) {
      s.execute(new Step("edit " + i, log));
    }
    assertEquals(List.of("edit 3", "edit 4", "edit 5"), history(s));
    s.execute(new Command() {
      @Override
      public void execute() {}

      @Override
      public void undo() {
        throw new IllegalStateException("the disk is full");
      }

      @Override
      public String description() {
        return "fragile";
      }
    });
    assertThrows(IllegalStateException.class, s::undo);
    assertEquals("fragile", s.undoTextProperty().get(), "still there to try again");
    assertTrue(s.canUndoProperty().get());
  }

  /** A workspace step (delete, adopt) that touched some plans. */
  record WorkspaceStep(String name, List<String> log, List<Long> plans)
      implements WorkspaceCommand {
    @Override
    public void execute() {
      log.add("do " + name);
    }

    @Override
    public void undo() {
      log.add("undo " + name);
    }

    @Override
    public String description() {
      return name;
    }
  }

  @Test
  void workspaceStepsAreUndoneInTheOrderTheyWereMadeFromEveryPlan() {
    List<String> log = new ArrayList<>();
    CommandStack s = new CommandStack(10);
    s.switchTo(1L);
    s.execute(new Step("a1", log));
    s.executeWorkspace(new WorkspaceStep("Delete scenario B", log, List.of(9L)));
    s.execute(new Step("a2", log));
    assertEquals(List.of("a1", "Delete scenario B", "a2"), history(s));
    assertFalse(s.workspaceUndoNextProperty().get());
    s.undo();
    assertTrue(s.workspaceUndoNextProperty().get());
    assertEquals("Delete scenario B", s.undoTextProperty().get());
    s.switchTo(2L); // another plan's board offers the same workspace step
    assertEquals("Delete scenario B", s.undoTextProperty().get());
    s.undo();
    s.switchTo(1L);
    assertEquals("a1", s.undoTextProperty().get());
    assertEquals("Delete scenario B", s.redoTextProperty().get(), "the last one undone first");
    s.redo();
    assertEquals("a2", s.redoTextProperty().get());
    s.redo();
    assertEquals(List.of("do a1", "do Delete scenario B", "do a2", "undo a2",
        "undo Delete scenario B", "do Delete scenario B", "do a2"), log);
    s.execute(new Step("a3", log));
    assertFalse(s.canRedoProperty().get());
  }

  @Test
  void undoingAWorkspaceStepDropsTheLaterEditsOfThePlansItTouched() {
    List<String> log = new ArrayList<>();
    CommandStack s = new CommandStack(10);
    s.switchTo(1L);
    s.execute(new Step("before", log));
    s.executeWorkspace(new WorkspaceStep("Adopt B into A", log, List.of(1L, 2L)));
    s.execute(new Step("on the adopted content", log));
    s.switchTo(3L);
    s.execute(new Step("elsewhere", log));
    s.undo(); // "elsewhere"
    s.undo(); // the adoption: plan 1's later edit no longer fits and goes
    s.switchTo(1L);
    assertEquals(List.of("before", "(undone) Adopt B into A"), history(s));
    assertEquals("before", s.undoTextProperty().get());
    s.switchTo(3L);
    assertEquals(List.of("(undone) Adopt B into A", "(undone) elsewhere"), history(s),
        "plan 3 was not touched: its edit can still be redone, after the adoption");
  }

  @Test
  void aRefusedStepGoesBackToWhereItWasBeforeThatStep() {
    List<String> log = new ArrayList<>();
    CommandStack s = new CommandStack(10);
    s.switchTo(1L);
    Step a = new Step("A", log);
    Step b = new Step("B", log);
    Step c = new Step("C", log);
    s.execute(a);
    s.execute(b);
    s.execute(c);
    s.refused(c); // its first write: the step is dropped
    assertEquals(List.of("A", "B"), history(s));
    s.undo(); // B undone...
    s.refused(b); // ...but that undo was refused: B is still to undo
    assertEquals(List.of("A", "B"), history(s));
    assertEquals("B", s.undoTextProperty().get());
    assertFalse(s.canRedoProperty().get());
    s.undo();
    s.redo(); // B redone...
    s.refused(b); // ...refused: back on the redo list
    assertEquals(List.of("A", "(undone) B"), history(s));
    assertEquals("B", s.redoTextProperty().get());
    s.refused(b); // already taken back: nothing more happens
    assertEquals(List.of("A", "(undone) B"), history(s));
    s.refused(c); // no longer in the history
    assertEquals(List.of("A", "(undone) B"), history(s));
  }

  @Test
  void aRefusedStepWithNewerStepsOnItIsDroppedAndAnotherPlansStepTooAfterSwitching() {
    List<String> log = new ArrayList<>();
    CommandStack s = new CommandStack(10);
    s.switchTo(1L);
    Step a = new Step("A", log);
    Step b = new Step("B", log);
    s.execute(a);
    s.execute(b);
    s.undo(); // B
    s.undo(); // A: A's undo is below B's on the redo list now
    s.refused(b); // B's undo refused, but A's came after it: B cannot go back on top
    assertEquals(List.of("(undone) A"), history(s));
    Step x = new Step("X", log);
    s.execute(x);
    s.switchTo(2L);
    s.refused(x); // refused after the user went to another plan
    s.switchTo(1L);
    assertEquals(List.of(), history(s));
  }

  @Test
  void aCommandThatThrowsAtOnceLeavesTheHistoryAsItWas() {
    CommandStack s = new CommandStack(10);
    s.switchTo(1L);
    List<String> log = new ArrayList<>();
    s.execute(new Step("A", log));
    Command failing = new Command() {
      @Override
      public void execute() {
        throw new IllegalStateException("refused");
      }

      @Override
      public void undo() {
        throw new IllegalStateException("refused");
      }

      @Override
      public String description() {
        return "F";
      }
    };
    assertThrows(IllegalStateException.class, () -> s.execute(failing));
    assertEquals(List.of("A"), history(s));
    s.undo();
    s.redo();
    assertEquals(List.of("A"), history(s));
  }
}

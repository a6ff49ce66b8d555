package org.paceline.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Undo and redo, bounded so that a long session does not hold every edit forever. */
public final class CommandStack {

  private final int limit;
  private final Deque<Command> undo = new ArrayDeque<>();
  private final Deque<Command> redo = new ArrayDeque<>();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
  private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");

  /** A stack that remembers at most {@code limit} edits. */
  public CommandStack(int limit) {
    this.limit = limit;
  }

  /** Runs a command and makes it the one to undo next; the redo list is dropped. */
  public void execute(Command c) {
    c.execute();
    undo.push(c);
    if (undo.size() > limit) {
      undo.removeLast();
    }
    redo.clear();
    update();
  }

  /** Reverts the last command. */
  public void undo() {
    if (!undo.isEmpty()) {
      Command c = undo.peek();
      c.undo();
      undo.pop();
      redo.push(c);
      update();
    }
  }

  /** Re-applies the last undone command. */
  public void redo() {
    if (!redo.isEmpty()) {
      Command c = redo.peek();
      c.execute();
      redo.pop();
      undo.push(c);
      update();
    }
  }

  /** Forgets every command (another plan was opened). */
  public void clear() {
    undo.clear();
    redo.clear();
    update();
  }

  private void update() {
    canUndo.set(!undo.isEmpty());
    canRedo.set(!redo.isEmpty());
    undoText.set(undo.isEmpty() ? "" : undo.peek().description());
    redoText.set(redo.isEmpty() ? "" : redo.peek().description());
  }

  /** True when there is something to undo. */
  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  /** True when there is something to redo. */
  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** What undo would revert, for the menu. */
  public ReadOnlyStringProperty undoTextProperty() {
    return undoText.getReadOnlyProperty();
  }

  /** What redo would re-apply, for the menu. */
  public ReadOnlyStringProperty redoTextProperty() {
    return redoText.getReadOnlyProperty();
  }
}

package org.paceline.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Undo and redo, bounded so that a long session does not hold every edit forever. Each plan has
 * its own history: {@link #switchTo} parks the current one and brings back the other's, so undo
 * survives going from a plan to its scenarios and back.
 */
public final class CommandStack {

  /**
   * One line of the history list.
   *
   * @param description what the edit did, in the user's words
   * @param undone true when it was undone (redo brings it back)
   */
  public record Entry(String description, boolean undone) {}

  private final int limit;
  private Deque<Command> undo = new ArrayDeque<>();
  private Deque<Command> redo = new ArrayDeque<>();
  private Object key;
  private final Map<Object, List<Deque<Command>>> parked = new HashMap<>();
  private final ObservableList<Entry> history = FXCollections.observableArrayList();
  private final ObservableList<Entry> historyView =
      FXCollections.unmodifiableObservableList(history);
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

  /** Forgets every command of the current history. */
  public void clear() {
    undo.clear();
    redo.clear();
    update();
  }

  /**
   * Makes {@code newKey}'s history current (empty the first time), keeping the current one for
   * when its key comes back.
   */
  public void switchTo(Object newKey) {
    if (java.util.Objects.equals(newKey, key)) {
      return;
    }
    if (key != null) {
      parked.put(key, List.of(undo, redo));
    }
    List<Deque<Command>> back = parked.remove(newKey);
    undo = back == null ? new ArrayDeque<>() : back.get(0);
    redo = back == null ? new ArrayDeque<>() : back.get(1);
    key = newKey;
    update();
  }

  /** Drops the history of {@code oldKey} (its plan was deleted or replaced). */
  public void forget(Object oldKey) {
    parked.remove(oldKey);
    if (java.util.Objects.equals(oldKey, key)) {
      clear();
    }
  }

  /** Whose history is current. */
  public Object key() {
    return key;
  }

  private void update() {
    canUndo.set(!undo.isEmpty());
    canRedo.set(!redo.isEmpty());
    undoText.set(undo.isEmpty() ? "" : undo.peek().description());
    redoText.set(redo.isEmpty() ? "" : redo.peek().description());
    List<Entry> entries = new ArrayList<>(undo.size() + redo.size());
    for (Iterator<Command> it = undo.descendingIterator(); it.hasNext(); ) {
      entries.add(new Entry(it.next().description(), false));
    }
    for (Command c : redo) {
      entries.add(new Entry(c.description(), true));
    }
    history.setAll(entries);
  }

  /**
   * The current history, oldest first: the edits that undo would revert, then those that redo
   * would bring back.
   */
  public ObservableList<Entry> history() {
    return historyView;
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

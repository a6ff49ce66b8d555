package org.paceline.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
 *
 * <p>Steps that change the workspace rather than one plan (delete a scenario, adopt it) are kept
 * in one more history that every plan sees: {@link #executeWorkspace}. Undo and redo take the
 * most recent step of the current plan's history and the workspace's, so Edit ▸ Undo reverts
 * what the user did last. A workspace step names the plans it touched; the steps of those plans
 * made after it are dropped when it is undone or redone, because they were based on content that
 * is no longer there.
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
  private final Deque<WorkspaceCommand> workspaceUndo = new ArrayDeque<>();
  private final Deque<WorkspaceCommand> workspaceRedo = new ArrayDeque<>();
  /** When each command was last put on an undo or redo list: orders the two histories. */
  private final Map<Command, Long> stamps = new java.util.IdentityHashMap<>();
  /** How each command got where it is: what {@link #refused} takes back. */
  private final Map<Command, Move> moves = new java.util.IdentityHashMap<>();
  /** Each moved command's stamp before its last move. */
  private final Map<Command, Long> previous = new java.util.IdentityHashMap<>();

  private enum Move { NEW, UNDONE, REDONE }
  private long clock;
  private final ObservableList<Entry> history = FXCollections.observableArrayList();
  private final ObservableList<Entry> historyView =
      FXCollections.unmodifiableObservableList(history);
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private final ReadOnlyBooleanWrapper workspaceUndoNext =
      new ReadOnlyBooleanWrapper(this, "workspaceUndoNext");
  private final ReadOnlyBooleanWrapper workspaceRedoNext =
      new ReadOnlyBooleanWrapper(this, "workspaceRedoNext");
  private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
  private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");

  /** A stack that remembers at most {@code limit} edits. */
  public CommandStack(int limit) {
    this.limit = limit;
  }

  /**
   * Runs a command and makes it the one to undo next; the redo lists are dropped. The command is
   * on the list while it runs, so that a refusal reported by its write ({@link #refused}) finds
   * it there; when it throws, it is taken off again and the exception passed on.
   */
  public void execute(Command c) {
    run(undo, c);
  }

  /**
   * Runs a step that changes the workspace (delete or adopt a scenario) and makes it the one to
   * undo next, whichever plan is shown then.
   */
  public void executeWorkspace(WorkspaceCommand c) {
    run(workspaceUndo, c);
  }

  private <C extends Command> void run(Deque<C> list, C c) {
    dropRedo();
    push(list, c);
    moves.put(c, Move.NEW);
    if (list.size() > limit) {
      forgetStamp(list.removeLast());
    }
    update();
    try {
      c.execute();
    } catch (RuntimeException e) {
      list.remove(c);
      forgetStamp(c);
      update();
      throw e;
    }
  }

  /** Reverts the last command: the current plan's or the workspace's, whichever came last. */
  public void undo() {
    if (workspaceNext(undo, workspaceUndo)) {
      workspaceStep(workspaceUndo, workspaceRedo, Move.UNDONE);
    } else if (!undo.isEmpty()) {
      step(undo, redo, Move.UNDONE);
    }
  }

  /** Re-applies the last undone command. */
  public void redo() {
    if (workspaceNext(redo, workspaceRedo)) {
      workspaceStep(workspaceRedo, workspaceUndo, Move.REDONE);
    } else if (!redo.isEmpty()) {
      step(redo, undo, Move.REDONE);
    }
  }

  /**
   * Moves the newest command of {@code from} to {@code to} and undoes or redoes it ({@code how});
   * when that throws at once, it goes back. Returns its stamp from before the move.
   */
  private <C extends Command> long step(Deque<C> from, Deque<C> to, Move how) {
    C c = from.peek();
    long since = stamps.get(c);
    move(from, to, c, how);
    try {
      if (how == Move.UNDONE) {
        c.undo();
      } else {
        c.execute();
      }
    } catch (RuntimeException e) {
      back(to, from, c, since);
      throw e;
    }
    return since;
  }

  /** {@link #step} for a workspace step, which also drops the plan steps made after it. */
  private void workspaceStep(Deque<WorkspaceCommand> from, Deque<WorkspaceCommand> to,
      Move how) {
    WorkspaceCommand c = from.peek();
    long since = step(from, to, how);
    dropAfter(c, since);
    update();
  }

  /**
   * The write behind {@code c}'s last execute, undo or redo was refused (a team plan changed
   * under it, a lost connection): the history goes back to what it was before that step. A new
   * command is dropped; an undone one is put back on the undo list, a redone one on the redo
   * list, as long as it is still the newest there (else it is dropped, since what came after it
   * was based on it). A command no longer in the history is ignored.
   */
  public void refused(Command c) {
    Move m = moves.get(c);
    if (m == null) {
      return;
    }
    boolean ws = c instanceof WorkspaceCommand;
    @SuppressWarnings("unchecked")
    Deque<Command> u = ws ? (Deque<Command>) (Deque<?>) workspaceUndo : undo;
    @SuppressWarnings("unchecked")
    Deque<Command> r = ws ? (Deque<Command>) (Deque<?>) workspaceRedo : redo;
    Deque<Command> now = m == Move.UNDONE ? r : u;
    Deque<Command> back = m == Move.UNDONE ? u : r;
    if (m != Move.NEW && now.peek() == c) {
      now.pop();
      back.push(c);
      Long old = previous.remove(c);
      stamps.put(c, old == null ? ++clock : old);
      moves.remove(c); // taken back once: nothing more to take back until its next step
    } else {
      now.remove(c);
      for (List<Deque<Command>> lists : parked.values()) {
        lists.forEach(list -> list.remove(c)); // its plan is no longer shown
      }
      forgetStamp(c);
    }
    update();
  }

  private <C extends Command> void move(Deque<C> from, Deque<C> to, C c, Move how) {
    previous.put(c, stamps.get(c));
    from.pop();
    push(to, c);
    moves.put(c, how);
    update();
  }

  /** Undoes {@link #move} after the command threw at once. */
  private <C extends Command> void back(Deque<C> from, Deque<C> to, C c, long stamp) {
    from.remove(c);
    to.push(c);
    stamps.put(c, stamp);
    moves.put(c, to == undo || to == workspaceUndo ? Move.REDONE : Move.UNDONE);
    update();
  }

  private void forgetStamp(Command c) {
    stamps.remove(c);
    moves.remove(c);
    previous.remove(c);
  }

  private <C extends Command> void push(Deque<C> list, C c) {
    list.push(c);
    stamps.put(c, ++clock);
  }

  /** True when the workspace's list has the more recent step than the plan's. */
  private boolean workspaceNext(Deque<Command> plan, Deque<WorkspaceCommand> workspace) {
    if (workspace.isEmpty()) {
      return false;
    }
    return plan.isEmpty() || stamps.get(workspace.peek()) > stamps.get(plan.peek());
  }

  private void dropRedo() {
    redo.forEach(this::forgetStamp);
    redo.clear();
    workspaceRedo.forEach(this::forgetStamp);
    workspaceRedo.clear();
  }

  /**
   * Drops the steps of the plans {@code c} touched that were made after it (after {@code since}):
   * they were based on what {@code c} has just replaced.
   */
  private void dropAfter(WorkspaceCommand c, long since) {
    for (Object touched : c.plans()) {
      List<Deque<Command>> lists = java.util.Objects.equals(touched, key) ? List.of(undo, redo)
          : parked.get(touched);
      if (lists == null) {
        continue;
      }
      for (Deque<Command> list : lists) {
        list.removeIf(x -> {
          boolean newer = stamps.getOrDefault(x, 0L) > since;
          if (newer) {
            forgetStamp(x);
          }
          return newer;
        });
      }
    }
  }

  /** Forgets every command of the current history. */
  public void clear() {
    undo.forEach(this::forgetStamp);
    redo.forEach(this::forgetStamp);
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
    List<Deque<Command>> gone = parked.remove(oldKey);
    if (gone != null) {
      gone.forEach(list -> list.forEach(this::forgetStamp));
    }
    if (java.util.Objects.equals(oldKey, key)) {
      clear();
    }
  }

  /** Whose history is current. */
  public Object key() {
    return key;
  }

  private void update() {
    boolean wsUndo = workspaceNext(undo, workspaceUndo);
    boolean wsRedo = workspaceNext(redo, workspaceRedo);
    Command nextUndo = wsUndo ? workspaceUndo.peek() : undo.peek();
    Command nextRedo = wsRedo ? workspaceRedo.peek() : redo.peek();
    workspaceUndoNext.set(wsUndo);
    workspaceRedoNext.set(wsRedo);
    canUndo.set(nextUndo != null);
    canRedo.set(nextRedo != null);
    undoText.set(nextUndo == null ? "" : nextUndo.description());
    redoText.set(nextRedo == null ? "" : nextRedo.description());
    List<Command> done = new ArrayList<>(undo);
    done.addAll(workspaceUndo);
    done.sort(java.util.Comparator.comparing(stamps::get));
    List<Command> undone = new ArrayList<>(redo);
    undone.addAll(workspaceRedo);
    undone.sort(java.util.Comparator.comparing(stamps::get).reversed());
    List<Entry> entries = new ArrayList<>(done.size() + undone.size());
    for (Command c : done) {
      entries.add(new Entry(c.description(), false));
    }
    for (Command c : undone) {
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

  /**
   * True when undo would revert a workspace step (delete or adopt a scenario): allowed from a
   * read-only board such as a baseline's, as long as the workspace may be changed.
   */
  public ReadOnlyBooleanProperty workspaceUndoNextProperty() {
    return workspaceUndoNext.getReadOnlyProperty();
  }

  /** True when redo would re-apply a workspace step. */
  public ReadOnlyBooleanProperty workspaceRedoNextProperty() {
    return workspaceRedoNext.getReadOnlyProperty();
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

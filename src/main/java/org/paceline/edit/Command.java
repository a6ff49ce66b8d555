package org.paceline.edit;

/**
 * One user gesture as an undoable change. Each execute and undo is one database transaction, so
 * what the screen shows is what is stored.
 */
public interface Command {

  /** Applies the change (also used to redo it). */
  void execute();

  /** Reverts the change. */
  void undo();

  /** For the Edit menu: "Move “Trade show booth”". */
  String description();
}

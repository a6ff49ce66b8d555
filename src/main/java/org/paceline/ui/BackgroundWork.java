package org.paceline.ui;

import javafx.concurrent.Task;

/**
 * Runs long work (opening a workspace, loading a plan) off the JavaFX application thread. View
 * models take it as a parameter so tests can run the work on the calling thread.
 */
@FunctionalInterface
public interface BackgroundWork {

  /** Starts the task; its handlers run on the JavaFX thread when it ends. */
  void submit(Task<?> task);
}

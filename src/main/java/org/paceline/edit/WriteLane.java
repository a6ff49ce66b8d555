package org.paceline.edit;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the board's database work runs: one job at a time, in the order it was given, away from
 * the thread that paints the window. What follows a job ({@code done} or {@code failed}) runs
 * back on the window's thread. Writes and the reads that must see them (reloading the plan
 * shown, copying it) go through the same lane, so each read sees every write asked before it.
 *
 * <p>{@link #direct()} runs each job at once on the caller's thread: for tests and for code
 * without a window.
 */
public interface WriteLane {

  /**
   * Queues {@code job}; when it has run, {@code done} gets its result, or {@code failed} what it
   * threw, on the window's thread.
   */
  <T> void submit(Callable<T> job, Consumer<? super T> done,
      Consumer<? super RuntimeException> failed);

  /** Queues {@code job} (a read, a marker) with nothing to hand back. */
  void execute(Runnable job);

  /**
   * Waits until every job queued so far has run (the window closes, the workspace is switched).
   *
   * @return false when {@code timeout} passed first
   */
  boolean drain(Duration timeout);

  /** A lane that runs each job at once, on the calling thread. */
  static WriteLane direct() {
    return new WriteLane() {
      @Override
      public <T> void submit(Callable<T> job, Consumer<? super T> done,
          Consumer<? super RuntimeException> failed) {
        T result;
        try {
          result = job.call();
        } catch (RuntimeException e) {
          failed.accept(e);
          return;
        } catch (Exception e) {
          failed.accept(new IllegalStateException(e.getMessage(), e));
          return;
        }
        done.accept(result);
      }

      @Override
      public void execute(Runnable job) {
        job.run();
      }

      @Override
      public boolean drain(Duration timeout) {
        return true;
      }
    };
  }
}

package org.paceline.edit;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's lane: one daemon thread ({@code paceline-writes}) runs the jobs in order, and
 * {@code ui} (the JavaFX thread's {@code Platform::runLater}) runs what follows each.
 */
public final class SerialWriteLane implements WriteLane, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SerialWriteLane.class);

  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "paceline-writes");
    t.setDaemon(true);
    return t;
  });
  private final java.util.concurrent.Executor ui;

  /** A lane whose follow-ups run on {@code ui}. */
  public SerialWriteLane(java.util.concurrent.Executor ui) {
    this.ui = java.util.Objects.requireNonNull(ui);
  }

  @Override
  public <T> void submit(Callable<T> job, Consumer<? super T> done,
      Consumer<? super RuntimeException> failed) {
    thread.execute(() -> {
      T result;
      try {
        result = job.call();
      } catch (RuntimeException e) {
        ui.execute(() -> failed.accept(e));
        return;
      } catch (Exception e) {
        ui.execute(() -> failed.accept(new IllegalStateException(e.getMessage(), e)));
        return;
      }
      ui.execute(() -> done.accept(result));
    });
  }

  @Override
  public void execute(Runnable job) {
    thread.execute(() -> {
      try {
        job.run();
      } catch (RuntimeException e) {
        LOG.warn("A background job failed", e);
      }
    });
  }

  @Override
  public boolean drain(Duration timeout) {
    Future<?> marker;
    try {
      marker = thread.submit(() -> { });
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      return thread.isTerminated();
    }
    try {
      marker.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      return true; // the marker does nothing; the jobs before it have run
    }
  }

  /** Lets the queued jobs finish (at most {@code timeout}) and stops the thread. */
  public boolean close(Duration timeout) {
    thread.shutdown();
    try {
      return thread.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    if (!close(Duration.ofSeconds(30))) {
      LOG.warn("Writes were still running after 30 s when the window closed");
    }
  }
}

package org.paceline.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.slf4j.LoggerFactory;

/**
 * Measures start-up. Every start records its steps (ms from the start of the Java process, and
 * the thread) and logs them at debug level once the board has been drawn with a plan (logger
 * {@code org.paceline.app.StartupProbe}; {@code -Dpaceline.log=DEBUG} shows them), so a slower
 * step is visible. With {@code PACELINE_STARTUP_PROBE=1} in the environment each step is also
 * printed at once, and then {@code paceline-startup: board shown after N ms}; with {@code
 * PACELINE_STARTUP_PROBE=exit} the window then closes. The start-up benchmarks use it.
 */
final class StartupProbe {

  static final String ENV = "PACELINE_STARTUP_PROBE";

  private static final List<String> STEPS = new ArrayList<>();
  private static boolean reported;

  private StartupProbe() {}

  /** Milliseconds since the Java process started. */
  static long sinceStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  /** Notes that a step of start-up was reached (printed at once when the probe is on). */
  static void mark(String step) {
    long ms = sinceStart();
    String line = step + " at " + ms + " ms [" + Thread.currentThread().getName() + "]";
    synchronized (STEPS) {
      if (reported) {
        return; // a later reopening (restore, fresh start) is not start-up
      }
      STEPS.add(line);
    }
    String mode = System.getenv(ENV);
    if (mode != null && !mode.isBlank()) {
      System.out.println("paceline-startup-step: " + line);
      System.out.flush();
    }
  }

  /**
   * Waits for the first frame that shows a plan: then logs the steps, prints the probe's line if
   * it was asked for, and closes the window in {@code exit} mode.
   */
  static void watch(Scene scene, ObservableValue<?> plan) {
    String mode = System.getenv(ENV);
    Runnable[] waiting = new Runnable[1];
    waiting[0] = () -> {
      if (plan.getValue() == null) {
        return;
      }
      scene.removePostLayoutPulseListener(waiting[0]);
      mark("board laid out with the plan");
      // This pulse lays out and draws the board; the next one comes after it was rendered.
      Runnable[] rendered = new Runnable[1];
      rendered[0] = () -> {
        scene.removePostLayoutPulseListener(rendered[0]);
        long ms = sinceStart();
        mark("board shown");
        report(ms, scene);
        if (mode != null && !mode.isBlank()) {
          System.out.println("paceline-startup: board shown after " + ms + " ms");
          System.out.flush();
          if (mode.equals("exit")) {
            Platform.runLater(Platform::exit);
          }
        }
      };
      scene.addPostLayoutPulseListener(rendered[0]);
      Platform.requestNextPulse();
    };
    scene.addPostLayoutPulseListener(waiting[0]);
    Platform.requestNextPulse();
  }

  /** How many nodes a scene has: the first frame's CSS and layout cost grows with it. */
  static int nodes(Node node) {
    int n = 1;
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        n += nodes(child);
      }
    }
    return n;
  }

  /** The steps so far, one a line (tests read them). */
  static List<String> steps() {
    synchronized (STEPS) {
      return List.copyOf(STEPS);
    }
  }

  private static void report(long ms, Scene scene) {
    List<String> steps;
    synchronized (STEPS) {
      reported = true;
      steps = List.copyOf(STEPS);
    }
    var log = LoggerFactory.getLogger(StartupProbe.class);
    if (log.isDebugEnabled()) {
      log.debug("Start-up: board shown after {} ms, {} nodes in its first frame; steps: {}", ms,
          nodes(scene.getRoot()), String.join(", ", steps));
    }
  }
}

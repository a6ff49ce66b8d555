package org.paceline.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Measures start-up: with {@code PACELINE_STARTUP_PROBE=1} in the environment, the window prints
 * {@code paceline-startup: board shown after N ms} once the board has been drawn with a plan (N
 * counted from the start of the Java process), and with {@code PACELINE_STARTUP_PROBE=exit} it
 * then closes. The cold-start benchmark uses it; users never see it.
 */
final class StartupProbe {

  static final String ENV = "PACELINE_STARTUP_PROBE";

  private StartupProbe() {}

  /** Prints how long after the process started a step of start-up was reached (probe only). */
  static void mark(String step) {
    String mode = System.getenv(ENV);
    if (mode != null && !mode.isBlank()) {
      long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
      System.out.println("paceline-startup-step: " + step + " at " + ms + " ms ["
          + Thread.currentThread().getName() + "]");
      System.out.flush();
    }
  }

  /** Watches for the first frame that shows a plan, if the probe was asked for. */
  static void watch(Scene scene, ObservableValue<?> plan) {
    String mode = System.getenv(ENV);
    if (mode == null || mode.isBlank()) {
      return;
    }
    Runnable[] waiting = new Runnable[1];
    waiting[0] = () -> {
      if (plan.getValue() == null) {
        return;
      }
      scene.removePostLayoutPulseListener(waiting[0]);
      // This pulse lays out and draws the board; the next one comes after it was rendered.
      Runnable[] rendered = new Runnable[1];
      rendered[0] = () -> {
        scene.removePostLayoutPulseListener(rendered[0]);
        long ms = System.currentTimeMillis()
            - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("paceline-startup: board shown after " + ms + " ms");
        System.out.flush();
        if (mode.equals("exit")) {
          Platform.runLater(Platform::exit);
        }
      };
      scene.addPostLayoutPulseListener(rendered[0]);
      Platform.requestNextPulse();
    };
    scene.addPostLayoutPulseListener(waiting[0]);
    Platform.requestNextPulse();
  }
}

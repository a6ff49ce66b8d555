package org.paceline.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for start-up on this stack: an empty JavaFX window with one label, the size of
 * Paceline's, timed from the start of its Java process to its first rendered frame (the same
 * two-pulse wait as Paceline's start-up probe). Prints {@code bare-window: shown after N ms}
 * and exits. Not an {@code Application} itself, like Paceline's main class.
 */
public final class BareWindow {

  private BareWindow() {}

  /** The window. */
  public static final class App extends Application {
    @Override
    public void start(Stage stage) {
      Scene scene = new Scene(new Label("Paceline"), 1280, 800);
      stage.setScene(scene);
      stage.show();
      Runnable[] laidOut = new Runnable[1];
      laidOut[0] = () -> {
        scene.removePostLayoutPulseListener(laidOut[0]);
        Runnable[] rendered = new Runnable[1];
        rendered[0] = () -> {
          scene.removePostLayoutPulseListener(rendered[0]);
          long ms = System.currentTimeMillis()
              - ManagementFactory.getRuntimeMXBean().getStartTime();
          System.out.println("bare-window: shown after " + ms + " ms");
          System.out.flush();
          Platform.exit();
        };
        scene.addPostLayoutPulseListener(rendered[0]);
        Platform.requestNextPulse();
      };
      scene.addPostLayoutPulseListener(laidOut[0]);
      Platform.requestNextPulse();
    }
  }

  public static void main(String[] args) {
    Application.launch(App.class, args);
  }
}

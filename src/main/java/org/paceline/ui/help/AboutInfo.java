package org.paceline.ui.help;

import java.nio.file.Path;

/**
 * What the About dialog shows: this build and where the user's plans are.
 *
 * @param version the application version, e.g. {@code 0.1.0}
 * @param buildDate when this build was made
 * @param workspace the folder holding the user's plans
 * @param java the Java runtime, e.g. {@code 17.0.15 (Debian)}
 * @param javafx the JavaFX runtime version
 */
public record AboutInfo(String version, String buildDate, Path workspace, String java,
    String javafx) {

  /** The running Java and JavaFX, with this build's version and date. */
  public static AboutInfo current(String version, String buildDate, Path workspace) {
    String vendor = System.getProperty("java.vendor", "");
    String java = System.getProperty("java.runtime.version", System.getProperty("java.version"))
        + (vendor.isBlank() ? "" : " (" + vendor + ")");
    return new AboutInfo(version, buildDate, workspace, java,
        System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?")));
  }

  /** The details as lines of text, for the dialog's "Copy" button and support requests. */
  public String asText() {
    return "Paceline " + version + "\n"
        + "Built: " + buildDate + "\n"
        + "Workspace: " + workspace + "\n"
        + "Java: " + java + "\n"
        + "JavaFX: " + javafx + "\n"
        + "System: " + System.getProperty("os.name") + " " + System.getProperty("os.version")
        + " (" + System.getProperty("os.arch") + ")";
  }
}

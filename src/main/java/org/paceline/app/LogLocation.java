package org.paceline.app;

import ch.qos.logback.core.PropertyDefinerBase;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Paceline's log file is: the per-user log folder of the platform ({@code
 * $XDG_STATE_HOME/paceline} or {@code ~/.local/state/paceline} on Linux, {@code
 * ~/Library/Logs/Paceline} on macOS, {@code %LOCALAPPDATA%\Paceline\logs} on Windows), or the
 * folder named by the {@code paceline.log.dir} system property (tests use it). logback.xml asks
 * this class (as a property definer), and so does the message of an internal error: one answer
 * for both. The file is only created when something is logged.
 */
public final class LogLocation extends PropertyDefinerBase {

  /** The system property that chooses another log folder. */
  public static final String PROPERTY = "paceline.log.dir";

  /** The log file. */
  public static Path file() {
    return file(System.getProperty(PROPERTY), System.getenv(),
        System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
  }

  static Path file(String override, Map<String, String> env, String osName, Path home) {
    return folder(override, env, osName, home).resolve("paceline.log");
  }

  private static Path folder(String override, Map<String, String> env, String osName,
      Path home) {
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String local = env.get("LOCALAPPDATA");
      return (local == null ? home.resolve("AppData").resolve("Local") : Path.of(local))
          .resolve("Paceline").resolve("logs");
    }
    if (os.contains("mac")) {
      return home.resolve("Library").resolve("Logs").resolve("Paceline");
    }
    String state = env.get("XDG_STATE_HOME");
    return (state == null || state.isBlank() ? home.resolve(".local").resolve("state")
        : Path.of(state)).resolve("paceline");
  }

  /** For logback.xml: {@code <define name="LOG_FILE" class="org.paceline.app.LogLocation"/>}. */
  @Override
  public String getPropertyValue() {
    return file().toString();
  }
}

package org.paceline.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace lives: {@code --db DIR}, else the {@code PACELINE_DB} environment variable,
 * else the platform's per-user data folder.
 */
public final class WorkspaceLocation {

  /** The environment variable that chooses another workspace (tests use it). */
  public static final String ENV = "PACELINE_DB";

  private WorkspaceLocation() {}

  /** The workspace folder for an optional {@code --db} value. */
  public static Path resolve(Path option) {
    return resolve(option, System.getenv(), System.getProperty("os.name", ""),
        Path.of(System.getProperty("user.home", ".")));
  }

  static Path resolve(Path option, Map<String, String> env, String osName, Path home) {
    if (option != null) {
      return option;
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String appData = env.get("APPDATA");
      return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
          .resolve("Paceline");
    }
    if (os.contains("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("Paceline");
    }
    String xdg = env.get("XDG_DATA_HOME");
    return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg))
        .resolve("paceline");
  }
}

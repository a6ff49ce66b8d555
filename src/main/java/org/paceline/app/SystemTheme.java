package org.paceline.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system is set to a dark appearance. JavaFX 21 has no API for it (it came
 * in JavaFX 22), so each platform is asked its own way; anything unclear means light.
 */
final class SystemTheme {

  private SystemTheme() {}

  /** True when the system prefers dark. Never blocks for more than about a second. */
  static boolean prefersDark() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      return ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).contains("dark");
    }
    if (os.contains("win")) {
      String out = ask(List.of("reg", "query",
          "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
          "/v", "AppsUseLightTheme"));
      return out.contains("0x0");
    }
    String scheme = ask(List.of("gsettings", "get", "org.gnome.desktop.interface",
        "color-scheme"));
    if (scheme.contains("dark")) {
      return true;
    }
    return ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
        .contains("dark");
  }

  /** What a command prints, lower-cased, or "" when it cannot be run. */
  static String ask(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (!p.waitFor(1, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "";
      }
      return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
          .toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}

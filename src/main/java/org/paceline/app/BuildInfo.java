package org.paceline.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version and build date, written into a resource by the build. */
public final class BuildInfo {

  private static final Properties PROPS = load();

  private BuildInfo() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // an unknown version is shown as such
    }
    return p;
  }

  /** The version, e.g. {@code 0.1.0}. */
  public static String version() {
    return PROPS.getProperty("version", "unknown");
  }

  /** When this build was made. */
  public static String buildDate() {
    return PROPS.getProperty("date", "unknown");
  }
}

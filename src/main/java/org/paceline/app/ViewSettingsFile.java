package org.paceline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.paceline.files.AtomicFiles;
import org.paceline.ui.board.ViewSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The board's per-plan choices in {@code view-settings.properties} beside the database, so they
 * travel with the workspace. Losing this file loses only view choices, never plan data.
 */
final class ViewSettingsFile implements ViewSettings {

  private static final Logger LOG = LoggerFactory.getLogger(ViewSettingsFile.class);

  private final Path file;
  private final Properties props = new Properties();

  ViewSettingsFile(Path workspace) {
    this.file = workspace.resolve("view-settings.properties");
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        props.load(in);
      } catch (IOException | IllegalArgumentException e) {
        LOG.warn("Ignoring unreadable view settings {}: {}", file, e.getMessage());
      }
    }
  }

  @Override
  public synchronized Map<String, String> load(long planId, String section) {
    Map<String, String> out = new HashMap<>();
    String prefix = "plan." + planId + "." + section + ".";
    for (String k : props.stringPropertyNames()) {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), props.getProperty(k));
      }
    }
    return out;
  }

  @Override
  public synchronized void save(long planId, String section, Map<String, String> values) {
    String prefix = "plan." + planId + "." + section + ".";
    props.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).toList()
        .forEach(props::remove);
    values.forEach((k, v) -> props.setProperty(prefix + k, v));
    try {
      AtomicFiles.write(file, (OutputStream out) -> props.store(out, "Paceline board choices"),
          true); // inside the private workspace folder
    } catch (IOException e) {
      LOG.warn("Could not save view settings {}: {}", file, e.getMessage());
    }
  }
}

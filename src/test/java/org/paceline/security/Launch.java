package org.paceline.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.paceline.app.Main;

/** Runs Paceline's command line in a child JVM with a 64 MB heap, as a hostile file meets it. */
final class Launch {

  private static final String SAMPLE = "/org/paceline/sample/northwind-fy2027/";
  private static final List<String> TABLES =
      List.of("plan", "targets", "budgets", "initiatives", "programs");

  private Launch() {}

  record Child(int code, String output) {}

  /** {@code paceline args…} in a JVM started with {@code -Xmx64m}; stdout and stderr joined. */
  static Child smallHeap(Path scratch, String... args) throws Exception {
    Path log = Files.createTempFile(scratch, "child", ".out");
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the command finished");
    return new Child(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The bundled sample plan as a folder of CSV files under {@code dir}. */
  static Path sampleFolder(Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("plan"));
    for (String t : TABLES) {
      try (InputStream in = Launch.class.getResourceAsStream(SAMPLE + t + ".csv")) {
        Files.copy(in, folder.resolve(t + ".csv"));
      }
    }
    return folder;
  }

  /** No trace, class name, SQL engine text or memory failure reached the user. */
  static void assertNoInternals(String output) {
    for (String internal : List.of("Exception", "OutOfMemory", "java.", "org.", "\tat ",
        "jdbc:")) {
      assertFalse(output.contains(internal), internal + " in: " + output);
    }
  }
}

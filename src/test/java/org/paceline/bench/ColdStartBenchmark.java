package org.paceline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Time from launching Paceline to the board showing the sample plan, over several cold starts:
 * each run is a new process on a new, empty workspace (so it also creates the database and
 * stores the sample plan, as a first start does). The app reports when the board has been drawn
 * ({@code PACELINE_STARTUP_PROBE=exit}); the time is taken here from just before the launch.
 *
 * <p>Run on a display (e.g. {@code xvfb-run -a}):
 * {@code java -cp target/test-classes org.paceline.bench.ColdStartBenchmark /usr/bin/paceline 5}
 * (as root the page cache is dropped before each run; add {@code warm} to keep it).
 */
public final class ColdStartBenchmark {

  private ColdStartBenchmark() {}

  public static void main(String[] args) throws Exception {
    String launcher = args.length > 0 ? args[0] : "/usr/bin/paceline";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    double[] ms = new double[runs];
    double[] inApp = new double[runs];
    boolean cold = !(args.length > 2 && args[2].equals("warm"));
    for (int i = 0; i < runs; i++) {
      cold = cold && dropPageCache();
      Path ws = Files.createTempDirectory("paceline-coldstart");
      try {
        ProcessBuilder pb = new ProcessBuilder(launcher).redirectErrorStream(true);
        pb.environment().put("PACELINE_DB", ws.toString());
        pb.environment().put("PACELINE_STARTUP_PROBE", "exit");
        long start = System.nanoTime();
        Process p = pb.start();
        String shown = null;
        try (BufferedReader out = new BufferedReader(
            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("paceline-startup:")) {
              ms[i] = (System.nanoTime() - start) / 1e6;
              shown = line;
              break;
            }
          }
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
        if (shown == null) {
          throw new IllegalStateException("Run " + (i + 1) + ": the board was never reported "
              + "(exit code " + p.exitValue() + ")");
        }
        inApp[i] = Double.parseDouble(shown.replaceAll("\\D+", " ").trim().split(" ")[0]);
        System.out.printf("run %d: %.0f ms (the app counts %.0f ms from JVM start)%n", i + 1,
            ms[i], inApp[i]);
      } finally {
        delete(ws);
      }
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf("%s start to board with the sample plan, %s: median %.0f ms, "
        + "min %.0f ms, max %.0f ms (%d runs)%n",
        cold ? "cold (page cache dropped before each run)" : "fresh-process (page cache warm)",
        launcher, sorted[runs / 2], sorted[0], sorted[runs - 1], runs);
  }

  /**
   * Empties the operating system's file cache, so the runtime and jars are read from disk as
   * after a reboot. Needs root on Linux; elsewhere the runs are only fresh processes.
   */
  private static boolean dropPageCache() {
    try {
      new ProcessBuilder("sync").inheritIO().start().waitFor();
      Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3");
      return true;
    } catch (IOException | InterruptedException | SecurityException e) {
      return false;
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(all.toList());
      paths.sort(Comparator.reverseOrder());
      for (Path p : paths) {
        Files.deleteIfExists(p);
      }
    }
  }
}

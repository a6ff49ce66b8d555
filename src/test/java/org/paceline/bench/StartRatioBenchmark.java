package org.paceline.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up against its floor: launch to "board shown" of the packaged Paceline
 * ({@code target/paceline/bin/paceline}, {@code PACELINE_STARTUP_PROBE=exit}, a new workspace
 * each run) divided by launch to the first frame of a {@link BareWindow} on the same Java, jars
 * and display. Runs alternate (bare, Paceline, bare, …) so that the machine's load drifts over
 * both alike; the first pair warms the file cache and is not counted. Prints the medians, the
 * median of the pairs' ratios, and the median time of each start-up step.
 *
 * <p>After {@code ./mvnw -B -q package -DskipTests}, from the project folder, on a display:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/test-classes
 * org.paceline.bench.StartRatioBenchmark 7}
 */
public final class StartRatioBenchmark {

  private static final Pattern SHOWN = Pattern.compile("shown after (\\d+) ms");
  private static final Pattern STEP =
      Pattern.compile("^paceline-startup-step: (.+) at (\\d+) ms \\[(.+)]$");

  private StartRatioBenchmark() {}

  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path home = Path.of(args.length > 1 ? args[1] : "target/paceline").toAbsolutePath();
    Path launcher = home.resolve("bin/paceline");
    if (!Files.isExecutable(launcher)) {
      System.err.println("No launcher at " + launcher + ": run ./mvnw -B -q package -DskipTests");
      System.exit(2);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = Path.of("target/test-classes").toAbsolutePath() + File.pathSeparator
        + home.resolve("lib") + File.separator + "*";
    List<Long> bare = new ArrayList<>();
    List<Long> app = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    Map<String, List<Long>> steps = new LinkedHashMap<>();
    Path work = Files.createTempDirectory("paceline-start-ratio");
    try {
      for (int i = 0; i <= pairs; i++) {
        Run b = run(new ProcessBuilder(java, "-cp", classPath, BareWindow.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--db",
            work.resolve("ws" + i).toString());
        pb.environment().put("PACELINE_STARTUP_PROBE", "exit");
        Run a = run(pb);
        String label = i == 0 ? "warm-up" : "pair " + i;
        System.out.printf("%-8s bare window %5d ms   Paceline %5d ms   ratio %.2f%n", label,
            b.shownMs, a.shownMs, (double) a.shownMs / b.shownMs);
        if (i == 0) {
          continue;
        }
        bare.add(b.shownMs);
        app.add(a.shownMs);
        ratios.add((double) a.shownMs / b.shownMs);
        a.steps.forEach((k, v) -> steps.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      }
    } finally {
      delete(work);
    }
    System.out.println();
    System.out.println("| step (ms from the Java process start, median) | ms |");
    System.out.println("|---|---|");
    steps.forEach((k, v) -> System.out.printf("| %s | %d |%n", k, Math.round(median(v))));
    System.out.println();
    System.out.printf("bare window %.0f ms, Paceline %.0f ms, median ratio %.2f (%d pairs)%n",
        median(bare), median(app), median(ratios), ratios.size());
  }

  private record Run(long shownMs, Map<String, Long> steps) {}

  /** Runs one start and reads its "shown after N ms" line (and Paceline's steps). */
  private static Run run(ProcessBuilder pb) throws IOException, InterruptedException {
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    Long shown = null;
    Map<String, Long> steps = new LinkedHashMap<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        Matcher step = STEP.matcher(line);
        if (step.matches()) {
          steps.put(step.group(1) + " [" + step.group(3).replace("JavaFX Application Thread",
              "FX") + "]", Long.parseLong(step.group(2)));
        } else {
          Matcher m = SHOWN.matcher(line);
          if (m.find()) {
            shown = Long.parseLong(m.group(1));
          }
        }
      }
    }
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    if (shown == null) {
      throw new IllegalStateException(String.join(" ", pb.command())
          + " never reported its first frame (exit code " + p.exitValue()
          + "); is there a display (xvfb-run -a)?");
    }
    return new Run(shown, steps);
  }

  private static double median(List<? extends Number> values) {
    List<Double> sorted = new ArrayList<>(values.stream().map(Number::doubleValue).toList());
    sorted.sort(Comparator.naturalOrder());
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

package org.paceline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.PlanImporter;
import org.paceline.model.Plan;

/**
 * Exporting a 10,000-program plan to {@code .xlsx} and importing that workbook back: wall time
 * and peak resident memory. Each step runs in a fresh JVM (this class started again as a child,
 * default heap settings as the launcher has them), so the peak is that step's alone: the
 * kernel's high-water mark of the process ({@code VmHWM} in {@code /proc/self/status}, Linux).
 * The time is the step itself, without JVM start; the CPU time is the whole process's (all
 * threads, JVM start included), which a busy machine disturbs less than the wall time. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.paceline.bench.XlsxWorkbookBenchmark -Dbench=3}
 * (the argument is the number of runs of each step; the median and the range are printed).
 */
public final class XlsxWorkbookBenchmark {

  static final int PROGRAMS = 10_000;

  private XlsxWorkbookBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("export")) {
      Plan plan = PlanGenerator.generate(11, PROGRAMS, 2_000, 400, 3);
      long t = System.nanoTime();
      XlsxPlanWriter.write(plan, Path.of(args[1]));
      report((System.nanoTime() - t) / 1e6);
      return;
    }
    if (args.length == 2 && args[0].equals("import")) {
      long t = System.nanoTime();
      Plan plan = PlanImporter.read(Path.of(args[1]));
      double ms = (System.nanoTime() - t) / 1e6;
      if (plan.programs().size() != PROGRAMS) {
        throw new AssertionError("read back " + plan.programs().size() + " programs");
      }
      report(ms);
      return;
    }
    int runs = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 3;
    Path dir = Files.createTempDirectory("paceline-xlsx-bench");
    Path file = dir.resolve("plan.xlsx");
    List<double[]> exports = new ArrayList<>();
    List<double[]> imports = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      exports.add(child("export", file));
      imports.add(child("import", file));
    }
    System.out.printf("xlsx of %,d programs (%,d KB), %d runs each, fresh JVM per run:%n",
        PROGRAMS, Files.size(file) / 1024, runs);
    print("export", exports);
    print("import", imports);
    Files.delete(file);
    Files.delete(dir);
  }

  /** Prints the step's time and the process's peak resident memory for the parent to read. */
  private static void report(double ms) throws IOException {
    long hwmKb = 0;
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        hwmKb = Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    long cpuNs = ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    System.out.println("RESULT " + ms + " " + hwmKb + " " + cpuNs);
  }

  private static double[] child(String step, Path file) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"),
        XlsxWorkbookBenchmark.class.getName(), step, file.toString())
        .redirectErrorStream(true).start();
    double[] result = null;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("RESULT ")) {
          String[] f = line.split(" ");
          result = new double[] {Double.parseDouble(f[1]), Long.parseLong(f[2]) / 1024.0,
              Long.parseLong(f[3]) / 1e9};
        }
      }
    }
    if (p.waitFor() != 0 || result == null) {
      throw new IllegalStateException(step + " failed");
    }
    return result;
  }

  private static void print(String step, List<double[]> runs) {
    double[] ms = runs.stream().mapToDouble(a -> a[0]).sorted().toArray();
    double[] mb = runs.stream().mapToDouble(a -> a[1]).sorted().toArray();
    double[] cpu = runs.stream().mapToDouble(a -> a[2]).sorted().toArray();
    System.out.printf("  %s: median %.1f s (%.1f–%.1f s), peak resident median %.0f MB "
            + "(%.0f–%.0f MB), CPU of the whole process median %.1f s%n", step,
        ms[ms.length / 2] / 1000, ms[0] / 1000, ms[ms.length - 1] / 1000, mb[mb.length / 2],
        mb[0], mb[mb.length - 1], cpu[cpu.length / 2]);
  }
}

package org.paceline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.export.print.BoardPdf;
import org.paceline.io.export.print.PageSetup;
import org.paceline.model.Plan;

/**
 * Exporting a 1,000-program plan to PDF (A3 landscape, two pages wide, with legend and conflict
 * summary). Target: under 5 s. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.paceline.bench.PdfExportBenchmark}.
 */
public final class PdfExportBenchmark {

  private PdfExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Plan plan = PlanGenerator.generate(1000, 1_000, 200, 80, 3);
    Path out = Files.createTempFile("paceline-bench", ".pdf");
    PageSetup setup = PageSetup.defaults().withPaper(PageSetup.Paper.A3)
        .withFit(PageSetup.Fit.pagesWide(2));
    double[] ms = new double[7];
    BoardPdf.Result r = null;
    for (int i = -2; i < ms.length; i++) {
      long t = System.nanoTime();
      r = BoardPdf.write(plan, setup, out);
      if (i >= 0) {
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
    }
    Arrays.sort(ms);
    System.out.printf("PDF of 1,000 programs (%d pages, %d KB): median %.0f ms, max %.0f ms "
        + "(first cold run not counted)%n", r.pages(), Files.size(out) / 1024, ms[ms.length / 2],
        ms[ms.length - 1]);
    Files.delete(out);
  }
}

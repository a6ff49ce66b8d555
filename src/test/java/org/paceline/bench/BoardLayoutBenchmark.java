package org.paceline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.export.print.BoardPdf;
import org.paceline.io.export.print.PageSetup;
import org.paceline.io.export.slides.BoardDeck;
import org.paceline.layout.BoardData;
import org.paceline.layout.BoardLayout;
import org.paceline.layout.TextMeasure;
import org.paceline.model.Plan;

/**
 * One layout, three painters, on a 1,000-program plan (3 fiscal years, 200 initiatives): the
 * analysis and layout alone, the default (readable) A4 PDF, and the PowerPoint deck, each timed
 * and sized. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.paceline.bench.BoardLayoutBenchmark}.
 */
public final class BoardLayoutBenchmark {

  private BoardLayoutBenchmark() {}

  interface Work {
    Object run() throws Exception;
  }

  static double[] time(int runs, Work w) throws Exception {
    double[] ms = new double[runs];
    w.run(); // warm-up, not counted
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      w.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return new double[] {ms[runs / 2], ms[runs - 1]};
  }

  public static void main(String[] args) throws Exception {
    Plan plan = PlanGenerator.generate(1000, 1_000, 200, 80, 3);
    TextMeasure font = TextMeasure.fixed(0.55);
    int[] shapes = new int[1];
    double[] layout = time(7, () -> {
      BoardData d = BoardData.of(plan);
      LocalDate[] span = d.span();
      BoardLayout l = BoardLayout.of(d, span[0], span[1], 150 + 1.6 * 1100, 1, font);
      shapes[0] = l.sections().stream().mapToInt(s -> s.timeArea().size() + s.labels().size())
          .sum();
      return l;
    });
    System.out.printf("Analysis + layout of 1,000 programs (%,d shapes): median %.0f ms, max %.0f"
        + " ms%n", shapes[0], layout[0], layout[1]);

    Path pdf = Files.createTempFile("paceline-bench", ".pdf");
    BoardPdf.Result[] r = new BoardPdf.Result[1];
    double[] p = time(3, () -> r[0] = BoardPdf.write(plan, PageSetup.defaults(), pdf));
    System.out.printf("Readable A4 PDF (%d pages, %d wide, %,d KB): median %.0f ms, max %.0f ms%n",
        r[0].pages(), r[0].pagesWide(), Files.size(pdf) / 1024, p[0], p[1]);
    Files.delete(pdf);

    Path pptx = Files.createTempFile("paceline-bench", ".pptx");
    BoardDeck.Result[] d = new BoardDeck.Result[1];
    double[] s = time(3, () -> d[0] = BoardDeck.write(plan, new BoardDeck.Options(false, false),
        pptx));
    System.out.printf("PowerPoint deck (%d slides, %,d KB): median %.0f ms, max %.0f ms%n",
        d[0].slides(), Files.size(pptx) / 1024, s[0], s[1]);
    Files.delete(pptx);
  }
}

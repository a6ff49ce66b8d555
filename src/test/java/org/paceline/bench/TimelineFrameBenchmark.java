package org.paceline.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerLight;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PlanGenerator;
import org.paceline.model.Conflict;
import org.paceline.model.Plan;
import org.paceline.ui.timeline.PlanTimeline;

/**
 * Frame times of the real timeline control, headless (Monocle, software rendering), with a plan of
 * 10,000 programs: opening it, panning, zooming, and an edit's re-analysis. Each frame is timed
 * from the change to the end of the layout pass that draws it plus a forced render of the scene
 * (a snapshot), so both building the drawing and rasterising it count. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.paceline.bench.TimelineFrameBenchmark}.
 */
public final class TimelineFrameBenchmark {

  private TimelineFrameBenchmark() {}

  private static final double[][] STEPS = new double[4][1000];
  private static final javafx.beans.property.ObjectProperty<List<Conflict>> PANEL_CONFLICTS =
      new javafx.beans.property.SimpleObjectProperty<>(List.of());
  private static int STEP;

  public static void main(String[] args) throws Exception {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();

    Plan plan = PlanGenerator.generate(2027, 10_000, 2_000, 400, 5);
    PlanTimeline timeline = call(() -> {
      Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
      PlanTimeline t = new PlanTimeline();
      // The board's layout: the timeline with the conflict panel beside it, as in BoardView.
      var panel = new org.paceline.ui.conflicts.ConflictPanel(PANEL_CONFLICTS, c -> { });
      var main = new javafx.scene.control.SplitPane(t, panel);
      main.setDividerPositions(0.72);
      javafx.scene.control.SplitPane.setResizableWithParent(panel, false);
      Stage stage = new Stage();
      stage.setScene(new Scene(main, 1280, 800));
      stage.show();
      return t;
    });

    long t0 = System.nanoTime();
    call(() -> {
      List<Conflict> conflicts = ConflictAnalyzer.analyze(plan);
      timeline.setPlan(plan);
      timeline.setConflicts(conflicts);
      PANEL_CONFLICTS.set(conflicts);
      timeline.setOrigin(LocalDate.of(2027, 1, 1));
      return frame(timeline);
    });
    double open = (System.nanoTime() - t0) / 1e6;

    for (int warm = 0; warm < 200; warm++) {
      pan(timeline, warm);
    }
    double[] pans = new double[600];
    for (int i = 0; i < pans.length; i++) {
      pans[i] = pan(timeline, i);
    }
    double[] panWork = work(pans.length);
    double[] zooms = new double[300];
    for (int i = 0; i < zooms.length; i++) {
      double factor = i % 2 == 0 ? 1.2 : 1 / 1.2;
      zooms[i] = time(timeline, () -> timeline.zoom(factor, 500));
    }
    double[] zoomWork = work(zooms.length);
    double[] idle = new double[300];
    for (int i = 0; i < idle.length; i++) {
      idle[i] = time(timeline, () -> { });
    }
    double[] pace = new double[30];
    for (int i = 0; i < pace.length; i++) {
      long s = System.nanoTime();
      org.paceline.analysis.PaceSummary.of(plan);
      pace[i] = (System.nanoTime() - s) / 1e6;
    }
    // An edit as the board makes it: the one changed program is re-checked, its row updated.
    ConflictAnalyzer[] live = {ConflictAnalyzer.of(plan)};
    double[] edits = new double[300];
    for (int i = -150; i < edits.length; i++) { // the first 150 warm up the JIT, not timed
      if (i == 0) {
        STEP = 0;
        WORK.clear();
      }
      int at = Math.floorMod(i * 97, plan.programs().size());
      double ms = time(timeline, () -> {
        long s0 = System.nanoTime();
        var p = live[0].plan().programs().get(at);
        live[0] = live[0].withProgram(p.withDates(p.start().plusDays(7), p.end().plusDays(7)));
        long s1 = System.nanoTime();
        timeline.setConflicts(live[0].conflicts());
        long s2 = System.nanoTime();
        timeline.setPlan(live[0].plan());
        long s3 = System.nanoTime();
        PANEL_CONFLICTS.set(live[0].conflicts());
        long s4 = System.nanoTime();
        STEPS[0][STEP] = (s1 - s0) / 1e6;
        STEPS[1][STEP] = (s2 - s1) / 1e6;
        STEPS[2][STEP] = (s3 - s2) / 1e6;
        STEPS[3][STEP++] = (s4 - s3) / 1e6;
      });
      if (i >= 0) {
        edits[i] = ms;
      }
    }
    double[] editWork = work(edits.length);
    double[] full = new double[30];
    for (int i = 0; i < full.length; i++) {
      Plan moved = shifted(plan, i);
      full[i] = time(timeline, () -> {
        List<Conflict> all = ConflictAnalyzer.analyze(moved);
        timeline.setConflicts(all);
        timeline.setPlan(moved);
        PANEL_CONFLICTS.set(all);
      });
    }
    System.out.printf("Timeline + conflict panel, 10,000 programs, 1280x800, headless software rendering%n");
    System.out.printf("open plan (analysis + first frame): %.0f ms%n", open);
    report("pan (scroll 7 days + 3 rows)", pans);
    report("  of which board work", panWork);
    report("zoom (ctrl+scroll)", zooms);
    report("  of which board work", zoomWork);
    report("edit one program (as the board)", edits);
    report("  of which board work", editWork);
    report("replace the whole plan", full);
    report("  edit step: re-check", Arrays.copyOf(STEPS[0], STEP));
    report("  edit step: conflicts to the board", Arrays.copyOf(STEPS[1], STEP));
    report("  edit step: plan to the board", Arrays.copyOf(STEPS[2], STEP));
    report("  edit step: conflict panel", Arrays.copyOf(STEPS[3], STEP));
    report("baseline: render, no change", idle);
    report("pace strips figures only", pace);
    Platform.exit();
  }

  private static Plan shifted(Plan plan, int i) {
    var programs = new java.util.ArrayList<>(plan.programs());
    var p = programs.get(i * 97 % programs.size());
    programs.set(i * 97 % programs.size(), p.withDates(p.start().plusDays(7), p.end().plusDays(7)));
    return new Plan(plan.settings(), plan.targets(), plan.budgets(), plan.initiatives(), programs);
  }

  private static double pan(PlanTimeline t, int i) throws Exception {
    return time(t, () -> {
      t.setOrigin(t.getOrigin().plusDays(i % 40 < 20 ? 7 : -7));
      t.setVerticalOffset(Math.abs((i % 200) - 100) * 3 * 28.0);
    });
  }

  /** Work of the last timed frame on the JavaFX thread, before rasterising: change + draw. */
  private static final java.util.List<Double> WORK = new java.util.ArrayList<>();

  private static double time(PlanTimeline t, Runnable change) throws Exception {
    return call(() -> {
      long s = System.nanoTime();
      change.run();
      // CSS for the timeline (a pulse styles only what changed; forcing it on the whole scene
      // would restyle every visible row of the conflict panel each frame), then the layout pass.
      t.applyCss();
      t.getScene().getRoot().layout();
      WORK.add((System.nanoTime() - s) / 1e6);
      t.getScene().snapshot(frameImage(t));
      return (System.nanoTime() - s) / 1e6;
    });
  }

  private static double[] work(int last) {
    double[] w = new double[last];
    for (int i = 0; i < last; i++) {
      w[i] = WORK.get(WORK.size() - last + i);
    }
    return w;
  }

  private static javafx.scene.image.WritableImage image;

  /**
   * One image the size of the scene, reused for every frame: a fresh 4 MB image per snapshot
   * would be garbage a screen never makes, and its collection would show up as frame time.
   */
  private static javafx.scene.image.WritableImage frameImage(PlanTimeline t) {
    int w = (int) t.getScene().getWidth();
    int h = (int) t.getScene().getHeight();
    if (image == null || image.getWidth() != w || image.getHeight() != h) {
      image = new javafx.scene.image.WritableImage(w, h);
    }
    return image;
  }

  /** Lays out (which draws the canvas) and renders the scene once. */
  private static Void frame(PlanTimeline t) {
    t.getScene().getRoot().applyCss();
    t.getScene().getRoot().layout();
    t.getScene().snapshot(frameImage(t));
    return null;
  }

  private static void report(String what, double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    System.out.printf("%-32s median %.1f ms, p95 %.1f ms, max %.1f ms (%d frames)%n", what,
        s[s.length / 2], s[(int) (s.length * 0.95)], s[s.length - 1], s.length);
  }

  private static <T> T call(java.util.concurrent.Callable<T> c) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        f.complete(c.call());
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    });
    return f.get();
  }
}

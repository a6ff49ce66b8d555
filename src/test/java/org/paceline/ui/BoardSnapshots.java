package org.paceline.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Holiday;
import org.paceline.model.LeadDuration;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Snapshots the board in fixed states (sample plan; light and dark; quarter, month and week zoom;
 * a compare overlay; orders and holidays) into the folder named by {@code -Dpaceline.snapshots},
 * so a change to the skin can be compared pixel by pixel with the board before it. Runs only when
 * that property is set.
 */
@EnabledIfSystemProperty(named = "paceline.snapshots", matches = ".+")
class BoardSnapshots {

  static final LocalDate TODAY = LocalDate.of(2027, 2, 15);

  Stage stage;
  PlanTimeline timeline;

  @AfterEach
  void stop() throws Exception {
    FxToolkit.cleanupStages();
    WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(
        new PrimerLight().getUserAgentStylesheet())).get();
  }

  @Test
  void snapshotTheBoard() throws Exception {
    Path dir = Path.of(System.getProperty("paceline.snapshots"));
    Files.createDirectories(dir);
    Plan plan = withOrdersAndHolidays(SamplePlan.load());
    stage = FxToolkit.registerPrimaryStage();
    WaitForAsyncUtils.asyncFx(() -> {
      Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
      timeline = new PlanTimeline();
      stage.setScene(new Scene(new StackPane(timeline), 1280, 800));
      stage.show();
    }).get();
    set(t -> {
      t.todayProperty().set(TODAY);
      t.asOfProperty().set(TODAY);
      t.setPlan(plan);
      t.setConflicts(ConflictAnalyzer.analyze(plan));
      t.fit(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), 1280 - 240);
    });
    shot(dir, "light-quarter");
    set(t -> t.setSelection(new TimelineSelection.ProgramItem("P-03")));
    shot(dir, "light-quarter-selected");
    set(t -> {
      t.setSelection(new TimelineSelection.InitiativeItem("I-LAUNCH"));
      t.setVerticalOffset(200);
    });
    shot(dir, "light-quarter-scrolled");
    set(t -> {
      t.setVerticalOffset(0);
      t.setSelection(null);
      t.setPixelsPerDay(4);
      t.setOrigin(LocalDate.of(2026, 12, 1));
    });
    shot(dir, "light-month");
    set(t -> {
      t.setPixelsPerDay(12);
      t.setOrigin(LocalDate.of(2027, 3, 20));
    });
    shot(dir, "light-week-orders");
    set(t -> t.setComparedPlan(moved(plan)));
    set(t -> {
      t.setPixelsPerDay(3.2);
      t.setOrigin(LocalDate.of(2026, 9, 1));
    });
    shot(dir, "light-compare");
    WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(
        new PrimerDark().getUserAgentStylesheet())).get();
    WaitForAsyncUtils.waitForFxEvents();
    shot(dir, "dark-compare");
    set(t -> {
      t.setComparedPlan(null);
      t.fit(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), 1280 - 240);
    });
    shot(dir, "dark-quarter");
    set(t -> {
      t.setPixelsPerDay(12);
      t.setOrigin(LocalDate.of(2027, 3, 20));
      t.setSelection(new TimelineSelection.ProgramItem("P-05"));
    });
    shot(dir, "dark-week-orders");
  }

  /** The sample with orders in every state and a few holidays, so the week zoom shows them. */
  static Plan withOrdersAndHolidays(Plan plan) {
    List<Order> orders = new ArrayList<>(plan.orders());
    for (Program p : plan.programs()) {
      orders.add(new Order(p.id(), "Venue", "Events", LeadDuration.weeks(8),
          LeadDuration.weeks(1), p.id().endsWith("3") ? p.start().minusWeeks(10) : null));
      orders.add(new Order(p.id(), "Booth graphics", "", LeadDuration.weeks(3),
          LeadDuration.days(0), null));
    }
    List<Holiday> holidays = new ArrayList<>(plan.holidays());
    for (String d : List.of("2027-04-02", "2027-04-05", "2027-05-03", "2027-05-31",
        "2026-12-25", "2027-01-01")) {
      holidays.add(new Holiday(LocalDate.parse(d), "Holiday"));
    }
    return plan.withOrders(orders).withHolidays(holidays);
  }

  /** The plan as it "was": some programs elsewhere, one missing (so it shows as added). */
  static Plan moved(Plan plan) {
    List<Program> was = new ArrayList<>();
    int i = 0;
    for (Program p : plan.programs()) {
      i++;
      if (i == 4) {
        continue;
      }
      was.add(i % 3 == 0 ? p.withDates(p.start().minusWeeks(5), p.end().minusWeeks(5)) : p);
    }
    // and two targets that were different: one lower, one higher than now
    List<org.paceline.model.QuarterTarget> targets = new ArrayList<>(plan.targets());
    for (int k = 0; k < targets.size() && k < 3; k += 2) {
      var t = targets.get(k);
      targets.set(k, new org.paceline.model.QuarterTarget(t.quarter(), t.segment(),
          t.revenue().add(new java.math.BigDecimal(k == 0 ? "-250000" : "150000")),
          t.qualifiedLeads()));
    }
    Plan p = plan.withPrograms(was);
    return new Plan(p.settings(), targets, p.budgets(), p.initiatives(), p.programs(),
        p.orders(), p.holidays());
  }

  void set(Consumer<PlanTimeline> change) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> change.accept(timeline)).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  void shot(Path dir, String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
        dir.resolve(name + ".png").toFile());
  }
}

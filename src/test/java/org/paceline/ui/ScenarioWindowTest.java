package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.InitiativeShift;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.PlanSummary;
import org.paceline.model.QuarterTarget;
import org.paceline.model.ShiftDuration;
import org.paceline.storage.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: deleting and adopting a scenario from the Plan menu, and undoing both. */
class ScenarioWindowTest extends BoardWindowTest {

  Plan plan;
  Plan scenario;

  void start() throws Exception {
    ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      long a = w.plans().insert(SamplePlan.load());
      plan = w.plans().load(a);
      long s = w.plans().copy(a, "Launch slips", PlanKind.SCENARIO);
      Plan shifted = InitiativeShift.apply(plan, "I-LAUNCH", ShiftDuration.parse("6w"), true)
          .plan().withName("Launch slips");
      // and the first target is raised by 200,000
      List<QuarterTarget> targets = new ArrayList<>(shifted.targets());
      QuarterTarget t = targets.get(0);
      targets.set(0, new QuarterTarget(t.quarter(), t.segment(),
          t.revenue().add(new BigDecimal(200_000)), t.qualifiedLeads()));
      scenario = new Plan(shifted.settings(), targets, shifted.budgets(), shifted.initiatives(),
          shifted.programs(), shifted.orders(), shifted.holidays());
      w.plans().replace(s, scenario);
      w.plans().copy(a, "Approved", PlanKind.BASELINE);
    }
    launch();
  }

  @SuppressWarnings("unchecked")
  ComboBox<PlanSummary> chooser() {
    return lookup("#planChooser").queryAs(ComboBox.class);
  }

  boolean listed(String name) {
    return chooser().getItems().stream().anyMatch(p -> p.name().equals(name));
  }

  void waitShown(String name) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> timeline().getPlan() != null && timeline().getPlan().name().equals(name));
    WaitForAsyncUtils.waitForFxEvents();
  }

  Menu menu(String idOrText) {
    MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
    return bar.getMenus().stream().filter(m -> idOrText.equals(m.getId())
        || idOrText.equals(m.getText())).findFirst().orElseThrow();
  }

  MenuItem undo() {
    return menu("Edit").getItems().get(0);
  }

  /** Chooses a menu item that asks first; returns the question's dialog. */
  DialogPane ask(MenuItem item) throws Exception {
    Platform.runLater(item::fire); // the confirmation waits for an answer
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> lookup("#confirmWorkspaceStep").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    return lookup("#confirmWorkspaceStep").queryAs(DialogPane.class);
  }

  void answer(String button) {
    interact(() -> lookup(n -> n instanceof Button b && button.equals(b.getText()))
        .queryButton().fire());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void deletingAScenarioIsUndoneFromTheEditMenu() throws Exception {
    start();
    openPlan("Launch slips");
    assertEquals("Delete scenario\u2026", planMenuItem("deleteScenario").getText());
    DialogPane q = ask(planMenuItem("deleteScenario"));
    assertTrue(q.getHeaderText().contains("\u2018Launch slips\u2019"), q.getHeaderText());
    Screenshots.save(q.getScene(), "scenario-delete-confirm");
    answer("Cancel");
    assertTrue(listed("Launch slips"), "cancel deletes nothing");

    ask(planMenuItem("deleteScenario"));
    answer("Delete scenario");
    waitShown(plan.name());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !listed("Launch slips"));
    assertEquals("Undo Delete scenario \u2018Launch slips\u2019", undo().getText());
    assertFalse(undo().isDisable());

    interact(() -> undo().fire());
    waitShown("Launch slips");
    assertEquals(scenario, timeline().getPlan(), "back whole, as stored");
    assertTrue(listed("Launch slips"));
    assertEquals("Undo", undo().getText(), "nothing older to undo on the scenario");
  }

  @Test
  void adoptingAScenarioSaysWhatHappensAndIsUndoneInOneStep() throws Exception {
    start();
    openPlan("Approved");
    assertTrue(planMenuItem("adoptScenario").isDisable(), "a baseline is not adopted");
    assertEquals("Delete baseline\u2026", planMenuItem("deleteScenario").getText());
    openPlan(plan.name());
    assertTrue(planMenuItem("adoptScenario").isDisable(), "nor is the plan itself");
    assertTrue(planMenuItem("deleteScenario").isDisable(), "the plan is deleted from the CLI");

    openPlan("Launch slips");
    String baseline = plan.name() + " baseline " + LocalDate.now();
    DialogPane q = ask(planMenuItem("adoptScenario"));
    assertEquals("\u2018Launch slips\u2019 replaces \u2018" + plan.name() + "\u2019; the old \u2018"
        + plan.name() + "\u2019 is kept as baseline \u2018" + baseline + "\u2019 and the scenario"
        + " itself is removed. Edit \u25b8 Undo takes it back.", q.getContentText());
    Screenshots.save(q.getScene(), "scenario-adopt-confirm");
    answer("Adopt");
    waitShown(plan.name());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline().getPlan().equals(
        scenario.withName(plan.name())) && listed(baseline) && !listed("Launch slips"));
    assertEquals("Undo Adopt \u2018Launch slips\u2019 into \u2018" + plan.name() + "\u2019",
        undo().getText());

    interact(() -> undo().fire());
    waitShown("Launch slips");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !listed(baseline));
    assertEquals(scenario, timeline().getPlan());
    openPlan(plan.name());
    assertEquals(plan, timeline().getPlan(), "the plan has its old content again");
  }

  static String pdfText(Path pdf) throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
        pdf.toFile())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  @Test
  void whileComparingTheExportsOfferTheChangesSinceTheOtherPlan() throws Exception {
    start();
    openPlan("Launch slips");
    interact(() -> planMenuItem("compareWith").fire());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> lookup(".dialog-pane").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    type(javafx.scene.input.KeyCode.ENTER); // the plan it came from is offered first
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> lookup("#comparePanel").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();

    interact(() -> board().printDialog());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> lookup("#printChanges").tryQuery().isPresent());
    javafx.scene.control.CheckBox changes =
        lookup("#printChanges").queryAs(javafx.scene.control.CheckBox.class);
    assertTrue(changes.isVisible() && changes.isSelected(), "on by default while comparing");
    assertEquals("Changes since \u2018" + plan.name() + "\u2019", changes.getText());
    Screenshots.save(changes.getScene(), "print-dialog-changes");

    Path pdf = dir.resolve("changes.pdf");
    javafx.concurrent.Task<?>[] task = new javafx.concurrent.Task<?>[1];
    interact(() -> task[0] = printDialog().exportPdf(pdf));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> task[0].isDone());
    assertEquals(javafx.concurrent.Worker.State.SUCCEEDED,
        WaitForAsyncUtils.asyncFx(() -> task[0].getState()).get());
    String text = pdfText(pdf);
    String title = org.paceline.layout.ChangeLines.title(plan.name());
    assertTrue(text.contains(title), "the changes page: " + text);
    assertTrue(text.contains("Sales targets per quarter"), text);
    assertTrue(text.contains("\u25b2 +$200K"), "the target's change in its lane: " + text);

    interact(() -> changes.setSelected(false));
    Path plain = dir.resolve("plain.pdf");
    interact(() -> task[0] = printDialog().exportPdf(plain));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> task[0].isDone());
    assertFalse(pdfText(plain).contains(title), "without the option, the plain board");
    interact(() -> printDialog().close());
    assertTrue(lookup("#comparePanel").tryQuery().isPresent(), "still comparing");

    Path deck = dir.resolve("changes.pptx");
    interact(() -> task[0] = board().exportDeck(deck));
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task[0].isDone());
    assertEquals(javafx.concurrent.Worker.State.SUCCEEDED,
        WaitForAsyncUtils.asyncFx(() -> task[0].getState()).get());
    StringBuilder slides = new StringBuilder();
    try (var in = Files.newInputStream(deck);
        var show = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
      for (var slide : show.getSlides()) {
        for (var shape : slide.getShapes()) {
          if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t) {
            slides.append(t.getText()).append('\n');
          }
        }
      }
    }
    assertTrue(slides.toString().contains(title), "the changes slides");
    WaitForAsyncUtils.waitForFxEvents();
  }
}

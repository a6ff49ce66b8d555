package org.paceline.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.app.ProjectImportTest;
import org.paceline.app.WizardImportStore;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;
import org.paceline.model.Program;
import org.paceline.storage.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A project schedule through the window's import wizard: one page shows what will come in,
 * summary tasks and milestones listed as skipped, and Finish stores the leaf tasks as programs
 * of a new plan in a real workspace.
 */
class ScheduleImportWizardTest extends FxRobot {

  @TempDir Path dir;

  Stage stage;

  @AfterEach
  void stop() throws Exception {
    FxToolkit.cleanupStages();
  }

  DialogPane pane(ImportWizard w) {
    return w.wizard().getDialog().getDialogPane();
  }

  ImportWizard open(Path file, Workspace ws, AtomicReference<String> outcome) throws Exception {
    stage = FxToolkit.registerPrimaryStage();
    interact(() -> {
      stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 900, 700));
      stage.show();
    });
    AtomicReference<ImportWizard> wizard = new AtomicReference<>();
    interact(() -> {
      try {
        ImportWizard w = new ImportWizard(stage, file, task -> new Thread(task).start(),
            new SavedMappings(dir), new WizardImportStore(ws, () -> ws.plans().list().stream()
                .map(org.paceline.model.PlanSummary::name).toList()), outcome::set);
        wizard.set(w);
        w.wizard().getDialog().show();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    return wizard.get();
  }

  String summaryOnceRead(ImportWizard w) throws Exception {
    Label summary = (Label) pane(w).lookup("#importSummary");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
        () -> !summary.getText().isEmpty() && finish(w) != null && !finish(w).isDisabled())
        .get());
    return summary.getText();
  }

  String skipped(ImportWizard w) {
    return ((TextArea) pane(w).lookup("#importSkipped")).getText();
  }

  Button finish(ImportWizard w) {
    return (Button) pane(w).lookupButton(javafx.scene.control.ButtonType.FINISH);
  }

  Map<String, Program> programs(Plan plan) {
    Map<String, Program> m = new HashMap<>();
    plan.programs().forEach(p -> m.put(p.id(), p));
    return m;
  }

  @Test
  void anMsProjectFileShowsWhatComesInAndSummaryTasksCanBecomeInitiatives() throws Exception {
    Path file = dir.resolve("launch.xml");
    Files.writeString(file, ProjectImportTest.MSPDI);
    AtomicReference<String> outcome = new AtomicReference<>();
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      int before = ws.plans().list().size();
      ImportWizard w = open(file, ws, outcome);
      // no sheet, column or value pages: the first page is what will come in
      assertNull(pane(w).lookup("#importSheet"));
      assertNull(pane(w).lookup("#field-0"));
      assertEquals("3 programs would be imported, 3 tasks skipped, 3 values defaulted.",
          summaryOnceRead(w));
      assertTrue(skipped(w).contains("task 0: the project's own summary task"), skipped(w));
      assertTrue(skipped(w).contains("task 1: a summary task (\"Launch campaign\"), not a"
          + " program"), skipped(w));
      assertTrue(skipped(w).contains("task 4: a milestone (\"Go live\"), not a program"),
          skipped(w));
      assertFalse(skipped(w).contains("--"), "the window's words, not options: " + skipped(w));
      assertTrue(skipped(w).contains("tick \u201cSummary tasks become initiatives\u201d"),
          skipped(w));
      new ImportWizardTest().snapshot(pane(w), dir.resolve("wizard-schedule.png"));

      interact(() -> ((CheckBox) pane(w).lookup("#importSummaries")).fire());
      assertEquals("3 programs would be imported, 2 tasks skipped, 3 values defaulted.",
          summaryOnceRead(w));
      assertFalse(skipped(w).contains("Launch campaign\"), not a program"), skipped(w));
      assertTrue(skipped(w).contains("1 summary task became an initiative"), skipped(w));
      assertEquals(before, ws.plans().list().size(), "nothing stored before Finish");

      interact(() -> finish(w).fire());
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outcome.get() != null);
      assertEquals("3 programs imported, 2 tasks skipped, 3 values defaulted", outcome.get());
      PlanSummary stored = ws.plans().list().stream().filter(p -> p.name().equals("launch"))
          .findFirst().orElseThrow();
      Plan plan = ws.plans().load(stored.id());
      Map<String, Program> p = programs(plan);
      assertEquals(3, p.size(), p.toString());
      assertEquals("I-task-1", p.get("task-2").supports());
      assertEquals("I-task-1", p.get("task-3").supports());
      assertEquals("", p.get("task-5").supports(), "a top-level task supports nothing");
      assertEquals("Dana, Lee", p.get("task-2").owner());
      assertEquals(LocalDate.of(2027, 4, 30), p.get("task-5").end());
      assertEquals(1, plan.initiatives().size());
      assertEquals("Launch campaign", plan.initiatives().get(0).name());
      WaitForAsyncUtils.waitForFxEvents();
      assertFalse(w.wizard().getDialog().isShowing(), "closed once stored");
    }
  }

  @Test
  void aGanttProjectFileWithNestedTasksImportsItsLeafTasks() throws Exception {
    Path file = dir.resolve("events.gan");
    Files.writeString(file, ProjectImportTest.GAN);
    AtomicReference<String> outcome = new AtomicReference<>();
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      ImportWizard w = open(file, ws, outcome);
      assertEquals("2 programs would be imported, 2 tasks skipped, 2 values defaulted.",
          summaryOnceRead(w));
      assertTrue(skipped(w).contains("a summary task (\"Trade shows\"), not a program"),
          skipped(w));
      assertTrue(skipped(w).contains("a milestone (\"Press day\"), not a program"), skipped(w));
      interact(() -> ((javafx.scene.control.ComboBox<String>) combo(w)).setValue("event"));
      assertEquals("2 programs would be imported, 2 tasks skipped, 2 values defaulted.",
          summaryOnceRead(w));
      interact(() -> finish(w).fire());
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outcome.get() != null);
      PlanSummary stored = ws.plans().list().stream().filter(p -> p.name().equals("events"))
          .findFirst().orElseThrow();
      Plan plan = ws.plans().load(stored.id());
      assertEquals(2, plan.programs().size(), plan.programs().toString());
      assertTrue(plan.initiatives().isEmpty(), "summary tasks skipped by default");
      Program booth = plan.programs().stream().filter(x -> x.name().equals("Booth design"))
          .findFirst().orElseThrow();
      assertEquals(LocalDate.of(2027, 4, 5), booth.start());
      assertEquals(LocalDate.of(2027, 4, 9), booth.end(), "5 working days, as GanttProject has it");
      assertEquals("Sam", booth.owner());
      assertEquals("event", booth.kind().code(), "the kind chosen on the page");
    }
  }

  @SuppressWarnings("unchecked")
  javafx.scene.control.ComboBox<String> combo(ImportWizard w) {
    return (javafx.scene.control.ComboBox<String>) pane(w).lookup("#importDefaultKind");
  }
}

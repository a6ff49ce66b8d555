package org.paceline.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.foreign.ForeignTableReader;
import org.paceline.model.ProgramKind;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The import wizard in a real (headless) window: proposal, a changed choice, summary, store. */
class ImportWizardTest extends FxRobot {

  @TempDir Path dir;

  Stage stage;

  @AfterEach
  void stop() throws Exception {
    FxToolkit.cleanupStages();
  }

  DialogPane pane(ImportWizard w) {
    return w.wizard().getDialog().getDialogPane();
  }

  void press(ImportWizard w, String text) {
    interact(() -> {
      for (Node n : pane(w).lookupAll(".button")) {
        if (n instanceof Button b && text.equals(b.getText().replace("_", "").strip())
            && !b.isDisabled()) {
          b.fire();
          return;
        }
      }
      throw new AssertionError("no enabled button " + text);
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theWizardProposesLetsTheUserChangeAndStoresInTheBackground() throws Exception {
    Path csv = dir.resolve("calendar.csv");
    Files.writeString(csv, "Marketing calendar,,,\n,,,\nDate,Title,Type,Notes\n"
        + "03/02/2027,Spring mail,Newsletter,first\nWeek 2,,,\n03/15/2027,Partner day,Partner,\n"
        + "03/22/2027,Webinar: pacing,Webinar,\n");
    stage = FxToolkit.registerPrimaryStage();
    AtomicReference<ForeignTableReader.Result> stored = new AtomicReference<>();
    AtomicReference<String> outcome = new AtomicReference<>();
    AtomicReference<ImportWizard> wizard = new AtomicReference<>();
    interact(() -> {
      stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 900, 700));
      stage.show();
    });
    interact(() -> {
      try {
        ImportWizard w = new ImportWizard(stage, csv, task -> new Thread(task).start(),
            new SavedMappings(dir), (r, t, c) -> stored.set(r), outcome::set);
        wizard.set(w);
        w.wizard().getDialog().show();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    ImportWizard w = wizard.get();
    press(w, "Next");
    waitFor(w, "#field-0");
    // the mapping page: the proposal is pre-filled
    @SuppressWarnings("unchecked")
    ComboBox<String> first = (ComboBox<String>) pane(w).lookup("#field-0");
    assertNotNull(first);
    assertEquals("start", first.getValue());
    @SuppressWarnings("unchecked")
    ComboBox<String> notes = (ComboBox<String>) pane(w).lookup("#field-3");
    assertEquals(ImportWizard.NONE, notes.getValue());
    press(w, "Next");
    // the values page: map "Partner" to event
    interact(() -> {
      for (Node n : pane(w).lookupAll(".combo-box")) {
        if (n instanceof ComboBox<?> c && c.getParent() != null) {
          int row = javafx.scene.layout.GridPane.getRowIndex(c) == null ? -1
              : javafx.scene.layout.GridPane.getRowIndex(c);
          Node label = c.getParent().getChildrenUnmodifiable().stream()
              .filter(x -> x instanceof Label && row == (javafx.scene.layout.GridPane
                  .getRowIndex(x) == null ? -2 : javafx.scene.layout.GridPane.getRowIndex(x)))
              .findFirst().orElse(null);
          if (label instanceof Label l && l.getText().equals("Partner")) {
            @SuppressWarnings("unchecked")
            ComboBox<String> choice = (ComboBox<String>) c;
            choice.setValue("event");
          }
        }
      }
    });
    press(w, "Next");
    Label summary = (Label) pane(w).lookup("#importSummary");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summary.getText().isEmpty());
    assertEquals("3 programs would be imported, 2 lines skipped, 0 values defaulted.",
        summary.getText());
    TextArea skipped = (TextArea) pane(w).lookup("#importSkipped");
    assertTrue(skipped.getText().contains("line 5: no title and no date"), skipped.getText());
    assertTrue(skipped.getText().contains("line 1: above the header row"), skipped.getText());
    snapshot(pane(w), dir.resolve("wizard-summary.png"));
    interact(() -> {
      Button finish = (Button) pane(w).lookupButton(javafx.scene.control.ButtonType.FINISH);
      assertNotNull(finish, "the last page has Finish");
      finish.fire();
    });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outcome.get() != null);
    assertEquals("3 programs imported, 2 lines skipped, 0 values defaulted", outcome.get());
    ForeignTableReader.Result r = stored.get();
    assertEquals(ProgramKind.EVENT, r.programs().get(1).kind(), "the user's choice");
    assertEquals(ProgramKind.CAMPAIGN, r.programs().get(0).kind(), "newsletter: a synonym");
  }

  @Test
  void anUnsettledDateOrderIsExplainedAsAChoiceOnThePageAndThenImports() throws Exception {
    Path csv = dir.resolve("calendar.csv");
    Files.writeString(csv, "Date,Title\n03/04/2027,Spring mail\n05/06/2027,Partner day\n");
    AtomicReference<ForeignTableReader.Result> stored = new AtomicReference<>();
    ImportWizard w = open(csv, task -> new Thread(task).start(), null, (r, t, c) -> stored.set(r), s -> { });
    press(w, "Next");
    waitFor(w, "#field-0");
    press(w, "Next");
    press(w, "Next");
    Label summary = (Label) pane(w).lookup("#importSummary");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summary.getText().isEmpty());
    assertTrue(summary.getText().contains("choose the date order on page 2 (the columns)"),
        summary.getText());
    assertFalse(summary.getText().contains("--"), summary.getText());
    assertFalse(enabled(w, "Finish"));
    press(w, "Previous");
    press(w, "Previous");
    interact(() -> combo(w, "#importDateOrder").getSelectionModel().select(2)); // day first
    press(w, "Next");
    press(w, "Next");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> enabled(w, "Finish"));
    press(w, "Finish");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored.get() != null);
    assertEquals(java.time.LocalDate.of(2027, 4, 3), stored.get().programs().get(0).start());
  }

  /** Runs the wizard's background tasks only when the test says so. */
  static final class HeldWork implements org.paceline.ui.BackgroundWork {
    final java.util.List<javafx.concurrent.Task<?>> tasks =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @Override
    public void submit(javafx.concurrent.Task<?> task) {
      tasks.add(task);
    }

    javafx.concurrent.Task<?> last() {
      return tasks.get(tasks.size() - 1);
    }

    /** Runs the newest task on a worker thread and waits for its handlers. */
    void runLast() throws Exception {
      javafx.concurrent.Task<?> t = last();
      Thread worker = new Thread(t, "held-work");
      worker.start();
      worker.join(10_000);
      WaitForAsyncUtils.waitForFxEvents();
    }
  }

  ImportWizard open(Path file, org.paceline.ui.BackgroundWork work, SavedMappings saved,
      ImportWizard.Store store, java.util.function.Consumer<String> done) throws Exception {
    if (stage == null) {
      stage = FxToolkit.registerPrimaryStage();
      interact(() -> {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 900, 700));
        stage.show();
      });
    }
    AtomicReference<ImportWizard> wizard = new AtomicReference<>();
    interact(() -> {
      try {
        ImportWizard w = new ImportWizard(stage, file, work, saved, store, done);
        wizard.set(w);
        w.wizard().getDialog().show();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    return wizard.get();
  }

  boolean enabled(ImportWizard w, String text) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> pane(w).lookupAll(".button").stream()
        .anyMatch(n -> n instanceof Button b && text.equals(b.getText().replace("_", "").strip())
            && !b.isDisabled() && b.isVisible())).get();
  }

  @SuppressWarnings("unchecked")
  ComboBox<String> combo(ImportWizard w, String id) {
    return (ComboBox<String>) pane(w).lookup(id);
  }

  /** The value page's drop-down for the value {@code value}. */
  @SuppressWarnings("unchecked")
  ComboBox<String> valueChoice(ImportWizard w, String value) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> {
      for (Node n : pane(w).lookupAll(".combo-box")) {
        if (n instanceof ComboBox<?> c && c.getParent() instanceof javafx.scene.layout.GridPane g
            && javafx.scene.layout.GridPane.getColumnIndex(c) != null
            && javafx.scene.layout.GridPane.getColumnIndex(c) == 1) {
          Integer row = javafx.scene.layout.GridPane.getRowIndex(c);
          for (Node x : g.getChildren()) {
            if (x instanceof Label l && l.getText().equals(value)
                && java.util.Objects.equals(javafx.scene.layout.GridPane.getRowIndex(x), row)) {
              return (ComboBox<String>) c;
            }
          }
        }
      }
      throw new AssertionError("no choice for " + value);
    }).get();
  }

  @Test
  void aSecondFileWithTheSameHeadersComesPreFilledFromTheSavedChoices() throws Exception {
    SavedMappings saved = new SavedMappings(dir);
    Path first = dir.resolve("january.csv");
    Files.writeString(first, "Date,Title,Type,Notes\n03/02/2027,Spring mail,Partner,Lee\n"
        + "03/15/2027,Partner day,Misc,Kim\n");
    AtomicReference<ForeignTableReader.Result> stored = new AtomicReference<>();
    AtomicReference<String> outcome = new AtomicReference<>();
    ImportWizard w = open(first, task -> new Thread(task).start(), saved, (r, t, c) -> stored.set(r),
        outcome::set);
    press(w, "Next");
    waitFor(w, "#field-0");
    assertEquals(ImportWizard.NONE, combo(w, "#field-3").getValue(), "no saved choices yet");
    assertEquals("", ((Label) pane(w).lookup("#importSavedNote")).getText());
    interact(() -> {
      combo(w, "#field-3").setValue("owner");
      combo(w, "#importDateOrder").getSelectionModel().select(1); // month first
      ((javafx.scene.control.TextField) pane(w).lookup("#importSaveAs")).setText("Team calendar");
    });
    press(w, "Next");
    interact(() -> {
      combo(w, "#importDefaultKind").setValue("brand");
    });
    ComboBox<String> partner = valueChoice(w, "Partner");
    interact(() -> partner.setValue("event"));
    press(w, "Next");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> enabled(w, "Finish"));
    press(w, "Finish");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outcome.get() != null);
    assertEquals("2 programs imported, 0 lines skipped, 1 value defaulted; your choices are"
        + " saved as \u201cTeam calendar\u201d for the next file with these headers",
        outcome.get());
    assertEquals(ProgramKind.BRAND, stored.get().programs().get(1).kind(), "Misc: the default");

    // the next month's file: the same headers written differently, other rows
    Path second = dir.resolve("february.csv");
    Files.writeString(second, "date:,TITLE, type ,notes\n04/02/2027,Field day,Partner,Ana\n"
        + "04/06/2027,Roadshow,Webinar,Bo\n");
    stored.set(null);
    outcome.set(null);
    ImportWizard again = open(second, task -> new Thread(task).start(), saved, (r, t, c) -> stored.set(r),
        outcome::set);
    press(again, "Next");
    waitFor(again, "#field-0");
    assertEquals("owner", combo(again, "#field-3").getValue(), "the saved choice, not proposal");
    assertEquals("start", combo(again, "#field-0").getValue());
    assertEquals(1, combo(again, "#importDateOrder").getSelectionModel().getSelectedIndex());
    assertEquals("Team calendar",
        ((javafx.scene.control.TextField) pane(again).lookup("#importSaveAs")).getText());
    assertTrue(((Label) pane(again).lookup("#importSavedNote")).getText()
        .contains("\u201cTeam calendar\u201d"));
    snapshot(pane(again), dir.resolve("wizard-saved-choices.png"));
    press(again, "Next");
    assertEquals("brand", combo(again, "#importDefaultKind").getValue());
    assertEquals("event", valueChoice(again, "Partner").getValue());
    assertEquals(ImportWizard.AUTOMATIC, valueChoice(again, "Webinar").getValue());
    press(again, "Next");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> enabled(again, "Finish"));
    press(again, "Finish");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outcome.get() != null);
    assertEquals(ProgramKind.EVENT, stored.get().programs().get(0).kind());
    assertEquals("Ana", stored.get().programs().get(0).owner());
  }

  @Test
  void readingRunsInTheBackgroundWithProgressAndCancel() throws Exception {
    Path csv = dir.resolve("calendar.csv");
    Files.writeString(csv, "Date,Title\n2027-03-02,Spring mail\n");
    HeldWork work = new HeldWork();
    ImportWizard w = open(csv, work, null, (r, t, c) -> { }, s -> { });
    press(w, "Next");
    // the mapping page waits for the reading, which has not run yet
    assertEquals(1, work.tasks.size());
    ProgressIndicatorCheck.visible(this, w, true);
    assertFalse(enabled(w, "Next"), "nothing to map before the file is read");
    assertEquals(null, pane(w).lookup("#field-0"));
    snapshot(pane(w), dir.resolve("wizard-reading.png"));
    assertEquals("Waiting to read calendar.csv…",
        ((Label) pane(w).lookup("#importProgressText")).getText());
    press(w, "Cancel reading", "#importStop");
    assertTrue(work.last().isCancelled());
    work.runLast(); // a cancelled task does nothing
    assertEquals(null, pane(w).lookup("#field-0"));
    assertTrue(((Label) pane(w).lookup("#importProgressText")).getText()
        .startsWith("Reading was cancelled; nothing was imported"));
    assertFalse(enabled(w, "Next"));
    // back and next: read again, this time to the end
    press(w, "Previous");
    press(w, "Next");
    assertEquals(2, work.tasks.size());
    work.runLast();
    assertNotNull(pane(w).lookup("#field-0"));
    ProgressIndicatorCheck.visible(this, w, false);
    assertTrue(enabled(w, "Next"));
  }

  @Test
  void cancellingTheStoreBeforeItBeginsStoresAndSavesNothing() throws Exception {
    Path csv = dir.resolve("calendar.csv");
    Files.writeString(csv, "Date,Title\n2027-03-02,Spring mail\n2027-03-09,Partner day\n");
    HeldWork work = new HeldWork();
    java.util.concurrent.atomic.AtomicInteger stores = new java.util.concurrent.atomic
        .AtomicInteger();
    AtomicReference<String> outcome = new AtomicReference<>();
    SavedMappings saved = new SavedMappings(dir);
    ImportWizard w = open(csv, work, saved, (r, t, c) -> stores.incrementAndGet(), outcome::set);
    press(w, "Next");
    work.runLast();
    interact(() -> ((javafx.scene.control.TextField) pane(w).lookup("#importSaveAs"))
        .setText("Plain"));
    press(w, "Next");
    press(w, "Next");
    assertFalse(enabled(w, "Finish"), "the rows are being checked");
    work.runLast();
    assertTrue(enabled(w, "Finish"));
    press(w, "Finish");
    assertEquals(3, work.tasks.size(), "read, check, store");
    assertTrue(w.wizard().getDialog().isShowing(), "the wizard stays open while storing");
    ProgressIndicatorCheck.visible(this, w, true);
    assertFalse(enabled(w, "Finish"));
    assertFalse(enabled(w, "Previous"));
    assertEquals("Waiting to store 2 programs…",
        ((Label) pane(w).lookup("#importProgressText")).getText());
    snapshot(pane(w), dir.resolve("wizard-storing.png"));
    press(w, "Cancel import", "#importStop");
    work.runLast();
    assertEquals(0, stores.get(), "cancelled before the write began: nothing stored");
    assertEquals(null, outcome.get());
    assertFalse(Files.exists(dir.resolve(SavedMappings.FILE_NAME)), "choices not saved either");
    assertTrue(((Label) pane(w).lookup("#importProgressText")).getText()
        .contains("nothing was changed"));
    assertTrue(w.wizard().getDialog().isShowing());
    // Finish after all
    assertTrue(enabled(w, "Finish"));
    press(w, "Finish");
    work.runLast();
    assertEquals(1, stores.get());
    assertEquals("2 programs imported, 0 lines skipped, 2 values defaulted; your choices are"
        + " saved as \u201cPlain\u201d for the next file with these headers", outcome.get());
    assertFalse(w.wizard().getDialog().isShowing(), "closed once stored");
    assertEquals("Plain", saved.find(java.util.List.of("date", "title")).orElseThrow().name());
  }

  /** A real workspace's store, the wizard's plan names read from it. */
  static org.paceline.app.WizardImportStore realStore(org.paceline.storage.Workspace ws) {
    return new org.paceline.app.WizardImportStore(ws, () -> ws.plans().list().stream()
        .map(org.paceline.model.PlanSummary::name).toList());
  }

  /** Goes through the pages of a table that needs no choices, to where Finish is enabled. */
  void toFinish(ImportWizard w) throws Exception {
    press(w, "Next");
    waitFor(w, "#field-0");
    press(w, "Next");
    press(w, "Next");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> enabled(w, "Finish"));
  }

  String progressText(ImportWizard w) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> ((Label) pane(w).lookup("#importProgressText"))
        .getText()).get();
  }

  @Test
  void cancelDuringTheWriteRollsBackAndLeavesTheWizardUsable() throws Exception {
    Path csv = dir.resolve("calendar.csv");
    StringBuilder rows = new StringBuilder("Date,Title\n");
    for (int i = 0; i < 1200; i++) { // three batches of programs
      rows.append("2027-03-02,Item ").append(i).append('\n');
    }
    Files.writeString(csv, rows);
    java.util.concurrent.CountDownLatch between = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    AtomicReference<String> outcome = new AtomicReference<>();
    try (org.paceline.storage.Workspace ws = org.paceline.storage.Workspace.open(
        dir.resolve("ws"))) {
      int before = ws.plans().list().size();
      ImportWizard.Store real = realStore(ws);
      java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic
          .AtomicInteger();
      ImportWizard.Store store = (r, t, cancelled) -> real.store(r, t, () -> {
        if (asked.incrementAndGet() == 2) { // after the first batch, inside the transaction
          between.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return cancelled.getAsBoolean();
      });
      ImportWizard w = open(csv, task -> new Thread(task).start(), null, store, outcome::set);
      toFinish(w);
      press(w, "Finish");
      assertTrue(between.await(10, TimeUnit.SECONDS));
      WaitForAsyncUtils.waitForFxEvents();
      press(w, "Cancel import", "#importStop");
      release.countDown();
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progressText(w)
          .startsWith("Not imported"));
      assertTrue(progressText(w).contains("everything written was undone and nothing was"
          + " changed"), progressText(w));
      assertEquals(before, ws.plans().list().size(), "the transaction rolled back");
      assertEquals(null, outcome.get());
      assertTrue(w.wizard().getDialog().isShowing(), "the wizard stays usable");
      assertTrue(enabled(w, "Finish"));
      assertTrue(enabled(w, "Previous"));
      // Finish after all: the same wizard stores the whole plan
      press(w, "Finish");
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outcome.get() != null);
      assertEquals(before + 1, ws.plans().list().size());
      org.paceline.model.PlanSummary stored = ws.plans().list().stream()
          .filter(p -> p.name().equals("calendar")).findFirst().orElseThrow();
      assertEquals(1200, ws.plans().load(stored.id()).programs().size());
    }
  }

  @Test
  void aFailedStoreSaysWhatHappenedAndWhatToDoAndTheWizardStaysOpen() throws Exception {
    Path csv = dir.resolve("calendar.csv");
    Files.writeString(csv, "Date,Title\n2027-03-02,Spring mail\n");
    AtomicReference<String> outcome = new AtomicReference<>();
    org.paceline.storage.Workspace ws = org.paceline.storage.Workspace.open(dir.resolve("ws"));
    try {
      long q1 = ws.plans().insert(new org.paceline.model.Plan(org.paceline.model.PlanSettings
          .defaults("Q1 plan"), java.util.List.of(), java.util.List.of(), java.util.List.of(),
          java.util.List.of()));
      ws.plans().copy(q1, "Q1 baseline", org.paceline.model.PlanKind.BASELINE);
      int before = ws.plans().list().size();
      ImportWizard w = open(csv, task -> new Thread(task).start(), null, realStore(ws),
          outcome::set);
      toFinish(w);
      assertEquals("calendar", ((javafx.scene.control.TextField) pane(w)
          .lookup("#importPlanName")).getText());

      // a name that is taken
      interact(() -> ((javafx.scene.control.TextField) pane(w).lookup("#importPlanName"))
          .setText("Q1 plan"));
      press(w, "Finish");
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> enabled(w, "Finish"));
      assertEquals("Not imported, nothing was changed: a plan named \u201cQ1 plan\u201d already"
          + " exists. Type another name for the new plan, or choose \u201cQ1 plan\u201d under"
          + " Import into to add the programs to it.", progressText(w));
      snapshot(pane(w), dir.resolve("wizard-name-taken.png"));

      // a frozen baseline as the target
      interact(() -> combo(w, "#importInto").setValue("Q1 baseline"));
      press(w, "Finish");
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> enabled(w, "Finish"));
      assertEquals("Not imported, nothing was changed: \u201cQ1 baseline\u201d is a baseline: a"
          + " frozen copy kept to compare against, so nothing can be added to it. Choose another"
          + " plan, or a new plan.", progressText(w));
      assertEquals(before, ws.plans().list().size());
      assertEquals(0, ws.plans().load(q1).programs().size());
      assertEquals(null, outcome.get());

      // the database fails
      ws.close();
      interact(() -> combo(w, "#importInto").setValue(ImportWizard.NEW_PLAN));
      press(w, "Finish");
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> enabled(w, "Finish"));
      assertTrue(progressText(w).startsWith("Not imported, nothing was changed: the workspace"
          + " could not be written (a database error). Press Finish to try again"),
          progressText(w));
      assertFalse(progressText(w).contains("Exception"), progressText(w));
      assertTrue(w.wizard().getDialog().isShowing());
      assertEquals(null, outcome.get());
    } finally {
      ws.close();
    }
  }

  /** Whether the progress indicator of the page shown is visible. */
  static final class ProgressIndicatorCheck {
    static void visible(ImportWizardTest t, ImportWizard w, boolean expected) throws Exception {
      boolean shown = WaitForAsyncUtils.asyncFx(() -> {
        Node n = t.pane(w).lookup("#importProgress");
        for (Node p = n; p != null; p = p.getParent()) {
          if (!p.isVisible()) {
            return false;
          }
        }
        return n != null;
      }).get();
      assertEquals(expected, shown, "progress indicator shown");
    }
  }

  /** Fires the button {@code selector} of the page shown (a step's own Cancel). */
  void press(ImportWizard w, String text, String selector) {
    interact(() -> {
      Button b = (Button) pane(w).lookup(selector);
      assertEquals(text, b.getText());
      assertFalse(b.isDisabled(), selector + " is enabled");
      b.fire();
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Waits until the background reading has filled in the node {@code selector}. */
  void waitFor(ImportWizard w, String selector) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
        () -> pane(w).lookup(selector) != null).get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  void snapshot(Node node, Path png) throws Exception {
    AtomicReference<java.awt.image.BufferedImage> img = new AtomicReference<>();
    interact(() -> img.set(SwingFXUtils.fromFXImage(node.snapshot(null, null), null)));
    ImageIO.write(img.get(), "png", png.toFile());
    String keep = System.getProperty("paceline.screenshots");
    if (keep != null) {
      Files.copy(png, Path.of(keep).resolve(png.getFileName()),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertTrue(new File(png.toString()).length() > 0);
  }
}

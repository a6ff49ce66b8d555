package org.paceline.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        if (n instanceof Button b && text.equals(b.getText().replace("_", "")) && !b.isDisabled()) {
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
            new SavedMappings(dir), stored::set, outcome::set);
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

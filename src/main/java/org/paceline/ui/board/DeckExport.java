package org.paceline.ui.board;

import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.paceline.layout.CompareView;
import org.paceline.io.export.slides.BoardDeck;
import org.paceline.model.Plan;
import org.paceline.ui.BackgroundWork;

/**
 * File → Export → PowerPoint: asks where, then writes the deck in the background and says how
 * it went. Nothing is written when the export fails.
 */
final class DeckExport {

  private DeckExport() {}

  /**
   * Asks for a file and exports {@code plan} to it; while the board is compared with another plan
   * ({@code compare} not null) it first offers "Changes since ‘B’", on by default.
   */
  static void chooseAndExport(Window owner, CompareView compare, Plan plan,
      BackgroundWork work) {
    CompareView withChanges = compare;
    if (compare != null) {
      javafx.scene.control.CheckBox changes = new javafx.scene.control.CheckBox(
          "Changes since \u2018" + compare.otherPlan() + "\u2019");
      changes.setId("deckChanges");
      changes.setSelected(true);
      javafx.scene.control.Dialog<javafx.scene.control.ButtonType> ask =
          new javafx.scene.control.Dialog<>();
      ask.initOwner(owner);
      ask.setTitle("Export to PowerPoint");
      ask.setHeaderText("\u201c" + plan.name() + "\u201d as slides, one per quarter");
      javafx.scene.control.Label what = new javafx.scene.control.Label("With the changes: moved"
          + " bars where they were, added programs framed, the targets' change per quarter and"
          + " slides listing the new and resolved conflicts.");
      what.setWrapText(true);
      what.setMaxWidth(380);
      ask.getDialogPane().setContent(new javafx.scene.layout.VBox(10, changes, what));
      ask.getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.OK,
          javafx.scene.control.ButtonType.CANCEL);
      if (ask.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL)
          != javafx.scene.control.ButtonType.OK) {
        return;
      }
      withChanges = changes.isSelected() ? compare : null;
    }
    FileChooser chooser = new FileChooser();
    chooser.setInitialFileName(plan.name() + ".pptx");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PowerPoint deck",
        "*.pptx"));
    File target = chooser.showSaveDialog(owner);
    if (target != null) {
      export(owner, plan, withChanges, target.toPath(), work);
    }
  }

  /**
   * Writes the deck (one slide per quarter, with the changes since another plan when {@code
   * compare} is not null) in the background; the task is returned.
   */
  static Task<BoardDeck.Result> export(Window owner, Plan plan, CompareView compare, Path file,
      BackgroundWork work) {
    Task<BoardDeck.Result> task = new Task<>() {
      @Override
      protected BoardDeck.Result call() throws Exception {
        return BoardDeck.write(plan, new BoardDeck.Options(false, false), compare, file);
      }
    };
    task.setOnSucceeded(e -> show(owner, Alert.AlertType.INFORMATION, "Exported \u201c"
        + plan.name() + "\u201d as " + task.getValue().slides() + " slides to " + file));
    task.setOnFailed(e -> show(owner, Alert.AlertType.ERROR, "The PowerPoint export failed and"
        + " nothing was written: " + task.getException().getMessage()));
    work.submit(task);
    return task;
  }

  private static void show(Window owner, Alert.AlertType type, String text) {
    Alert a = new Alert(type, text);
    a.initOwner(owner);
    a.show();
  }
}

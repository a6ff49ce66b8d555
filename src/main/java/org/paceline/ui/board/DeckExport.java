package org.paceline.ui.board;

import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.paceline.io.export.slides.BoardDeck;
import org.paceline.model.Plan;
import org.paceline.ui.BackgroundWork;

/**
 * File → Export → PowerPoint: asks where, then writes the deck in the background and says how
 * it went. Nothing is written when the export fails.
 */
final class DeckExport {

  private DeckExport() {}

  /** Asks for a file and exports {@code plan} to it. */
  static void chooseAndExport(Window owner, Plan plan, BackgroundWork work) {
    FileChooser chooser = new FileChooser();
    chooser.setInitialFileName(plan.name() + ".pptx");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PowerPoint deck",
        "*.pptx"));
    File target = chooser.showSaveDialog(owner);
    if (target != null) {
      export(owner, plan, target.toPath(), work);
    }
  }

  /** Writes the deck (one slide per quarter) in the background; the task is returned. */
  static Task<BoardDeck.Result> export(Window owner, Plan plan, Path file, BackgroundWork work) {
    Task<BoardDeck.Result> task = new Task<>() {
      @Override
      protected BoardDeck.Result call() throws Exception {
        return BoardDeck.write(plan, new BoardDeck.Options(false, false), file);
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

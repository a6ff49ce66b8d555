package org.paceline.ui.imports;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.paceline.io.export.PlanTemplateWriter;
import org.paceline.ui.BackgroundWork;

/**
 * File → New from template: asks where to save, writes the plan format as a workbook to fill in
 * (the same {@link PlanTemplateWriter} as {@code paceline template}) in the background, and says
 * where it was written. A failed write leaves no file behind.
 */
public final class NewFromTemplate {

  private NewFromTemplate() {}

  /** The File menu's item. */
  public static MenuItem menuItem(Window owner, BackgroundWork work) {
    return menuItem(owner, work, w -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Save a plan workbook to fill in");
      chooser.setInitialFileName("plan.xlsx");
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook",
          "*.xlsx"));
      File target = chooser.showSaveDialog(w);
      return target == null ? null : target.toPath();
    });
  }

  /** The item with {@code chooser} in place of the save dialog (null: the user cancelled). */
  static MenuItem menuItem(Window owner, BackgroundWork work, Function<Window, Path> chooser) {
    MenuItem item = new MenuItem("New from template…");
    item.setId("newFromTemplate");
    item.setOnAction(e -> {
      Path target = chooser.apply(owner);
      if (target != null) {
        write(target, work, outcome -> show(owner, outcome));
      }
    });
    return item;
  }

  /**
   * Writes the template to {@code file} (".xlsx" is added when the name lacks it) in the
   * background; {@code done} is told, on the JavaFX thread, where it was written or why not.
   * The task is returned for the tests.
   */
  public static Task<Path> write(Path file, BackgroundWork work, Consumer<Outcome> done) {
    Path target = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
        ? file : file.resolveSibling(file.getFileName() + ".xlsx");
    Task<Path> task = new Task<>() {
      @Override
      protected Path call() throws Exception {
        PlanTemplateWriter.write(target);
        return target;
      }
    };
    task.setOnSucceeded(e -> done.accept(new Outcome(true, "The plan workbook was written to "
        + target + ". Fill it in (the \u201cread me\u201d sheet shows an example row per"
        + " table), then bring it in with File \u2192 Import.")));
    task.setOnFailed(e -> done.accept(new Outcome(false, target.getFileName()
        + " could not be written, and nothing was saved: "
        + (task.getException() == null || task.getException().getMessage() == null
            ? "the folder cannot be written to" : task.getException().getMessage()))));
    work.submit(task);
    return task;
  }

  /** How the write went, in words for the user. */
  public record Outcome(boolean written, String message) {}

  private static void show(Window owner, Outcome outcome) {
    Alert a = new Alert(outcome.written() ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR,
        outcome.message());
    a.setHeaderText("New from template");
    a.initOwner(owner);
    a.show();
  }
}

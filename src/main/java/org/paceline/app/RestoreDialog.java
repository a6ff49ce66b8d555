package org.paceline.app;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.paceline.storage.Backups;

/** File ▸ Restore from backup…: the workspace's backups with dates and plans, newest first. */
final class RestoreDialog {

  private RestoreDialog() {}

  /** The backup the user chose to restore, if any. */
  static Optional<Backups.Backup> choose(Window owner, List<Backups.Backup> backups) {
    return choose(owner, backups, List.of());
  }

  /**
   * As {@link #choose(Window, List)}, saying how many backups are left out because they are
   * dated in the future.
   */
  static Optional<Backups.Backup> choose(Window owner, List<Backups.Backup> backups,
      List<Backups.Backup> futureDated) {
    Dialog<Backups.Backup> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Restore from backup");
    dialog.setHeaderText(backups.isEmpty() ? "There are no backups yet"
        : "Choose the copy of your workspace to go back to");
    Label explain = new Label(backups.isEmpty()
        ? "Paceline copies your workspace each day you open it and before every upgrade of its "
            + "format. Come back tomorrow, or after the next upgrade."
        : "Paceline copies your workspace each day you open it and before every upgrade of its "
            + "format, and keeps the last " + Backups.KEEP + ". Restoring replaces all your "
            + "plans with the copy; what you have now is backed up first, so you can come back.");
    if (!futureDated.isEmpty()) {
      explain.setText(explain.getText() + "\n\n" + (futureDated.size() == 1
          ? "1 backup is" : futureDated.size() + " backups are") + " dated in the future and "
          + "left out (made while the computer's clock was wrong, or copied from another "
          + "machine): " + String.join(", ", futureDated.stream()
              .map(b -> b.file().getFileName().toString()).toList()) + ".");
    }
    explain.setWrapText(true);
    explain.setMaxWidth(520);
    ListView<Backups.Backup> list = new ListView<>();
    list.setId("backupList");
    list.getItems().setAll(backups);
    list.setPrefSize(520, Math.min(320, 40 + 30 * Math.max(1, backups.size())));
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Backups.Backup b, boolean empty) {
        super.updateItem(b, empty);
        setText(empty || b == null ? null : b.describe());
      }
    });
    ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(restore).disableProperty()
        .bind(list.getSelectionModel().selectedItemProperty().isNull());
    dialog.getDialogPane().setContent(backups.isEmpty() ? explain : new VBox(10, explain, list));
    if (!backups.isEmpty()) {
      list.getSelectionModel().selectFirst();
    }
    dialog.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem()
        : null);
    return dialog.showAndWait();
  }
}

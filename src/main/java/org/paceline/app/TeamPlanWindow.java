package org.paceline.app;

import java.util.Arrays;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.paceline.storage.ServerLocation;
import org.paceline.storage.ServerLogin;

/**
 * The window's dialogs for a team plan on a server: File ▸ Open team plan… (the address) and
 * the login (user and password; the password is kept only until the connection is made, and
 * never stored in the workspace list or the settings).
 */
final class TeamPlanWindow {

  private TeamPlanWindow() {}

  /** Asks for a team plan's address; empty when cancelled. Bad addresses are explained. */
  static Optional<ServerLocation> askAddress(Window owner, String suggested) {
    TextInputDialog d = new TextInputDialog(suggested == null ? "postgresql://" : suggested);
    d.initOwner(owner);
    d.setTitle("Open team plan");
    d.setHeaderText("The team plan's address, from your administrator");
    d.setContentText("Address:");
    d.getDialogPane().setId("teamPlanAddress");
    d.getEditor().setPrefColumnCount(36);
    while (true) {
      Optional<String> text = d.showAndWait();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(ServerLocation.parse(text.get()));
      } catch (IllegalArgumentException e) {
        d.setHeaderText(e.getMessage());
      }
    }
  }

  /**
   * A login the user typed for {@code where}, after {@code problem} (null: nothing went wrong
   * yet); empty when cancelled. The problem is shown in the dialog above the fields, and the
   * password field has the focus, so a refused password is retyped at once.
   */
  static Optional<ServerLogin> askLogin(Window owner, ServerLocation where, String user,
      String problem) {
    Dialog<ButtonType> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle("Log in to the team plan");
    d.setHeaderText("Log in to the team plan");
    d.getDialogPane().setId("teamPlanLogin");
    if (owner != null && owner.getScene() != null) {
      d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    TextField name = new TextField(user == null ? "" : user);
    name.setId("loginUser");
    PasswordField password = new PasswordField();
    password.setId("loginPassword");
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(10);
    grid.setPadding(new Insets(10, 14, 6, 14)); // in line with the header's text
    int row = 0;
    if (problem != null) {
      Label why = new Label(problem);
      why.setId("loginProblem");
      why.getStyleClass().add("form-problem");
      why.setWrapText(true);
      why.setMaxWidth(460);
      why.setMinHeight(Region.USE_PREF_SIZE);
      why.setPadding(new Insets(0, 0, 6, 0));
      grid.add(why, 0, row++, 2, 1);
    }
    Label address = new Label(where.withUser(null).toString());
    address.setId("loginAddress");
    grid.addRow(row++, new Label("Team plan"), address);
    grid.addRow(row++, new Label("User"), name);
    grid.addRow(row, new Label("Password"), password);
    name.setPrefColumnCount(26);
    d.getDialogPane().setContent(grid);
    ButtonType login = new ButtonType("Log in", ButtonBar.ButtonData.OK_DONE);
    d.getDialogPane().getButtonTypes().setAll(login, ButtonType.CANCEL);
    d.getDialogPane().lookupButton(login).disableProperty().bind(name.textProperty().isEmpty());
    // after the dialog's own focus handling, which gives the focus to the default button
    d.setOnShown(e -> Platform.runLater(() ->
        (name.getText().isEmpty() ? name : password).requestFocus()));
    Optional<ButtonType> answer = d.showAndWait();
    char[] typed = password.getText().toCharArray();
    password.clear();
    if (answer.isEmpty() || answer.get() != login || name.getText().isBlank()) {
      Arrays.fill(typed, '\0');
      return Optional.empty();
    }
    ServerLogin result = ServerLogin.withPassword(where.withUser(name.getText().strip()), typed);
    Arrays.fill(typed, '\0');
    return Optional.of(result);
  }

  /** What backups are on a server (File ▸ Restore from backup… on a team plan). */
  static void explainBackups(Window owner, String text) {
    Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
    a.initOwner(owner);
    a.setTitle("Paceline");
    a.setHeaderText("Backups of a team plan");
    a.showAndWait();
  }
}

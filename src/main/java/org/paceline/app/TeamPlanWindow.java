package org.paceline.app;

import java.util.Arrays;
import java.util.Optional;
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

  /** A login the user typed for {@code where}, after {@code problem}; empty when cancelled. */
  static Optional<ServerLogin> askLogin(Window owner, ServerLocation where, String user,
      String problem) {
    Dialog<ButtonType> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle("Log in to the team plan");
    d.setHeaderText(problem == null ? "Log in to " + where.withUser(null) : problem);
    d.getDialogPane().setId("teamPlanLogin");
    TextField name = new TextField(user == null ? "" : user);
    name.setId("loginUser");
    PasswordField password = new PasswordField();
    password.setId("loginPassword");
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(10));
    grid.addRow(0, new Label("Team plan"), new Label(where.withUser(null).toString()));
    grid.addRow(1, new Label("User"), name);
    grid.addRow(2, new Label("Password"), password);
    d.getDialogPane().setContent(grid);
    ButtonType login = new ButtonType("Log in", ButtonBar.ButtonData.OK_DONE);
    d.getDialogPane().getButtonTypes().setAll(login, ButtonType.CANCEL);
    d.setOnShown(e -> (name.getText().isEmpty() ? name : password).requestFocus());
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

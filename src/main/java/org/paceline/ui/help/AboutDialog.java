package org.paceline.ui.help;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Help ▸ About Paceline: the version, when it was built, where the plans are kept, and the Java
 * and JavaFX it runs on; "Copy details" puts the same text on the clipboard for a support
 * request.
 */
public final class AboutDialog extends Dialog<Void> {

  static final ButtonType COPY = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);

  public AboutDialog(Window owner, AboutInfo info) {
    initOwner(owner);
    setTitle("About Paceline");
    setHeaderText("Paceline " + info.version()
        + "\nMarketing lead times and quarterly sales targets on one timeline.");
    var icon = AboutDialog.class.getResource("/org/paceline/app/icons/paceline-64.png");
    if (icon != null) {
      setGraphic(new ImageView(new Image(icon.toExternalForm())));
    }
    getDialogPane().getStylesheets().add(GuideView.STYLES);
    GridPane grid = new GridPane();
    grid.setHgap(14);
    grid.setVgap(6);
    grid.setPadding(new Insets(6, 4, 4, 4));
    row(grid, 0, "Version", info.version(), "aboutVersion");
    row(grid, 1, "Built", info.buildDate(), "aboutBuilt");
    row(grid, 2, "Workspace", String.valueOf(info.workspace()), "aboutWorkspace");
    row(grid, 3, "Java", info.java(), "aboutJava");
    row(grid, 4, "JavaFX", info.javafx(), "aboutJavaFx");
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(COPY, ButtonType.CLOSE);
    // "Copy details" copies and keeps the dialog open.
    getDialogPane().lookupButton(COPY).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
      ClipboardContent text = new ClipboardContent();
      text.putString(info.asText());
      Clipboard.getSystemClipboard().setContent(text);
      e.consume();
    });
  }

  private static void row(GridPane grid, int row, String name, String value, String id) {
    Label n = new Label(name);
    n.getStyleClass().add("about-name");
    Label v = new Label(value);
    v.setId(id);
    v.setWrapText(true);
    v.setMaxWidth(460);
    grid.addRow(row, n, v);
  }
}

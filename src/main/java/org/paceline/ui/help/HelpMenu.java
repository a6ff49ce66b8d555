package org.paceline.ui.help;

import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.paceline.ui.board.ViewSettings;

/** The Help menu: the first-run guide again, the user guide (F1), and About Paceline. */
public final class HelpMenu {

  private final StackPane host;
  private final ViewSettings settings;
  private final Supplier<AboutInfo> about;
  private Stage guideWindow;

  private HelpMenu(StackPane host, ViewSettings settings, Supplier<AboutInfo> about) {
    this.host = host;
    this.settings = settings;
    this.about = about;
  }

  /**
   * @param host the window's root, over which the first-run guide is laid
   * @param about this build and workspace, asked when the dialog opens
   */
  public static HelpMenu of(StackPane host, ViewSettings settings, Supplier<AboutInfo> about) {
    return new HelpMenu(host, settings, about);
  }

  /** The menu for the window's menu bar. */
  public Menu menu() {
    MenuItem start = new MenuItem("Getting started");
    start.setOnAction(e -> showWelcome());
    MenuItem guide = new MenuItem("User guide");
    guide.setAccelerator(KeyCombination.keyCombination("F1"));
    guide.setOnAction(e -> showUserGuide());
    MenuItem aboutItem = new MenuItem("About Paceline");
    aboutItem.setOnAction(e -> new AboutDialog(host.getScene().getWindow(), about.get())
        .showAndWait());
    Menu help = new Menu("Help", null, start, guide,
        new javafx.scene.control.SeparatorMenuItem(), aboutItem);
    help.setId("helpMenu");
    return help;
  }

  /** The first-run guide, unless the user dismissed it before. */
  public void showWelcomeIfFirstRun() {
    WelcomeGuide.showIfFirstRun(host, settings, this::showUserGuide);
  }

  /** The first-run guide, again. */
  public void showWelcome() {
    WelcomeGuide.show(host, settings, this::showUserGuide);
  }

  /** The user guide in a window of its own, beside the board (one window, brought forward). */
  public void showUserGuide() {
    if (guideWindow == null) {
      guideWindow = new Stage();
      guideWindow.setTitle("Paceline user guide");
      Scene scene = new Scene(new GuideView(), 820, 760);
      if (host.getScene() != null) {
        scene.getStylesheets().setAll(host.getScene().getStylesheets());
        if (host.getScene().getWindow() instanceof Stage owner) {
          guideWindow.getIcons().setAll(owner.getIcons());
        }
      }
      guideWindow.setScene(scene);
    }
    guideWindow.show();
    guideWindow.toFront();
  }

  /** The user guide's window once it was opened, else null. */
  public Stage userGuideWindow() {
    return guideWindow;
  }
}

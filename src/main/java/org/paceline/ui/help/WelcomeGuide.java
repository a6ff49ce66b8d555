package org.paceline.ui.help;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.paceline.ui.board.ViewSettings;

/**
 * The short guide over the board the first time Paceline opens: what the lanes are, what the
 * lead-window band means, where the conflicts are, how to print. "Start planning" (or Escape)
 * dismisses it for good; Help ▸ Getting started shows it again.
 */
public final class WelcomeGuide extends StackPane {

  static final String SECTION = "welcome";

  private final ViewSettings settings;

  private WelcomeGuide(ViewSettings settings, Runnable openUserGuide) {
    this.settings = settings;
    setId("welcomeGuide");
    getStyleClass().add("welcome-scrim");

    Label title = new Label("Welcome to Paceline");
    title.getStyleClass().add("welcome-title");
    Label intro = new Label("This is a sample plan, Northwind Controls FY2027. Look around and "
        + "change anything: every change is saved at once, and Ctrl+Z undoes it.");
    intro.setWrapText(true);
    intro.getStyleClass().add("welcome-intro");

    VBox points = new VBox(12,
        point("1", "Sales on top",
            "Each quarter block shows a segment's revenue and leads target. Green is supported, "
                + "amber is short of leads, red has nothing ramping into it. Grey bars are "
                + "sales initiatives."),
        point("2", "Marketing below, with lead windows",
            "One bar per marketing program. The pale band beside a bar is its lead window: "
                + "start inside it and the program pays off in time for its initiative. Drag a "
                + "bar or its ends to change the dates."),
        point("3", "Conflicts on the right",
            "Every place the two paces do not fit, in plain words, most severe first. Click "
                + "one to jump to it; the markers on the timeline say the same."),
        point("4", "Print for the meeting",
            "Ctrl+P shows the pages before you print, save a PDF or export images. The Excel "
                + "export adds a quarter summary."));

    Button guide = new Button("Open the user guide");
    guide.setOnAction(e -> {
      dismiss();
      openUserGuide.run();
    });
    Button start = new Button("Start planning");
    start.setId("welcomeStart");
    start.setDefaultButton(true);
    start.setOnAction(e -> dismiss());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox buttons = new HBox(8, guide, gap, start);
    buttons.setAlignment(Pos.CENTER_RIGHT);

    VBox card = new VBox(14, title, intro, points, buttons);
    card.getStyleClass().add("welcome-card");
    card.setPadding(new Insets(24, 28, 20, 28));
    card.setMaxSize(620, Region.USE_PREF_SIZE);
    card.setFillWidth(true);
    getChildren().add(card);
    setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        dismiss();
        e.consume();
      }
    });
    sceneProperty().addListener((o, a, b) -> {
      if (b != null) {
        javafx.application.Platform.runLater(start::requestFocus);
      }
    });
  }

  private static HBox point(String number, String heading, String text) {
    Label n = new Label(number);
    n.getStyleClass().add("welcome-number");
    n.setMinSize(28, 28);
    n.setAlignment(Pos.CENTER);
    Label h = new Label(heading);
    h.getStyleClass().add("welcome-heading");
    Label t = new Label(text);
    t.setWrapText(true);
    t.setMinHeight(Region.USE_PREF_SIZE);
    VBox words = new VBox(2, h, t);
    HBox.setHgrow(words, Priority.ALWAYS);
    return new HBox(12, n, words);
  }

  /** Shows the guide over the board in {@code host} unless it was dismissed before. */
  public static void showIfFirstRun(StackPane host, ViewSettings settings,
      Runnable openUserGuide) {
    if (!"true".equals(settings.load(ViewSettings.GLOBAL, SECTION).get("dismissed"))) {
      show(host, settings, openUserGuide);
    }
  }

  /** Shows the guide over the board in {@code host} (Help ▸ Getting started). */
  public static void show(StackPane host, ViewSettings settings, Runnable openUserGuide) {
    if (host.getChildren().stream().noneMatch(n -> n instanceof WelcomeGuide)) {
      host.getChildren().add(new WelcomeGuide(settings, openUserGuide));
    }
  }

  private void dismiss() {
    settings.save(ViewSettings.GLOBAL, SECTION, Map.of("dismissed", "true"));
    if (getParent() instanceof StackPane host) {
      host.getChildren().remove(this);
    }
  }
}

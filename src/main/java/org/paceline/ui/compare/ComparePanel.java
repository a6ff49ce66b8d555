package org.paceline.ui.compare;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.paceline.model.ConflictChange;
import org.paceline.model.Program;

/**
 * The side panel of a comparison: what changed at a glance (counts), then the new and resolved
 * conflicts (choosing one selects it on the board), the programs added, removed and moved, and the
 * target changes per quarter.
 */
public final class ComparePanel extends VBox {

  private final CompareViewModel model;
  private final Label title = new Label();
  private final Label summary = new Label();
  private final Label programs = new Label();
  /** The programs and targets that changed, folded to one line so the list keeps its room. */
  private final javafx.scene.control.TitledPane programsPane =
      new javafx.scene.control.TitledPane("", programs);
  private final ListView<ConflictChange> list = new ListView<>();

  public ComparePanel(CompareViewModel model, Runnable close) {
    this.model = model;
    getStyleClass().add("compare-panel");
    getStylesheets().add(ComparePanel.class.getResource("compare.css").toExternalForm());
    setId("comparePanel");
    // its wrapped texts must never make the board taller than the window
    setMinHeight(0);
    setSpacing(6);
    setPadding(new Insets(8));
    title.getStyleClass().add("compare-title");
    title.textProperty().bind(model.titleProperty());
    title.setWrapText(true);
    title.setMinHeight(Region.USE_PREF_SIZE);
    Button closeButton = new Button("Close");
    closeButton.setMinWidth(Region.USE_PREF_SIZE);
    closeButton.setId("compareClose");
    closeButton.setOnAction(e -> close.run());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox head = new HBox(6, title, grow, closeButton);
    summary.setWrapText(true);
    summary.setMinHeight(Region.USE_PREF_SIZE);
    summary.setId("compareSummary");
    programs.setWrapText(true);
    programs.setMinHeight(Region.USE_PREF_SIZE);
    programs.getStyleClass().add("compare-programs");
    list.setId("compareList");
    list.setItems(model.changes());
    list.setCellFactory(v -> {
      ChangeCell cell = new ChangeCell();
      cell.text.maxWidthProperty().bind(list.widthProperty().subtract(110));
      return cell;
    });
    list.setPlaceholder(new Label("No conflict is new and none is resolved."));
    list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null) {
        model.select(b);
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    programsPane.setId("comparePrograms");
    programsPane.setExpanded(false);
    programsPane.setAnimated(false);
    programsPane.setMinHeight(Region.USE_PREF_SIZE);
    // its one-line title must not widen the side: it is cut to the panel's width instead
    programsPane.setMinWidth(0);
    programsPane.setPrefWidth(0);
    programsPane.setMaxWidth(Double.MAX_VALUE);
    getChildren().addAll(head, summary, programsPane, list);
    model.resultProperty().addListener((o, a, r) -> describe(r));
    describe(model.resultProperty().get());
  }

  private void describe(CompareViewModel.Result r) {
    if (r == null) {
      summary.setText("");
      programs.setText("");
      programsPane.setText("");
      return;
    }
    long added = r.changes().stream().filter(c -> c.change() == ConflictChange.Kind.NEW).count();
    long resolved = r.changes().size() - added;
    summary.setText(added + (added == 1 ? " new conflict" : " new conflicts") + ", " + resolved
        + " resolved. Dashed outlines show where moved bars were; NEW marks added programs.");
    StringBuilder sb = new StringBuilder();
    line(sb, "Moved", r.moved());
    line(sb, "Added", r.added());
    line(sb, "Removed", r.removed());
    for (String t : r.targetChanges()) {
      sb.append(sb.length() == 0 ? "" : "\n").append(t);
    }
    programs.setText(sb.length() == 0 ? "No program was added, removed or moved." : sb.toString());
    programsPane.setText("Programs: " + r.moved().size() + " moved, " + r.added().size()
        + " added, " + r.removed().size() + " removed"
        + (r.targetChanges().isEmpty() ? "" : "; targets: " + r.targetChanges().size()
            + " changed"));
  }

  private static void line(StringBuilder sb, String what, java.util.List<Program> list) {
    if (list.isEmpty()) {
      return;
    }
    sb.append(sb.length() == 0 ? "" : "\n").append(what).append(" (").append(list.size())
        .append("): ");
    int shown = Math.min(4, list.size());
    for (int i = 0; i < shown; i++) {
      sb.append(i == 0 ? "" : ", ").append(list.get(i).name());
    }
    if (list.size() > shown) {
      sb.append(", \u2026");
    }
  }

  /** The list of changes, for tests. */
  public ListView<ConflictChange> list() {
    return list;
  }

  /** "NEW  error · Target without marketing: …" with the change as a coloured tag. */
  private static final class ChangeCell extends ListCell<ConflictChange> {
    private final Label tag = new Label();
    private final Label text = new Label();
    private final HBox box = new HBox(6, tag, text);

    ChangeCell() {
      text.setWrapText(true);
      tag.setMinWidth(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(ConflictChange c, boolean empty) {
      super.updateItem(c, empty);
      if (empty || c == null) {
        setGraphic(null);
        return;
      }
      tag.setText(c.change() == ConflictChange.Kind.NEW ? "NEW" : "RESOLVED");
      tag.getStyleClass().setAll("compare-tag", c.change() == ConflictChange.Kind.NEW
          ? "compare-new" : "compare-resolved");
      text.setText(c.conflict().severity().code() + " \u00b7 " + c.conflict().rule().title()
          + ": " + c.conflict().message());
      setGraphic(box);
    }
  }
}

package org.paceline.ui.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.paceline.io.export.ConflictReport;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.Severity;

/**
 * All conflicts, grouped by severity with counts, each with its message; a rule filter; choosing
 * one hands it to {@code onChoose} (the board selects and reveals what it concerns).
 */
public final class ConflictPanel extends VBox {

  private final Label heading = new Label();
  private final ComboBox<Object> rule = new ComboBox<>();
  private final ListView<Object> list = new ListView<>();
  private List<Conflict> all = List.of();

  public ConflictPanel(ObservableValue<List<Conflict>> conflicts, Consumer<Conflict> onChoose) {
    getStyleClass().add("conflict-panel");
    setSpacing(6);
    setPadding(new Insets(8));
    heading.getStyleClass().add("panel-heading");
    heading.setId("conflictHeading");
    heading.setWrapText(true);
    rule.getItems().add("All rules");
    rule.getItems().addAll(ConflictRule.values());
    rule.setValue("All rules");
    rule.setId("ruleFilter");
    rule.setCellFactory(v -> new RuleCell());
    rule.setButtonCell(new RuleCell());
    rule.valueProperty().addListener((o, a, b) -> fill());
    list.setId("conflictList");
    list.setCellFactory(v -> new ConflictCell());
    list.setPlaceholder(new Label("No conflicts: the paces fit."));
    VBox.setVgrow(list, Priority.ALWAYS);
    heading.setMaxWidth(Double.MAX_VALUE);
    heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    getChildren().addAll(heading, rule, list);
    rule.setMaxWidth(Double.MAX_VALUE);
    list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b instanceof Conflict c) {
        onChoose.accept(c);
      }
    });
    conflicts.addListener((o, a, b) -> {
      all = b;
      fill();
    });
    all = conflicts.getValue();
    fill();
  }

  private void fill() {
    Object chosen = rule.getValue();
    List<Conflict> shown = chosen instanceof ConflictRule r
        ? all.stream().filter(c -> c.rule() == r).toList() : all;
    Map<Severity, Integer> counts = ConflictReport.counts(all);
    heading.setText("Conflicts: " + ConflictReport.summary(counts));
    Object selected = list.getSelectionModel().getSelectedItem();
    List<Object> items = new ArrayList<>();
    Severity group = null;
    for (Conflict c : shown) {
      if (c.severity() != group) {
        group = c.severity();
        Severity g = group;
        long n = shown.stream().filter(x -> x.severity() == g).count();
        items.add(new Heading(g, (int) n));
      }
      items.add(c);
    }
    list.getItems().setAll(items);
    if (selected != null && items.contains(selected)) {
      list.getSelectionModel().select(selected);
    }
  }

  /** Selects the conflict in the list (without choosing it again). */
  public ListView<Object> list() {
    return list;
  }

  private record Heading(Severity severity, int count) {
    @Override
    public String toString() {
      return switch (severity) {
        case ERROR -> "Errors";
        case WARNING -> "Warnings";
        case INFO -> "Notes";
      } + " (" + count + ")";
    }
  }

  private static final class RuleCell extends ListCell<Object> {
    @Override
    protected void updateItem(Object item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null
          : item instanceof ConflictRule r ? r.title() : item.toString());
    }
  }

  private static final class ConflictCell extends ListCell<Object> {
    private final Label title = new Label();
    private final Label message = new Label();
    private final VBox box = new VBox(2, title, message);

    ConflictCell() {
      message.setWrapText(true);
      message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      message.getStyleClass().add("conflict-message");
      title.getStyleClass().add("conflict-title");
      box.setPadding(new Insets(2, 0, 4, 0));
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().removeAll("severity-error", "severity-warning", "severity-info",
          "conflict-group");
      setDisable(false);
      if (empty || item == null) {
        setText(null);
        setGraphic(null);
      } else if (item instanceof Heading h) {
        setGraphic(null);
        setText(h.toString());
        getStyleClass().add("conflict-group");
        getStyleClass().add("severity-" + h.severity().code());
        setDisable(true);
      } else {
        Conflict c = (Conflict) item;
        setText(null);
        title.setText(c.rule().title() + subject(c));
        message.setText(c.message());
        if (getListView() != null && !message.prefWidthProperty().isBound()) {
          message.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
          title.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
        }
        getStyleClass().add("severity-" + c.severity().code());
        setGraphic(box);
        setAccessibleText(c.severity().code() + ": " + c.message());
      }
    }

    private static String subject(Conflict c) {
      if (!c.program().isEmpty()) {
        return " · " + c.program();
      }
      if (c.month() != null) {
        return " · " + c.month();
      }
      return c.quarter() == null ? "" : " · " + c.quarter()
          + (c.segment().isEmpty() ? "" : " " + c.segment());
    }
  }
}

package org.paceline.ui.conflicts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
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
  private Object filledFor;

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

  /**
   * Brings the list up to date. After an edit only a few conflicts come or go among thousands, so
   * the work avoids touching every conflict: the counts come from a binary search (the list is most
   * severe first), the rows are compared by reference from both ends (an incremental re-check keeps
   * the unchanged conflicts), and the list view receives just the changed rows (a Myers diff on the rows between;
   * a block replacement when that stretch is long). The rows, the selection and the scroll
   * position stay put. A new rule filter refills the list.
   */
  private void fill() {
    Object chosen = rule.getValue();
    Map<Severity, Integer> counts = countsOfSorted(all);
    heading.setText("Conflicts: " + ConflictReport.summary(counts));
    List<Conflict> shown = chosen instanceof ConflictRule r
        ? all.stream().filter(c -> c.rule() == r).toList() : all;
    Map<Severity, Integer> shownCounts = chosen instanceof ConflictRule
        ? countsOfSorted(shown) : counts;
    Object[] conflicts = shown.toArray();
    List<Object> items = new ArrayList<>(conflicts.length + 3);
    int at = 0;
    for (Severity s : Severity.values()) {
      int n = shownCounts.getOrDefault(s, 0);
      if (n > 0) {
        items.add(new Heading(s, n));
        items.addAll(Arrays.asList(conflicts).subList(at, at + n));
        at += n;
      }
    }
    ObservableList<Object> current = list.getItems();
    if (chosen != filledFor || current.isEmpty() || items.isEmpty()) {
      Object selected = list.getSelectionModel().getSelectedItem();
      current.setAll(items);
      if (selected != null && items.contains(selected)) {
        list.getSelectionModel().select(selected);
      }
    } else {
      update(current, items);
    }
    filledFor = chosen;
  }

  /**
   * How many conflicts of each severity: the list is most severe first, so each count is where
   * the next severity begins, found by binary search without visiting every conflict.
   */
  static Map<Severity, Integer> countsOfSorted(List<Conflict> conflicts) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    int from = 0;
    for (Severity s : Severity.values()) {
      int lo = from;
      int hi = conflicts.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (conflicts.get(mid).severity().compareTo(s) <= 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      counts.put(s, lo - from);
      from = lo;
    }
    return counts;
  }

  /**
   * Up to this many rows between the first and last change are always diffed; a longer stretch
   * only when {@link #mostlyShared} (a diff costs rows × changes, so a list made afresh, where
   * everything changed, is replaced as one block instead).
   */
  private static final int MAX_DIFF = 4_000;

  /**
   * Whether two long stretches hold mostly the same rows, judged by looking up a few rows of the
   * first near their place in the second: true after an edit's re-check (a few rows come or go
   * between two far-apart changes), false after a fresh analysis (all rows are new objects).
   */
  private static boolean mostlyShared(List<Object> before, List<Object> after) {
    int samples = 16;
    int window = 256 + Math.abs(after.size() - before.size());
    int found = 0;
    for (int i = 0; i < samples; i++) {
      int at = (int) ((long) i * (before.size() - 1) / (samples - 1));
      Object row = before.get(at);
      int from = Math.max(0, at - window);
      int to = Math.min(after.size(), at + window + 1);
      for (int k = from; k < to; k++) {
        if (after.get(k) == row) {
          found++;
          break;
        }
      }
    }
    return found >= samples * 3 / 4;
  }

  /**
   * Makes {@code current} equal to {@code items} with few changes: rows that are the same object
   * at both ends are kept, the rows between are diffed when there are not too many, or else
   * replaced as one block.
   */
  private void update(ObservableList<Object> current, List<Object> items) {
    int n = current.size();
    int m = items.size();
    int head = 0;
    while (head < n && head < m && same(current.get(head), items.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < n - head && tail < m - head
        && same(current.get(n - 1 - tail), items.get(m - 1 - tail))) {
      tail++;
    }
    List<Object> before = current.subList(head, n - tail);
    List<Object> after = items.subList(head, m - tail);
    if (before.isEmpty() && after.isEmpty()) {
      return;
    }
    Object selected = list.getSelectionModel().getSelectedItem();
    if ((before.size() > MAX_DIFF || after.size() > MAX_DIFF) && !mostlyShared(before, after)) {
      current.remove(head, n - tail);
      current.addAll(head, after);
    } else {
      Patch<Object> patch = DiffUtils.diff(new ArrayList<>(before), after, ConflictPanel::same);
      List<AbstractDelta<Object>> deltas = patch.getDeltas();
      for (int i = deltas.size() - 1; i >= 0; i--) {
        AbstractDelta<Object> d = deltas.get(i);
        int from = head + d.getSource().getPosition();
        List<Object> gone = d.getSource().getLines();
        List<Object> come = d.getTarget().getLines();
        if (gone.size() == come.size()) {
          for (int k = 0; k < come.size(); k++) {
            current.set(from + k, come.get(k));
          }
        } else {
          current.remove(from, from + gone.size());
          current.addAll(from, come);
        }
      }
    }
    if (selected instanceof Conflict c && list.getSelectionModel().getSelectedItem() != selected) {
      // the selected conflict was re-made by the re-check (same content, new object)
      int index = current.indexOf(c);
      if (index >= 0) {
        list.getSelectionModel().select(index);
      }
    }
  }

  /** The same row: the same conflict object, or a group heading with the same count. */
  private static boolean same(Object a, Object b) {
    return a == b || a instanceof Heading && a.equals(b);
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
        return " · " + c.program() + (c.item().isEmpty() ? "" : " · " + c.item());
      }
      if (c.month() != null) {
        return " · " + c.month();
      }
      return c.quarter() == null ? "" : " · " + c.quarter()
          + (c.segment().isEmpty() ? "" : " " + c.segment());
    }
  }
}

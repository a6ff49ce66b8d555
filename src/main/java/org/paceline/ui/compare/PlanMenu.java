package org.paceline.ui.compare;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import org.paceline.edit.CommandStack;
import org.paceline.model.Initiative;
import org.paceline.model.PlanKind;
import org.paceline.model.PlanLineage;
import org.paceline.model.ShiftDuration;
import org.paceline.ui.BackgroundWork;
import org.paceline.ui.board.BoardView;
import org.paceline.ui.board.BoardViewModel;

/**
 * The Plan menu of the board: new scenario, baseline, shift an initiative, compare with another
 * plan, the edit history; and the badge that says a baseline is frozen.
 */
public final class PlanMenu {

  private final BoardView board;
  private final BoardViewModel model;
  private final BackgroundWork work;
  private final CompareViewModel compare;
  private final ComparePanel panel;
  private CompareSide sideTabs;

  private PlanMenu(BoardView board, BoardViewModel model, BackgroundWork work) {
    this.board = board;
    this.model = model;
    this.work = work;
    this.compare = new CompareViewModel(model, work);
    this.panel = new ComparePanel(compare, compare::stop);
    compare.resultProperty().addListener((o, a, r) -> {
      board.timeline().setComparedPlan(r == null ? null : r.other());
      if (a == null && r != null) {
        sideTabs = new CompareSide(panel, board.conflictPanel(), compare.changes());
        board.setSidePanel(sideTabs);
      } else if (a != null && r == null && sideTabs != null) {
        sideTabs.release();
        sideTabs = null;
        board.setSidePanel(null);
      }
    });
  }

  /** Adds the Plan menu and the baseline badge to the board. */
  public static CompareViewModel install(BoardView board, BoardViewModel model,
      BackgroundWork work) {
    PlanMenu m = new PlanMenu(board, model, work);
    board.addMenu(m.menu());
    board.addBanner(m.badge());
    board.setExportCompare(m.compare::view);
    return m.compare;
  }

  private Menu menu() {
    MenuItem scenario = item("New scenario from this plan\u2026", "Shortcut+Shift+S",
        () -> copy(PlanKind.SCENARIO));
    scenario.setId("newScenario");
    scenario.disableProperty().bind(model.workspaceReadOnlyProperty());
    MenuItem baseline = item("Make a baseline (frozen copy)\u2026", null,
        () -> copy(PlanKind.BASELINE));
    baseline.disableProperty().bind(model.workspaceReadOnlyProperty());
    MenuItem shift = item("Shift an initiative\u2026", "Shortcut+Shift+M", this::shift);
    shift.setId("shiftInitiative");
    shift.disableProperty().bind(model.editableProperty().not());
    MenuItem with = item("Compare with\u2026", "Shortcut+Shift+C", this::chooseCompare);
    with.setId("compareWith");
    MenuItem stop = item("Stop comparing", null, compare::stop);
    stop.disableProperty().bind(compare.resultProperty().isNull());
    MenuItem history = item("Edit history\u2026", "Shortcut+H", this::history);
    var kind = model.editor().kindProperty();
    MenuItem adopt = item("Adopt this scenario\u2026", null, this::adopt);
    adopt.setId("adoptScenario");
    adopt.disableProperty().bind(model.workspaceReadOnlyProperty()
        .or(kind.isNotEqualTo(PlanKind.SCENARIO)));
    MenuItem delete = item("Delete scenario\u2026", null, this::delete);
    delete.setId("deleteScenario");
    delete.textProperty().bind(javafx.beans.binding.Bindings.when(
        kind.isEqualTo(PlanKind.BASELINE)).then("Delete baseline\u2026")
        .otherwise("Delete scenario\u2026"));
    delete.disableProperty().bind(model.workspaceReadOnlyProperty()
        .or(kind.isEqualTo(PlanKind.PLAN)));
    Menu menu = new Menu("Plan", null, scenario, baseline, adopt, delete,
        new SeparatorMenuItem(), shift, new SeparatorMenuItem(), with, stop,
        new SeparatorMenuItem(), history);
    menu.setId("planMenu");
    return menu;
  }

  private Label badge() {
    Label badge = new Label();
    badge.setId("baselineBadge");
    badge.getStyleClass().add("baseline-badge");
    badge.getStylesheets().add(PlanMenu.class.getResource("compare.css").toExternalForm());
    badge.setMaxWidth(Double.MAX_VALUE);
    badge.visibleProperty().bind(model.readOnlyReasonProperty().isNotNull());
    badge.managedProperty().bind(badge.visibleProperty());
    BooleanBinding frozen = model.frozenProperty();
    badge.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
      var plan = model.editor().planProperty().get();
      String why = model.readOnlyReasonProperty().get();
      if (plan == null || why == null) {
        return "";
      }
      return !frozen.get() ? "READ ONLY \u00b7 " + why
          : "BASELINE \u00b7 \u2018" + plan.name() + "\u2019 is frozen:"
          + " nothing on this board can change. Plan \u25b8 New scenario from this plan to try"
          + " changes.";
    }, model.editor().planProperty(), model.readOnlyReasonProperty(), frozen));
    return badge;
  }

  private static MenuItem item(String text, String keys, Runnable action) {
    MenuItem m = new MenuItem(text);
    if (keys != null) {
      m.setAccelerator(KeyCombination.keyCombination(keys));
    }
    m.setOnAction(e -> action.run());
    return m;
  }

  private void copy(PlanKind kind) {
    var plan = model.editor().plan();
    if (plan == null) {
      return;
    }
    TextInputDialog d = new TextInputDialog(plan.name() + (kind == PlanKind.BASELINE
        ? " approved " + java.time.LocalDate.now() : " what-if"));
    d.setTitle(kind == PlanKind.BASELINE ? "Make a baseline" : "New scenario");
    d.setHeaderText(kind == PlanKind.BASELINE
        ? "A frozen copy of \u2018" + plan.name() + "\u2019 to compare the year against."
        : "A full copy of \u2018" + plan.name() + "\u2019 to try changes in; the plan itself"
            + " stays as it is.");
    d.setContentText("Name:");
    d.showAndWait().map(String::strip).filter(s -> !s.isEmpty())
        .ifPresent(name -> model.copyPlan(name, kind));
  }

  private void shift() {
    var plan = model.editor().plan();
    if (plan == null || plan.initiatives().isEmpty()) {
      return;
    }
    Dialog<ButtonType> d = new Dialog<>();
    d.setTitle("Shift an initiative");
    d.setHeaderText("Moves the initiative's start and end; months are calendar months.");
    ComboBox<Initiative> which = new ComboBox<>();
    which.getItems().setAll(plan.initiatives());
    which.setCellFactory(v -> new InitiativeCell());
    which.setButtonCell(new InitiativeCell());
    if (model.selectionProperty().get()
        instanceof org.paceline.ui.timeline.TimelineSelection.InitiativeItem ii) {
      plan.initiatives().stream().filter(i -> i.id().equals(ii.id())).findFirst()
          .ifPresent(which::setValue);
    }
    if (which.getValue() == null) {
      which.getSelectionModel().select(0);
    }
    TextField by = new TextField("3m");
    by.setId("shiftBy");
    by.setPromptText("e.g. 3m, -2w, 10d");
    CheckBox programs = new CheckBox("Move its programs with it");
    programs.setSelected(true);
    Label problem = new Label();
    problem.setWrapText(true);
    problem.setMaxWidth(380);
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(10));
    grid.addRow(0, new Label("Initiative"), which);
    grid.addRow(1, new Label("By"), by);
    grid.add(programs, 1, 2);
    grid.add(problem, 0, 3, 2, 1);
    d.getDialogPane().setContent(grid);
    d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    var ok = d.getDialogPane().lookupButton(ButtonType.OK);
    Runnable check = () -> {
      try {
        ShiftDuration.parse(by.getText());
        problem.setText("");
        ok.setDisable(false);
      } catch (IllegalArgumentException e) {
        problem.setText(e.getMessage());
        ok.setDisable(true);
      }
    };
    by.textProperty().addListener((o, a, b) -> check.run());
    check.run();
    Optional<ButtonType> answer = d.showAndWait();
    if (answer.orElse(ButtonType.CANCEL) == ButtonType.OK && which.getValue() != null) {
      model.shiftInitiative(which.getValue().id(), ShiftDuration.parse(by.getText()),
          programs.isSelected());
    }
  }

  /** Asks, then deletes the scenario (or baseline) shown; Edit ▸ Undo brings it back. */
  private void delete() {
    var plan = model.editor().plan();
    if (plan == null) {
      return;
    }
    boolean isBaseline = model.editor().kindProperty().get() == PlanKind.BASELINE;
    String what = isBaseline ? "baseline" : "scenario";
    if (confirm("Delete " + what, "Delete the " + what + " \u2018" + plan.name() + "\u2019?",
        "\u2018" + plan.name() + "\u2019 and everything in it are removed from the workspace;"
            + " the plan it was made from is shown. Edit \u25b8 Undo brings it back whole.",
        "Delete " + what)) {
      compare.stop();
      model.deleteOpenCopy();
    }
  }

  /**
   * Asks, saying what the plan and its baseline will be, then adopts the scenario shown; Edit ▸
   * Undo takes it back.
   */
  private void adopt() {
    var plan = model.editor().plan();
    long id = model.editor().planId();
    if (plan == null) {
      return;
    }
    Task<String[]> names = new Task<>() {
      @Override
      protected String[] call() {
        PlanLineage self = model.editor().lineage().stream().filter(l -> l.id() == id)
            .findFirst().orElseThrow();
        if (self.originName().isEmpty()) {
          throw new IllegalArgumentException("The plan that \u2018" + plan.name()
              + "\u2019 was made from is no longer in the workspace; there is nothing to adopt"
              + " it into.");
        }
        return new String[] {self.originName(),
            model.editor().baselineNameFor(self.originName(), java.time.LocalDate.now())};
      }
    };
    task(names, n -> {
      if (confirm("Adopt this scenario", "Adopt \u2018" + plan.name() + "\u2019 into \u2018"
          + n[0] + "\u2019?", "\u2018" + plan.name() + "\u2019 replaces \u2018" + n[0]
          + "\u2019; the old \u2018" + n[0] + "\u2019 is kept as baseline \u2018" + n[1]
          + "\u2019 and the scenario itself is removed. Edit \u25b8 Undo takes it back.",
          "Adopt")) {
        compare.stop();
        model.adoptOpenScenario(n[0]);
      }
    });
  }

  private <T> void task(Task<T> t, java.util.function.Consumer<T> then) {
    t.setOnSucceeded(e -> then.accept(t.getValue()));
    t.setOnFailed(e -> {
      javafx.scene.control.Alert a = new javafx.scene.control.Alert(
          javafx.scene.control.Alert.AlertType.ERROR, t.getException().getMessage(),
          ButtonType.OK);
      a.setHeaderText(null);
      a.show();
    });
    work.submit(t);
  }

  private static boolean confirm(String title, String header, String text, String yes) {
    ButtonType go = new ButtonType(yes, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    javafx.scene.control.Alert a = new javafx.scene.control.Alert(
        javafx.scene.control.Alert.AlertType.CONFIRMATION, text, go, ButtonType.CANCEL);
    a.setTitle(title);
    a.setHeaderText(header);
    a.getDialogPane().setId("confirmWorkspaceStep");
    a.getDialogPane().setMinWidth(480);
    return a.showAndWait().orElse(ButtonType.CANCEL) == go;
  }

  private void chooseCompare() {
    if (model.editor().plan() == null) {
      return;
    }
    Task<List<PlanLineage>> task = new Task<>() {
      @Override
      protected List<PlanLineage> call() {
        return compare.candidates();
      }
    };
    task.setOnSucceeded(e -> {
      List<PlanLineage> others = task.getValue();
      if (others.isEmpty()) {
        return; // the only plan: nothing to compare with
      }
      ChoiceDialog<PlanLineage> d = new ChoiceDialog<>(others.get(0), others);
      d.setTitle("Compare with");
      d.setHeaderText("Show on the board what changed since another plan: where moved bars"
          + " were, what was added, and which conflicts are new or resolved.");
      d.setContentText("Plan:");
      d.showAndWait().ifPresent(p -> compare.compareWith(p.id()));
    });
    work.submit(task);
  }

  private void history() {
    ListView<CommandStack.Entry> list = new ListView<>(model.editor().commands().history());
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(CommandStack.Entry e, boolean empty) {
        super.updateItem(e, empty);
        setText(empty || e == null ? null : e.undone() ? e.description() + "   (undone)"
            : e.description());
        setStyle(e != null && e.undone() ? "-fx-opacity: 0.55;" : "");
      }
    });
    list.setPlaceholder(new Label("No edits of this plan yet."));
    list.setPrefSize(460, 320);
    Dialog<ButtonType> d = new Dialog<>();
    d.setTitle("Edit history");
    d.setHeaderText("The edits of this plan, oldest first; Undo reverts the last one.");
    d.getDialogPane().setContent(list);
    d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    d.show();
  }

  private static final class InitiativeCell extends ListCell<Initiative> {
    @Override
    protected void updateItem(Initiative i, boolean empty) {
      super.updateItem(i, empty);
      setText(empty || i == null ? null : i.name() + "  (" + i.id() + ", starts " + i.start()
          + ")");
    }
  }
}

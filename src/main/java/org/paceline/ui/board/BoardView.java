package org.paceline.ui.board;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;
import org.paceline.ui.BackgroundWork;
import org.paceline.ui.conflicts.ConflictPanel;
import org.paceline.ui.editor.DetailsPanel;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;

/**
 * The planning board window: menus and toolbars, the timeline, the details of the selection and
 * the conflict list. Only composition and layout: state and edits live in {@link BoardViewModel},
 * what the menus and buttons do in {@link BoardActions}, the menus in {@link BoardMenus}, the
 * filters in {@link FilterBar}.
 */
public final class BoardView extends BorderPane {

  private final BoardViewModel model;
  private final BoardActions actions;
  private final PlanTimeline timeline = new PlanTimeline();
  private final DetailsPanel details;
  private final ConflictPanel conflicts;
  private final org.paceline.ui.orders.DueOrdersPanel dueOrders;
  private final Label status = new Label();
  /** The status bar's badge while the board may not change the plan. */
  public static final String READ_ONLY_BADGE = "Read only";
  private final FilterBar filters;
  private BoardMenus menus;
  private SplitPane side;

  /**
   * @param importer stores an imported plan (off the JavaFX thread) and returns when it is stored
   */
  public BoardView(BoardViewModel model, BackgroundWork work, Consumer<Plan> importer,
      String workspaceText, ViewSettings settings,
      java.util.function.BooleanSupplier systemPrefersDark) {
    this.model = model;
    this.actions = new BoardActions(model, work, importer, settings, systemPrefersDark, timeline,
        () -> getScene().getWindow());
    this.filters = new FilterBar(model, timeline, settings);
    getStyleClass().add("board");
    timeline.setId("timeline");
    timeline.planProperty().bind(model.editor().planProperty());
    timeline.asOfProperty().bind(model.asOfProperty());
    timeline.conflictsProperty().bind(model.conflictsProperty());
    timeline.selectionProperty().bindBidirectional(model.selectionProperty());
    model.dragPreviewProperty().bind(timeline.dragPreviewProperty());
    timeline.setOnProgramChanged(model::moveProgram);
    timeline.editableProperty().bind(model.editableProperty());

    details = new DetailsPanel(model);
    details.setId("details");
    details.editableProperty().bind(model.editableProperty());
    conflicts = new ConflictPanel(model.conflictsProperty(), c -> {
      TimelineSelection s = BoardViewModel.selectionFor(c);
      model.selectionProperty().set(s);
      timeline.reveal(s);
    });
    conflicts.setId("conflicts");
    Runnable showDetails = () -> details.show(model.selectionProperty().get(),
        model.displayedPlan(), model.conflictsProperty().get());
    model.selectionProperty().addListener((o, a, b) -> showDetails.run());
    model.editor().planProperty().addListener((o, a, b) -> {
      if (b != null) {
        filters.planShown(b);
      }
      showDetails.run();
      // the fit needs the timeline's own width: the board may be laid out before it is
      if (b != null) {
        actions.fitYearOnce();
      }
      if (getScene() != null && getScene().getWindow() instanceof Stage st && b != null) {
        st.setTitle(b.name() + " — Paceline");
      }
    });
    model.conflictsProperty().addListener((o, a, b) -> {
      if (model.dragPreviewProperty().get() == null) {
        showDetails.run();
      }
    });
    timeline.widthProperty().addListener((o, a, b) -> actions.fitYearOnce());

    timeline.setOnNewProgram(d -> model.addProgram(d == null ? visibleDay() : d));
    timeline.setOnNewInitiative(d -> model.addInitiative(d == null ? visibleDay() : d, ""));
    timeline.setOnDuplicate(model::duplicateSelected);
    timeline.setOnDelete(model::deleteSelection);
    // a Shift+drag of an initiative: whole weeks when it is, else days; one named undo step
    timeline.setOnInitiativeShifted((i, days) -> model.shiftInitiative(i.id(), days % 7 == 0
        ? new org.paceline.model.ShiftDuration(days / 7,
            org.paceline.model.LeadDuration.Unit.WEEKS)
        : new org.paceline.model.ShiftDuration(days, org.paceline.model.LeadDuration.Unit.DAYS),
        true));

    ScrollPane detailScroll = new ScrollPane(details);
    detailScroll.setFitToWidth(true);
    dueOrders = new org.paceline.ui.orders.DueOrdersPanel(model.editor().planProperty(),
        model.asOfProperty(), work, id -> {
          TimelineSelection s = new TimelineSelection.ProgramItem(id);
          model.selectionProperty().set(s);
          timeline.reveal(s);
        });
    dueOrders.setId("dueOrdersPanel");
    side = new SplitPane(detailScroll, conflicts, dueOrders);
    side.setOrientation(Orientation.VERTICAL);
    side.setDividerPositions(0.42, 0.84);
    SplitPane main = new SplitPane(timeline, side);
    main.setDividerPositions(0.72);
    SplitPane.setResizableWithParent(side, false);
    setCenter(main);
    menus = new BoardMenus(model, actions, timeline);
    setTop(new VBox(menus.bar(), toolbar(), filters));
    setBottom(statusBar(workspaceText));
  }

  /** Adds an item to the File menu, above Quit (the application adds Restore from backup). */
  public void addToFileMenu(MenuItem item) {
    menus.addToFile(item);
  }

  /**
   * Where the exports find the comparison open on the board (null: none), offered as "Changes
   * since ‘B’" in the print and export dialog and the PowerPoint export.
   */
  public void setExportCompare(
      java.util.function.Supplier<org.paceline.layout.CompareView> comparing) {
    actions.setExportCompare(comparing);
  }

  /**
   * Shows a panel beside the board in the conflict list's place, where it has the most room (it
   * may hold the list itself, e.g. in a tab); null puts the conflict list back. A panel that holds
   * the list must let go of it before it is removed.
   */
  public void setSidePanel(javafx.scene.Node panel) {
    javafx.scene.Node now = (javafx.scene.Node) getProperties().remove("sidePanel");
    int at = side.getItems().indexOf(now != null ? now : conflicts);
    if (panel != null) {
      getProperties().put("sidePanel", panel);
    }
    side.getItems().set(at, panel != null ? panel : conflicts);
    // while comparing, the details give the compared panel more room
    side.setDividerPositions(panel != null ? new double[] {0.24, 0.86}
        : new double[] {0.42, 0.84});
  }

  /** Adds a line under the toolbars (the baseline badge). */
  public void addBanner(javafx.scene.Node banner) {
    ((VBox) getTop()).getChildren().add(banner);
  }

  /** Adds a menu at the end of the menu bar (the application adds Help). */
  public void addMenu(Menu menu) {
    menus.add(menu);
  }

  /** Applies the theme remembered in the settings (System unless chosen otherwise). */
  public void applySavedTheme() {
    actions.applyTheme(actions.savedTheme());
  }

  private ToolBar toolbar() {
    ComboBox<PlanSummary> plans = new ComboBox<>(model.plans());
    plans.setId("planChooser");
    plans.valueProperty().bindBidirectional(model.currentProperty());
    plans.setCellFactory(v -> new PlanCell());
    plans.setButtonCell(new PlanCell());
    plans.setPrefWidth(260);
    plans.setTooltip(new Tooltip("Switch to another plan of this workspace"));
    Button newPlan = button("New plan…", "Create an empty plan (Ctrl+Shift+N)", actions::newPlan);
    newPlan.setId("newPlanButton");
    newPlan.disableProperty().bind(model.workspaceReadOnlyProperty());
    Button add = button("+ Program", "Add a program (Ctrl+N)", actions::addProgram);
    add.setId("addProgramButton");
    add.disableProperty().bind(model.editableProperty().not());
    Button undo = button("Undo", "Undo the last change (Ctrl+Z)", model::undo);
    undo.setId("undoButton");
    undo.disableProperty().bind(model.undoableProperty().not());
    Button redo = button("Redo", "Redo (Ctrl+Shift+Z)", model::redo);
    redo.disableProperty().bind(model.redoableProperty().not());
    Button zoomOut = button("−", "Zoom out (Ctrl+−, or Ctrl+scroll)", actions::zoomOut);
    Button zoomIn = button("+", "Zoom in (Ctrl+=, or Ctrl+scroll)", actions::zoomIn);
    Button fitYear = button("Fiscal year", "Fit the current fiscal year (Ctrl+0)",
        actions::fitYear);
    Button fitPlan = button("Whole plan", "Fit the whole plan (Ctrl+9)", actions::fitPlan);
    return new ToolBar(plans, newPlan, new Separator(), add, undo, redo, new Separator(),
        zoomOut, zoomIn, fitYear, fitPlan, new Separator(), new Label("As of"), asOfPicker());
  }

  private static Button button(String text, String tip, Runnable action) {
    Button b = new Button(text);
    b.setTooltip(new Tooltip(tip));
    b.setOnAction(e -> action.run());
    b.setFocusTraversable(false);
    return b;
  }

  private HBox statusBar(String workspaceText) {
    ProgressBar progress = new ProgressBar();
    progress.setPrefWidth(120);
    progress.visibleProperty().bind(model.busyProperty().isEqualTo(true));
    status.textProperty().bind(Bindings.when(model.statusProperty().isEmpty())
        .then(Bindings.concat(workspaceText + "   ·   ", Bindings.when(
            model.readOnlyReasonProperty().isNull()).then("Every change is saved at once.")
            .otherwise(model.readOnlyReasonProperty())))
        .otherwise(model.statusProperty()));
    status.setId("statusText");
    // a refusal's whole sentence stays readable in a narrow window: it wraps to a second line
    status.setWrapText(true);
    status.setMaxWidth(Double.MAX_VALUE);
    status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    HBox.setHgrow(status, javafx.scene.layout.Priority.ALWAYS);
    Label badge = new Label(READ_ONLY_BADGE);
    badge.setId("readOnlyBadge");
    badge.getStyleClass().add("read-only-badge");
    badge.setStyle("-fx-background-color: -color-warning-subtle; -fx-text-fill: -color-warning-fg;"
        + " -fx-padding: 1 8 1 8; -fx-background-radius: 8;");
    badge.visibleProperty().bind(model.readOnlyReasonProperty().isNotNull());
    badge.managedProperty().bind(badge.visibleProperty());
    HBox bar = new HBox(10, badge, status, progress);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(3, 10, 3, 10));
    bar.getStyleClass().add("status-bar");
    return bar;
  }

  /** Fits the fiscal year that contains today (or the plan's first one). */
  public void fitYear() {
    actions.fitYear();
  }

  /** Fits everything the plan holds. */
  public void fitPlan() {
    actions.fitPlan();
  }

  /**
   * The board exactly as it is on screen, at 1×, 2× or 3×, as a PNG for a slide. Written through
   * a temporary file like every export.
   */
  public void exportVisible(Path file, int scale) {
    actions.exportVisible(file, scale);
  }

  /** The print and export dialog, with the board's current filters and remembered choices. */
  public void printDialog() {
    actions.printDialog();
  }

  private LocalDate visibleDay() {
    return actions.visibleDay();
  }

  /** The day the plan is checked: today, changeable for "what is overdue by the 15th?". */
  private javafx.scene.control.DatePicker asOfPicker() {
    javafx.scene.control.DatePicker picker = new javafx.scene.control.DatePicker();
    picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
        java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, null));
    picker.setPromptText("yyyy-mm-dd");
    picker.setId("asOf");
    picker.setPrefWidth(150);
    picker.valueProperty().bindBidirectional(model.asOfProperty());
    picker.setTooltip(new Tooltip("The day orders are checked: today unless you pick another"
        + " (\u201cwhat will be overdue by the meeting?\u201d)"));
    return picker;
  }

  /** The "Due to order" panel, for the window's tests. */
  public org.paceline.ui.orders.DueOrdersPanel dueOrdersPanel() {
    return dueOrders;
  }

  /** File → Export → PowerPoint to {@code file} without the file chooser, for the tests. */
  public Task<?> exportDeck(Path file) {
    return actions.exportDeck(file);
  }

  /** The timeline, for the window's tests. */
  public PlanTimeline timeline() {
    return timeline;
  }

  /** The conflict list, for the window's tests. */
  public ConflictPanel conflictPanel() {
    return conflicts;
  }

  /** The details panel, for the window's tests. */
  public DetailsPanel detailsPanel() {
    return details;
  }

  private static final class PlanCell extends ListCell<PlanSummary> {
    @Override
    protected void updateItem(PlanSummary p, boolean empty) {
      super.updateItem(p, empty);
      setText(empty || p == null ? null : p.name());
    }
  }
}

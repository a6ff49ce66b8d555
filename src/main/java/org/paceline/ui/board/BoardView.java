package org.paceline.ui.board;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.paceline.analysis.FiscalCalendar;
import org.paceline.io.export.CsvPlanWriter;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.PlanImportException;
import org.paceline.io.imports.PlanImporter;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.model.PlanSummary;
import org.paceline.model.Program;
import org.paceline.ui.BackgroundWork;
import org.paceline.ui.conflicts.ConflictPanel;
import org.paceline.ui.editor.DetailsPanel;
import org.paceline.model.Grouping;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;

/**
 * The planning board window: menus and toolbar, the timeline, the details of the selection and
 * the conflict list. A thin view; state and edits live in {@link BoardViewModel}.
 */
public final class BoardView extends BorderPane {

  private final BoardViewModel model;
  private final BackgroundWork work;
  private final Consumer<Plan> importer;
  private final PlanTimeline timeline = new PlanTimeline();
  private final DetailsPanel details;
  private final ConflictPanel conflicts;
  private final org.paceline.ui.orders.DueOrdersPanel dueOrders;
  private final Label status = new Label();
  /** The status bar's badge while the board may not change the plan. */
  public static final String READ_ONLY_BADGE = "Read only";
  private MenuBar menuBar;
  private SplitPane side;
  private boolean fitted;
  private final ViewSettings viewSettings;
  private final java.util.function.BooleanSupplier systemPrefersDark;
  private final ComboBox<String> kindFilter = filterBox("All kinds", "kindFilter");
  private final ComboBox<String> statusFilter = filterBox("All statuses", "statusFilter");
  private final ComboBox<String> ownerFilter = filterBox("All owners", "ownerFilter");
  private final ComboBox<String> segmentFilter = filterBox("All segments", "segmentFilter");
  private final TextField search = new TextField();
  private final ComboBox<Grouping> group = new ComboBox<>();
  private long filtersFor = -1;
  private boolean restoring;

  /**
   * @param importer stores an imported plan (off the JavaFX thread) and returns when it is stored
   */
  public BoardView(BoardViewModel model, BackgroundWork work, Consumer<Plan> importer,
      String workspaceText, ViewSettings settings,
      java.util.function.BooleanSupplier systemPrefersDark) {
    this.model = model;
    this.viewSettings = settings;
    this.systemPrefersDark = systemPrefersDark;
    this.work = work;
    this.importer = importer;
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
        planShown(b);
      }
      showDetails.run();
      // the fit needs the timeline's own width: the board may be laid out before it is
      if (b != null && !fitted && timeline.getWidth() > 0) {
        fitYear();
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
    timeline.widthProperty().addListener((o, a, b) -> {
      if (!fitted && model.editor().plan() != null && b.doubleValue() > 0) {
        fitYear();
      }
    });

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
    menuBar = menus();
    setTop(new VBox(menuBar, toolbar(), filterBar()));
    setBottom(statusBar(workspaceText));
  }

  private MenuBar menus() {
    MenuItem newPlan = item("New plan…", "Shortcut+Shift+N", this::newPlan);
    MenuItem importPlan = item("Import plan…", "Shortcut+I", this::importPlan);
    MenuItem exportCsv = item("Export as CSV files…", null, () -> exportPlan(false));
    MenuItem exportXlsx = item("Export as Excel workbook…", "Shortcut+E", () -> exportPlan(true));
    MenuItem print = item("Print and export…", "Shortcut+P", this::printDialog);
    MenuItem deck = item("PowerPoint…", null, () -> java.util.Optional.ofNullable(
        model.editor().plan()).ifPresent(p -> DeckExport.chooseAndExport(getScene().getWindow(),
        exportCompare.get(),
            p, work)));
    deck.setId("exportPowerPoint");
    Menu export = new Menu("Export", null, deck);
    MenuItem visible = item("Export visible board as PNG…", null, () -> {
      FileChooser chooser = new FileChooser();
      chooser.setInitialFileName("board.png");
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
      File f = chooser.showSaveDialog(getScene().getWindow());
      if (f != null) {
        exportVisible(f.toPath(), 2);
      }
    });
    MenuItem quit = item("Quit", "Shortcut+Q", () -> getScene().getWindow().hide());
    newPlan.disableProperty().bind(model.workspaceReadOnlyProperty());
    importPlan.disableProperty().bind(model.workspaceReadOnlyProperty());
    Menu file = new Menu("File", null, newPlan, new SeparatorMenuItem(), importPlan, exportCsv,
        exportXlsx, print, visible, export, new SeparatorMenuItem(), quit);

    MenuItem undo = item("Undo", "Shortcut+Z", model::undo);
    undo.textProperty().bind(Bindings.when(model.editor().commands().canUndoProperty())
        .then(Bindings.concat("Undo ", model.editor().commands().undoTextProperty()))
        .otherwise("Undo"));
    undo.disableProperty().bind(model.undoableProperty().not());
    MenuItem redo = item("Redo", "Shortcut+Shift+Z", model::redo);
    redo.textProperty().bind(Bindings.when(model.editor().commands().canRedoProperty())
        .then(Bindings.concat("Redo ", model.editor().commands().redoTextProperty()))
        .otherwise("Redo"));
    redo.disableProperty().bind(model.redoableProperty().not());
    MenuItem redoY = item("Redo (again)", "Shortcut+Y", model::redo);
    redoY.setVisible(false);
    MenuItem add = item("New program", "Shortcut+N", this::addProgram);
    MenuItem dup = item("Duplicate program", "Shortcut+D", model::duplicateSelected);
    MenuItem addInitiative = item("New initiative", "Shortcut+Shift+I",
        () -> model.addInitiative(visibleDay(), ""));
    MenuItem del = item("Delete selection", "Delete", model::deleteSelection);
    MenuItem settings = item("Plan settings…", "Shortcut+Comma", this::editSettings);
    for (MenuItem i : List.of(redoY, add, dup, addInitiative, del, settings)) {
      i.disableProperty().bind(model.editableProperty().not());
    }
    Menu edit = new Menu("Edit", null, undo, redo, redoY, new SeparatorMenuItem(), add, dup,
        addInitiative, del, new SeparatorMenuItem(), settings);

    MenuItem zoomIn = item("Zoom in", "Shortcut+Equals", () -> timeline.zoom(1.4, width() / 2));
    MenuItem zoomOut = item("Zoom out", "Shortcut+Minus", () -> timeline.zoom(1 / 1.4, width() / 2));
    MenuItem fitYear = item("Fit fiscal year", "Shortcut+0", this::fitYear);
    MenuItem fitPlan = item("Fit plan", "Shortcut+9", this::fitPlan);
    CheckMenuItem cancelled = new CheckMenuItem("Show cancelled programs");
    cancelled.selectedProperty().bindBidirectional(timeline.showCancelledProperty());
    Menu theme = new Menu("Theme");
    javafx.scene.control.ToggleGroup themes = new javafx.scene.control.ToggleGroup();
    for (String name : List.of("System", "Light", "Dark")) {
      javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(name);
      item.setToggleGroup(themes);
      item.setSelected(name.equalsIgnoreCase(viewSettings.load(ViewSettings.GLOBAL, "app")
          .getOrDefault("theme", "System")));
      item.setOnAction(e -> {
        viewSettings.save(ViewSettings.GLOBAL, "app", java.util.Map.of("theme", name));
        applyTheme(name);
      });
      theme.getItems().add(item);
    }
    CheckMenuItem dark = new CheckMenuItem("Dark theme");
    dark.selectedProperty().addListener((o, a, b) -> applyTheme(b ? "Dark" : "Light"));
    dark.setVisible(false); // a quick toggle for keyboard users: Ctrl+Shift+D
    dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
    Menu view = new Menu("View", null, zoomIn, zoomOut, fitYear, fitPlan, new SeparatorMenuItem(),
        cancelled, theme, dark);
    MenuBar bar = new MenuBar(file, edit, view);
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  /** Adds an item to the File menu, above Quit (the application adds Restore from backup). */
  public void addToFileMenu(MenuItem item) {
    Menu file = menuBar.getMenus().get(0);
    int quit = file.getItems().size() - 1;
    file.getItems().add(quit - 1, item);
  }

  /**
   * Where the exports find the comparison open on the board (null: none), offered as "Changes
   * since ‘B’" in the print and export dialog and the PowerPoint export.
   */
  public void setExportCompare(
      java.util.function.Supplier<org.paceline.layout.CompareView> comparing) {
    exportCompare = java.util.Objects.requireNonNull(comparing);
  }

  private java.util.function.Supplier<org.paceline.layout.CompareView> exportCompare =
      () -> null;

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
    menuBar.getMenus().add(menu);
  }

  /** Light, Dark, or System (what the operating system prefers, asked off the FX thread). */
  private void applyTheme(String name) {
    if (name.equals("System")) {
      Task<Boolean> ask = new Task<>() {
        @Override
        protected Boolean call() {
          return systemPrefersDark.getAsBoolean();
        }
      };
      ask.setOnSucceeded(e -> applyTheme(ask.getValue() ? "Dark" : "Light"));
      work.submit(ask);
      return;
    }
    Application.setUserAgentStylesheet(name.equals("Dark")
        ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
  }

  /** Applies the theme remembered in the settings (System unless chosen otherwise). */
  public void applySavedTheme() {
    applyTheme(viewSettings.load(ViewSettings.GLOBAL, "app").getOrDefault("theme", "System"));
  }

  private static MenuItem item(String text, String keys, Runnable action) {
    MenuItem m = new MenuItem(text);
    if (keys != null) {
      m.setAccelerator(KeyCombination.keyCombination(keys));
    }
    m.setOnAction(e -> action.run());
    return m;
  }

  private ToolBar toolbar() {
    ComboBox<PlanSummary> plans = new ComboBox<>(model.plans());
    plans.setId("planChooser");
    plans.valueProperty().bindBidirectional(model.currentProperty());
    plans.setCellFactory(v -> new PlanCell());
    plans.setButtonCell(new PlanCell());
    plans.setPrefWidth(260);
    plans.setTooltip(new Tooltip("Switch to another plan of this workspace"));
    Button newPlan = button("New plan…", "Create an empty plan (Ctrl+Shift+N)", this::newPlan);
    newPlan.setId("newPlanButton");
    newPlan.disableProperty().bind(model.workspaceReadOnlyProperty());
    Button add = button("+ Program", "Add a program (Ctrl+N)", this::addProgram);
    add.setId("addProgramButton");
    add.disableProperty().bind(model.editableProperty().not());
    Button undo = button("Undo", "Undo the last change (Ctrl+Z)", model::undo);
    undo.setId("undoButton");
    undo.disableProperty().bind(model.undoableProperty().not());
    Button redo = button("Redo", "Redo (Ctrl+Shift+Z)", model::redo);
    redo.disableProperty().bind(model.redoableProperty().not());
    Button zoomOut = button("−", "Zoom out (Ctrl+−, or Ctrl+scroll)",
        () -> timeline.zoom(1 / 1.4, width() / 2));
    Button zoomIn = button("+", "Zoom in (Ctrl+=, or Ctrl+scroll)",
        () -> timeline.zoom(1.4, width() / 2));
    Button fitYear = button("Fiscal year", "Fit the current fiscal year (Ctrl+0)", this::fitYear);
    Button fitPlan = button("Whole plan", "Fit the whole plan (Ctrl+9)", this::fitPlan);
    return new ToolBar(plans, newPlan, new Separator(), add, undo, redo, new Separator(),
        zoomOut, zoomIn, fitYear, fitPlan, new Separator(), new Label("As of"), asOfPicker());
  }

  /** Grouping and filters: segment, kind, owner, status and text; remembered per plan. */
  private ToolBar filterBar() {
    group.getItems().setAll(Grouping.values());
    group.valueProperty().bindBidirectional(timeline.groupingProperty());
    group.setTooltip(new Tooltip("Group the marketing programs by"));
    search.setId("textFilter");
    search.setPromptText("Filter by name, id, owner…");
    search.setPrefColumnCount(16);
    CheckBox cancelled = new CheckBox("Show cancelled");
    cancelled.selectedProperty().bindBidirectional(timeline.showCancelledProperty());
    for (var o : List.of(kindFilter.valueProperty(), statusFilter.valueProperty(),
        ownerFilter.valueProperty(), segmentFilter.valueProperty(), search.textProperty(),
        group.valueProperty(), timeline.showCancelledProperty())) {
      o.addListener((x, a, b) -> filtersChanged());
    }
    Button clear = button("Clear filters", "Show every program", () -> {
      kindFilter.setValue(kindFilter.getItems().get(0));
      statusFilter.setValue(statusFilter.getItems().get(0));
      ownerFilter.setValue(ownerFilter.getItems().get(0));
      segmentFilter.setValue(segmentFilter.getItems().get(0));
      search.clear();
    });
    return new ToolBar(new Label("Group by"), group, new Separator(), segmentFilter, kindFilter,
        ownerFilter, statusFilter, search, clear, cancelled);
  }

  private static ComboBox<String> filterBox(String all, String id) {
    ComboBox<String> c = new ComboBox<>();
    c.getItems().setAll(all);
    c.setValue(all);
    c.setId(id);
    return c;
  }

  private static String chosen(ComboBox<String> c) {
    return c.getValue() == null || c.getValue().equals(c.getItems().get(0)) ? null : c.getValue();
  }

  private void filtersChanged() {
    Plan plan = model.editor().plan();
    String kind = chosen(kindFilter);
    String status = chosen(statusFilter);
    String owner = chosen(ownerFilter);
    String segment = chosen(segmentFilter);
    String q = search.getText().trim().toLowerCase(Locale.ROOT);
    java.util.Map<String, String> segments = new java.util.HashMap<>();
    if (plan != null) {
      plan.initiatives().forEach(i -> segments.put(i.id(), i.segment()));
    }
    timeline.setFilter(p -> (kind == null || p.kind().code().equals(kind))
        && (status == null || p.status().code().equals(status))
        && (owner == null || p.owner().equals(owner))
        && (segment == null || segment.equalsIgnoreCase(segments.getOrDefault(p.supports(), "")))
        && (q.isEmpty() || matches(p, q)));
    if (!restoring && filtersFor >= 0) {
      java.util.Map<String, String> v = new java.util.HashMap<>();
      v.put("grouping", timeline.getGrouping().name());
      v.put("showCancelled", String.valueOf(timeline.isShowCancelled()));
      v.put("text", search.getText());
      if (kind != null) {
        v.put("kind", kind);
      }
      if (status != null) {
        v.put("status", status);
      }
      if (owner != null) {
        v.put("owner", owner);
      }
      if (segment != null) {
        v.put("segment", segment);
      }
      viewSettings.save(filtersFor, "board", v);
    }
  }

  /** Fills the filter choices from the plan and restores the plan's remembered choices. */
  private void planShown(Plan plan) {
    restoring = true;
    try {
      fill(kindFilter, plan.programs().stream().map(p -> p.kind().code()));
      fill(statusFilter, plan.programs().stream().map(p -> p.status().code()));
      fill(ownerFilter, plan.programs().stream().map(Program::owner).filter(o -> !o.isEmpty()));
      fill(segmentFilter, plan.initiatives().stream().map(i -> i.segment())
          .filter(x -> !x.isEmpty()));
      long id = model.editor().planId();
      if (id != filtersFor) {
        filtersFor = id;
        java.util.Map<String, String> v = viewSettings.load(id, "board");
        restore(kindFilter, v.get("kind"));
        restore(statusFilter, v.get("status"));
        restore(ownerFilter, v.get("owner"));
        restore(segmentFilter, v.get("segment"));
        search.setText(v.getOrDefault("text", ""));
        timeline.setShowCancelled(Boolean.parseBoolean(v.getOrDefault("showCancelled", "false")));
        try {
          timeline.setGrouping(Grouping.valueOf(v.getOrDefault("grouping", "INITIATIVE")));
        } catch (IllegalArgumentException e) {
          timeline.setGrouping(Grouping.INITIATIVE);
        }
      }
    } finally {
      restoring = false;
    }
    filtersChanged();
  }

  private static void fill(ComboBox<String> c, java.util.stream.Stream<String> values) {
    String keep = c.getValue();
    String all = c.getItems().get(0);
    List<String> items = new java.util.ArrayList<>();
    items.add(all);
    values.distinct().sorted(String.CASE_INSENSITIVE_ORDER).forEach(items::add);
    if (!items.equals(c.getItems())) {
      c.getItems().setAll(items);
    }
    c.setValue(items.contains(keep) ? keep : all);
  }

  private static void restore(ComboBox<String> c, String value) {
    c.setValue(value != null && c.getItems().contains(value) ? value : c.getItems().get(0));
  }

  private static boolean matches(Program p, String q) {
    return p.name().toLowerCase(Locale.ROOT).contains(q)
        || p.owner().toLowerCase(Locale.ROOT).contains(q)
        || p.id().toLowerCase(Locale.ROOT).contains(q);
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

  private double width() {
    return Math.max(200, timeline.getWidth() - 240);
  }

  /** Fits the fiscal year that contains today (or the plan's first one). */
  public void fitYear() {
    Plan plan = model.editor().plan();
    if (plan == null) {
      return;
    }
    fitted = true;
    FiscalCalendar cal = FiscalCalendar.of(plan.settings());
    int fy = plan.targets().isEmpty()
        ? cal.fiscalYearOf(LocalDate.now())
        : plan.targets().stream().mapToInt(t -> t.quarter().fiscalYear()).min().getAsInt();
    timeline.fit(cal.startOfYear(fy), cal.endOfYear(fy), width());
  }

  /** Fits everything the plan holds. */
  public void fitPlan() {
    Plan plan = model.editor().plan();
    if (plan == null || plan.programs().isEmpty()) {
      fitYear();
      return;
    }
    LocalDate from = plan.programs().stream().map(Program::start).min(LocalDate::compareTo).get();
    LocalDate to = plan.programs().stream().map(Program::end).max(LocalDate::compareTo).get();
    timeline.fit(from, to, width());
  }

  private void addProgram() {
    model.addProgram(visibleDay());
  }

  private void newPlan() {
    new PlanSettingsDialog(getScene().getWindow(), PlanSettings.defaults("New plan"), true).ask()
        .ifPresent(s -> {
      fitted = false;
      model.createPlan(s);
    });
  }

  /**
   * The board exactly as it is on screen, at 1×, 2× or 3×, as a PNG for a slide. Written through
   * a temporary file like every export.
   */
  public void exportVisible(Path file, int scale) {
    javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
    params.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
    javafx.scene.image.WritableImage image = timeline.snapshot(params, null);
    java.awt.image.BufferedImage buffered = javafx.embed.swing.SwingFXUtils.fromFXImage(image,
        null);
    Task<Void> task = new Task<>() {
      @Override
      protected Void call() throws Exception {
        org.paceline.files.AtomicFiles.write(file,
            out -> javax.imageio.ImageIO.write(buffered, "png", out));
        return null;
      }
    };
    task.setOnFailed(e -> new Alert(Alert.AlertType.ERROR, "The image was not written: "
        + task.getException().getMessage()).show());
    work.submit(task);
  }

  /** The print and export dialog, with the board's current filters and remembered choices. */
  public void printDialog() {
    Plan plan = model.editor().plan();
    if (plan == null) {
      return;
    }
    long id = model.editor().planId();
    var dialog = new org.paceline.ui.print.PrintDialog(getScene().getWindow(), plan,
        timeline.filterProperty().get(), work, viewSettings.load(id, "print"),
        v -> viewSettings.save(id, "print", v));
    dialog.offerCompare(exportCompare.get());
    dialog.show();
  }

  private void editSettings() {
    Plan plan = model.editor().plan();
    if (plan != null) {
      PlanSettingsDialog d = new PlanSettingsDialog(getScene().getWindow(), plan.settings(),
          false, plan.holidays());
      d.ask().ifPresent(settings -> {
        model.changeSettings(settings);
        model.changeHolidays(d.holidays());
      });
    }
  }

  private LocalDate visibleDay() {
    return timeline.getOrigin().plusDays((long) (width() / 3 / timeline.getPixelsPerDay()));
  }

  private void importPlan() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Import a plan (an Excel workbook; cancel to choose a folder of CSV files)");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
    File file = chooser.showOpenDialog(getScene().getWindow());
    if (file == null) {
      DirectoryChooser dir = new DirectoryChooser();
      dir.setTitle("Import a plan from a folder of CSV files");
      file = dir.showDialog(getScene().getWindow());
    }
    if (file == null) {
      return;
    }
    Path path = file.toPath();
    Task<Plan> task = new Task<>() {
      @Override
      protected Plan call() throws Exception {
        updateMessage("Importing " + path.getFileName() + "…");
        Plan plan = PlanImporter.read(path);
        importer.accept(plan);
        return plan;
      }
    };
    task.setOnSucceeded(e -> {
      fitted = false;
      model.refresh(-1);
    });
    task.setOnFailed(e -> {
      Throwable t = task.getException();
      Alert alert = new Alert(Alert.AlertType.ERROR);
      alert.initOwner(getScene().getWindow());
      alert.setTitle("Import");
      alert.setHeaderText(path.getFileName() + " was not imported; nothing was changed.");
      if (t instanceof PlanImportException pie) {
        TextArea list = new TextArea(String.join("\n",
            pie.problems().stream().map(Object::toString).toList()));
        list.setEditable(false);
        list.setWrapText(true);
        alert.setContentText(pie.problems().size() + " problems to fix:");
        alert.getDialogPane().setExpandableContent(list);
        alert.getDialogPane().setExpanded(true);
      } else {
        alert.setContentText(t == null ? "Unknown error" : t.getMessage());
      }
      alert.show();
    });
    work.submit(task);
  }

  private void exportPlan(boolean xlsx) {
    Plan plan = model.editor().plan();
    if (plan == null) {
      return;
    }
    File target;
    if (xlsx) {
      FileChooser chooser = new FileChooser();
      chooser.setInitialFileName(plan.name() + ".xlsx");
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook",
          "*.xlsx"));
      target = chooser.showSaveDialog(getScene().getWindow());
    } else {
      target = new DirectoryChooser().showDialog(getScene().getWindow());
    }
    if (target == null) {
      return;
    }
    Path path = target.toPath();
    Task<Void> task = new Task<>() {
      @Override
      protected Void call() throws Exception {
        if (xlsx) {
          XlsxPlanWriter.write(plan, path);
        } else {
          CsvPlanWriter.write(plan, path);
        }
        return null;
      }
    };
    task.setOnSucceeded(e -> new Alert(Alert.AlertType.INFORMATION,
        "Exported \u201c" + plan.name() + "\u201d to " + path).show());
    task.setOnFailed(e -> new Alert(Alert.AlertType.ERROR, "The export failed: "
        + task.getException().getMessage()).show());
    work.submit(task);
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
    return DeckExport.export(getScene().getWindow(), model.editor().plan(),
        exportCompare.get(), file, work);
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

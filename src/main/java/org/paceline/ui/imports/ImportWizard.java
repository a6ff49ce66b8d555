package org.paceline.ui.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;
import org.paceline.io.imports.PlanImportException;
import org.paceline.io.imports.SheetCell;
import org.paceline.io.imports.SheetRow;
import org.paceline.io.imports.WorkbookReader;
import org.paceline.io.imports.foreign.Audience;
import org.paceline.io.imports.foreign.Field;
import org.paceline.io.imports.foreign.ForeignImportException;
import org.paceline.io.imports.foreign.ForeignTableReader;
import org.paceline.io.imports.foreign.ProjectFileReader;
import org.paceline.io.imports.foreign.SourceTable;
import org.paceline.io.imports.foreign.TableLoader;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.ui.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File → Import a table or schedule: a wizard over a spreadsheet or CSV that is not in the plan
 * format, or over a project schedule (MS Project, GanttProject… read as {@code paceline import}
 * reads them, on one page that shows what will come in).
 * Sheet → a preview of the first rows, each column with a field chosen from a drop-down
 * (pre-filled by the choices saved for a file with the same headers, else by the proposal) →
 * the kinds and statuses found, each mapped to Paceline's word → a summary with every row that
 * will be skipped → Finish stores the programs. Reading the file, checking the rows and storing
 * them run as background tasks with a progress indicator and a Cancel that changes nothing. It
 * reads with the same {@link ForeignTableReader} as {@code paceline import}.
 */
public final class ImportWizard {

  /** Stores what the wizard read, off the JavaFX thread, all or nothing. */
  public interface Store {
    /**
     * Stores {@code result} in one transaction, asking {@code cancelled} between batches: once
     * it says so, everything rolls back and a {@link java.util.concurrent.CancellationException}
     * is thrown.
     *
     * @throws Refused for a reason the user can act on (a name taken, a frozen plan)
     */
    void store(ForeignTableReader.Result result, Target target,
        java.util.function.BooleanSupplier cancelled) throws Exception;

    /** The plans the programs may be added to, by name (read without the database). */
    default List<String> plans() {
      return List.of();
    }
  }

  /** Where the programs go: a new plan of that name, or the existing plan of that name. */
  public record Target(String newPlan, String existingPlan) {}

  /** A store refused for a reason the user can act on; its message says what and what to do. */
  public static final class Refused extends Exception {
    public Refused(String message) {
      super(message);
    }
  }

  /** The first choice of "Import into". */
  static final String NEW_PLAN = "a new plan named";

  static final String NONE = "—";
  static final String AUTOMATIC = "(as read)";
  static final int PREVIEW_ROWS = 12;
  /** The date-order choices, as the drop-down shows them and as {@code --date-order} says. */
  static final List<String> DATE_ORDER_WORDS = List.of("decide from the dates",
      "month first (03/15/2027)", "day first (15/03/2027)");
  static final List<String> DATE_ORDER_CODES = List.of("", "mdy", "dmy");

  private static final Logger LOG = LoggerFactory.getLogger(ImportWizard.class);

  /** The store task's steps: a cancel is honoured only before the write begins. */
  private static final int WAITING = 0;
  private static final int WRITING = 1;
  private static final int CANCELLED = 2;

  private final Path file;
  private final BackgroundWork work;
  private final SavedMappings savedMappings;
  private final Store store;
  private final Consumer<String> done;
  private final Wizard wizard;

  private final ComboBox<String> sheet = new ComboBox<>();
  private final GridPane grid = new GridPane();
  private final Map<Integer, ComboBox<String>> fieldChoice = new LinkedHashMap<>();
  private final ComboBox<String> dateOrder = new ComboBox<>();
  private final TextField saveAs = new TextField();
  private final Label savedNote = new Label();
  private final VBox valuesBox = new VBox(8);
  private final ComboBox<String> defaultKind = new ComboBox<>();
  private final Map<String, ComboBox<String>> kindChoice = new LinkedHashMap<>();
  private final Map<String, ComboBox<String>> statusChoice = new LinkedHashMap<>();
  private final Label summary = new Label();
  private final TextArea skipped = new TextArea();
  private final Busy readingBusy = new Busy();
  private final Busy checkingBusy = new Busy();
  private final ComboBox<String> into = new ComboBox<>();
  private final TextField planName = new TextField();
  private final java.util.concurrent.atomic.AtomicBoolean cancelWrite =
      new java.util.concurrent.atomic.AtomicBoolean();
  /** A project schedule (MS Project, GanttProject…): one page, no columns to map. */
  private final boolean schedule;
  private final CheckBox summariesAsInitiatives =
      new CheckBox("Summary tasks become initiatives");

  private WizardPane sheetPage;
  private WizardPane summaryPage;
  private WizardPane entered;
  private String loadedSheet;
  private SourceTable table;
  private ForeignTableReader.Result proposal;
  private SavedMappings.Mapping saved;
  private ForeignTableReader.Result result;
  private Task<?> running;
  private final AtomicInteger storeState = new AtomicInteger(WAITING);

  /**
   * @param savedMappings where named choices are kept (null: none are offered or saved)
   * @param done told, on the JavaFX thread, the outcome in words once the import is stored,
   *     refused or cancelled
   */
  public ImportWizard(Object owner, Path file, BackgroundWork work, SavedMappings savedMappings,
      Store store, Consumer<String> done) throws PlanImportException, ForeignImportException {
    this.file = file;
    this.work = work;
    this.savedMappings = savedMappings;
    this.store = store;
    this.done = done;
    this.wizard = new Wizard(owner, "Import " + file.getFileName());
    this.schedule = ProjectFileReader.isProjectName(file);
    defaultKind.getItems().setAll(codes(ProgramKind.values()));
    defaultKind.setValue(ProgramKind.CAMPAIGN.code());
    defaultKind.setId("importDefaultKind");
    into.getItems().add(NEW_PLAN);
    into.getItems().addAll(store.plans());
    into.setValue(NEW_PLAN);
    into.setId("importInto");
    planName.setId("importPlanName");
    String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "").strip();
    base = base.isEmpty() ? "Imported plan" : base;
    String name = base;
    for (int n = 2; into.getItems().contains(name); n++) {
      name = base + " (" + n + ")";
    }
    planName.setText(name);
    planName.setPrefColumnCount(24);
    planName.visibleProperty().bind(into.valueProperty().isEqualTo(NEW_PLAN));
    planName.managedProperty().bind(planName.visibleProperty());
    if (schedule) {
      summaryPage = schedulePage();
      wizard.setFlow(new Wizard.LinearFlow(summaryPage));
    } else {
      List<String> sheets = List.of();
      if (!TableLoader.isCsvName(file)) {
        try (WorkbookReader wb = WorkbookReader.open(file)) {
          sheets = wb.sheetNames();
        }
      }
      sheet.getItems().setAll(sheets);
      sheet.setId("importSheet");
      if (!sheets.isEmpty()) {
        sheet.getSelectionModel().select(0);
      }
      sheetPage = sheetPage(sheets.isEmpty());
      summaryPage = summaryPage();
      wizard.setFlow(new Wizard.LinearFlow(sheetPage, mappingPage(), valuesPage(), summaryPage));
    }
    wizard.getDialog().setOnCloseRequest(e -> {
      if (storeState.compareAndExchange(WAITING, CANCELLED) == WRITING) {
        e.consume(); // the write stops at its next batch and rolls back; the wizard stays
        cancelWrite.set(true);
        return;
      }
      cancelRunning();
    });
  }

  public Wizard wizard() {
    return wizard;
  }

  /**
   * The File menu's "Import a table…": chooses a workbook or CSV file and runs the wizard on it;
   * a file that cannot be opened is explained and nothing changes.
   */
  public static javafx.scene.control.MenuItem menuItem(javafx.stage.Window owner,
      BackgroundWork work, SavedMappings savedMappings, Store store, Consumer<String> done) {
    javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
        "Import a table or schedule (spreadsheet, CSV, MS Project, GanttProject)…");
    item.setOnAction(e -> {
      javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
      chooser.setTitle("Import a table of programs or a project schedule");
      List<String> tables = List.of("*.xlsx", "*.xlsm", "*.csv", "*.tsv", "*.txt");
      List<String> schedules = ProjectFileReader.extensions().stream().map(x -> "*." + x)
          .sorted().toList();
      List<String> all = new ArrayList<>(tables);
      all.addAll(schedules);
      chooser.getExtensionFilters().addAll(
          new javafx.stage.FileChooser.ExtensionFilter("Everything Paceline imports", all),
          new javafx.stage.FileChooser.ExtensionFilter("Spreadsheet or CSV", tables),
          new javafx.stage.FileChooser.ExtensionFilter(
              "Project schedule (MS Project, GanttProject, Primavera, Planner…)", schedules));
      java.io.File file = chooser.showOpenDialog(owner);
      if (file == null) {
        return;
      }
      try {
        new ImportWizard(owner, file.toPath(), work, savedMappings, store, done).wizard()
            .getDialog().show();
      } catch (PlanImportException | ForeignImportException ex) {
        done.accept(file.getName() + " cannot be imported: " + message(ex));
      }
    });
    return item;
  }

  // ---------------------------------------------------------------- pages

  private WizardPane sheetPage(boolean csv) {
    WizardPane page = new WizardPane() {
      @Override
      public void onEnteringPage(Wizard w) {
        entered = this;
        w.setInvalid(false);
      }
    };
    page.setHeaderText("1 of 4 · Which sheet holds the programs?");
    page.setContent(csv ? new Label(file.getFileName() + " is a CSV file: one sheet.")
        : new VBox(8, new Label("Sheet:"), sheet));
    return page;
  }

  private WizardPane mappingPage() {
    WizardPane page = new WizardPane() {
      @Override
      public void onEnteringPage(Wizard w) {
        boolean fromSheet = entered == sheetPage;
        entered = this;
        if (table == null || fromSheet && !java.util.Objects.equals(loadedSheet,
            sheet.getValue())) {
          load(w);
        } else {
          w.setInvalid(false);
        }
      }
    };
    page.setHeaderText("2 of 4 · Which column holds what? (name and start are needed)");
    grid.setHgap(10);
    grid.setVgap(4);
    grid.setPadding(new Insets(4));
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setPrefViewportWidth(760);
    scroll.setPrefViewportHeight(320);
    dateOrder.getItems().setAll(DATE_ORDER_WORDS);
    dateOrder.getSelectionModel().select(0);
    dateOrder.setId("importDateOrder");
    saveAs.setId("importSaveAs");
    saveAs.setPromptText("e.g. Team calendar (leave empty not to save)");
    saveAs.setPrefColumnCount(28);
    savedNote.setId("importSavedNote");
    savedNote.setWrapText(true);
    savedNote.managedProperty().bind(savedNote.textProperty().isNotEmpty());
    HBox order = new HBox(8, new Label("Dates like 03/04/2027 are:"), dateOrder);
    order.setAlignment(Pos.CENTER_LEFT);
    HBox save = new HBox(8, new Label("Save these choices as…"), saveAs);
    save.setAlignment(Pos.CENTER_LEFT);
    save.setVisible(savedMappings != null);
    save.setManaged(savedMappings != null);
    page.setContent(new VBox(8, readingBusy, savedNote, scroll, order, save));
    return page;
  }

  private WizardPane valuesPage() {
    WizardPane page = new WizardPane() {
      @Override
      public void onEnteringPage(Wizard w) {
        entered = this;
        fillValues();
        w.setInvalid(false);
      }
    };
    page.setHeaderText("3 of 4 · What do the kinds and statuses mean?");
    HBox kind = new HBox(8, new Label("Kind for missing or unknown values:"), defaultKind);
    kind.setAlignment(Pos.CENTER_LEFT);
    ScrollPane scroll = new ScrollPane(valuesBox);
    scroll.setPrefViewportHeight(320);
    page.setContent(new VBox(8, kind, scroll));
    return page;
  }

  private WizardPane summaryPage() {
    WizardPane page = new WizardPane() {
      @Override
      public void onEnteringPage(Wizard w) {
        entered = this;
        preview(w);
      }
    };
    page.setHeaderText("4 of 4 · What will be imported");
    finishOnPage(page);
    summary.setId("importSummary");
    summary.setWrapText(true);
    skipped.setId("importSkipped");
    skipped.setEditable(false);
    skipped.setWrapText(true);
    skipped.setPrefRowCount(14);
    page.setContent(new VBox(8, intoRow(), checkingBusy, summary, skipped));
    return page;
  }

  /**
   * A project schedule's only page: what will come in (its tasks become programs; summary tasks
   * and milestones are listed as skipped), whether summary tasks become initiatives, and the
   * kind every program gets. The schedule is read with the same {@link ProjectFileReader} as
   * {@code paceline import}, again whenever a choice changes.
   */
  private WizardPane schedulePage() {
    WizardPane page = new WizardPane() {
      @Override
      public void onEnteringPage(Wizard w) {
        entered = this;
        readSchedule();
      }
    };
    page.setHeaderText("What will come in from " + file.getFileName()
        + ": its tasks become programs; summary tasks and milestones are not programs");
    finishOnPage(page);
    summariesAsInitiatives.setId("importSummaries");
    summariesAsInitiatives.setOnAction(e -> readSchedule());
    Label why = new Label("The programs then support the initiative of the summary task they"
        + " belong to, which changes which conflicts Paceline finds.");
    why.setWrapText(true);
    defaultKind.setOnAction(e -> {
      if (entered == page) {
        readSchedule();
      }
    });
    HBox kind = new HBox(8, new Label("Kind of every program (a schedule has no kinds):"),
        defaultKind);
    kind.setAlignment(Pos.CENTER_LEFT);
    summary.setId("importSummary");
    summary.setWrapText(true);
    skipped.setId("importSkipped");
    skipped.setEditable(false);
    skipped.setWrapText(true);
    skipped.setPrefRowCount(14);
    page.setContent(new VBox(8, summariesAsInitiatives, why, kind, intoRow(), checkingBusy,
        summary, new Label("Not imported, and other notes:"), skipped));
    return page;
  }

  private HBox intoRow() {
    HBox row = new HBox(8, new Label("Import into:"), into, planName);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  /**
   * Caught on the page, before the buttons' own handlers: Finish stores with the wizard still
   * open (it closes once stored), and Cancel waits while the one-step write runs.
   */
  private void finishOnPage(WizardPane page) {
    page.addEventFilter(ActionEvent.ACTION, e -> {
      if (e.getTarget() instanceof Button b && b == page.lookupButton(ButtonType.FINISH)) {
        e.consume();
        finish();
      } else if (e.getTarget() instanceof Button b && b == page.lookupButton(ButtonType.CANCEL)
          && storeState.get() == WRITING) {
        e.consume();
        cancelWrite.set(true);
      }
    });
  }

  private Button button(ButtonType type) {
    return (Button) wizard.getDialog().getDialogPane().lookupButton(type);
  }

  /** Finish is offered once the rows are checked and while nothing is being stored. */
  private void finishEnabled(boolean enabled) {
    wizard.setInvalid(!enabled);
  }

  private void backEnabled(boolean enabled) {
    for (ButtonType t : wizard.getDialog().getDialogPane().getButtonTypes()) {
      if (t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.BACK_PREVIOUS) {
        Button b = button(t);
        if (b != null) {
          b.setDisable(!enabled);
        }
      }
    }
  }

  // ---------------------------------------------------------------- work

  /** What reading the sheet gives: the table, the proposal and choices saved for its headers. */
  private record Loaded(SourceTable table, ForeignTableReader.Result proposal,
      Optional<SavedMappings.Mapping> saved) {}

  private void load(Wizard w) {
    cancelRunning();
    table = null;
    proposal = null;
    saved = null;
    grid.getChildren().clear();
    fieldChoice.clear();
    savedNote.setText("");
    w.setInvalid(true);
    String sheetName = sheet.getValue();
    Task<Loaded> task = new Task<>() {
      @Override
      protected Loaded call() throws Exception {
        updateMessage("Reading " + file.getFileName()
            + (sheetName == null ? "" : ", sheet " + sheetName) + "…");
        SourceTable t;
        if (TableLoader.isCsvName(file)) {
          t = TableLoader.csv(file);
        } else {
          try (WorkbookReader wb = WorkbookReader.open(file)) {
            t = TableLoader.sheet(wb, sheetName, new ArrayList<>());
          }
        }
        if (isCancelled()) {
          return null;
        }
        updateMessage("Finding the header row…");
        ForeignTableReader.Result p = ForeignTableReader.propose(t);
        Optional<SavedMappings.Mapping> m = savedMappings == null ? Optional.empty()
            : savedMappings.find(new ArrayList<>(p.headers().values()));
        return new Loaded(t, p, m);
      }
    };
    task.setOnSucceeded(e -> {
      readingBusy.stop(null);
      Loaded l = task.getValue();
      table = l.table();
      proposal = l.proposal();
      saved = l.saved().orElse(null);
      loadedSheet = sheetName;
      fillGrid();
      w.setInvalid(false);
    });
    task.setOnFailed(e -> {
      Throwable t = task.getException();
      readingBusy.stop(t instanceof Exception ex ? message(ex)
          : file.getFileName() + " could not be read.");
      if (!(t instanceof ForeignImportException || t instanceof PlanImportException)) {
        LOG.warn("Reading {} for the import wizard failed", file, t);
      }
    });
    task.setOnCancelled(e -> readingBusy.stop("Reading was cancelled; nothing was imported."
        + " Press Back to choose again, or Next to read the file again."));
    readingBusy.start(task, "reading", "Waiting to read " + file.getFileName() + "…");
    start(task);
  }

  private void start(Task<?> task) {
    running = task;
    work.submit(task);
  }

  private void cancelRunning() {
    Task<?> t = running;
    if (t != null && !t.isDone()) {
      t.cancel();
    }
  }

  private void fillGrid() {
    grid.getChildren().clear();
    fieldChoice.clear();
    Map<Integer, Field> byColumn = new LinkedHashMap<>();
    proposal.mapping().forEach((f, c) -> byColumn.put(c, f));
    int col = 0;
    for (Map.Entry<Integer, String> h : proposal.headers().entrySet()) {
      ComboBox<String> choice = new ComboBox<>();
      choice.getItems().add(NONE);
      for (Field f : Field.values()) {
        choice.getItems().add(f.code());
      }
      Field proposed = byColumn.get(h.getKey());
      String value = proposed == null ? NONE : proposed.code();
      if (saved != null) {
        String f = saved.fields().get(col);
        value = f.isEmpty() ? NONE : f;
      }
      choice.setValue(value);
      choice.setId("field-" + col);
      fieldChoice.put(h.getKey(), choice);
      grid.add(new Label(h.getValue()), col, 0);
      grid.add(choice, col, 1);
      int r = 2;
      for (SheetRow row : table.rows()) {
        if (row.number() <= proposal.headerRow()) {
          continue;
        }
        if (r - 2 >= PREVIEW_ROWS) {
          break;
        }
        SheetCell c = row.cell(h.getKey());
        grid.add(new Label(c == null ? "" : shorten(c.text())), col, r++);
      }
      col++;
    }
    if (saved != null) {
      savedNote.setText("Filled in from the choices saved as \u201c" + saved.name()
          + "\u201d for files with these headers. Change any that differ for this file.");
      saveAs.setText(saved.name());
      dateOrder.getSelectionModel().select(Math.max(0,
          DATE_ORDER_CODES.indexOf(saved.dateOrder())));
      defaultKind.setValue(saved.defaultKind());
    }
  }

  private void fillValues() {
    Map<String, String> kindsBefore = chosen(kindChoice);
    Map<String, String> statusesBefore = chosen(statusChoice);
    valuesBox.getChildren().clear();
    kindChoice.clear();
    statusChoice.clear();
    if (table == null) {
      return;
    }
    addValueChoices("kind", columnFor("kind"), codes(ProgramKind.values()), kindChoice,
        kindsBefore, v -> saved == null ? Optional.empty() : saved.kindFor(v));
    addValueChoices("status", columnFor("status"), codes(ProgramStatus.values()), statusChoice,
        statusesBefore, v -> saved == null ? Optional.empty() : saved.statusFor(v));
    if (valuesBox.getChildren().isEmpty()) {
      valuesBox.getChildren().add(new Label("No kind or status column is chosen: every program"
          + " gets the kind above and the status planned."));
    }
  }

  private static Map<String, String> chosen(Map<String, ComboBox<String>> choices) {
    Map<String, String> out = new HashMap<>();
    choices.forEach((v, c) -> out.put(v, c.getValue()));
    return out;
  }

  private void addValueChoices(String what, Integer column, List<String> codes,
      Map<String, ComboBox<String>> into, Map<String, String> before,
      java.util.function.Function<String, Optional<String>> savedWord) {
    if (column == null) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (SheetRow row : table.rows()) {
      SheetCell c = row.cell(column);
      if (row.number() > proposal.headerRow() && c != null && seen.size() < 40) {
        seen.add(c.text());
      }
    }
    GridPane g = new GridPane();
    g.setHgap(10);
    g.setVgap(4);
    int r = 0;
    for (String v : seen) {
      ComboBox<String> choice = new ComboBox<>();
      choice.getItems().add(AUTOMATIC);
      choice.getItems().addAll(codes);
      String value = before.getOrDefault(v, savedWord.apply(v).filter(codes::contains)
          .orElse(AUTOMATIC));
      choice.setValue(value);
      into.put(v, choice);
      g.add(new Label(shorten(v)), 0, r);
      g.add(choice, 1, r++);
    }
    valuesBox.getChildren().addAll(new Label("Values of the " + what + " column ("
        + AUTOMATIC + ": Paceline's word or a common synonym, else the default):"), g);
  }

  private Integer columnFor(String field) {
    for (Map.Entry<Integer, ComboBox<String>> e : fieldChoice.entrySet()) {
      if (field.equals(e.getValue().getValue())) {
        return e.getKey();
      }
    }
    return null;
  }

  private void preview(Wizard w) {
    cancelRunning();
    result = null;
    summary.setText("");
    skipped.clear();
    finishEnabled(false);
    if (table == null) {
      return;
    }
    ForeignTableReader.Options options = options();
    SourceTable t = table;
    Task<ForeignTableReader.Result> task = new Task<>() {
      @Override
      protected ForeignTableReader.Result call() throws Exception {
        updateMessage("Checking every row of " + file.getFileName() + "…");
        return ForeignTableReader.read(t, options, List.of(), Set.of());
      }
    };
    checkTask(task, "checking", "Waiting to check the rows…", "Checking was cancelled; nothing"
        + " was imported. Press Back and Next to check again.");
  }

  /** Reads the schedule again with the choices of its page. */
  private void readSchedule() {
    cancelRunning();
    result = null;
    summary.setText("");
    skipped.clear();
    finishEnabled(false);
    ProjectFileReader.Summaries summaries = summariesAsInitiatives.isSelected()
        ? ProjectFileReader.Summaries.INITIATIVES : ProjectFileReader.Summaries.SKIP;
    ProgramKind kind = ProgramKind.fromCode(defaultKind.getValue()).orElse(ProgramKind.CAMPAIGN);
    Task<ForeignTableReader.Result> task = new Task<>() {
      @Override
      protected ForeignTableReader.Result call() throws Exception {
        updateMessage("Reading the tasks of " + file.getFileName() + "…");
        return ProjectFileReader.read(file, summaries, kind, Set.of(), Audience.WINDOW);
      }
    };
    checkTask(task, "reading", "Waiting to read the tasks of " + file.getFileName() + "…",
        "Reading was cancelled; nothing was imported. Change a choice to read the file again.");
  }

  /** Runs {@code task}, which checks what will be imported, and shows its outcome. */
  private void checkTask(Task<ForeignTableReader.Result> task, String what, String pending,
      String cancelled) {
    task.setOnSucceeded(e -> {
      checkingBusy.stop(null);
      result = task.getValue();
      summary.setText(result.summary(false) + ".");
      List<String> lines = new ArrayList<>();
      result.notes().forEach(lines::add);
      result.skipped().forEach(s -> lines.add(result.table().rowWord() + " " + s.number() + ": "
          + s.reason()));
      skipped.setText(String.join("\n", lines));
      finishEnabled(true);
    });
    task.setOnFailed(e -> {
      checkingBusy.stop(null);
      if (task.getException() instanceof ForeignImportException fe) {
        summary.setText(message(fe));
        skipped.setText(String.join("\n", fe.details()));
      } else {
        LOG.warn("Checking {} for the import wizard failed", file, task.getException());
        summary.setText(file.getFileName() + " could not be checked; nothing was imported.");
      }
    });
    task.setOnCancelled(e -> checkingBusy.stop(cancelled));
    checkingBusy.start(task, what, pending);
    start(task);
  }

  /** The choices as the command line would give them. */
  ForeignTableReader.Options options() {
    StringBuilder map = new StringBuilder();
    for (Map.Entry<Integer, ComboBox<String>> e : fieldChoice.entrySet()) {
      String f = e.getValue().getValue();
      if (f != null && !f.equals(NONE)) {
        map.append(map.length() == 0 ? "" : ",").append(f).append('=')
            .append(proposal.headers().get(e.getKey()).replace(",", " "));
      }
    }
    List<String> values = new ArrayList<>();
    values(values, "kind", kindChoice);
    values(values, "status", statusChoice);
    String order = DATE_ORDER_CODES.get(Math.max(0, dateOrder.getSelectionModel()
        .getSelectedIndex()));
    return new ForeignTableReader.Options(map.toString(), values,
        order.isEmpty() ? null : order,
        ProgramKind.fromCode(defaultKind.getValue()).orElse(ProgramKind.CAMPAIGN), null,
        Audience.WINDOW);
  }

  /** The choices to save under the name typed, or null when none is typed. */
  SavedMappings.Mapping choicesToSave() {
    String name = saveAs.getText() == null ? "" : saveAs.getText().strip();
    if (savedMappings == null || name.isEmpty() || proposal == null) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    for (Integer column : proposal.headers().keySet()) {
      ComboBox<String> c = fieldChoice.get(column);
      String f = c == null || c.getValue() == null || NONE.equals(c.getValue()) ? ""
          : c.getValue();
      fields.add(f);
    }
    Map<String, String> kinds = new HashMap<>(chosen(kindChoice));
    kinds.values().removeIf(AUTOMATIC::equals);
    Map<String, String> statuses = new HashMap<>(chosen(statusChoice));
    statuses.values().removeIf(AUTOMATIC::equals);
    return new SavedMappings.Mapping(name, fields, kinds, statuses,
        DATE_ORDER_CODES.get(Math.max(0, dateOrder.getSelectionModel().getSelectedIndex())),
        defaultKind.getValue());
  }

  private static void values(List<String> out, String field, Map<String, ComboBox<String>> m) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, ComboBox<String>> e : m.entrySet()) {
      if (!AUTOMATIC.equals(e.getValue().getValue()) && !e.getKey().contains(",")
          && !e.getKey().contains("=")) {
        sb.append(sb.length() == 0 ? "" : ",").append(e.getKey()).append('=')
            .append(e.getValue().getValue());
      }
    }
    if (sb.length() > 0) {
      out.add(field + ":" + sb);
    }
  }

  /**
   * Stores the programs in the background, the wizard open with a progress indicator. Cancel
   * is honoured until the write begins, and during the write between its batches: the
   * transaction then rolls back, so nothing is stored and the wizard stays as it was. A store
   * refused (a name taken, a frozen plan, a database error) is explained on the page and the
   * wizard stays open to choose again. The choices are saved, under the name typed, only once
   * the programs are stored.
   */
  private void finish() {
    ForeignTableReader.Result r = result;
    if (r == null || running != null && !running.isDone()) {
      return;
    }
    Target target = NEW_PLAN.equals(into.getValue())
        ? new Target(planName.getText() == null ? "" : planName.getText().strip(), null)
        : new Target(null, into.getValue());
    if (target.newPlan() != null && target.newPlan().isEmpty()) {
      checkingBusy.stop("Type a name for the new plan, or choose a plan to add the programs"
          + " to.");
      return;
    }
    SavedMappings.Mapping toSave = choicesToSave();
    List<String> headers = proposal == null ? List.of()
        : new ArrayList<>(proposal.headers().values());
    storeState.set(WAITING);
    cancelWrite.set(false);
    String[] savedAs = {null};
    Task<Void> task = new Task<>() {
      @Override
      protected Void call() throws Exception {
        if (!storeState.compareAndSet(WAITING, WRITING)) {
          return null; // cancelled before the write began: nothing is written
        }
        updateMessage("Storing " + r.programs().size() + " programs as one step: Cancel stops"
            + " it and changes nothing…");
        store.store(r, target, cancelWrite::get);
        if (toSave != null) {
          try {
            savedMappings.save(headers, toSave);
            savedAs[0] = toSave.name();
          } catch (IOException e) {
            LOG.warn("Could not save the import choices {}: {}", toSave.name(), e.getMessage());
          }
        }
        return null;
      }
    };
    task.setOnSucceeded(e -> {
      storeState.set(WAITING);
      checkingBusy.stop(null);
      wizard.getDialog().close();
      done.accept(r.summary(true) + (savedAs[0] == null ? "" : "; your choices are saved as \u201c"
          + savedAs[0] + "\u201d for the next file with these headers"));
    });
    task.setOnFailed(e -> {
      storeState.set(WAITING);
      Throwable t = task.getException();
      String why;
      if (t instanceof java.util.concurrent.CancellationException) {
        why = "Not imported: you cancelled while the programs were being stored, so everything"
            + " written was undone and nothing was changed. Press Finish to import after all.";
      } else if (t instanceof Refused refused) {
        why = "Not imported, nothing was changed: " + refused.getMessage();
      } else {
        LOG.warn("Storing the import of {} failed", file, t);
        why = "Not imported, nothing was changed: the workspace could not be written (a database"
            + " error). Press Finish to try again; if it fails again, close and reopen Paceline."
            + " The details are in the log file.";
      }
      checkingBusy.stop(why);
      finishEnabled(true);
      backEnabled(true);
    });
    task.setOnCancelled(e -> {
      checkingBusy.stop("Not imported: you cancelled before anything was stored, so nothing"
          + " was changed. Press Finish to import after all.");
      finishEnabled(true);
      backEnabled(true);
    });
    finishEnabled(false);
    backEnabled(false);
    checkingBusy.start(task, "import", "Waiting to store " + r.programs().size()
        + " programs…", () -> {
      if (storeState.compareAndSet(WAITING, CANCELLED)) {
        task.cancel(false);
      } else {
        cancelWrite.set(true); // the write stops at its next batch and rolls back
      }
    });
    start(task);
  }

  /**
   * A progress indicator with what is being done and a Cancel for this step; when the step
   * ends it shows what happened (or nothing).
   */
  private final class Busy extends VBox {
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label text = new Label();
    private final Button stop = new Button("Cancel");

    Busy() {
      super(6);
      spinner.setId("importProgress");
      spinner.setPrefSize(28, 28);
      text.setId("importProgressText");
      text.setWrapText(true);
      // a refusal is read whole: the label grows to as many lines as it needs
      text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      text.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
      stop.setId("importStop");
      HBox row = new HBox(10, spinner, text, stop);
      row.setAlignment(Pos.CENTER_LEFT);
      getChildren().add(row);
      show(false, false);
    }

    void start(Task<?> task, String what, String pending) {
      start(task, what, pending, task::cancel);
    }

    /**
     * Shows {@code task}'s progress and message ({@code pending} until it starts) and a
     * "Cancel {@code what}" button that runs {@code cancel}.
     */
    void start(Task<?> task, String what, String pending, Runnable cancel) {
      text.textProperty().unbind();
      text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
          () -> task.getMessage() == null || task.getMessage().isEmpty() ? pending
              : task.getMessage(), task.messageProperty()));
      stop.setText("Cancel " + what);
      spinner.progressProperty().unbind();
      spinner.progressProperty().bind(task.progressProperty());
      stop.setOnAction(e -> cancel.run());
      stop.setDisable(false);
      show(true, true);
    }

    void stop(String outcome) {
      text.textProperty().unbind();
      spinner.progressProperty().unbind();
      text.setText(outcome == null ? "" : outcome);
      show(outcome != null, false);
    }

    private void show(boolean visible, boolean busy) {
      setVisible(visible);
      setManaged(visible);
      spinner.setVisible(busy);
      spinner.setManaged(busy);
      stop.setVisible(busy);
      stop.setManaged(busy);
    }
  }

  private static String message(Exception e) {
    if (e instanceof PlanImportException p && !p.problems().isEmpty()) {
      return p.problems().get(0).toString();
    }
    return e.getMessage();
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 39) + "…" : s;
  }

  private static List<String> codes(Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add(v.toString());
    }
    return out;
  }
}

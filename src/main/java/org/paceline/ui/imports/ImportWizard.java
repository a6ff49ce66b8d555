package org.paceline.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;
import org.paceline.io.imports.PlanImportException;
import org.paceline.io.imports.SheetCell;
import org.paceline.io.imports.SheetRow;
import org.paceline.io.imports.WorkbookReader;
import org.paceline.io.imports.foreign.Field;
import org.paceline.io.imports.foreign.ForeignImportException;
import org.paceline.io.imports.foreign.ForeignTableReader;
import org.paceline.io.imports.foreign.SourceTable;
import org.paceline.io.imports.foreign.TableLoader;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.ui.BackgroundWork;

/**
 * File → Import a table: a wizard over a spreadsheet or CSV that is not in the plan format.
 * Sheet → a preview of the first rows, each column with a field chosen from a drop-down
 * (pre-filled by the proposal) → the kinds and statuses found, each mapped to Paceline's word
 * → a summary with every row that will be skipped → Finish stores the programs in the
 * background. It reads with the same {@link ForeignTableReader} as {@code paceline import}.
 */
public final class ImportWizard {

  /** Stores what the wizard read, off the JavaFX thread. */
  @FunctionalInterface
  public interface Store {
    void store(ForeignTableReader.Result result) throws Exception;
  }

  static final String NONE = "—";
  static final String AUTOMATIC = "(as read)";
  static final int PREVIEW_ROWS = 12;

  private final Path file;
  private final BackgroundWork work;
  private final Store store;
  private final Consumer<String> done;
  private final Wizard wizard;

  private final ComboBox<String> sheet = new ComboBox<>();
  private final GridPane grid = new GridPane();
  private final Map<Integer, ComboBox<String>> fieldChoice = new LinkedHashMap<>();
  private final VBox valuesBox = new VBox(8);
  private final Map<String, ComboBox<String>> kindChoice = new LinkedHashMap<>();
  private final Map<String, ComboBox<String>> statusChoice = new LinkedHashMap<>();
  private final Label summary = new Label();
  private final TextArea skipped = new TextArea();

  private SourceTable table;
  private ForeignTableReader.Result proposal;
  private ForeignTableReader.Result result;

  /**
   * @param done told, on the JavaFX thread, the outcome in words once the import is stored or
   *     refused
   */
  public ImportWizard(Object owner, Path file, BackgroundWork work, Store store,
      Consumer<String> done) throws PlanImportException, ForeignImportException {
    this.file = file;
    this.work = work;
    this.store = store;
    this.done = done;
    this.wizard = new Wizard(owner, "Import " + file.getFileName());
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
    wizard.setFlow(new Wizard.LinearFlow(sheetPage(sheets.isEmpty()), mappingPage(),
        valuesPage(), summaryPage()));
    wizard.resultProperty().addListener((o, was, now) -> {
      if (now == ButtonType.FINISH && result != null) {
        finish();
      }
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
      BackgroundWork work, Store store, Consumer<String> done) {
    javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
        "Import a table (spreadsheet or CSV)…");
    item.setOnAction(e -> {
      javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
      chooser.setTitle("Import a table of programs");
      chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
          "Spreadsheet or CSV", "*.xlsx", "*.xlsm", "*.csv", "*.tsv", "*.txt"));
      java.io.File file = chooser.showOpenDialog(owner);
      if (file == null) {
        return;
      }
      try {
        new ImportWizard(owner, file.toPath(), work, store, done).wizard().getDialog().show();
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
      public void onExitingPage(Wizard w) {
        load();
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
        fillGrid();
      }
    };
    page.setHeaderText("2 of 4 · Which column holds what? (name and start are needed)");
    grid.setHgap(10);
    grid.setVgap(4);
    grid.setPadding(new Insets(4));
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setPrefViewportWidth(760);
    scroll.setPrefViewportHeight(360);
    page.setContent(scroll);
    return page;
  }

  private WizardPane valuesPage() {
    WizardPane page = new WizardPane() {
      @Override
      public void onEnteringPage(Wizard w) {
        fillValues();
      }
    };
    page.setHeaderText("3 of 4 · What do the kinds and statuses mean?");
    ScrollPane scroll = new ScrollPane(valuesBox);
    scroll.setPrefViewportHeight(360);
    page.setContent(scroll);
    return page;
  }

  private WizardPane summaryPage() {
    WizardPane page = new WizardPane() {
      @Override
      public void onEnteringPage(Wizard w) {
        preview(w);
      }
    };
    page.setHeaderText("4 of 4 · What will be imported");
    summary.setId("importSummary");
    summary.setWrapText(true);
    skipped.setId("importSkipped");
    skipped.setEditable(false);
    skipped.setPrefRowCount(14);
    page.setContent(new VBox(8, summary, skipped));
    return page;
  }

  // ---------------------------------------------------------------- work

  private void load() {
    try {
      if (TableLoader.isCsvName(file)) {
        table = TableLoader.csv(file);
      } else {
        try (WorkbookReader wb = WorkbookReader.open(file)) {
          table = TableLoader.sheet(wb, sheet.getValue(), new ArrayList<>());
        }
      }
      proposal = ForeignTableReader.propose(table);
    } catch (ForeignImportException | PlanImportException e) {
      table = null;
      proposal = null;
      summary.setText(message(e));
    }
  }

  private void fillGrid() {
    grid.getChildren().clear();
    fieldChoice.clear();
    if (proposal == null) {
      grid.add(new Label(summary.getText()), 0, 0);
      return;
    }
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
      choice.setValue(proposed == null ? NONE : proposed.code());
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
  }

  private void fillValues() {
    valuesBox.getChildren().clear();
    kindChoice.clear();
    statusChoice.clear();
    if (table == null) {
      return;
    }
    addValueChoices("kind", columnFor("kind"), codes(ProgramKind.values()), kindChoice);
    addValueChoices("status", columnFor("status"), codes(ProgramStatus.values()), statusChoice);
    if (valuesBox.getChildren().isEmpty()) {
      valuesBox.getChildren().add(new Label("No kind or status column is chosen: every program"
          + " gets the default kind (campaign) and status (planned)."));
    }
  }

  private void addValueChoices(String what, Integer column, List<String> codes,
      Map<String, ComboBox<String>> into) {
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
      choice.setValue(AUTOMATIC);
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
    result = null;
    skipped.clear();
    if (table == null) {
      w.setInvalid(true);
      return;
    }
    try {
      result = ForeignTableReader.read(table, options(), List.of(), Set.of());
      summary.setText(result.summary(false) + ".");
      List<String> lines = new ArrayList<>();
      result.notes().forEach(lines::add);
      result.skipped().forEach(s -> lines.add(table.rowWord() + " " + s.number() + ": "
          + s.reason()));
      skipped.setText(String.join("\n", lines));
      w.setInvalid(false);
    } catch (ForeignImportException e) {
      summary.setText(message(e));
      skipped.setText(String.join("\n", e.details()));
      w.setInvalid(true);
    }
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
    return new ForeignTableReader.Options(map.toString(), values, null, null, null);
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

  private void finish() {
    ForeignTableReader.Result r = result;
    Task<Void> task = new Task<>() {
      @Override
      protected Void call() throws Exception {
        updateMessage("Importing " + file.getFileName() + "…");
        store.store(r);
        return null;
      }
    };
    task.setOnSucceeded(e -> done.accept(r.summary(true)));
    task.setOnFailed(e -> done.accept(file.getFileName() + " was not imported; nothing was"
        + " changed: " + (task.getException() == null ? "" : task.getException().getMessage())));
    work.submit(task);
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

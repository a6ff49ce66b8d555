package org.paceline.ui.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.paceline.analysis.Money;
import org.paceline.model.Conflict;
import org.paceline.model.Initiative;
import org.paceline.model.PlanSummary;
import org.paceline.model.Program;
import org.paceline.model.QuarterBudget;
import org.paceline.model.QuarterTarget;
import org.paceline.model.Severity;

/**
 * A plain, readable view of one plan: its conflicts and its four tables. The planning board
 * (timeline) replaces it as the main view; this stays as the table view of the plan.
 */
public final class PlanOverviewView extends BorderPane {

  private final PlanOverviewViewModel model;
  private final Label counts = new Label();
  private final Label status = new Label();
  private final TableView<Conflict> conflicts = new TableView<>();
  private final TableView<Program> programs = new TableView<>();
  private final TableView<Initiative> initiatives = new TableView<>();
  private final TableView<QuarterTarget> targets = new TableView<>();
  private final TableView<QuarterBudget> budgets = new TableView<>();
  private String currency = "USD";

  public PlanOverviewView(PlanOverviewViewModel model, String workspaceText) {
    this.model = model;
    getStyleClass().add("plan-overview");

    ComboBox<PlanSummary> chooser = new ComboBox<>(model.plans());
    chooser.setId("planChooser");
    chooser.valueProperty().bindBidirectional(model.selectedProperty());
    chooser.setCellFactory(v -> new PlanCell());
    chooser.setButtonCell(new PlanCell());
    chooser.setPrefWidth(320);
    Label planLabel = new Label("Plan");
    planLabel.setLabelFor(chooser);
    counts.setId("conflictCounts");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(10, planLabel, chooser, spacer, counts);
    top.setAlignment(Pos.CENTER_LEFT);
    top.setPadding(new Insets(10, 14, 10, 14));
    top.getStyleClass().add("overview-toolbar");
    setTop(top);

    setupConflicts();
    setupPrograms();
    setupInitiatives();
    setupTargets();
    setupBudgets();
    TabPane tabs = new TabPane(
        tab("Conflicts", conflicts), tab("Programs", programs), tab("Initiatives", initiatives),
        tab("Targets", targets), tab("Budgets", budgets));
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    setCenter(tabs);

    status.setText(workspaceText);
    status.setPadding(new Insets(4, 14, 4, 14));
    status.getStyleClass().add("status-bar");
    setBottom(status);

    model.loadedProperty().addListener((obs, old, now) -> show(now));
    model.errorProperty().addListener((obs, old, now) ->
        status.setText(now == null ? workspaceText : now));
  }

  private static Tab tab(String title, TableView<?> table) {
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("Loading the plan…"));
    Tab t = new Tab(title, table);
    t.setId(title.toLowerCase() + "Tab");
    return t;
  }

  private void show(PlanOverviewViewModel.Loaded loaded) {
    if (loaded == null) {
      return;
    }
    currency = loaded.plan().settings().currency();
    for (TableView<?> t : List.of(conflicts, programs, initiatives, targets, budgets)) {
      t.setPlaceholder(new Label(t == conflicts ? "No conflicts: the paces fit." : "None in this plan"));
    }
    conflicts.getItems().setAll(loaded.conflicts());
    programs.getItems().setAll(loaded.plan().programs());
    initiatives.getItems().setAll(loaded.plan().initiatives());
    targets.getItems().setAll(loaded.plan().targets());
    budgets.getItems().setAll(loaded.plan().budgets());
    Map<Severity, Integer> n = org.paceline.io.export.ConflictReport.counts(loaded.conflicts());
    counts.setText(org.paceline.io.export.ConflictReport.summary(n));
    if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage) {
      stage.setTitle(loaded.plan().name() + " — Paceline");
    }
  }

  private void setupConflicts() {
    conflicts.setId("conflictTable");
    TableColumn<Conflict, Severity> severity = column("Severity", Conflict::severity);
    severity.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Severity s, boolean empty) {
        super.updateItem(s, empty);
        getStyleClass().removeAll("severity-error", "severity-warning", "severity-info");
        setText(empty || s == null ? null : s.code());
        if (!empty && s != null) {
          getStyleClass().add("severity-" + s.code());
        }
      }
    });
    fixed(severity, 90);
    TableColumn<Conflict, String> rule = column("Rule", c -> c.rule().title());
    fixed(rule, 190);
    TableColumn<Conflict, String> about = column("About", PlanOverviewView::subject);
    fixed(about, 200);
    TableColumn<Conflict, String> message = column("What to look at", Conflict::message);
    message.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
        setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
      }
    });
    conflicts.getColumns().setAll(List.of(severity, rule, about, message));
  }

  private static String subject(Conflict c) {
    if (!c.program().isEmpty()) {
      return c.program() + (c.initiative().isEmpty() ? "" : " → " + c.initiative());
    }
    if (c.quarter() != null) {
      return c.quarter() + (c.segment().isEmpty() ? "" : " " + c.segment());
    }
    return c.month() == null ? "" : c.month().toString();
  }

  private void setupPrograms() {
    programs.setId("programTable");
    programs.getColumns().setAll(List.of(
        column("Id", Program::id), column("Name", Program::name),
        column("Kind", p -> p.kind().code()), column("Owner", Program::owner),
        dateColumn("Start", Program::start), dateColumn("End", Program::end),
        column("Supports", Program::supports), moneyColumn("Cost", Program::cost),
        column("Leads", Program::expectedLeads), column("Status", p -> p.status().code())));
  }

  private void setupInitiatives() {
    initiatives.setId("initiativeTable");
    initiatives.getColumns().setAll(List.of(
        column("Id", Initiative::id), column("Name", Initiative::name),
        column("Segment", Initiative::segment), dateColumn("Start", Initiative::start),
        dateColumn("End", Initiative::end), column("Owner", Initiative::owner)));
  }

  private void setupTargets() {
    targets.setId("targetTable");
    targets.getColumns().setAll(List.of(
        column("Quarter", t -> t.quarter().toString()),
        column("Segment", t -> t.isWholeBusiness() ? "Whole business" : t.segment()),
        moneyColumn("Revenue", QuarterTarget::revenue),
        column("Qualified leads", t -> t.qualifiedLeads() == null ? "" : t.qualifiedLeads())));
  }

  private void setupBudgets() {
    budgets.setId("budgetTable");
    budgets.getColumns().setAll(List.of(
        column("Quarter", b -> b.quarter().toString()),
        moneyColumn("Marketing budget", QuarterBudget::marketingBudget)));
  }

  private static void fixed(TableColumn<?, ?> c, double width) {
    c.setPrefWidth(width);
    c.setMinWidth(width * 0.6);
    c.setMaxWidth(width * 1.5);
  }

  private static <S, T> TableColumn<S, T> column(String title, Function<S, T> value) {
    TableColumn<S, T> c = new TableColumn<>(title);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
    return c;
  }

  private static <S> TableColumn<S, LocalDate> dateColumn(String title,
      Function<S, LocalDate> value) {
    TableColumn<S, LocalDate> c = column(title, value);
    fixed(c, 100);
    return c;
  }

  private <S> TableColumn<S, String> moneyColumn(String title, Function<S, BigDecimal> value) {
    TableColumn<S, String> c = column(title, s -> Money.format(value.apply(s), currency));
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    return c;
  }

  /** Shows a plan by name and size in the chooser. */
  private static final class PlanCell extends ListCell<PlanSummary> {
    @Override
    protected void updateItem(PlanSummary p, boolean empty) {
      super.updateItem(p, empty);
      setText(empty || p == null ? null
          : p.name() + "  (" + p.programs() + " programs)");
    }
  }

  /** The view model, for the window's other parts. */
  public PlanOverviewViewModel model() {
    return model;
  }
}

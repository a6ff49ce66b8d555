package org.paceline.ui.board;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.paceline.model.FiscalYearNaming;
import org.paceline.model.LeadWindow;
import org.paceline.model.PlanSettings;
import org.paceline.model.ProgramKind;

/**
 * A plan's settings: name, fiscal calendar, currency, capacity, and the default lead window of
 * each program kind. Used for a new plan and for editing the open one; OK stays disabled until
 * every value fits, and the reason is shown.
 */
final class PlanSettingsDialog extends Dialog<PlanSettings> {

  private final TextField name = new TextField();
  private final ComboBox<Month> start = new ComboBox<>();
  private final ComboBox<String> naming = new ComboBox<>();
  private final TextField currency = new TextField();
  private final Spinner<Integer> capacity = new Spinner<>(0, 1000, 0);
  private final Map<ProgramKind, TextField> windows = new EnumMap<>(ProgramKind.class);
  private final Label problem = new Label();
  private final javafx.scene.control.TextArea holidays = new javafx.scene.control.TextArea();
  private java.util.List<org.paceline.model.Holiday> holidayList = java.util.List.of();

  PlanSettingsDialog(Window owner, PlanSettings initial, boolean isNew) {
    this(owner, initial, isNew, null);
  }

  /** With {@code initialHolidays} not null, the plan's holidays are edited too. */
  PlanSettingsDialog(Window owner, PlanSettings initial, boolean isNew,
      java.util.List<org.paceline.model.Holiday> initialHolidays) {
    initOwner(owner);
    setTitle(isNew ? "New plan" : "Plan settings");
    setHeaderText(isNew ? "A new, empty plan" : "Settings of \u201c" + initial.name() + "\u201d");
    name.setId("newPlanName");
    name.setText(isNew ? "" : initial.name());
    name.setPromptText("e.g. Northwind FY2028");
    start.getItems().setAll(Month.values());
    start.setValue(Month.of(initial.fiscalYearStart()));
    start.setCellFactory(v -> new MonthCell());
    start.setButtonCell(new MonthCell());
    naming.getItems().setAll("the year it ends in", "the year it starts in");
    naming.setValue(initial.namedBy() == FiscalYearNaming.END ? naming.getItems().get(0)
        : naming.getItems().get(1));
    currency.setText(initial.currency());
    capacity.setEditable(true);
    capacity.getValueFactory().setValue(initial.capacity());

    GridPane g = new GridPane();
    g.setHgap(10);
    g.setVgap(8);
    g.setPadding(new Insets(12));
    int r = 0;
    g.addRow(r++, new Label("Name"), name);
    g.addRow(r++, new Label("Fiscal year starts in"), start);
    g.addRow(r++, new Label("Fiscal year named by"), naming);
    g.addRow(r++, new Label("Currency (ISO code)"), currency);
    g.addRow(r++, new Label("Capacity (0: no limit)"), capacity);
    Label lead = new Label("Default lead window per kind (min..max, e.g. 8w..6m)");
    lead.setPadding(new Insets(8, 0, 0, 0));
    g.add(lead, 0, r++, 2, 1);
    for (ProgramKind k : ProgramKind.values()) {
      TextField f = new TextField(initial.leadWindow(k).toString());
      f.setId("window-" + k.code());
      windows.put(k, f);
      g.addRow(r++, new Label(Character.toUpperCase(k.code().charAt(0)) + k.code().substring(1)),
          f);
      f.textProperty().addListener((o, a, b) -> check());
    }
    if (initialHolidays != null) {
      Label h = new Label("Holidays: not working days (one a line: yyyy-mm-dd name)");
      h.setPadding(new Insets(8, 0, 0, 0));
      g.add(h, 0, r++, 2, 1);
      holidays.setId("holidays");
      holidays.setPrefRowCount(5);
      holidays.setPromptText("2027-12-25 Christmas Day");
      holidays.setText(HolidayText.format(initialHolidays));
      holidayList = initialHolidays;
      holidays.textProperty().addListener((o, a, b) -> check());
      g.add(holidays, 0, r++, 2, 1);
    }
    problem.getStyleClass().add("form-problem");
    problem.setWrapText(true);
    problem.setMaxWidth(380);
    g.add(problem, 0, r, 2, 1);
    getDialogPane().setContent(g);
    getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    name.textProperty().addListener((o, a, b) -> check());
    currency.textProperty().addListener((o, a, b) -> check());
    setResultConverter(b -> b == ButtonType.OK ? build() : null);
    check();
    setOnShown(e -> name.requestFocus());
  }

  private void check() {
    String why = null;
    try {
      build();
    } catch (IllegalArgumentException e) {
      why = e.getMessage();
    }
    problem.setText(why == null ? "" : why);
    ((Button) getDialogPane().lookupButton(ButtonType.OK)).setDisable(why != null);
  }

  private PlanSettings build() {
    if (holidays.getId() != null) {
      holidayList = HolidayText.parse(holidays.getText());
    }
    if (name.getText().isBlank()) {
      throw new IllegalArgumentException("The plan needs a name.");
    }
    String code = currency.getText().trim().toUpperCase(Locale.ROOT);
    try {
      java.util.Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(org.paceline.model.Quote.of(currency.getText())
          + " is not an ISO 4217 currency code such as USD, EUR or GBP.");
    }
    EnumMap<ProgramKind, LeadWindow> map = new EnumMap<>(ProgramKind.class);
    for (var e : windows.entrySet()) {
      try {
        map.put(e.getKey(), LeadWindow.parse(e.getValue().getText()));
      } catch (IllegalArgumentException x) {
        throw new IllegalArgumentException(e.getKey().code() + ": " + x.getMessage());
      }
    }
    return new PlanSettings(name.getText().trim(), start.getValue().getValue(),
        naming.getValue().endsWith("ends in") ? FiscalYearNaming.END : FiscalYearNaming.START,
        code, capacity.getValue(), map);
  }

  /** The holidays as edited (after OK). */
  java.util.List<org.paceline.model.Holiday> holidays() {
    return holidayList;
  }

  Optional<PlanSettings> ask() {
    return showAndWait();
  }

  private static final class MonthCell extends ListCell<Month> {
    @Override
    protected void updateItem(Month m, boolean empty) {
      super.updateItem(m, empty);
      setText(empty || m == null ? null : m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
  }
}

package org.paceline.ui.board;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.paceline.model.FiscalYearNaming;
import org.paceline.model.PlanSettings;

/** Asks for a new plan's name, fiscal calendar, currency and capacity. */
final class NewPlanDialog extends Dialog<PlanSettings> {

  NewPlanDialog(Window owner) {
    initOwner(owner);
    setTitle("New plan");
    setHeaderText("A new, empty plan");
    TextField name = new TextField();
    name.setId("newPlanName");
    name.setPromptText("e.g. Northwind FY2028");
    ComboBox<Month> start = new ComboBox<>();
    start.getItems().setAll(Month.values());
    start.setValue(Month.JANUARY);
    start.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
      @Override
      protected void updateItem(Month m, boolean empty) {
        super.updateItem(m, empty);
        setText(empty || m == null ? null : m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
      }
    });
    start.setButtonCell(start.getCellFactory().call(null));
    ComboBox<String> naming = new ComboBox<>();
    naming.getItems().setAll("the year it ends in", "the year it starts in");
    naming.setValue("the year it ends in");
    TextField currency = new TextField("USD");
    Spinner<Integer> capacity = new Spinner<>(0, 500, 0);
    capacity.setEditable(true);
    GridPane g = new GridPane();
    g.setHgap(10);
    g.setVgap(8);
    g.setPadding(new Insets(12));
    g.addRow(0, new Label("Name"), name);
    g.addRow(1, new Label("Fiscal year starts in"), start);
    g.addRow(2, new Label("Fiscal year named by"), naming);
    g.addRow(3, new Label("Currency"), currency);
    g.addRow(4, new Label("Capacity (0: no limit)"), capacity);
    getDialogPane().setContent(g);
    getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    getDialogPane().lookupButton(ButtonType.OK).disableProperty()
        .bind(name.textProperty().isEmpty());
    setResultConverter(b -> b != ButtonType.OK ? null : new PlanSettings(name.getText(),
        start.getValue().getValue(), naming.getValue().endsWith("ends in")
            ? FiscalYearNaming.END : FiscalYearNaming.START,
        currency.getText().trim().toUpperCase(Locale.ROOT).matches("[A-Z]{3}")
            ? currency.getText().trim().toUpperCase(Locale.ROOT) : "USD",
        capacity.getValue(), Map.of()));
    setOnShown(e -> name.requestFocus());
  }

  Optional<PlanSettings> ask() {
    return showAndWait();
  }
}

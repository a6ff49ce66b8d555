package org.paceline.ui.orders;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.paceline.analysis.DueOrders;
import org.paceline.analysis.OrderState;
import org.paceline.io.export.DueOrdersPdf;
import org.paceline.model.Plan;
import org.paceline.ui.BackgroundWork;

/**
 * "Due to order": what must be ordered within the next 14 days of the as-of date, and what is
 * overdue, by date, for the weekly check-in. Saved as a PDF to print or send.
 */
public final class DueOrdersPanel extends VBox {

  private final ObservableValue<Plan> plan;
  private final ObservableValue<LocalDate> asOf;
  private final TableView<DueOrders.Row> table = new TableView<>();
  private final Label heading = new Label();
  private final Label message = new Label();
  private final BackgroundWork work;

  /**
   * @param plan the open plan
   * @param asOf the day it is checked
   * @param work runs the PDF export off the JavaFX thread
   * @param showProgram selects a program on the board (by id) when a row is double-clicked
   */
  public DueOrdersPanel(ObservableValue<Plan> plan, ObservableValue<LocalDate> asOf,
      BackgroundWork work, Consumer<String> showProgram) {
    this.plan = plan;
    this.asOf = asOf;
    this.work = work;
    getStyleClass().add("due-orders-panel");
    setSpacing(4);
    heading.getStyleClass().add("details-heading");
    heading.setId("dueOrdersHeading");
    table.setId("dueOrders");
    table.setPlaceholder(new Label("Nothing to order in the next "
        + OrderState.DUE_WITHIN_DAYS + " days."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("Order by", r -> r.orderBy().toString()));
    table.getColumns().add(column("State", r -> r.state() == OrderState.OVERDUE ? "overdue"
        : r.orderBy().equals(asOf.getValue()) ? "today" : "due"));
    table.getColumns().add(column("Item", DueOrders.Row::item));
    table.getColumns().add(column("Program", DueOrders.Row::programName));
    table.getColumns().add(column("Owner", DueOrders.Row::owner));
    table.setRowFactory(t -> {
      TableRow<DueOrders.Row> row = new TableRow<>() {
        @Override
        protected void updateItem(DueOrders.Row r, boolean empty) {
          super.updateItem(r, empty);
          getStyleClass().removeAll("order-due", "order-overdue");
          if (!empty && r != null) {
            getStyleClass().add("order-" + r.state().styleName());
            setTooltip(new Tooltip(r.item() + " for " + r.programName() + " (" + r.programId()
                + ")\nLead time " + r.leadTime().describe() + "; needed on " + r.neededOn()
                + (r.owner().isEmpty() ? "" : "\nOwner: " + r.owner())));
          } else {
            setTooltip(null);
          }
        }
      };
      row.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && row.getItem() != null) {
          showProgram.accept(row.getItem().programId());
        }
      });
      return row;
    });
    VBox.setVgrow(table, Priority.ALWAYS);
    Button pdf = new Button("Save as PDF…");
    pdf.setId("dueOrdersPdf");
    pdf.setTooltip(new Tooltip("Save this list as a PDF to print or send before the check-in"));
    pdf.setOnAction(e -> choosePdf());
    message.setId("dueOrdersMessage");
    message.setWrapText(true);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    getChildren().setAll(new HBox(6, heading, gap, pdf), table, message);
    plan.addListener((o, a, b) -> refresh());
    asOf.addListener((o, a, b) -> refresh());
    refresh();
  }

  /** Lists the orders again (the plan or the as-of date changed). */
  public void refresh() {
    Plan p = plan.getValue();
    LocalDate day = asOf.getValue();
    heading.setText("Due to order · as of " + day);
    table.getItems().setAll(p == null ? java.util.List.of() : DueOrders.of(p, day));
  }

  /** The table, for tests. */
  public TableView<DueOrders.Row> table() {
    return table;
  }

  private void choosePdf() {
    Plan p = plan.getValue();
    if (p == null) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setInitialFileName(p.name() + " - due to order " + asOf.getValue() + ".pdf");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
    File f = chooser.showSaveDialog(getScene().getWindow());
    if (f != null) {
      savePdf(f.toPath());
    }
  }

  /** Writes the list as of the panel's day to {@code file} (off the JavaFX thread). */
  public Task<Integer> savePdf(Path file) {
    Plan p = plan.getValue();
    LocalDate day = asOf.getValue();
    Task<Integer> task = new Task<>() {
      @Override
      protected Integer call() throws Exception {
        return DueOrdersPdf.write(p, day, file);
      }
    };
    task.setOnSucceeded(e -> message.setText("Saved to " + file));
    task.setOnFailed(e -> message.setText("Could not save the PDF: "
        + (task.getException() == null ? "unknown reason" : task.getException().getMessage())));
    work.submit(task);
    return task;
  }

  private static TableColumn<DueOrders.Row, String> column(String name,
      java.util.function.Function<DueOrders.Row, String> get) {
    TableColumn<DueOrders.Row, String> c = new TableColumn<>(name);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(get.apply(d.getValue())));
    c.setSortable(false);
    return c;
  }
}

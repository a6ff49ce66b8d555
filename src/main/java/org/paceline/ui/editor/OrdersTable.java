package org.paceline.ui.editor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.paceline.analysis.OrderDates;
import org.paceline.analysis.OrderState;
import org.paceline.model.LeadDuration;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.Program;

/**
 * The orders of one program in an editable table: item, owner, lead time, needed before and the
 * ordered date are edited in place (Enter applies), the order-by date and state follow from the
 * program's start and the as-of date. Add, "Ordered today" and Delete are each one undoable edit.
 */
public final class OrdersTable extends VBox {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final OrderActions actions;
  private final TableView<Order> table = new TableView<>();
  private final Label problem = new Label();
  private final Button add = new Button("Add order");
  private final Button markOrdered = new Button("Ordered today");
  private final Button delete = new Button("Delete");
  private Program program;
  private OrderDates dates;
  private final javafx.beans.property.BooleanProperty editable =
      new javafx.beans.property.SimpleBooleanProperty(this, "editable", true);

  public OrdersTable(OrderActions actions) {
    this.actions = actions;
    getStyleClass().add("orders-table");
    setId("ordersTable");
    setSpacing(4);
    Label heading = new Label("Orders");
    heading.getStyleClass().add("details-heading");
    table.setId("orders");
    table.editableProperty().bind(editable);
    table.setPrefHeight(150);
    table.setPlaceholder(new Label("Nothing to order for this program yet."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(editable("Item", Order::item, (o, v) ->
        new Order(o.program(), v, o.owner(), o.leadTime(), o.neededBefore(), o.ordered())));
    table.getColumns().add(editable("Owner", Order::owner, (o, v) ->
        new Order(o.program(), o.item(), v, o.leadTime(), o.neededBefore(), o.ordered())));
    table.getColumns().add(editable("Lead time", o -> o.leadTime().toString(), (o, v) ->
        new Order(o.program(), o.item(), o.owner(), LeadDuration.parseWithUnit(v),
            o.neededBefore(), o.ordered())));
    table.getColumns().add(editable("Needed before", o -> o.neededBefore().toString(),
        (o, v) -> new Order(o.program(), o.item(), o.owner(), o.leadTime(),
            v.isBlank() ? LeadDuration.days(0) : LeadDuration.parseWithUnit(v), o.ordered())));
    TableColumn<Order, String> by = new TableColumn<>("Order by");
    by.setId("orderBy");
    by.setEditable(false);
    by.setCellValueFactory(d -> new ReadOnlyStringWrapper(orderBy(d.getValue()).toString()));
    table.getColumns().add(by);
    table.getColumns().add(editable("Ordered", o -> o.ordered() == null ? "" : o.ordered()
        .toString(), (o, v) -> o.withOrdered(v.isBlank() ? null : date(v))));
    TableColumn<Order, OrderState> state = new TableColumn<>("State");
    state.setEditable(false);
    state.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(state(d.getValue())));
    state.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
      @Override
      protected void updateItem(OrderState s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty || s == null ? "" : describe(s));
      }
    });
    table.getColumns().add(state);
    table.setRowFactory(t -> new TableRow<>() {
      @Override
      protected void updateItem(Order o, boolean empty) {
        super.updateItem(o, empty);
        for (OrderState s : OrderState.values()) {
          getStyleClass().remove("order-" + s.styleName());
        }
        if (!empty && o != null) {
          getStyleClass().add("order-" + state(o).styleName());
        }
      }
    });
    add.setId("addOrder");
    add.setOnAction(e -> addOrder());
    markOrdered.setId("markOrdered");
    markOrdered.setOnAction(e -> {
      Order o = table.getSelectionModel().getSelectedItem();
      if (o != null) {
        apply(o, o.withOrdered(LocalDate.now()));
      }
    });
    delete.setId("deleteOrder");
    delete.setOnAction(e -> {
      Order o = table.getSelectionModel().getSelectedItem();
      if (o != null) {
        actions.deleteOrder(o);
      }
    });
    var none = table.getSelectionModel().selectedItemProperty().isNull()
        .or(editable.not());
    add.disableProperty().bind(editable.not());
    markOrdered.disableProperty().bind(none);
    delete.disableProperty().bind(none);
    problem.setId("orderProblem");
    problem.getStyleClass().add("form-problem");
    problem.setWrapText(true);
    getChildren().setAll(heading, table, new HBox(6, add, markOrdered, delete), problem);
  }

  /** Shows the orders of {@code p} in {@code plan}. */
  public void show(Program p, Plan plan) {
    String keep = table.getSelectionModel().getSelectedItem() == null ? null
        : table.getSelectionModel().getSelectedItem().itemKey();
    program = p;
    dates = OrderDates.of(plan);
    table.getItems().setAll(plan.ordersOf(p.id()));
    problem.setText("");
    if (keep != null) {
      table.getItems().stream().filter(o -> o.itemKey().equals(keep)).findFirst()
          .ifPresent(o -> table.getSelectionModel().select(o));
    }
  }

  /**
   * Whether the orders may be changed: when false the cells are not editable and Add, Ordered
   * today and Delete are disabled.
   */
  public javafx.beans.property.BooleanProperty editableProperty() {
    return editable;
  }

  /** The table, for tests. */
  public TableView<Order> table() {
    return table;
  }

  private LocalDate orderBy(Order o) {
    return dates.orderBy(o, program.start());
  }

  private OrderState state(Order o) {
    return OrderState.of(orderBy(o), o.ordered(), actions.asOfProperty().get());
  }

  /** The state in words, for the table and tooltips. */
  public static String describe(OrderState s) {
    return switch (s) {
      case ORDERED_IN_TIME -> "ordered in time";
      case ORDERED_LATE -> "ordered late";
      case LATER -> "not due yet";
      case DUE -> "due within " + OrderState.DUE_WITHIN_DAYS + " days";
      case OVERDUE -> "overdue";
    };
  }

  private void addOrder() {
    if (program == null) {
      return;
    }
    java.util.Set<String> taken = new java.util.HashSet<>();
    table.getItems().forEach(o -> taken.add(o.itemKey()));
    int n = 1;
    while (taken.contains(Order.itemKey(itemName(n)))) {
      n++;
    }
    String item = itemName(n);
    actions.addOrder(new Order(program.id(), item, "", LeadDuration.weeks(2),
        LeadDuration.days(0), null));
  }

  private static String itemName(int n) {
    return n <= 1 ? "New item" : "New item " + n;
  }

  private void apply(Order before, Order after) {
    if (!actions.changeOrder(before, after)) {
      problem.setText("Not saved: this program already has that item, or the order is gone.");
      table.refresh();
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.trim(), ISO);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a date; expected yyyy-mm-dd,"
          + " e.g. 2027-03-01, or empty while not ordered");
    }
  }

  private TableColumn<Order, String> editable(String name,
      java.util.function.Function<Order, String> get, BiFunction<Order, String, Order> set) {
    TableColumn<Order, String> col = new TableColumn<>(name);
    col.setId("order" + name.replace(" ", ""));
    col.setCellValueFactory(d -> new ReadOnlyStringWrapper(get.apply(d.getValue())));
    col.setCellFactory(TextFieldTableCell.forTableColumn());
    col.setOnEditCommit(e -> {
      Order before = e.getRowValue();
      Order after;
      try {
        after = set.apply(before, e.getNewValue() == null ? "" : e.getNewValue().trim());
      } catch (IllegalArgumentException ex) {
        problem.setText(name + ": " + ex.getMessage());
        table.refresh();
        return;
      }
      apply(before, after);
    });
    return col;
  }
}

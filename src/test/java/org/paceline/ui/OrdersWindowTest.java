package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.DueOrders;
import org.paceline.analysis.OrderState;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Holiday;
import org.paceline.model.LeadDuration;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.storage.Workspace;
import org.paceline.ui.timeline.TimelineSelection;
import org.paceline.ui.timeline.impl.TimelineSkin;
import org.testfx.util.WaitForAsyncUtils;

/** Orders in the real window: the as-of date, the marks, the orders table and "Due to order". */
class OrdersWindowTest extends BoardWindowTest {

  /** P-05 "Hannover Messe booth and materials" starts 2027-02-15. */
  void start() throws Exception {
    ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      Plan plan = SamplePlan.load().withOrders(List.of(
          new Order("P-05", "Booth graphics", "Sales: Dana", LeadDuration.workingDays(15), null,
              null), // O 2027-01-22 with the holiday below
          new Order("P-05", "Giveaways", "", LeadDuration.weeks(2), null, null), // O 2027-02-01
          new Order("P-05", "Venue", "Events", LeadDuration.months(3), null,
              LocalDate.of(2026, 11, 20)), // O 2026-11-15: ordered late
          new Order("P-03", "Printed brochures", "", LeadDuration.weeks(3), null, null)))
          .withHolidays(List.of(new Holiday(LocalDate.of(2027, 2, 1), "Company day")));
      w.plans().insert(plan);
    }
    launch();
  }

  /** Presses a button of the details panel, which may lie below the panel's fold. */
  void press(String id) {
    interact(() -> lookup(id).queryButton().fire());
    WaitForAsyncUtils.waitForFxEvents();
  }

  Plan stored() {
    Workspace w = storedWorkspace();
    return w.plans().load(w.plans().list().get(0).id());
  }

  void setAsOf(String day) {
    DatePicker picker = lookup("#asOf").queryAs(DatePicker.class);
    interact(() -> picker.getEditor().clear());
    clickOn(picker.getEditor()).write(day).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(LocalDate.parse(day), picker.getValue());
  }

  @SuppressWarnings("unchecked")
  TableView<DueOrders.Row> dueTable() {
    return lookup("#dueOrders").queryAs(TableView.class);
  }

  @Test
  void theAsOfDateDrivesTheMarksAndTheDueToOrderPanel() throws Exception {
    start();
    assertEquals(LocalDate.now(), lookup("#asOf").queryAs(DatePicker.class).getValue());
    setAsOf("2027-01-18");
    List<String> due = dueTable().getItems().stream().map(DueOrders.Row::item).toList();
    // Booth graphics O 2027-01-22, Giveaways 2027-02-01 (14 days ahead); brochures 2027-02-08
    assertEquals(List.of("Booth graphics", "Giveaways"), due);
    assertTrue(timeline().getConflicts().stream().anyMatch(c -> c.item().equals("Venue")
        && c.rule().name().equals("ORDER_LATE")));

    // the marks sit on P-05's row, coloured by state, with a tooltip
    interact(() -> timeline().revealRequestProperty().set(
        new TimelineSelection.ProgramItem("P-05")));
    WaitForAsyncUtils.waitForFxEvents();
    TimelineSkin skin = (TimelineSkin) timeline().getSkin();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> skin.orderMark("P-05", "Venue") != null);
    Object[] venue = skin.orderMark("P-05", "Venue");
    assertEquals("order." + OrderState.ORDERED_LATE.styleName(), venue[3]);
    assertEquals("order." + OrderState.DUE.styleName(),
        skin.orderMark("P-05", "Booth graphics")[3]);
    Point2D onScreen = skin.canvas().localToScreen((double) venue[0], (double) venue[1]);
    moveTo(onScreen);
    WaitForAsyncUtils.waitForFxEvents();
    Object[] booth = skin.orderMark("P-05", "Booth graphics");
    assertTrue(((String) booth[2]).contains("Order: Booth graphics")
        && ((String) booth[2]).contains("Owner: Sales: Dana")
        && ((String) booth[2]).contains("Lead time 15 working days")
        && ((String) booth[2]).contains("Order by 2027-01-22")
        && ((String) booth[2]).contains("Not ordered yet"), (String) booth[2]);

    // a week later the booth graphics are overdue
    setAsOf("2027-01-25");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> ("order." + OrderState.OVERDUE.styleName()).equals(skin.orderMark("P-05", "Booth graphics")[3]));
    assertEquals(OrderState.OVERDUE, dueTable().getItems().get(0).state());
    Screenshots.save(stage.getScene(), "orders-board");

    Path pdf = dir.resolve("due.pdf");
    var task = board().dueOrdersPanel().savePdf(pdf);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
    assertTrue(Files.size(pdf) > 1000);
  }

  @Test
  void ordersAreEditedInTheDetailsPanelAndUndone() throws Exception {
    start();
    setAsOf("2027-01-18");
    interact(() -> timeline().setSelection(new TimelineSelection.ProgramItem("P-05")));
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    TableView<Order> orders = lookup("#orders").queryAs(TableView.class);
    assertEquals(3, orders.getItems().size());
    Screenshots.save(stage.getScene(), "orders-details");

    // mark "Giveaways" ordered today, then undo
    interact(() -> orders.getSelectionModel().select(1));
    press("#markOrdered");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(LocalDate.now(), stored().orders().get(1).ordered());
    clickOn("#undoButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertNull(stored().orders().get(1).ordered());

    // edit the lead time in place
    interact(() -> orders.edit(0, orders.getColumns().get(2)));
    WaitForAsyncUtils.waitForFxEvents();
    interact(() -> lookup(".table-cell .text-field").queryTextInputControl().setText("20wd"));
    type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(LeadDuration.workingDays(20), stored().orders().get(0).leadTime());
    // a bad duration changes nothing and says why
    interact(() -> orders.edit(0, orders.getColumns().get(2)));
    WaitForAsyncUtils.waitForFxEvents();
    interact(() -> lookup(".table-cell .text-field").queryTextInputControl().setText("20"));
    type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(LeadDuration.workingDays(20), stored().orders().get(0).leadTime());
    assertTrue(lookup("#orderProblem").queryLabeled().getText().contains("has no unit"),
        lookup("#orderProblem").queryLabeled().getText());

    // add, then delete, then undo both
    press("#addOrder");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(5, stored().orders().size());
    assertEquals("New item", stored().orders().get(4).item());
    interact(() -> orders.getSelectionModel().select(0));
    press("#deleteOrder");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(4, stored().orders().size());
    assertNotNull(stored().orders().stream().filter(o -> o.item().equals("Venue")).findFirst()
        .orElse(null));
    clickOn("#undoButton");
    clickOn("#undoButton");
    clickOn("#undoButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(LeadDuration.workingDays(15), stored().orders().get(0).leadTime());
    assertEquals(4, stored().orders().size());
  }
}

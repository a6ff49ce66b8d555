package org.paceline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Holiday;
import org.paceline.model.LeadDuration;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.storage.Workspace;

/** Orders and holidays edited through the editor: each step stored at once, each undoable. */
class OrderEditingTest {

  @TempDir Path dir;
  Workspace ws;
  PlanEditor editor;
  long id;
  Plan original;

  @BeforeEach
  void open() {
    ws = Workspace.open(dir);
    Plan sample = SamplePlan.load();
    List<Order> orders = new ArrayList<>();
    orders.add(order("P-05", "Booth graphics", "15wd", null));
    orders.add(order("P-03", "Printed brochures", "6w", null));
    orders.add(order("P-05", "Giveaways", "10d", LocalDate.of(2026, 11, 2)));
    original = sample.withOrders(orders)
        .withHolidays(List.of(new Holiday(LocalDate.of(2026, 12, 25), "Christmas")));
    id = ws.plans().insert(original);
    editor = new PlanEditor(ws.plans());
    editor.show(id, editor.load(id));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  static Order order(String program, String item, String lead, LocalDate ordered) {
    return new Order(program, item, "Sales: Dana", LeadDuration.parseWithUnit(lead),
        LeadDuration.days(0), ordered);
  }

  Plan stored() {
    return ws.plans().load(id);
  }

  @Test
  void ordersAndHolidaysAreStoredAndLoadedAsTheyWere() {
    assertEquals(original, stored());
  }

  @Test
  void addEditMarkAndDeleteAreEachOneUndoableStoredStep() {
    Order added = order("P-03", "Venue", "2m", null);
    editor.addOrder(added);
    assertEquals(stored(), editor.plan());
    assertEquals(added, stored().orders().get(3));

    Order marked = added.withOrdered(LocalDate.of(2027, 1, 4));
    editor.changeOrder(added, marked, "Mark \u201cVenue\u201d ordered");
    assertEquals(marked, stored().orders().get(3));

    Order first = editor.plan().orders().get(0);
    Order renamed = new Order(first.program(), "Booth graphics (large)", "Marketing: Lee",
        LeadDuration.workingDays(20), LeadDuration.workingDays(3), null);
    editor.changeOrder(first, renamed, "Edit");
    assertEquals(renamed, stored().orders().get(0));

    editor.deleteOrder(editor.plan().orders().get(1));
    assertEquals(3, stored().orders().size());
    assertEquals(stored(), editor.plan());

    for (int k = 0; k < 4; k++) {
      editor.commands().undo();
      assertEquals(stored(), editor.plan(), "undo " + k);
    }
    assertEquals(original, stored());
    for (int k = 0; k < 4; k++) {
      editor.commands().redo();
      assertEquals(stored(), editor.plan(), "redo " + k);
    }
    assertEquals(List.of("Booth graphics (large)", "Giveaways", "Venue"),
        stored().orders().stream().map(Order::item).toList());
  }

  @Test
  void theSameItemTwiceInAProgramIsRefusedIgnoringCase() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> editor.addOrder(order("P-05", "BOOTH graphics", "1w", null)));
    assertTrue(e.getMessage().contains("already has an order"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> editor.addOrder(order("P-99", "Anything", "1w", null)));
    editor.addOrder(order("P-03", "Booth graphics", "1w", null)); // another program: fine
    assertEquals(original, editor.plan().withOrders(editor.plan().orders().subList(0, 3)));
  }

  @Test
  void deletingAProgramTakesItsOrdersAndUndoBringsThemBack() {
    Program p05 = editor.plan().programs().stream().filter(p -> p.id().equals("P-05"))
        .findFirst().orElseThrow();
    editor.deleteProgram(p05);
    assertEquals(List.of("Printed brochures"),
        stored().orders().stream().map(Order::item).toList());
    assertEquals(stored(), editor.plan());
    editor.commands().undo();
    assertEquals(original, stored());
    assertEquals(original, editor.plan());
  }

  @Test
  void movingAProgramKeepsItsOrdersAndRenamingItTakesThemAlong() {
    Program p05 = editor.plan().programs().stream().filter(p -> p.id().equals("P-05"))
        .findFirst().orElseThrow();
    Program moved = p05.withDates(p05.start().plusDays(14), p05.end().plusDays(14));
    editor.changeProgram(p05, moved, "Move");
    assertEquals(original.orders(), stored().orders(), "ordered dates are facts; nothing moves");
    Program renamed = new Program("P-55", moved.name(), moved.kind(), moved.owner(),
        moved.start(), moved.end(), moved.supports(), moved.minLead(), moved.maxLead(),
        moved.cost(), moved.salesShare(), moved.expectedLeads(), moved.status(),
        moved.salesReview());
    editor.changeProgram(moved, renamed, "Rename");
    assertEquals(stored(), editor.plan());
    assertEquals(2, stored().ordersOf("P-55").size());
    editor.commands().undo();
    editor.commands().undo();
    assertEquals(original, stored());
    assertEquals(original, editor.plan());
  }

  @Test
  void holidaysAreReplacedAsOneStep() {
    List<Holiday> days = List.of(new Holiday(LocalDate.of(2027, 1, 1), "New Year"),
        new Holiday(LocalDate.of(2026, 12, 25), "Christmas"));
    editor.changeHolidays(days);
    assertEquals(days, stored().holidays());
    assertThrows(IllegalArgumentException.class, () -> editor.changeHolidays(List.of(
        new Holiday(LocalDate.of(2027, 1, 1), "a"), new Holiday(LocalDate.of(2027, 1, 1), "b"))));
    editor.commands().undo();
    assertEquals(original.holidays(), stored().holidays());
  }
}

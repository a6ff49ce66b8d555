package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.imports.SamplePlan;
import static org.paceline.storage.jooq.Tables.PLAN;
import static org.paceline.storage.jooq.Tables.PROGRAM;
import static org.paceline.storage.jooq.Tables.PROGRAM_ORDER;

import java.time.LocalDate;
import org.paceline.model.Holiday;
import org.paceline.model.InitiativeShift;
import org.paceline.model.LeadDuration;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;
import org.paceline.model.Program;
import org.paceline.model.ShiftDuration;

/**
 * The plan repository's behaviour, the same on every database Paceline stores plans in: an H2
 * workspace folder ({@link PlanRepositoryTest}) and a PostgreSQL server
 * ({@link PlanRepositoryPostgresTest}).
 */
abstract class AbstractPlanRepositoryTest {

  /** Opens the workspace under test; a second call opens the same one again. */
  abstract Workspace open();

  /**
   * Makes every {@code operation} (INSERT, UPDATE or DELETE) on {@code table} of {@code ws} fail
   * with {@link RefusingTrigger#MESSAGE}, until the result is closed: a failure in the middle of
   * a transaction.
   */
  abstract AutoCloseable refuse(Workspace ws, String table, String operation) throws Exception;

  @Test
  void aStoredPlanLoadsBackEqualAfterReopening() {
    Plan sample = SamplePlan.load();
    Plan generated = PlanGenerator.generate(7, 500, 80, 60, 2);
    long a;
    long b;
    try (Workspace ws = open()) {
      a = ws.plans().insert(sample);
      b = ws.plans().insert(generated);
    }
    try (Workspace ws = open()) {
      assertEquals(sample, ws.plans().load(a));
      assertEquals(generated, ws.plans().load(b));
      List<PlanSummary> plans = ws.plans().list();
      assertEquals(List.of("Generated plan 7", "Northwind Controls FY2027"),
          plans.stream().map(PlanSummary::name).toList());
      assertEquals(18, plans.get(1).programs());
    }
  }

  @Test
  void namesStayUniqueAndDeletingRemovesEverything() {
    try (Workspace ws = open()) {
      Plan sample = SamplePlan.load();
      ws.plans().insert(sample);
      String second = ws.plans().uniqueName(sample.name());
      assertEquals("Northwind Controls FY2027 (2)", second);
      long id = ws.plans().insert(sample.withName(second));
      assertEquals("Northwind Controls FY2027 (3)", ws.plans().uniqueName(sample.name()));
      ws.plans().delete(id);
      assertEquals(1, ws.plans().list().size());
      assertThrows(WorkspaceException.class, () -> ws.plans().load(id));
      assertThrows(RuntimeException.class, () -> ws.plans().insert(sample),
          "the database itself refuses a second plan of the same name");
      assertEquals(1, ws.plans().list().size(), "a failed insert leaves nothing behind");
    }
  }

  @Test
  void singleProgramEditsKeepTheOrderAndReplaceRestoresAll() {
    try (Workspace ws = open()) {
      Plan before = SamplePlan.load();
      long id = ws.plans().insert(before);
      Program third = before.programs().get(2);
      Program moved = third.withDates(third.start().plusDays(7), third.end().plusDays(7));
      ws.plans().updateProgram(id, third.id(), moved);
      assertEquals(moved, ws.plans().load(id).programs().get(2));

      ws.plans().deleteProgram(id, third.id());
      List<Program> expected = new ArrayList<>(before.programs());
      expected.remove(2);
      assertEquals(expected, ws.plans().load(id).programs());

      ws.plans().insertProgram(id, 0, third);
      expected.add(0, third);
      assertEquals(expected, ws.plans().load(id).programs());

      assertThrows(WorkspaceException.class,
          () -> ws.plans().updateProgram(id, "P-999", moved), "no such program");
      ws.plans().replace(id, before);
      assertEquals(before, ws.plans().load(id));
    }
  }

  static final String STALE_TAIL = " a moment ago, so this change was not saved. The board shows"
      + " it as it is now; make the change again if it is still needed.";

  static Plan withOrdersAndHolidays(Plan p) {
    String first = p.programs().get(0).id();
    return p.withOrders(List.of(
            new Order(first, "Booth graphics", "Sales: Dana", LeadDuration.workingDays(15),
                LeadDuration.weeks(1), null),
            new Order(first, "Brochures", "", LeadDuration.weeks(3), LeadDuration.days(0), null)))
        .withHolidays(List.of(new Holiday(LocalDate.of(2027, 1, 1), "New Year")));
  }

  @Test
  void aStaleOrderOrHolidayWriteIsRefusedAndNothingIsOverwritten() {
    try (Workspace ws = open()) {
      long id = ws.plans().insert(withOrdersAndHolidays(SamplePlan.load()));
      // two clients of the same plan, each with the base it read
      PlanRepository ana = new PlanRepository(ws.dsl(), "ana");
      PlanRepository bob = new PlanRepository(ws.dsl(), "bob");
      Plan seenByAna = ana.load(id);
      Plan seenByBob = bob.load(id);
      Order booth = seenByAna.orders().get(0);
      Order anaOrdered = booth.withOrdered(LocalDate.of(2026, 12, 1));
      ana.updateOrder(id, booth, anaOrdered);

      WorkspaceException e = assertThrows(WorkspaceException.class,
          () -> bob.updateOrder(id, booth, booth.withOrdered(LocalDate.of(2026, 12, 3))));
      assertEquals(WorkspaceException.Problem.STALE, e.problem());
      assertEquals("\u201cBooth graphics\u201d was changed by ana" + STALE_TAIL, e.getMessage());
      assertThrows(WorkspaceException.class, () -> bob.deleteOrder(id, booth),
          "a delete based on the older order is refused too");
      assertEquals(anaOrdered, ws.plans().load(id).orders().get(0), "Ana's change is kept");
      // the other order was not touched by Ana: Bob may still change it
      Order brochures = seenByBob.orders().get(1);
      bob.updateOrder(id, brochures, new Order(brochures.program(), brochures.item(), "Bob",
          brochures.leadTime(), brochures.neededBefore(), null));
      // after reloading, Bob's base is current again
      Order now = bob.load(id).orders().get(0);
      bob.deleteOrder(id, now);
      assertEquals(List.of("Brochures"),
          ws.plans().load(id).orders().stream().map(Order::item).toList());
      assertThrows(WorkspaceException.class, () -> ana.updateOrder(id, anaOrdered, booth),
          "Ana's order is gone");

      List<Holiday> anaDays = List.of(new Holiday(LocalDate.of(2027, 12, 25), "Christmas Day"));
      ana.load(id);
      ana.replaceHolidays(id, anaDays);
      WorkspaceException h = assertThrows(WorkspaceException.class,
          () -> bob.replaceHolidays(id, List.of()));
      assertEquals("The holidays of \u201cNorthwind Controls FY2027\u201d were changed by ana"
          + STALE_TAIL, h.getMessage());
      assertEquals(anaDays, ws.plans().load(id).holidays());
      bob.load(id);
      bob.replaceHolidays(id, List.of());
      assertEquals(List.of(), ws.plans().load(id).holidays());
    }
  }

  @Test
  void orderHolidayRenameAndShiftWritesCountInThePlansVersion() {
    try (Workspace ws = open()) {
      long id = ws.plans().insert(withOrdersAndHolidays(SamplePlan.load()));
      PlanRepository ana = new PlanRepository(ws.dsl(), "ana");
      PlanRepository bob = new PlanRepository(ws.dsl(), "bob");
      Plan plan = ana.load(id);
      long v0 = planVersion(ws, id);
      Order booth = plan.orders().get(0);
      Order ordered = booth.withOrdered(LocalDate.of(2026, 12, 1));
      ana.updateOrder(id, booth, ordered);
      long v1 = planVersion(ws, id);
      assertEquals(v0 + 1, v1);
      // the order written takes the plan's new version, and names its writer
      var row = ws.dsl().selectFrom(PROGRAM_ORDER).where(PROGRAM_ORDER.PLAN_ID.eq(id)
          .and(PROGRAM_ORDER.ITEM.eq("Booth graphics"))).fetchOne();
      assertEquals(v1, row.getRowVersion());
      assertEquals("ana", row.getChangedBy());
      ana.replaceHolidays(id, List.of());
      assertEquals(v1 + 1, planVersion(ws, id));
      ana.rename(id, "Renamed");
      assertEquals(v1 + 2, planVersion(ws, id));
      InitiativeShift.Result shift = InitiativeShift.apply(plan,
          plan.initiatives().get(0).id(), ShiftDuration.parse("1w"), true);
      List<Program> moved = new ArrayList<>();
      for (int i = 0; i < plan.programs().size(); i++) {
        if (plan.programs().get(i) != shift.plan().programs().get(i)) {
          moved.add(shift.plan().programs().get(i));
        }
      }
      ana.updateInitiativeAndPrograms(id, shift.after(), moved);
      long v4 = planVersion(ws, id);
      assertEquals(v1 + 3, v4);
      assertEquals(v4, ws.dsl().select(PROGRAM.ROW_VERSION).from(PROGRAM)
          .where(PROGRAM.PLAN_ID.eq(id).and(PROGRAM.ID.eq(moved.get(0).id())))
          .fetchOne(PROGRAM.ROW_VERSION), "a shifted program takes the plan's version");
      assertEquals(v4, ws.dsl().select(PLAN.ROW_VERSION).from(PLAN).where(PLAN.ID.eq(id))
          .fetchOne(PLAN.ROW_VERSION));
      // a board that has seen all of it may replace the whole plan; an older view may not
      Plan current = ana.load(id);
      PlanRepository stale = new PlanRepository(ws.dsl(), "bob");
      stale.load(id);
      ana.updateOrder(id, ordered, booth);
      WorkspaceException e = assertThrows(WorkspaceException.class,
          () -> stale.replace(id, plan));
      assertEquals("The plan \u201cRenamed\u201d was changed by ana" + STALE_TAIL,
          e.getMessage());
      assertEquals(current.orders().size(), ws.plans().load(id).orders().size());
      bob.load(id);
      bob.replace(id, plan);
      assertEquals(plan, ws.plans().load(id));
      // and a shift from a view older than a program's last move is refused
      assertThrows(WorkspaceException.class,
          () -> ana.updateInitiativeAndPrograms(id, shift.after(), moved));
    }
  }

  static long planVersion(Workspace ws, long id) {
    return ws.dsl().select(PLAN.ROW_VERSION).from(PLAN).where(PLAN.ID.eq(id))
        .fetchOne(PLAN.ROW_VERSION);
  }

  /**
   * The sample plan with orders of its third program between those of others, so that a
   * removal and a restore must keep the orders' places, not only their set.
   */
  static Plan withInterleavedOrders(Plan p) {
    String first = p.programs().get(0).id();
    String third = p.programs().get(2).id();
    String fifth = p.programs().get(4).id();
    return p.withOrders(List.of(
        new Order(first, "Venue", "", LeadDuration.weeks(8), null, null),
        new Order(third, "Booth graphics", "Sales: Dana", LeadDuration.workingDays(15),
            LeadDuration.weeks(1), LocalDate.of(2026, 11, 2)),
        new Order(fifth, "Speaker travel", "", LeadDuration.weeks(4), null, null),
        new Order(third, "Brochures", "", LeadDuration.weeks(3), LeadDuration.days(0), null),
        new Order(first, "Catering", "", LeadDuration.days(10), null, null)));
  }

  @Test
  void aRemovedProgramComesBackWithItsOrdersInPlace() {
    Plan before = withInterleavedOrders(SamplePlan.load());
    Program third = before.programs().get(2);
    long id;
    try (Workspace ws = open()) {
      id = ws.plans().insert(before);
      PlanRepository ana = new PlanRepository(ws.dsl(), "ana");
      ana.load(id);
      long v0 = planVersion(ws, id);

      PlanRepository.RemovedProgram removed = ana.removeProgram(id, third.id());
      assertEquals(2, removed.index());
      assertEquals(third, removed.program());
      assertEquals(before.ordersOf(third.id()), removed.orders());
      assertEquals(List.of(1, 3), java.util.Arrays.stream(removed.orderPositions()).boxed()
          .toList());
      assertEquals(v0 + 1, planVersion(ws, id), "one removal, one step of the plan's version");
      Plan gone = ws.plans().load(id);
      List<Program> expected = new ArrayList<>(before.programs());
      expected.remove(2);
      assertEquals(expected, gone.programs());
      assertEquals(List.of("Venue", "Speaker travel", "Catering"),
          gone.orders().stream().map(Order::item).toList());
      assertEquals(0, ws.dsl().fetchCount(PROGRAM_ORDER, PROGRAM_ORDER.PLAN_ID.eq(id)
          .and(PROGRAM_ORDER.PROGRAM_ID.eq(third.id()))));

      ana.restoreProgram(id, removed);
      assertEquals(v0 + 2, planVersion(ws, id));
      assertEquals(before, ws.plans().load(id), "the program and its orders back in place");
      // the restored rows take the plan's version and name their writer
      var row = ws.dsl().selectFrom(PROGRAM_ORDER).where(PROGRAM_ORDER.PLAN_ID.eq(id)
          .and(PROGRAM_ORDER.ITEM.eq("Brochures"))).fetchOne();
      assertEquals(v0 + 2, row.getRowVersion());
      assertEquals("ana", row.getChangedBy());
      // the client knows what it wrote: it can remove and restore again without reloading
      PlanRepository.RemovedProgram again = ana.removeProgram(id, third.id());
      assertEquals(removed, again);
      ana.restoreProgram(id, again);
    }
    try (Workspace ws = open()) {
      assertEquals(before, ws.plans().load(id), "as stored, after reopening");
    }
  }

  @Test
  void aStaleRemoveOfAProgramIsRefusedAndChangesNothing() {
    try (Workspace ws = open()) {
      Plan plan = withInterleavedOrders(SamplePlan.load());
      long id = ws.plans().insert(plan);
      Program third = plan.programs().get(2);
      PlanRepository ana = new PlanRepository(ws.dsl(), "ana");
      PlanRepository bob = new PlanRepository(ws.dsl(), "bob");
      ana.load(id);
      bob.load(id);

      // Ana moves the program: Bob's removal is based on the older program
      Program moved = third.withDates(third.start().plusDays(7), third.end().plusDays(7));
      ana.updateProgram(id, third.id(), moved);
      assertRefusedAndUnchanged(ws, id, bob, third.id(),
          "\u201c" + third.name() + "\u201d was changed by ana" + STALE_TAIL);

      // Ana places one of its orders
      bob.load(id);
      Order booth = plan.orders().get(1);
      ana.updateOrder(id, booth, booth.withOrdered(LocalDate.of(2026, 12, 1)));
      assertRefusedAndUnchanged(ws, id, bob, third.id(),
          "\u201cBooth graphics\u201d was changed by ana" + STALE_TAIL);

      // Ana adds an order Bob has not seen
      bob.load(id);
      ana.appendOrder(id, new Order(third.id(), "Giveaways", "", LeadDuration.weeks(2), null,
          null));
      assertRefusedAndUnchanged(ws, id, bob, third.id(),
          "\u201cGiveaways\u201d was changed by ana" + STALE_TAIL);

      // Ana removes an order Bob still sees
      bob.load(id);
      ana.load(id);
      ana.deleteOrder(id, plan.orders().get(3));
      WorkspaceException gone = assertRefusedAndUnchanged(ws, id, bob, third.id(), null);
      assertTrue(gone.getMessage().startsWith("The order \u201cbrochures\u201d is no longer in"
          + " the plan; someone else removed it a moment ago"), gone.getMessage());

      // based on what is stored now, the removal goes through, all of it
      Plan now = bob.load(id);
      PlanRepository.RemovedProgram removed = bob.removeProgram(id, third.id());
      assertEquals(now.ordersOf(third.id()), removed.orders());
      assertEquals(List.of(), ws.plans().load(id).ordersOf(third.id()));
      // and a restore is refused when someone else took the id meanwhile, writing nothing
      ana.load(id);
      ana.insertProgram(id, 0, third);
      Plan taken = ws.plans().load(id);
      long v = planVersion(ws, id);
      WorkspaceException e = assertThrows(WorkspaceException.class,
          () -> bob.restoreProgram(id, removed));
      assertEquals(WorkspaceException.Problem.STALE, e.problem());
      assertEquals("\u201c" + third.name() + "\u201d was changed by ana" + STALE_TAIL,
          e.getMessage());
      assertEquals(taken, ws.plans().load(id));
      assertEquals(v, planVersion(ws, id));
    }
  }

  /**
   * {@code who} removing {@code programId} is refused as stale (with {@code message}, unless
   * null) and the plan, its version included, stays exactly as it was.
   */
  private static WorkspaceException assertRefusedAndUnchanged(Workspace ws, long id,
      PlanRepository who, String programId, String message) {
    Plan stored = ws.plans().load(id);
    long version = planVersion(ws, id);
    WorkspaceException e = assertThrows(WorkspaceException.class,
        () -> who.removeProgram(id, programId));
    assertEquals(WorkspaceException.Problem.STALE, e.problem(), e.getMessage());
    if (message != null) {
      assertEquals(message, e.getMessage());
    }
    assertEquals(stored, ws.plans().load(id), "a refused removal changes nothing");
    assertEquals(version, planVersion(ws, id));
    return e;
  }

  @Test
  void aFailureHalfWayThroughARemovalOrARestoreLeavesNothingHalfDone() throws Exception {
    try (Workspace ws = open()) {
      Plan before = withInterleavedOrders(SamplePlan.load());
      long id = ws.plans().insert(before);
      Program third = before.programs().get(2);
      PlanRepository ana = new PlanRepository(ws.dsl(), "ana");
      ana.load(id);
      long v0 = planVersion(ws, id);
      // the program's row goes last, after its orders: refused there, the orders must stay
      try (AutoCloseable refused = refuse(ws, "program", "DELETE")) {
        RuntimeException e = assertThrows(RuntimeException.class,
            () -> ana.removeProgram(id, third.id()));
        assertTrue(String.valueOf(e.getMessage()).contains(RefusingTrigger.MESSAGE),
            e.getMessage());
      }
      assertEquals(before, ws.plans().load(id), "no order gone without its program");
      assertEquals(v0, planVersion(ws, id));

      PlanRepository.RemovedProgram removed = ana.removeProgram(id, third.id());
      Plan gone = ws.plans().load(id);
      long v1 = planVersion(ws, id);
      // the orders go in after the program: refused there, the program must not come back
      try (AutoCloseable refused = refuse(ws, "program_order", "INSERT")) {
        RuntimeException e = assertThrows(RuntimeException.class,
            () -> ana.restoreProgram(id, removed));
        assertTrue(String.valueOf(e.getMessage()).contains(RefusingTrigger.MESSAGE),
            e.getMessage());
      }
      assertEquals(gone, ws.plans().load(id), "no program back without its orders");
      assertEquals(v1, planVersion(ws, id));

      ana.restoreProgram(id, removed);
      assertEquals(before, ws.plans().load(id));
    }
  }
}

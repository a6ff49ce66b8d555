package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;

/** A cancel asked between batches of programs rolls the whole transaction back. */
class PlanRepositoryCancelTest {

  @TempDir Path dir;

  static List<Program> programs(int n, String prefix) {
    List<Program> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Program(prefix + i, "Item " + i, ProgramKind.CAMPAIGN, "", LocalDate.of(2027,
          3, 1), LocalDate.of(2027, 3, 5), "", null, null, BigDecimal.ZERO, BigDecimal.ZERO, 0,
          ProgramStatus.PLANNED, null));
    }
    return out;
  }

  /** Says "cancel" the {@code n}th time it is asked. */
  static java.util.function.BooleanSupplier cancelOnCall(int n, AtomicInteger asked) {
    return () -> asked.incrementAndGet() >= n;
  }

  @Test
  void aNewPlanCancelledAfterItsFirstBatchIsNotStoredAtAll() {
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      int before = ws.plans().list().size();
      AtomicInteger asked = new AtomicInteger();
      Plan plan = new Plan(PlanSettings.defaults("Big"), List.of(), List.of(), List.of(),
          programs(PlanRepository.PROGRAM_BATCH * 2 + 10, "p"));
      assertThrows(CancellationException.class,
          () -> ws.plans().insert(plan, cancelOnCall(2, asked)));
      assertEquals(2, asked.get(), "asked before the first batch and again after it");
      assertEquals(before, ws.plans().list().size(), "the plan row rolled back too");
      // not cancelled: all of it is stored
      long id = ws.plans().insert(plan, () -> false);
      assertEquals(PlanRepository.PROGRAM_BATCH * 2 + 10, ws.plans().load(id).programs().size());
    }
  }

  @Test
  void addingToAPlanCancelledMidwayLeavesThePlanAsItWas() {
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      long id = ws.plans().insert(new Plan(PlanSettings.defaults("Q1"), List.of(), List.of(),
          List.of(), programs(3, "old")));
      Plan current = ws.plans().load(id);
      Plan bigger = current.withAdded(List.of(), programs(PlanRepository.PROGRAM_BATCH, "new"));
      AtomicInteger asked = new AtomicInteger();
      assertThrows(CancellationException.class,
          () -> ws.plans().replace(id, bigger, cancelOnCall(2, asked)));
      assertEquals(current.programs(), ws.plans().load(id).programs());
      ws.plans().replace(id, bigger, () -> false);
      assertEquals(PlanRepository.PROGRAM_BATCH + 3, ws.plans().load(id).programs().size());
    }
  }
}

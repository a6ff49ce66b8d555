package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.FrozenPlanException;
import org.paceline.model.Plan;
import org.paceline.model.PlanKind;
import org.paceline.model.Program;

/** A baseline is frozen in the storage layer itself, whoever writes. */
class PlanRepositoryFreezeTest {

  /** Public methods that only read, or that make or remove a whole plan. */
  private static final Set<String> NOT_EDITS = Set.of("list", "lineage", "kind", "findByName",
      "uniqueName", "insert", "load", "loadProgram", "copy", "delete", "remove", "restore");

  /** Public methods that change an existing plan: each one is tried on a baseline below. */
  private static final Set<String> EDITS = Set.of("replace", "updateProgram", "insertProgram",
      "deleteProgram", "rename", "adopt", "updateInitiativeAndPrograms", "appendOrder",
      "insertOrderAt", "updateOrder", "deleteOrder", "replaceHolidays", "unadopt",
      "editProgram", "removeProgram", "restoreProgram");

  @TempDir Path dir;

  @Test
  void everyWriteToABaselineIsRefusedAndChangesNothing() {
    try (Workspace w = Workspace.open(dir.resolve("ws"))) {
      PlanRepository plans = w.plans();
      long a = plans.insert(SamplePlan.load());
      long b = plans.copy(a, "Approved", PlanKind.BASELINE);
      Plan frozen = plans.load(b);
      Program first = frozen.programs().get(0);
      Program moved = new Program(first.id(), first.name(), first.kind(), first.owner(),
          first.start().plusDays(7), first.end().plusDays(7), first.supports(), first.minLead(),
          first.maxLead(), first.cost(), first.salesShare(), first.expectedLeads(),
          first.status(), first.salesReview());
      Program extra = new Program("P-NEW", "Extra", first.kind(), "", first.start(), first.end(),
          "", null, null, first.cost(), first.salesShare(), 0, first.status(), null);

      org.paceline.model.Order order = new org.paceline.model.Order(first.id(), "Booth graphics",
          "", org.paceline.model.LeadDuration.days(10), null, null);
      Executable[] edits = {
        () -> plans.replace(b, frozen.withName("Approved")),
        () -> plans.updateProgram(b, first.id(), moved),
        () -> plans.insertProgram(b, 0, extra),
        () -> plans.deleteProgram(b, first.id()),
        () -> plans.removeProgram(b, first.id()),
        () -> plans.restoreProgram(b, new PlanRepository.RemovedProgram(0, extra, List.of(),
            new int[0])),
        () -> plans.editProgram(b, first.id(), p -> moved),
        () -> plans.rename(b, "Approved (changed)"),
        () -> plans.updateInitiativeAndPrograms(b, frozen.initiatives().get(0), List.of(moved)),
        () -> plans.appendOrder(b, order),
        () -> plans.insertOrderAt(b, 0, order),
        () -> plans.updateOrder(b, order, order),
        () -> plans.deleteOrder(b, order),
        () -> plans.replaceHolidays(b, List.of(new org.paceline.model.Holiday(
            java.time.LocalDate.of(2027, 12, 24), "Christmas Eve"))),
        // taking an adoption back into a baseline would change it
        () -> plans.unadopt(new PlanRepository.Adoption(b, "Approved", a, "x",
            new PlanRepository.RemovedPlan(999, frozen.withName("Gone"), PlanKind.SCENARIO, b,
                java.time.LocalDateTime.of(2027, 1, 1, 0, 0), 0, List.of()), List.of())),
      };
      assertEquals(EDITS.size() - 1, edits.length, "adopt is tried on its own below");
      for (Executable edit : edits) {
        FrozenPlanException e = assertThrows(FrozenPlanException.class, edit);
        assertEquals("baseline Approved is frozen; make a scenario from it to try changes",
            e.getMessage());
        assertEquals(frozen, plans.load(b));
      }
      // a scenario of a baseline cannot be adopted into it either
      long s = plans.copy(b, "Try from approved", PlanKind.SCENARIO);
      assertThrows(FrozenPlanException.class,
          () -> plans.adopt(s, java.time.LocalDate.of(2027, 1, 1)));
      assertEquals(frozen, plans.load(b));
      assertEquals(PlanKind.SCENARIO, plans.kind(s), "the refused adoption changed nothing");

      // the same edits on the scenario made from it work: the guard is about baselines only
      plans.updateProgram(s, first.id(), moved);
      assertEquals(moved, plans.load(s).programs().get(0));
      // a baseline can still be deleted: that removes the copy, it does not change it
      plans.delete(b);
      assertEquals(2, plans.list().size());
    }
  }

  @Test
  void everyPublicMethodIsKnownAsAReadOrAGuardedWrite() {
    Set<String> methods = new TreeSet<>();
    Arrays.stream(PlanRepository.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .map(Method::getName)
        .forEach(methods::add);
    Set<String> known = new TreeSet<>(NOT_EDITS);
    known.addAll(EDITS);
    assertTrue(known.containsAll(methods), "a new public method of PlanRepository must write "
        + "through its guard and be tried on a baseline here: "
        + methods.stream().filter(m -> !known.contains(m)).toList());
  }
}

package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;
import org.paceline.model.Program;

/**
 * The plan repository's behaviour, the same on every database Paceline stores plans in: an H2
 * workspace folder ({@link PlanRepositoryTest}) and a PostgreSQL server
 * ({@link PlanRepositoryPostgresTest}).
 */
abstract class AbstractPlanRepositoryTest {

  /** Opens the workspace under test; a second call opens the same one again. */
  abstract Workspace open();

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
}

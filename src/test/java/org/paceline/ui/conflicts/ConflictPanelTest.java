package org.paceline.ui.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.export.ConflictReport;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.Severity;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The conflict panel after edits: the list always shows exactly what a fresh fill would (groups,
 * counts, order), yet an edit reaches the list view as a handful of row changes, not a refill,
 * and the selected conflict stays selected.
 */
class ConflictPanelTest {

  final SimpleObjectProperty<List<Conflict>> conflicts = new SimpleObjectProperty<>(List.of());
  ConflictPanel panel;
  int changedRows;

  @BeforeEach
  void setUp() throws Exception {
    FxToolkit.registerPrimaryStage();
    panel = fx(() -> new ConflictPanel(conflicts, c -> { }));
    panel.list().getItems().addListener((ListChangeListener<Object>) c -> {
      while (c.next()) {
        changedRows += Math.max(c.getAddedSize(), c.getRemovedSize());
      }
    });
  }

  @AfterEach
  void tearDown() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void editsChangeOnlyTheRowsThatChangedAndTheListEqualsAFreshFill() throws Exception {
    Random r = new Random(7);
    Plan plan = PlanGenerator.generate(7, 3_000, 400, 200, 2);
    ConflictAnalyzer live = ConflictAnalyzer.of(plan);
    set(live.conflicts());
    assertEquals(expectedRows(live.conflicts()), rows());
    assertTrue(live.conflicts().size() > 2_000, "a big list: " + live.conflicts().size());

    List<Integer> perEdit = new ArrayList<>();
    for (int step = 0; step < 120; step++) {
      List<Program> programs = live.plan().programs();
      Program p = programs.get(r.nextInt(programs.size()));
      live = live.withProgram(PlanGenerator.mutate(p, r, live.plan()));
      changedRows = 0;
      set(live.conflicts());
      perEdit.add(changedRows);
      assertEquals(expectedRows(live.conflicts()), rows(), "after edit " + step);
      assertEquals("Conflicts: " + ConflictReport.summary(ConflictReport.counts(live.conflicts())),
          fx(() -> ((Label) panel.getChildren().get(0)).getText()));
    }
    int most = perEdit.stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertTrue(most < 100, "an edit changed " + most + " rows of "
        + live.conflicts().size() + ": " + perEdit);

    // A fresh analysis of the same plan (all new objects) still shows the same rows.
    set(ConflictAnalyzer.analyze(live.plan()));
    assertEquals(expectedRows(live.conflicts()), rows());
  }

  @Test
  void theSelectedConflictStaysSelectedThroughEditsElsewhere() throws Exception {
    Random r = new Random(3);
    Plan plan = PlanGenerator.generate(3, 1_500, 200, 100, 2);
    ConflictAnalyzer live = ConflictAnalyzer.of(plan);
    set(live.conflicts());
    Conflict chosen = live.conflicts().stream().filter(c -> !c.program().isEmpty())
        .skip(40).findFirst().orElseThrow();
    fx(() -> {
      panel.list().getSelectionModel().select(chosen);
      return null;
    });
    for (int step = 0; step < 40; step++) {
      List<Program> programs = live.plan().programs();
      Program p = programs.get(r.nextInt(programs.size()));
      if (p.id().equals(chosen.program())) {
        continue;
      }
      live = live.withProgram(PlanGenerator.mutate(p, r, live.plan()));
      set(live.conflicts());
      assertSame(chosen, fx(() -> panel.list().getSelectionModel().getSelectedItem()),
          "after edit " + step);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theRuleFilterShowsOneRuleWithItsCount() throws Exception {
    Plan plan = PlanGenerator.generate(11, 800, 100, 80, 2);
    List<Conflict> all = ConflictAnalyzer.analyze(plan);
    set(all);
    fx(() -> {
      ((ComboBox<Object>) panel.lookup("#ruleFilter")).setValue(ConflictRule.LATE_START);
      return null;
    });
    List<Conflict> late = all.stream().filter(c -> c.rule() == ConflictRule.LATE_START).toList();
    assertTrue(!late.isEmpty());
    assertEquals(expectedRows(late), rows());
    fx(() -> {
      ((ComboBox<Object>) panel.lookup("#ruleFilter")).setValue("All rules");
      return null;
    });
    assertEquals(expectedRows(all), rows());
  }

  @Test
  void countsBySeverityComeFromTheSortedList() {
    Plan plan = PlanGenerator.generate(5, 600, 80, 60, 2);
    List<Conflict> all = ConflictAnalyzer.analyze(plan);
    assertEquals(ConflictReport.counts(all), ConflictPanel.countsOfSorted(all));
    assertEquals(ConflictReport.counts(List.of()), ConflictPanel.countsOfSorted(List.of()));
  }

  /** The rows a fresh fill shows: each severity's heading "Errors (n)" and its conflicts. */
  static List<String> expectedRows(List<Conflict> conflicts) {
    List<String> rows = new ArrayList<>();
    for (Severity s : Severity.values()) {
      List<Conflict> group = conflicts.stream().filter(c -> c.severity() == s).toList();
      if (!group.isEmpty()) {
        rows.add(switch (s) {
          case ERROR -> "Errors";
          case WARNING -> "Warnings";
          case INFO -> "Notes";
        } + " (" + group.size() + ")");
        group.forEach(c -> rows.add(c.toString()));
      }
    }
    return rows;
  }

  List<String> rows() throws Exception {
    return fx(() -> panel.list().getItems().stream().map(Object::toString).toList());
  }

  void set(List<Conflict> list) throws Exception {
    fx(() -> {
      conflicts.set(list);
      return null;
    });
  }

  static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get();
  }
}

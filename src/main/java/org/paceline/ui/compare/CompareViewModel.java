package org.paceline.ui.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PlanComparison;
import org.paceline.model.ConflictChange;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Plan;
import org.paceline.model.PlanLineage;
import org.paceline.model.Program;
import org.paceline.model.QuarterTarget;
import org.paceline.ui.BackgroundWork;
import org.paceline.ui.board.BoardViewModel;

/**
 * Compares the plan on the board with another plan of the workspace: the conflicts that are new
 * on the board and those it resolved, the programs it added and removed, and the target changes
 * per quarter. Loading and analysing run off the JavaFX thread.
 */
public final class CompareViewModel {

  /** What the comparison found, ready to show. */
  public record Result(Plan other, List<ConflictChange> changes, List<Program> added,
      List<Program> removed, List<Program> moved, List<String> targetChanges) {}

  private final BoardViewModel board;
  private final BackgroundWork work;
  private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
  private final ObservableList<ConflictChange> changes = FXCollections.observableArrayList();

  public CompareViewModel(BoardViewModel board, BackgroundWork work) {
    this.board = Objects.requireNonNull(board);
    this.work = Objects.requireNonNull(work);
    // a comparison is of the plan shown; another plan on the board ends it
    board.editor().planProperty().addListener((o, a, b) -> {
      Result r = result.get();
      if (r == null) {
        return;
      }
      if (b == null || a == null || !a.name().equals(b.name())) {
        stop();
      } else {
        // an edit while comparing: the comparison follows it
        java.time.LocalDate asOf = board.asOfProperty().get();
        Task<Result> again = new Task<>() {
          @Override
          protected Result call() {
            return compare(r.other(), b, asOf);
          }
        };
        again.setOnSucceeded(e -> show(again.getValue()));
        work.submit(again);
      }
    });
  }

  /** The other plans, with the one the shown plan came from first (off the JavaFX thread). */
  public List<PlanLineage> candidates() {
    long shown = board.editor().planId();
    List<PlanLineage> all = board.editor().lineage();
    Long origin = all.stream().filter(p -> p.id() == shown).map(PlanLineage::originId)
        .filter(Objects::nonNull).findFirst().orElse(null);
    List<PlanLineage> list = new ArrayList<>();
    all.stream().filter(p -> origin != null && p.id() == origin).forEach(list::add);
    all.stream().filter(p -> p.id() != shown && (origin == null || p.id() != origin))
        .forEach(list::add);
    return list;
  }

  /** Compares the shown plan with plan {@code otherId}; the result arrives on the JavaFX thread. */
  public void compareWith(long otherId) {
    Plan shown = board.editor().plan();
    java.time.LocalDate asOf = board.asOfProperty().get();
    Task<Result> task = new Task<>() {
      @Override
      protected Result call() {
        return compare(board.editor().load(otherId), shown, asOf);
      }
    };
    task.setOnSucceeded(e -> show(task.getValue()));
    work.submit(task);
  }

  /**
   * The comparison of {@code other} (what it was) with {@code shown} (the board), both checked at
   * the same as-of date.
   */
  static Result compare(Plan other, Plan shown, java.time.LocalDate asOf) {
    List<ConflictChange> changes = PlanComparison.compare(ConflictAnalyzer.analyze(other, asOf),
        ConflictAnalyzer.analyze(shown, asOf));
    Map<String, Program> was = new java.util.HashMap<>();
    other.programs().forEach(p -> was.put(p.id(), p));
    Set<String> now = new HashSet<>();
    List<Program> added = new ArrayList<>();
    List<Program> moved = new ArrayList<>();
    for (Program p : shown.programs()) {
      now.add(p.id());
      Program before = was.get(p.id());
      if (before == null) {
        added.add(p);
      } else if (!before.start().equals(p.start()) || !before.end().equals(p.end())) {
        moved.add(p);
      }
    }
    List<Program> removed = other.programs().stream().filter(p -> !now.contains(p.id()))
        .toList();
    return new Result(other, changes, added, removed, moved, targetChanges(other, shown));
  }

  /** "FY2027-Q2: $1,000,000 → $1,200,000" for each quarter whose revenue target changed. */
  static List<String> targetChanges(Plan before, Plan after) {
    Map<FiscalQuarter, BigDecimal> a = revenue(before);
    Map<FiscalQuarter, BigDecimal> b = revenue(after);
    Set<FiscalQuarter> quarters = new java.util.TreeSet<>(
        java.util.Comparator.comparing(FiscalQuarter::toString));
    quarters.addAll(a.keySet());
    quarters.addAll(b.keySet());
    List<String> lines = new ArrayList<>();
    for (FiscalQuarter q : quarters) {
      BigDecimal x = a.getOrDefault(q, BigDecimal.ZERO);
      BigDecimal y = b.getOrDefault(q, BigDecimal.ZERO);
      if (x.compareTo(y) != 0) {
        lines.add(q + ": target " + money(x) + " \u2192 " + money(y));
      }
    }
    return lines;
  }

  private static Map<FiscalQuarter, BigDecimal> revenue(Plan p) {
    Map<FiscalQuarter, BigDecimal> m = new TreeMap<>(
        java.util.Comparator.comparing(FiscalQuarter::toString));
    for (QuarterTarget t : p.targets()) {
      m.merge(t.quarter(), t.revenue(), BigDecimal::add);
    }
    return m;
  }

  private static String money(BigDecimal v) {
    return String.format(java.util.Locale.ROOT, "%,.0f", v);
  }

  private void show(Result r) {
    result.set(r);
    changes.setAll(r.changes());
    title.set("Compared with \u2018" + r.other().name() + "\u2019");
  }

  /** Ends the comparison. */
  public void stop() {
    result.set(null);
    changes.clear();
    title.set("");
  }

  /** Selects on the board what a change is about. */
  public void select(ConflictChange change) {
    board.selectionProperty().set(BoardViewModel.selectionFor(change.conflict()));
  }

  public ReadOnlyObjectProperty<Result> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ObservableList<ConflictChange> changes() {
    return changes;
  }
}

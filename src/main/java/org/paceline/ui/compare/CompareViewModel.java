package org.paceline.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.paceline.analysis.PlanChanges;
import org.paceline.model.ConflictChange;
import org.paceline.model.Plan;
import org.paceline.model.PlanLineage;
import org.paceline.model.Program;
import org.paceline.ui.BackgroundWork;
import org.paceline.ui.board.BoardViewModel;

/**
 * Compares the plan on the board with another plan of the workspace: the conflicts that are new
 * on the board and those it resolved, the programs it added and removed, and the target changes
 * per quarter. Loading and analysing run off the JavaFX thread.
 */
public final class CompareViewModel {

  /**
   * What the comparison found, ready to show; {@code view} is the same for the exports ("changes
   * since" on paper and slides).
   */
  public record Result(Plan other, List<ConflictChange> changes, List<Program> added,
      List<Program> removed, List<Program> moved, List<String> targetChanges,
      org.paceline.layout.CompareView view) {}

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
    PlanChanges c = PlanChanges.of(other, shown, asOf);
    return new Result(other, c.conflicts(), c.added(), c.removed(),
        c.moves().stream().map(org.paceline.model.ProgramChanges.Move::after).toList(), c.targetChanges(),
        new org.paceline.layout.CompareView(other.name(), asOf, c));
  }

  private void show(Result r) {
    result.set(r);
    changes.setAll(r.changes());
    title.set("Compared with \u2018" + r.other().name() + "\u2019");
  }

  /** The comparison open now, for the exports, or null. */
  public org.paceline.layout.CompareView view() {
    Result r = result.get();
    return r == null ? null : r.view();
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

package org.paceline.ui.overview;

import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.model.Conflict;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;
import org.paceline.ui.BackgroundWork;

/**
 * The state behind the plan overview: the workspace's plans, the chosen one, and its conflicts.
 * Loading happens through {@link BackgroundWork}, never on the JavaFX thread.
 */
public final class PlanOverviewViewModel {

  /** What the view needs from a plan and its analysis, computed off the JavaFX thread. */
  public record Loaded(Plan plan, List<Conflict> conflicts) {}

  private final Supplier<List<PlanSummary>> lister;
  private final LongFunction<Plan> loader;
  private final BackgroundWork work;

  private final ObservableList<PlanSummary> plans = FXCollections.observableArrayList();
  private final ObjectProperty<PlanSummary> selected = new SimpleObjectProperty<>(this, "selected");
  private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

  /**
   * @param lister lists the workspace's plans
   * @param loader loads one plan by id
   * @param work runs loading off the JavaFX thread
   */
  public PlanOverviewViewModel(Supplier<List<PlanSummary>> lister, LongFunction<Plan> loader,
      BackgroundWork work) {
    this.lister = Objects.requireNonNull(lister);
    this.loader = Objects.requireNonNull(loader);
    this.work = Objects.requireNonNull(work);
    selected.addListener((obs, old, now) -> {
      if (now != null) {
        load(now.id());
      }
    });
  }

  /** Reads the list of plans and selects the first. */
  public void refresh() {
    Task<List<PlanSummary>> task = new Task<>() {
      @Override
      protected List<PlanSummary> call() {
        return lister.get();
      }
    };
    task.setOnSucceeded(e -> {
      plans.setAll(task.getValue());
      if (!plans.isEmpty()) {
        selected.set(plans.get(0));
      }
    });
    task.setOnFailed(e -> error.set(message(task.getException())));
    work.submit(task);
  }

  private void load(long id) {
    Task<Loaded> task = new Task<>() {
      @Override
      protected Loaded call() {
        Plan plan = loader.apply(id);
        return new Loaded(plan, ConflictAnalyzer.analyze(plan));
      }
    };
    task.setOnSucceeded(e -> {
      error.set(null);
      loaded.set(task.getValue());
    });
    task.setOnFailed(e -> error.set(message(task.getException())));
    work.submit(task);
  }

  private static String message(Throwable t) {
    return t == null || t.getMessage() == null ? "Something went wrong." : t.getMessage();
  }

  /** The workspace's plans. */
  public ObservableList<PlanSummary> plans() {
    return plans;
  }

  /** The plan chosen in the window; choosing one loads it. */
  public ObjectProperty<PlanSummary> selectedProperty() {
    return selected;
  }

  /** The loaded plan and its conflicts, or null before the first load. */
  public ReadOnlyObjectProperty<Loaded> loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  /** The last loading error for people, or null. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}

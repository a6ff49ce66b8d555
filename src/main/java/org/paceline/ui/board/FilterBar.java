package org.paceline.ui.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.paceline.model.Grouping;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.ui.timeline.PlanTimeline;

/**
 * The board's second toolbar: grouping and the segment, kind, owner, status and text filters,
 * applied to the timeline and remembered per plan.
 */
final class FilterBar extends ToolBar {

  private final BoardViewModel model;
  private final PlanTimeline timeline;
  private final ViewSettings viewSettings;
  private final ComboBox<String> kindFilter = filterBox("All kinds", "kindFilter");
  private final ComboBox<String> statusFilter = filterBox("All statuses", "statusFilter");
  private final ComboBox<String> ownerFilter = filterBox("All owners", "ownerFilter");
  private final ComboBox<String> segmentFilter = filterBox("All segments", "segmentFilter");
  private final TextField search = new TextField();
  private final ComboBox<Grouping> group = new ComboBox<>();
  /** The plan whose remembered choices are shown, or -1 before the first plan. */
  private long filtersFor = -1;
  private boolean restoring;

  FilterBar(BoardViewModel model, PlanTimeline timeline, ViewSettings viewSettings) {
    this.model = model;
    this.timeline = timeline;
    this.viewSettings = viewSettings;
    group.getItems().setAll(Grouping.values());
    group.valueProperty().bindBidirectional(timeline.groupingProperty());
    group.setTooltip(new Tooltip("Group the marketing programs by"));
    search.setId("textFilter");
    search.setPromptText("Filter by name, id, owner…");
    search.setPrefColumnCount(16);
    CheckBox cancelled = new CheckBox("Show cancelled");
    cancelled.selectedProperty().bindBidirectional(timeline.showCancelledProperty());
    for (var o : List.of(kindFilter.valueProperty(), statusFilter.valueProperty(),
        ownerFilter.valueProperty(), segmentFilter.valueProperty(), search.textProperty(),
        group.valueProperty(), timeline.showCancelledProperty())) {
      o.addListener((x, a, b) -> filtersChanged());
    }
    Button clear = new Button("Clear filters");
    clear.setTooltip(new Tooltip("Show every program"));
    clear.setOnAction(e -> {
      kindFilter.setValue(kindFilter.getItems().get(0));
      statusFilter.setValue(statusFilter.getItems().get(0));
      ownerFilter.setValue(ownerFilter.getItems().get(0));
      segmentFilter.setValue(segmentFilter.getItems().get(0));
      search.clear();
    });
    clear.setFocusTraversable(false);
    getItems().setAll(new Label("Group by"), group, new Separator(), segmentFilter, kindFilter,
        ownerFilter, statusFilter, search, clear, cancelled);
  }

  /** Fills the filter choices from the plan and restores the plan's remembered choices. */
  void planShown(Plan plan) {
    restoring = true;
    try {
      fill(kindFilter, plan.programs().stream().map(p -> p.kind().code()));
      fill(statusFilter, plan.programs().stream().map(p -> p.status().code()));
      fill(ownerFilter, plan.programs().stream().map(Program::owner).filter(o -> !o.isEmpty()));
      fill(segmentFilter, plan.initiatives().stream().map(i -> i.segment())
          .filter(x -> !x.isEmpty()));
      long id = model.editor().planId();
      if (id != filtersFor) {
        filtersFor = id;
        Map<String, String> v = viewSettings.load(id, "board");
        restore(kindFilter, v.get("kind"));
        restore(statusFilter, v.get("status"));
        restore(ownerFilter, v.get("owner"));
        restore(segmentFilter, v.get("segment"));
        search.setText(v.getOrDefault("text", ""));
        timeline.setShowCancelled(Boolean.parseBoolean(v.getOrDefault("showCancelled", "false")));
        try {
          timeline.setGrouping(Grouping.valueOf(v.getOrDefault("grouping", "INITIATIVE")));
        } catch (IllegalArgumentException e) {
          timeline.setGrouping(Grouping.INITIATIVE);
        }
      }
    } finally {
      restoring = false;
    }
    filtersChanged();
  }

  private void filtersChanged() {
    Plan plan = model.editor().plan();
    String kind = chosen(kindFilter);
    String status = chosen(statusFilter);
    String owner = chosen(ownerFilter);
    String segment = chosen(segmentFilter);
    String q = search.getText().trim().toLowerCase(Locale.ROOT);
    Map<String, String> segments = new HashMap<>();
    if (plan != null) {
      plan.initiatives().forEach(i -> segments.put(i.id(), i.segment()));
    }
    timeline.setFilter(p -> (kind == null || p.kind().code().equals(kind))
        && (status == null || p.status().code().equals(status))
        && (owner == null || p.owner().equals(owner))
        && (segment == null || segment.equalsIgnoreCase(segments.getOrDefault(p.supports(), "")))
        && (q.isEmpty() || matches(p, q)));
    if (!restoring && filtersFor >= 0) {
      Map<String, String> v = new HashMap<>();
      v.put("grouping", timeline.getGrouping().name());
      v.put("showCancelled", String.valueOf(timeline.isShowCancelled()));
      v.put("text", search.getText());
      if (kind != null) {
        v.put("kind", kind);
      }
      if (status != null) {
        v.put("status", status);
      }
      if (owner != null) {
        v.put("owner", owner);
      }
      if (segment != null) {
        v.put("segment", segment);
      }
      viewSettings.save(filtersFor, "board", v);
    }
  }

  private static ComboBox<String> filterBox(String all, String id) {
    ComboBox<String> c = new ComboBox<>();
    c.getItems().setAll(all);
    c.setValue(all);
    c.setId(id);
    return c;
  }

  private static String chosen(ComboBox<String> c) {
    return c.getValue() == null || c.getValue().equals(c.getItems().get(0)) ? null : c.getValue();
  }

  private static void fill(ComboBox<String> c, Stream<String> values) {
    String keep = c.getValue();
    String all = c.getItems().get(0);
    List<String> items = new ArrayList<>();
    items.add(all);
    values.distinct().sorted(String.CASE_INSENSITIVE_ORDER).forEach(items::add);
    if (!items.equals(c.getItems())) {
      c.getItems().setAll(items);
    }
    c.setValue(items.contains(keep) ? keep : all);
  }

  private static void restore(ComboBox<String> c, String value) {
    c.setValue(value != null && c.getItems().contains(value) ? value : c.getItems().get(0));
  }

  private static boolean matches(Program p, String q) {
    return p.name().toLowerCase(Locale.ROOT).contains(q)
        || p.owner().toLowerCase(Locale.ROOT).contains(q)
        || p.id().toLowerCase(Locale.ROOT).contains(q);
  }
}

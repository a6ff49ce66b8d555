package org.paceline.ui.timeline;

import org.paceline.model.Grouping;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.css.Styleable;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.paceline.model.Conflict;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.ui.timeline.impl.TimelineSkin;

/**
 * The planning board's timeline: quarterly targets and sales initiatives on top, marketing
 * programs with their lead-window bands below, pace strips at the bottom, all on one fiscal time
 * axis, with conflict markers. Programs are moved and resized by dragging; the control reports
 * each finished gesture through {@link #onProgramChangedProperty()} and shows the gesture live
 * through {@link #dragPreviewProperty()}.
 *
 * <p>Colours come only from CSS ({@code -pl-…} properties set from the theme's colour tokens in
 * {@code timeline.css}), so a dark theme needs no code.
 */
public class PlanTimeline extends Control {

  /** The style class of every timeline. */
  public static final String DEFAULT_STYLE_CLASS = "plan-timeline";

  /**
   * The width of the label column at the left, in pixels: the time area starts to its right, so
   * the visible time is the control's width less this.
   */
  public static final double LABEL_COLUMN_WIDTH = org.paceline.layout.ScreenMetrics.LABEL_WIDTH;

  private static final StyleablePropertyFactory<PlanTimeline> CSS =
      new StyleablePropertyFactory<>(Control.getClassCssMetaData());
  private static final String STYLESHEET =
      PlanTimeline.class.getResource("timeline.css").toExternalForm();

  private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
  private final ObjectProperty<List<Conflict>> conflicts =
      new SimpleObjectProperty<>(this, "conflicts", List.of());
  private final DoubleProperty pixelsPerDay = new SimpleDoubleProperty(this, "pixelsPerDay", 3);
  private final ObjectProperty<LocalDate> origin =
      new SimpleObjectProperty<>(this, "origin", LocalDate.now().withDayOfMonth(1));
  private final DoubleProperty verticalOffset = new SimpleDoubleProperty(this, "verticalOffset");
  private final ObjectProperty<Grouping> grouping =
      new SimpleObjectProperty<>(this, "grouping", Grouping.INITIATIVE);
  private final BooleanProperty showCancelled = new SimpleBooleanProperty(this, "showCancelled");
  private final ObjectProperty<Predicate<Program>> filter =
      new SimpleObjectProperty<>(this, "filter", p -> true);
  private final ObjectProperty<TimelineSelection> selection =
      new SimpleObjectProperty<>(this, "selection");
  private final ObjectProperty<LocalDate> today =
      new SimpleObjectProperty<>(this, "today", LocalDate.now());
  private final ObjectProperty<LocalDate> asOf =
      new SimpleObjectProperty<>(this, "asOf", LocalDate.now());
  private final ObjectProperty<Program> dragPreview = new SimpleObjectProperty<>(this, "dragPreview");
  private final ObjectProperty<BiConsumer<Program, Program>> onProgramChanged =
      new SimpleObjectProperty<>(this, "onProgramChanged");
  private final ObjectProperty<java.util.function.BiConsumer<Initiative, Integer>>
      onInitiativeShifted = new SimpleObjectProperty<>(this, "onInitiativeShifted");
  private final ObjectProperty<java.util.function.Consumer<LocalDate>> onNewProgram =
      new SimpleObjectProperty<>(this, "onNewProgram");
  private final ObjectProperty<java.util.function.Consumer<LocalDate>> onNewInitiative =
      new SimpleObjectProperty<>(this, "onNewInitiative");
  private final ObjectProperty<Runnable> onDuplicate =
      new SimpleObjectProperty<>(this, "onDuplicate");
  private final ObjectProperty<Runnable> onDelete = new SimpleObjectProperty<>(this, "onDelete");
  private final ObjectProperty<LocalDate> pointerDay = new SimpleObjectProperty<>(this, "pointerDay");
  private final ObjectProperty<TimelineSelection> revealRequest =
      new SimpleObjectProperty<>(this, "revealRequest");
  private final ObjectProperty<Plan> comparedPlan = new SimpleObjectProperty<>(this, "comparedPlan");
  private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);

  // Declared before the colour properties: their CSS lookups go through it.
  private final Map<String, StyleableObjectProperty<Paint>> paints = new HashMap<>();
  private final StyleableObjectProperty<Paint> backgroundFill = paint("backgroundFill", "-pl-background", Color.WHITE);
  private final StyleableObjectProperty<Paint> headerFill = paint("headerFill", "-pl-header-fill", Color.web("#f6f8fa"));
  private final StyleableObjectProperty<Paint> gridColor = paint("gridColor", "-pl-grid", Color.web("#d0d7de"));
  private final StyleableObjectProperty<Paint> textFill = paint("textFill", "-pl-text", Color.web("#1f2328"));
  private final StyleableObjectProperty<Paint> mutedTextFill = paint("mutedTextFill", "-pl-text-muted", Color.web("#656d76"));
  private final StyleableObjectProperty<Paint> barFill = paint("barFill", "-pl-bar-fill", Color.web("#0969da"));
  private final StyleableObjectProperty<Paint> barTextFill = paint("barTextFill", "-pl-bar-text", Color.WHITE);
  private final StyleableObjectProperty<Paint> bandFill = paint("bandFill", "-pl-band-fill", Color.web("#ddf4ff"));
  private final StyleableObjectProperty<Paint> initiativeFill = paint("initiativeFill", "-pl-initiative-fill", Color.web("#6e7781"));
  private final StyleableObjectProperty<Paint> supportedFill = paint("supportedFill", "-pl-supported-fill", Color.web("#dafbe1"));
  private final StyleableObjectProperty<Paint> shortFill = paint("shortFill", "-pl-short-fill", Color.web("#fff8c5"));
  private final StyleableObjectProperty<Paint> unsupportedFill = paint("unsupportedFill", "-pl-unsupported-fill", Color.web("#ffebe9"));
  private final StyleableObjectProperty<Paint> errorFill = paint("errorFill", "-pl-error", Color.web("#cf222e"));
  private final StyleableObjectProperty<Paint> warningFill = paint("warningFill", "-pl-warning", Color.web("#9a6700"));
  private final StyleableObjectProperty<Paint> infoFill = paint("infoFill", "-pl-info", Color.web("#0969da"));
  private final StyleableObjectProperty<Paint> todayFill = paint("todayFill", "-pl-today", Color.web("#cf222e"));
  private final StyleableObjectProperty<Paint> selectionFill = paint("selectionFill", "-pl-selection", Color.web("#0550ae"));
  private final StyleableObjectProperty<Paint> stripFill = paint("stripFill", "-pl-strip-fill", Color.web("#54aeff"));
  private final StyleableObjectProperty<Paint> orderInTimeFill = paint("orderInTimeFill", "-pl-order-in-time", Color.web("#1a7f37"));
  private final StyleableObjectProperty<Paint> orderLateFill = paint("orderLateFill", "-pl-order-late", Color.web("#9a6700"));
  private final StyleableObjectProperty<Paint> orderDueFill = paint("orderDueFill", "-pl-order-due", Color.web("#0969da"));
  private final StyleableObjectProperty<Paint> orderOverdueFill = paint("orderOverdueFill", "-pl-order-overdue", Color.web("#cf222e"));
  private final StyleableObjectProperty<Paint> orderLaterFill = paint("orderLaterFill", "-pl-order-later", Color.web("#656d76"));
  private final StyleableObjectProperty<Paint> holidayFill = paint("holidayFill", "-pl-holiday", Color.web("#eaeef2"));

  public PlanTimeline() {
    getStyleClass().add(DEFAULT_STYLE_CLASS);
    setFocusTraversable(true);
    setAccessibleText("Planning board timeline");
  }

  private StyleableObjectProperty<Paint> paint(String name, String css, Paint initial) {
    StyleableObjectProperty<Paint> p = (StyleableObjectProperty<Paint>)
        CSS.createStyleablePaintProperty(this, name, css, s -> s.paints.get(name), initial);
    paints.put(name, p);
    return p;
  }

  @Override
  protected Skin<?> createDefaultSkin() {
    return new TimelineSkin(this);
  }

  @Override
  public String getUserAgentStylesheet() {
    return STYLESHEET;
  }

  /** The CSS properties of this control. */
  public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
    return CSS.getCssMetaData();
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
    return getClassCssMetaData();
  }

  // ---------------------------------------------------------------- view operations

  /** Scrolls so that the item is in view (a program's row, a month, a quarter block). */
  public void reveal(TimelineSelection item) {
    revealRequest.set(null);
    revealRequest.set(item);
  }

  /** Zooms and scrolls so that {@code from} … {@code to} fills the visible width. */
  public void fit(LocalDate from, LocalDate to, double visibleWidth) {
    long days = Math.max(7, to.toEpochDay() - from.toEpochDay() + 1);
    double margin = days * 0.03;
    setPixelsPerDay(Math.max(0.2, Math.min(40, visibleWidth / (days + 2 * margin))));
    setOrigin(from.minusDays((long) Math.ceil(margin)));
  }

  /** Zooms by a factor, keeping the day at {@code anchorX} (pixels into the time area) in place. */
  public void zoom(double factor, double anchorX) {
    double ppd = getPixelsPerDay();
    double next = Math.max(0.2, Math.min(40, ppd * factor));
    double anchorDays = anchorX / ppd;
    LocalDate anchor = getOrigin().plusDays((long) Math.floor(anchorDays));
    setPixelsPerDay(next);
    setOrigin(anchor.minusDays(Math.round(anchorX / next)));
  }

  // ---------------------------------------------------------------- properties

  /**
   * Whether the bars may be changed: when false, no drag, resize or nudge is offered (the bars
   * can still be selected, and the board panned and zoomed).
   */
  public final BooleanProperty editableProperty() {
    return editable;
  }

  public final boolean isEditable() {
    return editable.get();
  }

  public final void setEditable(boolean value) {
    editable.set(value);
  }

  /**
   * The plan the shown one is compared with, or null: its programs are drawn as ghost outlines
   * where they were, and programs it does not have are marked as added.
   */
  public final ObjectProperty<Plan> comparedPlanProperty() {
    return comparedPlan;
  }

  public final Plan getComparedPlan() {
    return comparedPlan.get();
  }

  public final void setComparedPlan(Plan p) {
    comparedPlan.set(p);
  }

  /** The plan shown. */
  public final ObjectProperty<Plan> planProperty() {
    return plan;
  }

  public final Plan getPlan() {
    return plan.get();
  }

  public final void setPlan(Plan value) {
    plan.set(value);
  }

  /** The conflicts to mark, from {@code ConflictAnalyzer}. */
  public final ObjectProperty<List<Conflict>> conflictsProperty() {
    return conflicts;
  }

  public final List<Conflict> getConflicts() {
    return conflicts.get();
  }

  public final void setConflicts(List<Conflict> value) {
    conflicts.set(value == null ? List.of() : value);
  }

  /** The zoom: how many pixels one day takes (0.2 … 40). */
  public final DoubleProperty pixelsPerDayProperty() {
    return pixelsPerDay;
  }

  public final double getPixelsPerDay() {
    return pixelsPerDay.get();
  }

  public final void setPixelsPerDay(double value) {
    pixelsPerDay.set(value);
  }

  /** The day at the left edge of the time area. */
  public final ObjectProperty<LocalDate> originProperty() {
    return origin;
  }

  public final LocalDate getOrigin() {
    return origin.get();
  }

  public final void setOrigin(LocalDate value) {
    origin.set(value);
  }

  /** How far the marketing lanes are scrolled down, in pixels. */
  public final DoubleProperty verticalOffsetProperty() {
    return verticalOffset;
  }

  public final double getVerticalOffset() {
    return verticalOffset.get();
  }

  public final void setVerticalOffset(double value) {
    verticalOffset.set(value);
  }

  /** How the marketing lanes group programs. */
  public final ObjectProperty<Grouping> groupingProperty() {
    return grouping;
  }

  public final Grouping getGrouping() {
    return grouping.get();
  }

  public final void setGrouping(Grouping value) {
    grouping.set(value);
  }

  /** Whether cancelled programs are drawn (struck through). */
  public final BooleanProperty showCancelledProperty() {
    return showCancelled;
  }

  public final boolean isShowCancelled() {
    return showCancelled.get();
  }

  public final void setShowCancelled(boolean value) {
    showCancelled.set(value);
  }

  /** Which programs are shown (segment, kind, owner, status and text filters). */
  public final ObjectProperty<Predicate<Program>> filterProperty() {
    return filter;
  }

  public final void setFilter(Predicate<Program> value) {
    filter.set(value == null ? p -> true : value);
  }

  /** The selected item, or null. */
  public final ObjectProperty<TimelineSelection> selectionProperty() {
    return selection;
  }

  public final TimelineSelection getSelection() {
    return selection.get();
  }

  public final void setSelection(TimelineSelection value) {
    selection.set(value);
  }

  /** The day orders are checked: their marks are coloured by it. */
  public final ObjectProperty<LocalDate> asOfProperty() {
    return asOf;
  }

  /** The day of the "today" line. */
  public final ObjectProperty<LocalDate> todayProperty() {
    return today;
  }

  /** The program as it is being dragged, or null when no drag is under way. */
  public final ObjectProperty<Program> dragPreviewProperty() {
    return dragPreview;
  }

  /** Called with (before, after) when a drag or nudge of a program ends. */
  public final ObjectProperty<BiConsumer<Program, Program>> onProgramChangedProperty() {
    return onProgramChanged;
  }

  public final void setOnProgramChanged(BiConsumer<Program, Program> value) {
    onProgramChanged.set(value);
  }

  /**
   * Called with (initiative, whole days) when an initiative bar is dragged with Shift held: the
   * initiative and every program supporting it move together, as one step. Not offered when the
   * timeline is not {@linkplain #editableProperty() editable}.
   */
  public final ObjectProperty<java.util.function.BiConsumer<Initiative, Integer>>
      onInitiativeShiftedProperty() {
    return onInitiativeShifted;
  }

  public final void setOnInitiativeShifted(
      java.util.function.BiConsumer<Initiative, Integer> value) {
    onInitiativeShifted.set(value);
  }

  /**
   * The context menu's "New program here": called with the day under the pointer at the last
   * press (null when there was none).
   */
  public final ObjectProperty<java.util.function.Consumer<LocalDate>> onNewProgramProperty() {
    return onNewProgram;
  }

  public final void setOnNewProgram(java.util.function.Consumer<LocalDate> value) {
    onNewProgram.set(value);
  }

  /** The context menu's "New initiative here", called like {@link #onNewProgramProperty()}. */
  public final ObjectProperty<java.util.function.Consumer<LocalDate>> onNewInitiativeProperty() {
    return onNewInitiative;
  }

  public final void setOnNewInitiative(java.util.function.Consumer<LocalDate> value) {
    onNewInitiative.set(value);
  }

  /** The context menu's "Duplicate" (offered when a program is selected). */
  public final ObjectProperty<Runnable> onDuplicateProperty() {
    return onDuplicate;
  }

  public final void setOnDuplicate(Runnable value) {
    onDuplicate.set(value);
  }

  /** The context menu's "Delete" (offered when something deletable is selected). */
  public final ObjectProperty<Runnable> onDeleteProperty() {
    return onDelete;
  }

  public final void setOnDelete(Runnable value) {
    onDelete.set(value);
  }

  /** The day under the pointer at the last press (for "new … here"), or null. */
  public final ObjectProperty<LocalDate> pointerDayProperty() {
    return pointerDay;
  }

  /** The last item asked to be revealed; the skin scrolls to it. */
  public final ObjectProperty<TimelineSelection> revealRequestProperty() {
    return revealRequest;
  }

  /** Colours, for the skin. */
  public final Paint backgroundFill() { return backgroundFill.get(); }
  public final Paint headerFill() { return headerFill.get(); }
  public final Paint gridColor() { return gridColor.get(); }
  public final Paint textFill() { return textFill.get(); }
  public final Paint mutedTextFill() { return mutedTextFill.get(); }
  public final Paint barFill() { return barFill.get(); }
  public final Paint barTextFill() { return barTextFill.get(); }
  public final Paint bandFill() { return bandFill.get(); }
  public final Paint initiativeFill() { return initiativeFill.get(); }
  public final Paint supportedFill() { return supportedFill.get(); }
  public final Paint shortFill() { return shortFill.get(); }
  public final Paint unsupportedFill() { return unsupportedFill.get(); }
  public final Paint errorFill() { return errorFill.get(); }
  public final Paint warningFill() { return warningFill.get(); }
  public final Paint infoFill() { return infoFill.get(); }
  public final Paint todayFill() { return todayFill.get(); }
  public final Paint selectionFill() { return selectionFill.get(); }
  public final Paint stripFill() { return stripFill.get(); }
  public final Paint orderInTimeFill() { return orderInTimeFill.get(); }
  public final Paint orderLateFill() { return orderLateFill.get(); }
  public final Paint orderDueFill() { return orderDueFill.get(); }
  public final Paint orderOverdueFill() { return orderOverdueFill.get(); }
  public final Paint orderLaterFill() { return orderLaterFill.get(); }
  public final Paint holidayFill() { return holidayFill.get(); }

  /** Every colour property, so the skin redraws when the theme changes. */
  public final List<StyleableObjectProperty<Paint>> paintProperties() {
    return List.of(backgroundFill, headerFill, gridColor, textFill, mutedTextFill, barFill,
        barTextFill, bandFill, initiativeFill, supportedFill, shortFill, unsupportedFill,
        errorFill, warningFill, infoFill, todayFill, selectionFill, stripFill, orderInTimeFill,
        orderLateFill, orderDueFill, orderOverdueFill, orderLaterFill, holidayFill);
  }
}

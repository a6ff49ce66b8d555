package org.paceline.ui.timeline.impl;

import org.paceline.analysis.Money;
import org.paceline.analysis.LaneRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.paceline.analysis.FiscalCalendar;
import org.paceline.analysis.PaceSummary;
import org.paceline.model.Conflict;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Initiative;
import org.paceline.model.LeadWindow;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.ProgramStatus;
import org.paceline.model.QuarterTarget;
import org.paceline.model.Severity;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;

/**
 * Draws the timeline on one canvas, only what is visible, and turns mouse and keys into
 * selection, drags, pans and zooms. Row lists and figures are rebuilt only when the plan, the
 * grouping or the filters change.
 */
public final class TimelineSkin extends SkinBase<PlanTimeline> {

  static final double LABEL_WIDTH = 240;
  static final double HEADER_ROW = 18;
  static final double SALES_ROW = 48;
  static final double INITIATIVE_LANE = 19;
  static final double ROW = 28;
  static final double STRIP = 34;
  static final double EDGE = 6;

  private final Canvas canvas = new Canvas();
  private final Surface surface = new Surface();
  private final Tooltip tooltip = new Tooltip();
  private final Font font = Font.font("System", 12);
  private final Font small = Font.font("System", 10.5);
  private final Font bold = Font.font("System", FontWeight.BOLD, 12);
  private final Set<String> collapsed = new HashSet<>();
  private final List<Observable> watched = new ArrayList<>();
  private final InvalidationListener redraw = o -> markDirty();
  private final InvalidationListener rebuild = o -> rebuild();
  private final InvalidationListener reindex = o -> reindex();
  private final javafx.beans.value.ChangeListener<Plan> planListener = (o, a, b) -> planChanged(a, b);

  private LaneRows rows;
  private ConflictIndex conflicts = new ConflictIndex(List.of());
  private PaceSummary pace;
  /** The figures of the stored plan; a drag shows them with the dragged program moved. */
  private PaceSummary storedPace;
  private FiscalCalendar calendar;
  private Map<String, Initiative> initiatives = new HashMap<>();
  /** Stacking lane of each initiative inside its segment row, so overlapping ones never collide. */
  private Map<String, Integer> initiativeLane = new HashMap<>();
  /** Top of each segment row (relative to the sales lane) and, last, the lane's height. */
  private double[] segmentTops = {0, SALES_ROW};
  private boolean dirty = true;
  private final CompareOverlay compare = new CompareOverlay();

  // drag state
  private enum DragMode { NONE, MOVE, START, END, PAN }

  private DragMode mode = DragMode.NONE;
  private double pressX;
  private double pressY;
  private Program dragOriginal;
  private LocalDate panOrigin;
  private double panOffset;

  private final OrderMarks orderMarks;

  public TimelineSkin(PlanTimeline control) {
    super(control);
    orderMarks = new OrderMarks(control);
    getChildren().add(surface);
    canvas.setFocusTraversable(false);
    tooltip.setShowDelay(Duration.millis(350));
    tooltip.setWrapText(true);
    tooltip.setMaxWidth(420);
    Tooltip.install(canvas, tooltip);

    watch(rebuild, control.groupingProperty(), control.showCancelledProperty(),
        control.filterProperty());
    control.planProperty().addListener(planListener);
    watched.add(control.planProperty());
    watch(reindex, control.conflictsProperty());
    watch(redraw, control.pixelsPerDayProperty(), control.originProperty(),
        control.verticalOffsetProperty(), control.selectionProperty(), control.todayProperty(),
        control.widthProperty(), control.heightProperty(), control.asOfProperty());
    watch(o -> previewChanged(), control.dragPreviewProperty());
    watch(o -> describeSelection(), control.selectionProperty(), control.conflictsProperty());
    watch(o -> revealRequested(), control.revealRequestProperty());
    watch(redraw, control.comparedPlanProperty());
    for (var p : control.paintProperties()) {
      watch(redraw, p);
    }

    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
    canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    control.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    rebuild();
    reindex();
  }

  private void watch(InvalidationListener l, Observable... observables) {
    for (Observable o : observables) {
      o.addListener(l);
      watched.add(o);
    }
  }

  @Override
  public void dispose() {
    getSkinnable().planProperty().removeListener(planListener);
    for (Observable o : watched) {
      o.removeListener(redraw);
      o.removeListener(rebuild);
      o.removeListener(reindex);
    }
    watched.clear();
    Tooltip.uninstall(canvas, tooltip);
    getChildren().remove(surface);
    super.dispose();
  }

  // ---------------------------------------------------------------- model → figures

  /** A move or edit of one program updates its row in place; anything else rebuilds. */
  private void planChanged(Plan before, Plan after) {
    Program changed = before == null || after == null || rows == null ? null
        : org.paceline.model.PlanDiff.onlyProgram(before, after);
    if (changed != null) {
      PlanTimeline c = getSkinnable();
      boolean showCancelled = c.isShowCancelled();
      var filter = c.filterProperty().get();
      LaneRows next = rows.withProgram(changed, c.getGrouping(),
          p -> (showCancelled || p.isActive()) && filter.test(p));
      if (next != null) {
        Program old = before.programs().stream().filter(p -> p.id().equals(changed.id()))
            .findFirst().orElseThrow();
        rows = next;
        storedPace = storedPace == null ? PaceSummary.of(after)
            : storedPace.withProgram(old, changed);
        previewChanged();
        return;
      }
    }
    rebuild();
  }

  private void rebuild() {
    PlanTimeline c = getSkinnable();
    Plan plan = c.getPlan();
    if (plan == null) {
      rows = null;
      pace = null;
      markDirty();
      return;
    }
    calendar = FiscalCalendar.of(plan.settings());
    initiatives = new HashMap<>();
    plan.initiatives().forEach(i -> initiatives.put(i.id(), i));
    boolean showCancelled = c.isShowCancelled();
    var filter = c.filterProperty().get();
    rows = LaneRows.of(plan, c.getGrouping(),
        p -> (showCancelled || p.isActive()) && filter.test(p), collapsed);
    stackInitiatives(plan);
    paceChanged();
  }

  private void stackInitiatives(Plan plan) {
    org.paceline.analysis.InitiativeLanes lanes =
        org.paceline.analysis.InitiativeLanes.of(plan, rows.segments());
    initiativeLane = lanes.lane();
    int[] per = lanes.lanesPerSegment();
    segmentTops = new double[per.length + 1];
    for (int r = 0; r < per.length; r++) {
      segmentTops[r + 1] = segmentTops[r] + SALES_ROW + (per[r] - 1) * INITIATIVE_LANE;
    }
  }

  private void paceChanged() {
    Plan plan = getSkinnable().getPlan();
    storedPace = plan == null ? null : PaceSummary.of(plan);
    previewChanged();
  }

  /** While dragging, the strips follow the dragged program by its contribution alone. */
  private void previewChanged() {
    Program preview = getSkinnable().dragPreviewProperty().get();
    pace = storedPace;
    if (preview != null && storedPace != null) {
      Program original = original(preview.id());
      if (original != null) {
        pace = storedPace.withProgram(original, preview);
      }
    }
    markDirty();
  }

  private Program original(String id) {
    Plan plan = getSkinnable().getPlan();
    int idx = rows == null ? -1 : rows.indexOf(id);
    if (idx >= 0 && ((LaneRows.ProgramRow) rows.rows().get(idx)).program().id().equals(id)) {
      return ((LaneRows.ProgramRow) rows.rows().get(idx)).program();
    }
    return plan == null ? null
        : plan.programs().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
  }

  private void reindex() {
    conflicts = new ConflictIndex(getSkinnable().getConflicts());
    markDirty();
  }

  private void markDirty() {
    dirty = true;
    surface.redrawNextPulse();
  }

  @Override
  protected void layoutChildren(double x, double y, double w, double h) {
    surface.resizeRelocate(x, y, w, h);
  }

  /**
   * Holds the canvas and draws it in its own layout pass. A redraw marks only this node as needing
   * layout, not the control's parents, so panning and zooming do not make the split pane re-lay
   * out its other side (the conflict panel's list of thousands of rows) on every frame.
   */
  private final class Surface extends javafx.scene.layout.Region {
    Surface() {
      getChildren().add(canvas);
    }

    void redrawNextPulse() {
      setNeedsLayout(true);
    }

    @Override
    protected void layoutChildren() {
      double w = getWidth();
      double h = getHeight();
      if (canvas.getWidth() != w || canvas.getHeight() != h) {
        canvas.setWidth(w);
        canvas.setHeight(h);
        dirty = true;
      }
      if (dirty) {
        dirty = false;
        draw();
      }
    }
  }

  @Override
  protected double computePrefWidth(double h, double top, double right, double bottom,
      double left) {
    return 1000;
  }

  @Override
  protected double computePrefHeight(double w, double top, double right, double bottom,
      double left) {
    return 600;
  }

  // ---------------------------------------------------------------- geometry

  TimeScale scale() {
    return new TimeScale(getSkinnable().getOrigin(), getSkinnable().getPixelsPerDay());
  }

  private double salesTop() {
    return 3 * HEADER_ROW;
  }

  private double lanesTop() {
    return salesTop() + segmentTops[segmentTops.length - 1] + 6;
  }

  private double stripsTop() {
    return canvas.getHeight() - 3 * STRIP;
  }

  /** x on the canvas of the left edge of a day. */
  private double x(LocalDate day) {
    return LABEL_WIDTH + scale().x(day);
  }

  private double maxOffset() {
    double content = rows == null ? 0 : rows.rows().size() * ROW;
    return Math.max(0, content - (stripsTop() - lanesTop()) + ROW);
  }

  // ---------------------------------------------------------------- drawing

  private void draw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    PlanTimeline c = getSkinnable();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.setFill(c.backgroundFill());
    g.fillRect(0, 0, w, h);
    if (rows == null || w <= LABEL_WIDTH || h < lanesTop() + 3 * STRIP) {
      return;
    }
    LocalDate first = scale().day(0).minusDays(1);
    LocalDate last = scale().day(w - LABEL_WIDTH).plusDays(1);

    g.save();
    g.beginPath();
    g.rect(LABEL_WIDTH, 0, w - LABEL_WIDTH, h);
    g.clip();
    drawGrid(g, first, last, h);
    orderMarks.frameStarted();
    orderMarks.drawHolidays(g, first, last, lanesTop(), stripsTop(), this::x);
    drawLanes(g, first, last);
    drawSales(g, first, last);
    drawStrips(g, first, last);
    drawHeader(g, first, last);
    drawToday(g, h);
    g.restore();
    drawLabels(g);
  }

  private void drawGrid(GraphicsContext g, LocalDate first, LocalDate last, double h) {
    g.setStroke(getSkinnable().gridColor());
    for (YearMonth m = YearMonth.from(first); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
      double x = Math.floor(x(m.atDay(1))) + 0.5;
      boolean quarterStart = calendar.startOf(calendar.quarterOf(m.atDay(1))).equals(m.atDay(1));
      g.setLineWidth(quarterStart ? 1.2 : 0.5);
      g.setGlobalAlpha(quarterStart ? 1 : 0.6);
      g.strokeLine(x, 3 * HEADER_ROW, x, h);
    }
    g.setGlobalAlpha(1);
  }

  private void drawHeader(GraphicsContext g, LocalDate first, LocalDate last) {
    PlanTimeline c = getSkinnable();
    double w = canvas.getWidth();
    g.setFill(c.headerFill());
    g.fillRect(LABEL_WIDTH, 0, w - LABEL_WIDTH, 3 * HEADER_ROW);
    g.setStroke(c.gridColor());
    g.setLineWidth(1);
    g.strokeLine(LABEL_WIDTH, 3 * HEADER_ROW - 0.5, w, 3 * HEADER_ROW - 0.5);
    g.setTextBaseline(VPos.CENTER);
    // fiscal years
    FiscalQuarter q0 = calendar.quarterOf(first);
    for (int fy = q0.fiscalYear(); !calendar.startOfYear(fy).isAfter(last); fy++) {
      band(g, calendar.startOfYear(fy), calendar.endOfYear(fy), 0, "FY" + fy, bold);
    }
    // quarters
    for (FiscalQuarter q = q0; !calendar.startOf(q).isAfter(last); q = q.next()) {
      double width = x(calendar.endOf(q).plusDays(1)) - x(calendar.startOf(q));
      band(g, calendar.startOf(q), calendar.endOf(q), HEADER_ROW,
          width > 90 ? "Q" + q.quarter() + "  " + shortRange(q) : "Q" + q.quarter(), font);
    }
    // months, when there is room for their names
    double monthWidth = 30 * c.getPixelsPerDay();
    if (monthWidth >= 22) {
      for (YearMonth m = YearMonth.from(first); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
        String name = m.getMonth().getDisplayName(monthWidth >= 60 ? TextStyle.SHORT
            : TextStyle.NARROW, Locale.ENGLISH);
        band(g, m.atDay(1), m.atEndOfMonth(), 2 * HEADER_ROW, name, small);
      }
    }
  }

  private String shortRange(FiscalQuarter q) {
    LocalDate s = calendar.startOf(q);
    LocalDate e = calendar.endOf(q);
    return s.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "–"
        + e.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + e.getYear();
  }

  private void band(GraphicsContext g, LocalDate from, LocalDate to, double y, String text,
      Font f) {
    PlanTimeline c = getSkinnable();
    double x0 = x(from);
    double x1 = x(to.plusDays(1));
    g.setStroke(c.gridColor());
    g.setLineWidth(1);
    g.strokeLine(Math.floor(x0) + 0.5, y + 2, Math.floor(x0) + 0.5, y + HEADER_ROW - 2);
    double visible0 = Math.max(x0, LABEL_WIDTH);
    double visible1 = Math.min(x1, canvas.getWidth());
    g.setFont(f);
    g.setFill(c.textFill());
    g.setTextAlign(TextAlignment.CENTER);
    if (visible1 - visible0 > textWidth(text, f) + 6) {
      g.fillText(text, (visible0 + visible1) / 2, y + HEADER_ROW / 2);
    }
    g.setTextAlign(TextAlignment.LEFT);
  }

  private void drawToday(GraphicsContext g, double h) {
    LocalDate today = getSkinnable().todayProperty().get();
    if (today == null) {
      return;
    }
    double x = x(today);
    g.setStroke(getSkinnable().todayFill());
    g.setLineWidth(1.5);
    g.setLineDashes(4, 3);
    g.strokeLine(x, 3 * HEADER_ROW, x, h);
    g.setLineDashes(null);
  }

  private void drawSales(GraphicsContext g, LocalDate first, LocalDate last) {
    PlanTimeline c = getSkinnable();
    Plan plan = c.getPlan();
    double top = salesTop();
    double w = canvas.getWidth();
    g.setFill(c.backgroundFill());
    g.fillRect(LABEL_WIDTH, top, w, lanesTop() - top);
    List<String> segs = rows.segments();
    String currency = plan.settings().currency();
    for (QuarterTarget t : plan.targets()) {
      int row = segmentRow(segs, t.segment());
      LocalDate qs = calendar.startOf(t.quarter());
      LocalDate qe = calendar.endOf(t.quarter());
      if (qe.isBefore(first) || qs.isAfter(last)) {
        continue;
      }
      double x0 = x(qs) + 2;
      double x1 = x(qe.plusDays(1)) - 2;
      double y = top + segmentTops[row] + 3;
      List<Conflict> found = conflicts.target(t.quarter(), t.segment());
      Severity worst = ConflictIndex.worst(found);
      g.setFill(worst == Severity.ERROR ? c.unsupportedFill()
          : worst == Severity.WARNING ? c.shortFill() : c.supportedFill());
      g.fillRoundRect(x0, y, x1 - x0, 20, 6, 6);
      boolean selected = c.getSelection() instanceof TimelineSelection.TargetItem ti
          && ti.quarter().equals(t.quarter()) && ti.segment().equalsIgnoreCase(t.segment());
      if (worst != null || selected) {
        g.setStroke(selected ? c.selectionFill() : severityPaint(worst));
        g.setLineWidth(selected ? 2 : 1.2);
        g.strokeRoundRect(x0, y, x1 - x0, 20, 6, 6);
      }
      String label = Money.compact(t.revenue(), currency)
          + (t.qualifiedLeads() == null ? "" : " · " + t.qualifiedLeads() + " leads");
      double markerSpace = worst == null ? 0 : 14;
      g.setFont(small);
      g.setFill(c.textFill());
      g.setTextBaseline(VPos.CENTER);
      fitText(g, label, x0 + 6 + markerSpace, y + 10, x1 - x0 - 10 - markerSpace, small);
      if (worst != null) {
        marker(g, x0 + 9, y + 10, worst);
      }
    }
    for (Initiative i : plan.initiatives()) {
      if (i.end().isBefore(first) || i.start().isAfter(last)) {
        continue;
      }
      int row = segmentRow(segs, i.segment());
      double x0 = x(i.start());
      double x1 = Math.max(x0 + 3, x(i.end().plusDays(1)));
      double y = top + segmentTops[row] + 27 + initiativeLane.getOrDefault(i.id(), 0)
          * INITIATIVE_LANE;
      g.setFill(c.initiativeFill());
      g.fillRoundRect(x0, y, x1 - x0, 16, 4, 4);
      if (c.getSelection() instanceof TimelineSelection.InitiativeItem ii
          && ii.id().equals(i.id())) {
        g.setStroke(c.selectionFill());
        g.setLineWidth(2);
        g.strokeRoundRect(x0 - 1, y - 1, x1 - x0 + 2, 18, 4, 4);
      }
      g.setTextBaseline(VPos.CENTER);
      labelBar(g, i.name(), x0, x1, y + 8, c.barTextFill(), small);
    }
    g.setStroke(c.gridColor());
    g.setLineWidth(1);
    for (int r = 0; r <= segs.size(); r++) {
      double y = Math.floor(top + segmentTops[r]) + 0.5;
      g.strokeLine(LABEL_WIDTH, y, w, y);
    }
  }

  private static int segmentRow(List<String> segs, String segment) {
    return org.paceline.analysis.InitiativeLanes.segmentRow(segs, segment);
  }

  private void drawLanes(GraphicsContext g, LocalDate first, LocalDate last) {
    PlanTimeline c = getSkinnable();
    double top = lanesTop();
    double bottom = stripsTop();
    double offset = Math.min(c.getVerticalOffset(), maxOffset());
    int firstRow = Math.max(0, (int) Math.floor(offset / ROW));
    int lastRow = Math.min(rows.rows().size() - 1, (int) Math.ceil((offset + bottom - top) / ROW));
    g.save();
    g.beginPath();
    g.rect(0, top, canvas.getWidth(), bottom - top);
    g.clip();
    Program preview = c.dragPreviewProperty().get();
    for (int r = firstRow; r <= lastRow; r++) {
      double y = top + r * ROW - offset;
      LaneRows.Row row = rows.rows().get(r);
      if (row instanceof LaneRows.GroupRow gr) {
        g.setFill(c.headerFill());
        g.fillRect(LABEL_WIDTH, y, canvas.getWidth(), ROW);
        continue;
      }
      Program p = ((LaneRows.ProgramRow) row).program();
      if (preview != null && preview.id().equals(p.id())) {
        p = preview;
      }
      drawProgram(g, p, y, first, last);
      compare.drawRow(g, c, p, y, ROW, this::x);
    }
    g.restore();
  }

  private void drawProgram(GraphicsContext g, Program p, double y, LocalDate first,
      LocalDate last) {
    PlanTimeline c = getSkinnable();
    Initiative i = initiatives.get(p.supports());
    double mid = y + ROW / 2;
    if (i != null) {
      LeadWindow w = p.effectiveWindow(c.getPlan().settings());
      double bx0 = x(w.max().before(i.start()));
      double bx1 = x(w.min().before(i.start()).plusDays(1));
      g.setFill(c.bandFill());
      g.fillRect(bx0, y + 3, Math.max(2, bx1 - bx0), ROW - 6);
      // connector: from the bar's start to the initiative's start
      double ix = x(i.start());
      g.setStroke(c.mutedTextFill());
      g.setLineWidth(1);
      g.setLineDashes(2, 3);
      // along the row's lower edge, so it never runs through a label beside the bar
      g.strokeLine(x(p.end().plusDays(1)), y + ROW - 4.5, ix, y + ROW - 4.5);
      g.setLineDashes(null);
      g.strokeLine(ix, y + 5, ix, y + ROW - 5);
    }
    if (p.end().isBefore(first) || p.start().isAfter(last)) {
      return;
    }
    double x0 = x(p.start());
    double x1 = Math.max(x0 + 4, x(p.end().plusDays(1)));
    double by = y + 6;
    double bh = ROW - 12;
    boolean selected = c.getSelection() instanceof TimelineSelection.ProgramItem pi
        && pi.id().equals(p.id());
    if (p.status() == ProgramStatus.IDEA) {
      g.setFill(c.backgroundFill());
      g.fillRoundRect(x0, by, x1 - x0, bh, 6, 6);
      g.setStroke(c.barFill());
      g.setLineWidth(1.5);
      g.setLineDashes(5, 3);
      g.strokeRoundRect(x0 + 0.75, by + 0.75, x1 - x0 - 1.5, bh - 1.5, 6, 6);
      g.setLineDashes(null);
    } else {
      g.setFill(c.barFill());
      g.setGlobalAlpha(p.status() == ProgramStatus.CANCELLED ? 0.35
          : p.status() == ProgramStatus.DONE ? 0.6 : 1);
      g.fillRoundRect(x0, by, x1 - x0, bh, 6, 6);
      g.setGlobalAlpha(1);
    }
    if (selected) {
      g.setStroke(c.selectionFill());
      g.setLineWidth(2);
      g.strokeRoundRect(x0 - 2, by - 2, x1 - x0 + 4, bh + 4, 8, 8);
    }
    Paint text = p.status() == ProgramStatus.IDEA ? c.textFill() : c.barTextFill();
    g.setTextBaseline(VPos.CENTER);
    labelBar(g, p.name(), x0, x1, mid, text, font);
    if (p.status() == ProgramStatus.CANCELLED) {
      g.setStroke(c.textFill());
      g.setLineWidth(1);
      g.strokeLine(x0, mid, x1, mid);
    }
    Severity worst = ConflictIndex.worst(conflicts.program(p.id()));
    if (worst != null) {
      marker(g, x0 - 9, mid, worst);
    }
    orderMarks.draw(g, p, y, ROW, this::x);
  }

  private void drawStrips(GraphicsContext g, LocalDate first, LocalDate last) {
    PlanTimeline c = getSkinnable();
    double top = stripsTop();
    double w = canvas.getWidth();
    g.setFill(c.headerFill());
    g.fillRect(LABEL_WIDTH, top, w, 3 * STRIP);
    g.setStroke(c.gridColor());
    g.setLineWidth(1);
    for (int i = 0; i <= 3; i++) {
      g.strokeLine(LABEL_WIDTH, Math.floor(top + i * STRIP) + 0.5, w,
          Math.floor(top + i * STRIP) + 0.5);
    }
    if (pace == null) {
      return;
    }
    // programs per month against capacity
    int capacity = pace.capacity();
    int max = Math.max(capacity, pace.programsPerMonth().values().stream()
        .mapToInt(Integer::intValue).max().orElse(1));
    double h = STRIP - 8;
    String currency = c.getPlan().settings().currency();
    for (YearMonth m = YearMonth.from(first); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
      Integer n = pace.programsPerMonth().get(m);
      if (n == null || n == 0) {
        continue;
      }
      double x0 = x(m.atDay(1)) + 1;
      double x1 = x(m.atEndOfMonth().plusDays(1)) - 1;
      boolean over = !conflicts.month(m).isEmpty();
      double bh = h * n / max;
      g.setFill(over ? c.warningFill() : c.stripFill());
      g.fillRect(x0, top + 4 + h - bh, x1 - x0, bh);
      g.setFill(over ? c.warningFill() : c.textFill());
      g.setFont(over ? bold : small);
      g.setTextAlign(TextAlignment.CENTER);
      g.setTextBaseline(VPos.TOP);
      if (x1 - x0 > 14) {
        g.setFill(c.textFill());
        g.fillText(String.valueOf(n), (x0 + x1) / 2, top + 2);
      }
    }
    if (capacity > 0) {
      double y = top + 4 + h - h * capacity / max;
      g.setStroke(c.errorFill());
      g.setLineWidth(1);
      g.setLineDashes(6, 4);
      g.strokeLine(LABEL_WIDTH, y, w, y);
      g.setLineDashes(null);
    }
    // spend per quarter against budget, leads per quarter against target
    FiscalQuarter q0 = calendar.quarterOf(first);
    for (FiscalQuarter q = q0; !calendar.startOf(q).isAfter(last); q = q.next()) {
      double x0 = x(calendar.startOf(q)) + 2;
      double x1 = x(calendar.endOf(q).plusDays(1)) - 2;
      BigDecimal spend = pace.spendPerQuarter().get(q);
      BigDecimal budget = pace.budgetPerQuarter().get(q);
      if (spend != null || budget != null) {
        boolean over = !conflicts.budget(q).isEmpty();
        String text = Money.compact(spend == null ? BigDecimal.ZERO : spend, currency)
            + (budget == null ? "" : " / " + Money.compact(budget, currency));
        cell(g, x0, x1, top + STRIP, ratio(spend, budget), over, text);
      }
      Integer expected = pace.expectedLeadsPerQuarter().get(q);
      Integer needed = pace.neededLeadsPerQuarter().get(q);
      if ((expected != null && expected > 0) || (needed != null && needed > 0)) {
        int e = expected == null ? 0 : expected;
        int n = needed == null ? 0 : needed;
        cell(g, x0, x1, top + 2 * STRIP, n == 0 ? 1 : Math.min(1.0, (double) e / n), e < n,
            e + " / " + n + " leads");
      }
    }
    g.setTextAlign(TextAlignment.LEFT);
  }

  private static double ratio(BigDecimal spend, BigDecimal budget) {
    if (budget == null || budget.signum() == 0) {
      return spend == null || spend.signum() == 0 ? 0 : 1;
    }
    double r = (spend == null ? 0 : spend.doubleValue()) / budget.doubleValue();
    return Math.min(1, r);
  }

  private void cell(GraphicsContext g, double x0, double x1, double y, double fill,
      boolean bad, String text) {
    PlanTimeline c = getSkinnable();
    g.setFill(c.backgroundFill());
    g.fillRoundRect(x0, y + 4, x1 - x0, STRIP - 8, 4, 4);
    g.setFill(bad ? c.unsupportedFill() : c.supportedFill());
    g.fillRoundRect(x0, y + 4, (x1 - x0) * fill, STRIP - 8, 4, 4);
    if (bad) {
      g.setStroke(c.warningFill());
      g.setLineWidth(1.5);
      g.strokeRoundRect(x0, y + 4, x1 - x0, STRIP - 8, 4, 4);
    }
    g.setFill(bad ? c.warningFill() : c.textFill());
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    Font f = bad ? Font.font("System", FontWeight.BOLD, 10.5) : small;
    if (textWidth(text, f) < x1 - x0 - 4) {
      g.setFont(f);
      g.fillText(text, (x0 + x1) / 2, y + STRIP / 2);
    }
    g.setTextAlign(TextAlignment.LEFT);
  }

  private void drawLabels(GraphicsContext g) {
    PlanTimeline c = getSkinnable();
    double h = canvas.getHeight();
    g.setFill(c.headerFill());
    g.fillRect(0, 0, LABEL_WIDTH, h);
    g.setStroke(c.gridColor());
    g.setLineWidth(1);
    g.strokeLine(LABEL_WIDTH - 0.5, 0, LABEL_WIDTH - 0.5, h);
    g.setTextBaseline(VPos.CENTER);
    g.setFill(c.textFill());
    g.setFont(bold);
    g.fillText(c.getPlan() == null ? "" : c.getPlan().name(), 10, HEADER_ROW);
    g.setFont(small);
    g.setFill(c.mutedTextFill());
    g.fillText("Sales targets and initiatives", 10, 2.5 * HEADER_ROW);
    double top = salesTop();
    List<String> segs = rows.segments();
    for (int r = 0; r < segs.size(); r++) {
      g.setFont(bold);
      g.setFill(c.textFill());
      fitText(g, segs.get(r), 10, top + (segmentTops[r] + segmentTops[r + 1]) / 2,
          LABEL_WIDTH - 20, bold);
    }
    // marketing lanes
    double lanes = lanesTop();
    double bottom = stripsTop();
    g.setStroke(c.gridColor());
    g.strokeLine(0, Math.floor(lanes) - 0.5, canvas.getWidth(), Math.floor(lanes) - 0.5);
    double offset = Math.min(c.getVerticalOffset(), maxOffset());
    int firstRow = Math.max(0, (int) Math.floor(offset / ROW));
    int lastRow = Math.min(rows.rows().size() - 1, (int) Math.ceil((offset + bottom - lanes) / ROW));
    g.save();
    g.beginPath();
    g.rect(0, lanes, LABEL_WIDTH, bottom - lanes);
    g.clip();
    for (int r = firstRow; r <= lastRow; r++) {
      double y = lanes + r * ROW - offset + ROW / 2;
      LaneRows.Row row = rows.rows().get(r);
      if (row instanceof LaneRows.GroupRow gr) {
        g.setFill(c.textFill());
        g.setFont(bold);
        String text = (gr.collapsed() ? "▸ " : "▾ ") + gr.label();
        String count = String.valueOf(gr.count());
        fitText(g, text, 8, y, LABEL_WIDTH - 40, bold);
        g.setFill(c.mutedTextFill());
        g.setFont(small);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(count, LABEL_WIDTH - 10, y);
        g.setTextAlign(TextAlignment.LEFT);
      } else {
        Program p = ((LaneRows.ProgramRow) row).program();
        g.setFill(c.textFill());
        g.setFont(font);
        fitText(g, p.name(), 22, y, LABEL_WIDTH - 32, font);
      }
    }
    g.restore();
    if (rows.rows().isEmpty()) {
      g.setFill(c.mutedTextFill());
      g.setFont(font);
      g.fillText("No programs match the filters.", LABEL_WIDTH + 16, lanes + ROW);
    }
    // strips
    String[] names = {"Programs per month", "Marketing spend / budget", "Expected / needed leads"};
    g.setFill(c.headerFill());
    g.fillRect(0, bottom, LABEL_WIDTH, 3 * STRIP);
    g.setStroke(c.gridColor());
    g.strokeLine(0, Math.floor(bottom) + 0.5, LABEL_WIDTH, Math.floor(bottom) + 0.5);
    for (int i = 0; i < 3; i++) {
      g.setFill(c.textFill());
      g.setFont(font);
      String name = names[i] + (i == 0 && pace != null && pace.capacity() > 0
          ? "  (capacity " + pace.capacity() + ")" : "");
      fitText(g, name, 10, bottom + i * STRIP + STRIP / 2, LABEL_WIDTH - 16, font);
    }
  }

  private void marker(GraphicsContext g, double cx, double cy, Severity s) {
    g.setFill(severityPaint(s));
    g.fillOval(cx - 6, cy - 6, 12, 12);
    g.setFill(Color.WHITE);
    g.setFont(Font.font("System", FontWeight.BOLD, 9.5));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(s == Severity.ERROR ? "!" : s == Severity.WARNING ? "!" : "i", cx, cy + 0.5);
    g.setTextAlign(TextAlignment.LEFT);
  }

  private Paint severityPaint(Severity s) {
    PlanTimeline c = getSkinnable();
    if (s == null) {
      return c.gridColor();
    }
    return switch (s) {
      case ERROR -> c.errorFill();
      case WARNING -> c.warningFill();
      case INFO -> c.infoFill();
    };
  }

  /** A bar's label inside the bar when it fits, else just after it. */
  private void labelBar(GraphicsContext g, String text, double x0, double x1, double y,
      Paint inside, Font f) {
    double tw = textWidth(text, f);
    g.setFont(f);
    double vx0 = Math.max(x0, LABEL_WIDTH + 2);
    if (tw + 12 <= x1 - vx0) {
      g.setFill(inside);
      g.fillText(text, vx0 + 6, y);
    } else {
      g.setFill(getSkinnable().textFill());
      fitText(g, text, x1 + 6, y, Math.max(60, 320), f);
    }
  }

  private static final Text MEASURE = new Text();

  private static double textWidth(String s, Font f) {
    MEASURE.setFont(f);
    MEASURE.setText(s);
    return MEASURE.getLayoutBounds().getWidth();
  }

  private static void fitText(GraphicsContext g, String s, double x, double y, double max,
      Font f) {
    if (max <= 10) {
      return;
    }
    String t = s;
    if (textWidth(t, f) > max) {
      int n = t.length();
      while (n > 1 && textWidth(t.substring(0, n) + "…", f) > max) {
        n--;
      }
      t = t.substring(0, n) + "…";
    }
    g.setFont(f);
    g.fillText(t, x, y);
  }


  // ---------------------------------------------------------------- hit testing

  /** What lies under a point of the canvas. */
  sealed interface Hit {}

  record ProgramHit(Program program, DragMode edge) implements Hit {}

  record GroupHit(String key) implements Hit {}

  record TargetHit(QuarterTarget target) implements Hit {}

  record InitiativeHit(Initiative initiative) implements Hit {}

  /** A quarter of a segment row that has no target yet (selecting it lets one be added). */
  record EmptyTargetHit(FiscalQuarter quarter, String segment) implements Hit {}

  record MonthHit(YearMonth month) implements Hit {}

  record QuarterHit(FiscalQuarter quarter, int strip) implements Hit {}

  Hit hit(double mx, double my) {
    PlanTimeline c = getSkinnable();
    if (rows == null || c.getPlan() == null) {
      return null;
    }
    double lanes = lanesTop();
    double bottom = stripsTop();
    if (my >= lanes && my < bottom) {
      double offset = Math.min(c.getVerticalOffset(), maxOffset());
      int r = (int) Math.floor((my - lanes + offset) / ROW);
      if (r < 0 || r >= rows.rows().size()) {
        return null;
      }
      LaneRows.Row row = rows.rows().get(r);
      if (row instanceof LaneRows.GroupRow gr) {
        return new GroupHit(gr.key());
      }
      Program p = ((LaneRows.ProgramRow) row).program();
      if (mx < LABEL_WIDTH) {
        return new ProgramHit(p, DragMode.NONE);
      }
      double x0 = x(p.start());
      double x1 = Math.max(x0 + 4, x(p.end().plusDays(1)));
      if (mx >= x0 - EDGE && mx <= x1 + EDGE) {
        DragMode edge = x1 - x0 > 3 * EDGE && mx <= x0 + EDGE ? DragMode.START
            : x1 - x0 > 3 * EDGE && mx >= x1 - EDGE ? DragMode.END : DragMode.MOVE;
        return new ProgramHit(p, edge);
      }
      return null;
    }
    if (mx < LABEL_WIDTH) {
      return null;
    }
    LocalDate day = scale().day(mx - LABEL_WIDTH);
    if (my >= bottom) {
      int strip = (int) ((my - bottom) / STRIP);
      return strip == 0 ? new MonthHit(YearMonth.from(day))
          : new QuarterHit(calendar.quarterOf(day), strip);
    }
    double top = salesTop();
    if (my >= top && my < lanes) {
      List<String> segs = rows.segments();
      int row = 0;
      while (row < segs.size() && my - top >= segmentTops[row + 1]) {
        row++;
      }
      if (row >= segs.size()) {
        return null;
      }
      double inRow = my - top - segmentTops[row];
      if (inRow >= 26) {
        int lane = (int) ((inRow - 26) / INITIATIVE_LANE);
        for (Initiative i : c.getPlan().initiatives()) {
          if (segmentRow(segs, i.segment()) == row && initiativeLane.get(i.id()) == lane
              && !day.isBefore(i.start()) && !day.isAfter(i.end())) {
            return new InitiativeHit(i);
          }
        }
      }
      FiscalQuarter q = calendar.quarterOf(day);
      for (QuarterTarget t : c.getPlan().targets()) {
        if (t.quarter().equals(q) && segmentRow(segs, t.segment()) == row) {
          return new TargetHit(t);
        }
      }
      if (inRow < 26) {
        return new EmptyTargetHit(q, row == 0 ? "" : segs.get(row));
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- mouse and keys

  private void pressed(MouseEvent e) {
    PlanTimeline c = getSkinnable();
    c.requestFocus();
    pressX = e.getX();
    pressY = e.getY();
    mode = DragMode.NONE;
    if (e.getX() > LABEL_WIDTH) {
      c.pointerDayProperty().set(scale().day(e.getX() - LABEL_WIDTH));
    }
    Hit h = hit(e.getX(), e.getY());
    if (e.getButton() != MouseButton.PRIMARY) {
      select(h); // a right click acts on what it is over
      return;
    }
    if (h instanceof ProgramHit ph) {
      select(h);
      if (ph.edge() != DragMode.NONE && c.isEditable()) {
        mode = ph.edge();
        dragOriginal = ph.program();
      }
    } else if (h instanceof GroupHit gh) {
      if (!collapsed.remove(gh.key())) {
        collapsed.add(gh.key());
      }
      rebuild();
    } else if (h != null) {
      select(h);
    } else {
      mode = DragMode.PAN;
      panOrigin = c.getOrigin();
      panOffset = c.getVerticalOffset();
    }
  }

  private void select(Hit h) {
    PlanTimeline c = getSkinnable();
    if (h instanceof ProgramHit ph) {
      c.setSelection(new TimelineSelection.ProgramItem(ph.program().id()));
    } else if (h instanceof TargetHit th) {
      c.setSelection(new TimelineSelection.TargetItem(th.target().quarter(),
          th.target().segment()));
    } else if (h instanceof EmptyTargetHit et) {
      c.setSelection(new TimelineSelection.TargetItem(et.quarter(), et.segment()));
    } else if (h instanceof InitiativeHit ih) {
      c.setSelection(new TimelineSelection.InitiativeItem(ih.initiative().id()));
    } else if (h instanceof MonthHit mh) {
      c.setSelection(new TimelineSelection.MonthItem(mh.month()));
    } else if (h instanceof QuarterHit qh) {
      c.setSelection(new TimelineSelection.QuarterItem(qh.quarter()));
    }
  }

  private void dragged(MouseEvent e) {
    PlanTimeline c = getSkinnable();
    double dx = e.getX() - pressX;
    switch (mode) {
      case PAN -> {
        c.setOrigin(panOrigin.minusDays(scale().days(dx)));
        c.setVerticalOffset(clampOffset(panOffset - (e.getY() - pressY)));
      }
      case MOVE, START, END -> {
        Program p = dragOriginal;
        TimeScale.Snap snap = scale().snap();
        long steps = snap.steps(scale().days(dx));
        LocalDate start = p.start();
        LocalDate end = p.end();
        if (mode == DragMode.MOVE) {
          start = snap.shift(p.start(), steps);
          end = start.plusDays(p.end().toEpochDay() - p.start().toEpochDay());
        } else if (mode == DragMode.START) {
          start = snap.shift(p.start(), steps);
          if (start.isAfter(end)) {
            start = end;
          }
        } else {
          end = snap.shift(p.end(), steps);
          if (end.isBefore(start)) {
            end = start;
          }
        }
        Program preview = p.withDates(start, end);
        c.dragPreviewProperty().set(preview.equals(p) ? null : preview);
        tooltip.setText(preview.name() + "\n" + start + " – " + end);
      }
      default -> { }
    }
  }

  private void released(MouseEvent e) {
    PlanTimeline c = getSkinnable();
    if (mode == DragMode.MOVE || mode == DragMode.START || mode == DragMode.END) {
      Program preview = c.dragPreviewProperty().get();
      Program before = dragOriginal;
      c.dragPreviewProperty().set(null);
      if (preview != null && !preview.equals(before) && c.onProgramChangedProperty().get() != null) {
        c.onProgramChangedProperty().get().accept(before, preview);
      }
    }
    mode = DragMode.NONE;
    dragOriginal = null;
  }

  private void moved(MouseEvent e) {
    Hit h = hit(e.getX(), e.getY());
    canvas.setCursor(h instanceof ProgramHit ph && ph.edge() != DragMode.NONE
        && getSkinnable().isEditable()
        ? (ph.edge() == DragMode.MOVE ? javafx.scene.Cursor.MOVE : javafx.scene.Cursor.H_RESIZE)
        : javafx.scene.Cursor.DEFAULT);
    OrderMarks.Mark mark = orderMarks.at(e.getX(), e.getY());
    String text = mark != null ? OrderMarks.describe(mark) : describe(h);
    tooltip.setText(text == null ? "" : text);
    if (text == null) {
      tooltip.hide();
    }
  }

  String describe(Hit h) {
    PlanTimeline c = getSkinnable();
    if (h == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    List<Conflict> found = List.of();
    if (h instanceof ProgramHit ph) {
      Program p = ph.program();
      sb.append(p.name()).append("\n").append(p.kind().code()).append(", ")
          .append(p.status().code()).append(": ").append(p.start()).append(" – ").append(p.end());
      Initiative i = initiatives.get(p.supports());
      if (i != null) {
        LeadWindow w = p.effectiveWindow(c.getPlan().settings());
        sb.append("\nSupports \u201c").append(i.name()).append("\u201d from ").append(i.start())
            .append("; start between ").append(w.max().before(i.start())).append(" and ")
            .append(w.min().before(i.start()));
      }
      found = conflicts.program(p.id());
    } else if (h instanceof TargetHit th) {
      QuarterTarget t = th.target();
      sb.append(t.quarter()).append(" ").append(t.isWholeBusiness() ? "whole business"
          : t.segment()).append(": ").append(org.paceline.analysis.Money.format(t.revenue(),
          c.getPlan().settings().currency()));
      if (t.qualifiedLeads() != null) {
        sb.append(", ").append(t.qualifiedLeads()).append(" qualified leads");
      }
      found = conflicts.target(t.quarter(), t.segment());
    } else if (h instanceof EmptyTargetHit et) {
      sb.append(et.quarter()).append(" ").append(et.segment().isEmpty() ? "whole business"
          : et.segment()).append(": no target yet (select to add one)");
    } else if (h instanceof InitiativeHit ih) {
      Initiative i = ih.initiative();
      sb.append(i.name()).append("\n").append(i.start()).append(" – ").append(i.end());
      if (!i.segment().isEmpty()) {
        sb.append(", ").append(i.segment());
      }
    } else if (h instanceof MonthHit mh) {
      Integer n = pace == null ? null : pace.programsPerMonth().get(mh.month());
      sb.append(mh.month()).append(": ").append(n == null ? 0 : n).append(" programs running");
      found = conflicts.month(mh.month());
    } else if (h instanceof QuarterHit qh) {
      sb.append(qh.quarter());
      found = qh.strip() == 1 ? conflicts.budget(qh.quarter()) : List.of();
    } else {
      return null;
    }
    for (Conflict x : found) {
      sb.append("\n\u2022 ").append(x.severity().code()).append(": ").append(x.message());
    }
    return sb.toString();
  }

  /** Screen readers get the selected item as text: the canvas has no node per bar. */
  private void describeSelection() {
    PlanTimeline c = getSkinnable();
    TimelineSelection s = c.getSelection();
    Plan plan = c.getPlan();
    String text = null;
    if (plan != null && s instanceof TimelineSelection.ProgramItem pi) {
      text = plan.programs().stream().filter(p -> p.id().equals(pi.id())).findFirst()
          .map(p -> describe(new ProgramHit(p, DragMode.NONE))).orElse(null);
    } else if (plan != null && s instanceof TimelineSelection.InitiativeItem ii
        && initiatives.containsKey(ii.id())) {
      text = describe(new InitiativeHit(initiatives.get(ii.id())));
    } else if (plan != null && s instanceof TimelineSelection.TargetItem ti) {
      text = plan.targets().stream().filter(t -> t.quarter().equals(ti.quarter())
          && t.segment().equalsIgnoreCase(ti.segment())).findFirst()
          .map(t -> describe(new TargetHit(t))).orElse(null);
    } else if (s instanceof TimelineSelection.MonthItem mi) {
      text = describe(new MonthHit(mi.month()));
    } else if (s instanceof TimelineSelection.QuarterItem qi) {
      text = describe(new QuarterHit(qi.quarter(), 1));
    }
    c.setAccessibleText(text == null ? "Planning board timeline" : text);
  }

  private void scrolled(ScrollEvent e) {
    PlanTimeline c = getSkinnable();
    if (e.isControlDown() || e.isShortcutDown()) {
      c.zoom(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, Math.max(0, e.getX() - LABEL_WIDTH));
    } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
      double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
      c.setOrigin(c.getOrigin().minusDays(scale().days(d)));
    } else {
      c.setVerticalOffset(clampOffset(c.getVerticalOffset() - e.getDeltaY()));
    }
    e.consume();
  }

  private double clampOffset(double v) {
    return Math.max(0, Math.min(maxOffset(), v));
  }

  private void keyPressed(KeyEvent e) {
    PlanTimeline c = getSkinnable();
    if (!(c.getSelection() instanceof TimelineSelection.ProgramItem pi) || c.getPlan() == null) {
      return;
    }
    Program p = c.getPlan().programs().stream().filter(x -> x.id().equals(pi.id())).findFirst()
        .orElse(null);
    if (p == null) {
      return;
    }
    int dir = e.getCode() == KeyCode.LEFT ? -1 : e.getCode() == KeyCode.RIGHT ? 1 : 0;
    if (dir != 0 && !e.isControlDown() && c.isEditable()) {
      TimeScale.Snap snap = scale().snap();
      Program moved = e.isShiftDown()
          ? p.withDates(p.start(), max(p.start(), snap.shift(p.end(), dir)))
          : p.withDates(snap.shift(p.start(), dir),
              snap.shift(p.start(), dir).plusDays(p.end().toEpochDay() - p.start().toEpochDay()));
      if (c.onProgramChangedProperty().get() != null) {
        c.onProgramChangedProperty().get().accept(p, moved);
      }
      e.consume();
    } else if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
      int idx = rows.indexOf(p.id());
      int step = e.getCode() == KeyCode.UP ? -1 : 1;
      for (int i = idx + step; i >= 0 && i < rows.rows().size(); i += step) {
        if (rows.rows().get(i) instanceof LaneRows.ProgramRow pr) {
          c.setSelection(new TimelineSelection.ProgramItem(pr.program().id()));
          revealRow(i);
          break;
        }
      }
      e.consume();
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  // ---------------------------------------------------------------- reveal

  private void revealRequested() {
    PlanTimeline c = getSkinnable();
    TimelineSelection item = c.revealRequestProperty().get();
    if (item == null || c.getPlan() == null || rows == null) {
      return;
    }
    LocalDate day = null;
    if (item instanceof TimelineSelection.ProgramItem pi) {
      int idx = rows.indexOf(pi.id());
      if (idx < 0) {
        // collapsed or filtered: open its group
        c.getPlan().programs().stream().filter(p -> p.id().equals(pi.id())).findFirst()
            .ifPresent(p -> {
              collapsed.clear();
              rebuild();
            });
        idx = rows.indexOf(pi.id());
      }
      if (idx >= 0) {
        revealRow(idx);
        day = ((LaneRows.ProgramRow) rows.rows().get(idx)).program().start();
      }
    } else if (item instanceof TimelineSelection.InitiativeItem ii) {
      day = initiatives.containsKey(ii.id()) ? initiatives.get(ii.id()).start() : null;
    } else if (item instanceof TimelineSelection.TargetItem ti) {
      day = calendar.startOf(ti.quarter());
    } else if (item instanceof TimelineSelection.QuarterItem qi) {
      day = calendar.startOf(qi.quarter());
    } else if (item instanceof TimelineSelection.MonthItem mi) {
      day = mi.month().atDay(1);
    }
    if (day != null) {
      double visible = canvas.getWidth() - LABEL_WIDTH;
      double x = scale().x(day);
      if (x < 40 || x > visible - 120) {
        c.setOrigin(day.minusDays((long) (visible * 0.25 / c.getPixelsPerDay())));
      }
    }
    markDirty();
  }

  private void revealRow(int idx) {
    PlanTimeline c = getSkinnable();
    double visible = stripsTop() - lanesTop();
    double y = idx * ROW;
    if (y < c.getVerticalOffset() || y + ROW > c.getVerticalOffset() + visible) {
      c.setVerticalOffset(clampOffset(y - visible / 3));
    }
  }

  /** The canvas point at the middle of a program's bar, for tests and accessibility. */
  public double[] barCenter(String programId) {
    int idx = rows == null ? -1 : rows.indexOf(programId);
    if (idx < 0) {
      return null;
    }
    Program p = ((LaneRows.ProgramRow) rows.rows().get(idx)).program();
    double x0 = x(p.start());
    double x1 = Math.max(x0 + 4, x(p.end().plusDays(1)));
    double y = lanesTop() + idx * ROW - Math.min(getSkinnable().getVerticalOffset(), maxOffset())
        + ROW / 2;
    return new double[] {(x0 + x1) / 2, y};
  }

  /** The canvas point in the middle of a quarter block of the sales lane, or null. */
  public double[] targetCenter(FiscalQuarter quarter, String segment) {
    if (rows == null || calendar == null) {
      return null;
    }
    int row = segmentRow(rows.segments(), segment);
    double x0 = x(calendar.startOf(quarter));
    double x1 = x(calendar.endOf(quarter).plusDays(1));
    return new double[] {(x0 + x1) / 2, salesTop() + segmentTops[row] + 13};
  }

  /**
   * Where the mark of an order was drawn in the last frame and its tooltip, or null when it is
   * not visible; for tests.
   */
  public Object[] orderMark(String programId, String item) {
    for (OrderMarks.Mark m : orderMarks.drawn()) {
      if (m.program().id().equals(programId) && m.order().item().equals(item)) {
        return new Object[] {m.x(), m.y(), OrderMarks.describe(m), m.state()};
      }
    }
    return null;
  }

  /** The canvas, for tests that snapshot it. */
  /** The canvas, for tests. */
  public Canvas canvas() {
    return canvas;
  }
}

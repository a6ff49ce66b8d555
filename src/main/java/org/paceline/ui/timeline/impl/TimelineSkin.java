package org.paceline.ui.timeline.impl;

import static org.paceline.layout.ScreenMetrics.LABEL_WIDTH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.paceline.layout.ScreenBoard;
import org.paceline.layout.ScreenLayout;
import org.paceline.layout.ScreenView;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;

/**
 * The timeline's skin: keeps the screen board ({@link ScreenBoard}) up to date with the control,
 * paints the visible part of its layout on one canvas once per pulse, and wires the canvas to the
 * hit tester, the edit controller, the tooltips and the context menu. Each of those is its own
 * class; this one holds them together and removes its listeners in {@link #dispose()}.
 */
public final class TimelineSkin extends SkinBase<PlanTimeline> {

  private final Canvas canvas = new Canvas();
  private final Surface surface = new Surface();
  private final ScreenBoard board = new ScreenBoard();
  private final FxTextMeasure measure = new FxTextMeasure();
  private final ScreenPalette palette;
  private final OrderMarks orderMarks;
  private final BoardPainter painter;
  private final LanePainter lanes;
  private final EditController edit;
  private final TimelineTooltips tooltips;
  private final TimelineContextMenu menu;
  private final List<Observable> watched = new ArrayList<>();
  private final InvalidationListener redraw = o -> markDirty();
  private final InvalidationListener rebuild = o -> rebuild();
  private final InvalidationListener reindex = o -> reindex();
  private final InvalidationListener preview = o -> previewChanged();
  private final InvalidationListener describe = o -> describeSelection();
  private final InvalidationListener reveal = o -> revealRequested();
  private final ChangeListener<Plan> planListener = (o, a, b) -> planChanged(a, b);
  private final EventHandler<MouseEvent> pressed;
  private final EventHandler<MouseEvent> dragged;
  private final EventHandler<MouseEvent> released;
  private final EventHandler<MouseEvent> moved = this::moved;
  private final EventHandler<ScrollEvent> scrolled;
  private final EventHandler<KeyEvent> keys;
  private boolean dirty = true;

  public TimelineSkin(PlanTimeline control) {
    super(control);
    palette = new ScreenPalette(control);
    orderMarks = new OrderMarks(control, palette);
    painter = new BoardPainter(control, palette, measure);
    lanes = new LanePainter(control, palette, measure, orderMarks);
    edit = new EditController(control, this);
    tooltips = new TimelineTooltips(canvas);
    menu = new TimelineContextMenu(control);
    menu.install();
    pressed = edit::pressed;
    dragged = edit::dragged;
    released = edit::released;
    scrolled = edit::scrolled;
    keys = edit::keyPressed;
    getChildren().add(surface);
    canvas.setFocusTraversable(false);

    watch(rebuild, control.groupingProperty(), control.showCancelledProperty(),
        control.filterProperty());
    control.planProperty().addListener(planListener);
    watch(reindex, control.conflictsProperty());
    watch(redraw, control.pixelsPerDayProperty(), control.originProperty(),
        control.verticalOffsetProperty(), control.selectionProperty(), control.todayProperty(),
        control.widthProperty(), control.heightProperty(), control.asOfProperty(),
        control.comparedPlanProperty());
    watch(preview, control.dragPreviewProperty());
    watch(describe, control.selectionProperty(), control.conflictsProperty());
    watch(reveal, control.revealRequestProperty());
    for (var p : control.paintProperties()) {
      watch(redraw, p);
    }

    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
    canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, released);
    canvas.addEventHandler(MouseEvent.MOUSE_MOVED, moved);
    canvas.addEventHandler(ScrollEvent.SCROLL, scrolled);
    control.addEventHandler(KeyEvent.KEY_PRESSED, keys);
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
    PlanTimeline c = getSkinnable();
    c.planProperty().removeListener(planListener);
    for (Observable o : watched) {
      for (InvalidationListener l : List.of(redraw, rebuild, reindex, preview, describe,
          reveal)) {
        o.removeListener(l);
      }
    }
    watched.clear();
    canvas.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
    canvas.removeEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
    canvas.removeEventHandler(MouseEvent.MOUSE_RELEASED, released);
    canvas.removeEventHandler(MouseEvent.MOUSE_MOVED, moved);
    canvas.removeEventHandler(ScrollEvent.SCROLL, scrolled);
    c.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
    tooltips.dispose();
    menu.dispose();
    getChildren().remove(surface);
    super.dispose();
  }

  // ---------------------------------------------------------------- control → screen board

  private void planChanged(Plan before, Plan after) {
    if (before != null && after != null && board.ready()) {
      board.planChanged(before, after);
      board.setPreview(getSkinnable().dragPreviewProperty().get());
      markDirty();
    } else {
      rebuild();
    }
  }

  private void rebuild() {
    PlanTimeline c = getSkinnable();
    boolean showCancelled = c.isShowCancelled();
    var filter = c.filterProperty().get();
    board.show(c.getPlan(), c.getGrouping(), p -> (showCancelled || p.isActive()) && filter.test(p));
    board.setPreview(c.dragPreviewProperty().get());
    markDirty();
  }

  private void previewChanged() {
    board.setPreview(getSkinnable().dragPreviewProperty().get());
    markDirty();
  }

  private void reindex() {
    board.setConflicts(getSkinnable().getConflicts());
    markDirty();
  }

  void markDirty() {
    dirty = true;
    surface.redrawNextPulse();
  }

  ScreenBoard board() {
    return board;
  }

  TimelineTooltips tooltips() {
    return tooltips;
  }

  /** The layout at the control's scroll and zoom and the canvas's size. */
  ScreenLayout layout() {
    PlanTimeline c = getSkinnable();
    return new ScreenLayout(board, new ScreenView(c.getOrigin(), c.getPixelsPerDay(),
        canvas.getWidth(), canvas.getHeight(), c.getVerticalOffset()));
  }

  HitTester.Hit hit(double x, double y) {
    return HitTester.hit(board, layout(), x, y);
  }

  /** The tooltip of an initiative's Shift+drag: what moves, and by how much. */
  String shiftText(InitiativeDrag d) {
    int n = board.supporting(d.initiative().id()).size();
    int days = d.days();
    String by = days % 7 == 0 && days != 0 ? Math.abs(days / 7) + " week"
        + (Math.abs(days) == 7 ? "" : "s") : Math.abs(days) + " day" + (Math.abs(days) == 1
        ? "" : "s");
    return d.initiative().name() + " and " + n + " program" + (n == 1 ? "" : "s")
        + (days == 0 ? ": not moved" : ": " + by + (days < 0 ? " earlier" : " later"))
        + "\n" + d.moved().start() + " – " + d.moved().end();
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

  // ---------------------------------------------------------------- painting

  private void draw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    PlanTimeline c = getSkinnable();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.setFill(c.backgroundFill());
    g.fillRect(0, 0, w, h);
    ScreenLayout l = layout();
    if (!l.fits()) {
      return;
    }
    InitiativeDrag shift = edit.initiativeDrag();
    board.setCompared(c.getComparedPlan());
    g.save();
    g.beginPath();
    g.rect(LABEL_WIDTH, 0, w - LABEL_WIDTH, h);
    g.clip();
    painter.grid(g, l);
    orderMarks.frameStarted();
    painter.holidays(g, l);
    lanes.rows(g, board, l, shift);
    painter.sales(g, l, shift);
    painter.strips(g, l);
    painter.header(g, l);
    painter.today(g, l);
    g.restore();
    painter.labels(g, l);
    lanes.labels(g, board, l);
    painter.stripLabels(g, l);
  }

  // ---------------------------------------------------------------- pointer and text

  private void moved(MouseEvent e) {
    HitTester.Hit h = hit(e.getX(), e.getY());
    canvas.setCursor(edit.cursor(h, e.isShiftDown()));
    OrderMarks.Drawn mark = orderMarks.at(e.getX(), e.getY());
    tooltips.show(mark != null ? mark.mark().description()
        : TimelineTooltips.describe(board, getSkinnable(), h));
  }

  private void describeSelection() {
    getSkinnable().setAccessibleText(TimelineTooltips.selection(board, getSkinnable()));
  }

  private void revealRequested() {
    PlanTimeline c = getSkinnable();
    TimelineSelection item = c.revealRequestProperty().get();
    if (item == null || !board.ready()) {
      return;
    }
    LocalDate day = null;
    if (item instanceof TimelineSelection.ProgramItem pi) {
      int idx = board.indexOf(pi.id());
      if (idx < 0 && board.stored(pi.id()) != null) {
        board.unfoldAll(); // folded or filtered: open its group
        idx = board.indexOf(pi.id());
      }
      if (idx >= 0) {
        edit.revealRow(idx);
        day = ((ScreenBoard.Row.Item) board.row(idx)).program().start();
      }
    } else if (item instanceof TimelineSelection.InitiativeItem ii) {
      day = board.initiative(ii.id()) != null ? board.initiative(ii.id()).start() : null;
    } else if (item instanceof TimelineSelection.TargetItem ti) {
      day = board.startOf(ti.quarter());
    } else if (item instanceof TimelineSelection.QuarterItem qi) {
      day = board.startOf(qi.quarter());
    } else if (item instanceof TimelineSelection.MonthItem mi) {
      day = mi.month().atDay(1);
    }
    if (day != null) {
      double visible = canvas.getWidth() - LABEL_WIDTH;
      double x = layout().x(day) - LABEL_WIDTH;
      if (x < 40 || x > visible - 120) {
        c.setOrigin(day.minusDays((long) (visible * 0.25 / c.getPixelsPerDay())));
      }
    }
    markDirty();
  }

  // ---------------------------------------------------------------- for tests

  /** The canvas point at the middle of a program's bar, for tests and accessibility. */
  public double[] barCenter(String programId) {
    int idx = board.indexOf(programId);
    if (idx < 0) {
      return null;
    }
    ScreenLayout l = layout();
    Program p = ((ScreenBoard.Row.Item) board.row(idx)).program();
    double[] s = l.barSpan(p);
    return new double[] {(s[0] + s[1]) / 2,
        l.rowTop(idx) + org.paceline.layout.ScreenMetrics.ROW / 2};
  }

  /** The canvas point in the middle of an initiative's bar in the sales lane, or null. */
  public double[] initiativeCenter(String initiativeId) {
    var i = board.ready() ? board.initiative(initiativeId) : null;
    if (i == null) {
      return null;
    }
    var b = layout().initiativeBox(i);
    return new double[] {b.x() + b.w() / 2, b.y() + b.h() / 2};
  }

  /** The canvas point in the middle of a quarter block of the sales lane, or null. */
  public double[] targetCenter(FiscalQuarter quarter, String segment) {
    if (!board.ready()) {
      return null;
    }
    ScreenLayout l = layout();
    double x0 = l.x(board.startOf(quarter));
    double x1 = l.x(board.startOf(quarter.next()));
    double top = l.salesTop() + board.segmentTops()[board.segmentRow(segment)];
    return new double[] {(x0 + x1) / 2, top + 13};
  }

  /**
   * Where the mark of an order was drawn in the last frame, its tooltip and its style name
   * ({@code order.due}…), or null when it is not visible; for tests.
   */
  public Object[] orderMark(String programId, String item) {
    for (OrderMarks.Drawn m : orderMarks.drawn()) {
      if (m.mark().program().id().equals(programId) && m.mark().order().item().equals(item)) {
        return new Object[] {m.x(), m.y(), m.mark().description(), m.mark().style()};
      }
    }
    return null;
  }

  /** The initiative's Shift+drag under way as (id, days), or null; for tests. */
  public Object[] initiativeDragPreview() {
    InitiativeDrag d = edit.initiativeDrag();
    return d == null ? null : new Object[] {d.initiative().id(), d.days()};
  }

  /** The canvas, for tests. */
  public Canvas canvas() {
    return canvas;
  }
}

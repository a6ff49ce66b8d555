package org.paceline.ui.timeline.impl;

import static org.paceline.layout.ScreenMetrics.LABEL_WIDTH;
import static org.paceline.layout.ScreenMetrics.ROW;

import java.time.LocalDate;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.paceline.layout.ScreenBoard;
import org.paceline.layout.ScreenLayout;
import org.paceline.model.Initiative;
import org.paceline.model.Program;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;
import org.paceline.ui.timeline.impl.HitTester.Hit;

/**
 * Turns the pointer and keys into selection, drags of bars (move, resize), Shift+drags of an
 * initiative with its programs, pans, scrolls and zooms (the role of CalendarFX's
 * {@code DayViewEditController}). A drag shows itself live and reports once, on release.
 */
final class EditController {

  private enum Mode { NONE, MOVE, START, END, PAN, SHIFT_INITIATIVE }

  private final PlanTimeline c;
  private final TimelineSkin skin;
  private Mode mode = Mode.NONE;
  private double pressX;
  private double pressY;
  private Program dragOriginal;
  private Initiative shiftOriginal;
  private InitiativeDrag shift;
  private LocalDate panOrigin;
  private double panOffset;

  EditController(PlanTimeline c, TimelineSkin skin) {
    this.c = c;
    this.skin = skin;
  }

  /** The Shift+drag of an initiative under way, or null. */
  InitiativeDrag initiativeDrag() {
    return shift;
  }

  private TimeScale scale() {
    return new TimeScale(c.getOrigin(), c.getPixelsPerDay());
  }

  void pressed(MouseEvent e) {
    c.requestFocus();
    pressX = e.getX();
    pressY = e.getY();
    mode = Mode.NONE;
    ScreenLayout l = skin.layout();
    if (e.getX() > LABEL_WIDTH) {
      c.pointerDayProperty().set(l.view().dayAt(e.getX()));
    }
    Hit h = skin.hit(e.getX(), e.getY());
    if (e.getButton() != MouseButton.PRIMARY) {
      select(h); // a right click acts on what it is over
      return;
    }
    if (h instanceof HitTester.ProgramHit ph) {
      select(h);
      if (ph.grab() != null && c.isEditable()) {
        mode = switch (ph.grab()) {
          case MOVE -> Mode.MOVE;
          case START -> Mode.START;
          case END -> Mode.END;
        };
        dragOriginal = ph.program();
      }
    } else if (h instanceof HitTester.GroupHit gh) {
      skin.board().toggle(gh.key());
      skin.markDirty();
    } else if (h instanceof HitTester.InitiativeHit ih) {
      select(h);
      if (e.isShiftDown() && c.isEditable() && c.onInitiativeShiftedProperty().get() != null) {
        mode = Mode.SHIFT_INITIATIVE;
        shiftOriginal = ih.initiative();
      }
    } else if (h != null) {
      select(h);
    } else {
      mode = Mode.PAN;
      panOrigin = c.getOrigin();
      panOffset = c.getVerticalOffset();
    }
  }

  void select(Hit h) {
    if (h instanceof HitTester.ProgramHit ph) {
      c.setSelection(new TimelineSelection.ProgramItem(ph.program().id()));
    } else if (h instanceof HitTester.TargetHit th) {
      c.setSelection(new TimelineSelection.TargetItem(th.target().quarter(),
          th.target().segment()));
    } else if (h instanceof HitTester.EmptyTargetHit et) {
      c.setSelection(new TimelineSelection.TargetItem(et.quarter(), et.segment()));
    } else if (h instanceof HitTester.InitiativeHit ih) {
      c.setSelection(new TimelineSelection.InitiativeItem(ih.initiative().id()));
    } else if (h instanceof HitTester.MonthHit mh) {
      c.setSelection(new TimelineSelection.MonthItem(mh.month()));
    } else if (h instanceof HitTester.QuarterHit qh) {
      c.setSelection(new TimelineSelection.QuarterItem(qh.quarter()));
    }
  }

  void dragged(MouseEvent e) {
    double dx = e.getX() - pressX;
    switch (mode) {
      case PAN -> {
        c.setOrigin(panOrigin.minusDays(scale().days(dx)));
        c.setVerticalOffset(skin.layout().clampOffset(panOffset - (e.getY() - pressY)));
      }
      case SHIFT_INITIATIVE -> {
        // whole days: by the day when zoomed in to days, else by whole weeks
        long days = scale().days(dx);
        int step = scale().snap() == TimeScale.Snap.DAY ? 1 : 7;
        int snapped = (int) (Math.round(days / (double) step) * step);
        shift = new InitiativeDrag(shiftOriginal, snapped);
        skin.tooltips().show(skin.shiftText(shift));
        skin.markDirty();
      }
      case MOVE, START, END -> {
        Program p = dragOriginal;
        TimeScale.Snap snap = scale().snap();
        long steps = snap.steps(scale().days(dx));
        LocalDate start = p.start();
        LocalDate end = p.end();
        if (mode == Mode.MOVE) {
          start = snap.shift(p.start(), steps);
          end = start.plusDays(p.end().toEpochDay() - p.start().toEpochDay());
        } else if (mode == Mode.START) {
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
        skin.tooltips().show(preview.name() + "\n" + start + " – " + end);
      }
      default -> { }
    }
  }

  void released(MouseEvent e) {
    if (mode == Mode.MOVE || mode == Mode.START || mode == Mode.END) {
      Program preview = c.dragPreviewProperty().get();
      Program before = dragOriginal;
      c.dragPreviewProperty().set(null);
      if (preview != null && !preview.equals(before) && c.onProgramChangedProperty().get() != null) {
        c.onProgramChangedProperty().get().accept(before, preview);
      }
    } else if (mode == Mode.SHIFT_INITIATIVE) {
      InitiativeDrag done = shift;
      shift = null;
      skin.markDirty();
      if (done != null && done.days() != 0 && c.isEditable()
          && c.onInitiativeShiftedProperty().get() != null) {
        c.onInitiativeShiftedProperty().get().accept(done.initiative(), done.days());
      }
    }
    mode = Mode.NONE;
    dragOriginal = null;
    shiftOriginal = null;
  }

  /** The cursor for what the pointer is over. */
  Cursor cursor(Hit h, boolean shiftDown) {
    if (!c.isEditable()) {
      return Cursor.DEFAULT;
    }
    if (h instanceof HitTester.ProgramHit ph && ph.grab() != null) {
      return ph.grab() == ScreenLayout.Grab.MOVE ? Cursor.MOVE : Cursor.H_RESIZE;
    }
    return h instanceof HitTester.InitiativeHit && shiftDown
        && c.onInitiativeShiftedProperty().get() != null ? Cursor.MOVE : Cursor.DEFAULT;
  }

  void scrolled(ScrollEvent e) {
    if (e.isControlDown() || e.isShortcutDown()) {
      c.zoom(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, Math.max(0, e.getX() - LABEL_WIDTH));
    } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
      double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
      c.setOrigin(c.getOrigin().minusDays(scale().days(d)));
    } else {
      c.setVerticalOffset(skin.layout().clampOffset(c.getVerticalOffset() - e.getDeltaY()));
    }
    e.consume();
  }

  void keyPressed(KeyEvent e) {
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
      LocalDate end = snap.shift(p.end(), dir);
      Program moved = e.isShiftDown()
          ? p.withDates(p.start(), end.isAfter(p.start()) ? end : p.start())
          : p.withDates(snap.shift(p.start(), dir),
              snap.shift(p.start(), dir).plusDays(p.end().toEpochDay() - p.start().toEpochDay()));
      if (c.onProgramChangedProperty().get() != null) {
        c.onProgramChangedProperty().get().accept(p, moved);
      }
      e.consume();
    } else if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
      ScreenBoard board = skin.board();
      int idx = board.indexOf(p.id());
      int step = e.getCode() == KeyCode.UP ? -1 : 1;
      for (int i = idx + step; i >= 0 && i < board.rowCount(); i += step) {
        if (board.row(i) instanceof ScreenBoard.Row.Item item) {
          c.setSelection(new TimelineSelection.ProgramItem(item.program().id()));
          revealRow(i);
          break;
        }
      }
      e.consume();
    }
  }

  /** Scrolls so that row {@code idx} is in view. */
  void revealRow(int idx) {
    ScreenLayout l = skin.layout();
    double visible = l.stripsTop() - l.lanesTop();
    double y = idx * ROW;
    if (y < c.getVerticalOffset() || y + ROW > c.getVerticalOffset() + visible) {
      c.setVerticalOffset(l.clampOffset(y - visible / 3));
    }
  }
}

package org.paceline.ui.timeline.impl;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.WindowEvent;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;

/**
 * The timeline's right-click menu: new program or initiative at the day under the pointer,
 * duplicate and delete the selection. Each item calls the control's handler property, so the
 * board decides what the action does; an item whose handler is unset, or that would change a
 * read-only board, is disabled.
 */
final class TimelineContextMenu {

  private final PlanTimeline c;
  private final ContextMenu menu;
  private final MenuItem addProgram = new MenuItem("New program here");
  private final MenuItem addInitiative = new MenuItem("New initiative here");
  private final MenuItem duplicate = new MenuItem("Duplicate");
  private final MenuItem delete = new MenuItem("Delete");
  private final EventHandler<WindowEvent> showing = e -> update();

  TimelineContextMenu(PlanTimeline c) {
    this.c = c;
    addProgram.setId("newProgramHere");
    addInitiative.setId("newInitiativeHere");
    addProgram.setOnAction(e -> atPointer(c.onNewProgramProperty().get()));
    addInitiative.setOnAction(e -> atPointer(c.onNewInitiativeProperty().get()));
    duplicate.setOnAction(e -> run(c.onDuplicateProperty().get()));
    delete.setOnAction(e -> run(c.onDeleteProperty().get()));
    menu = new ContextMenu(addProgram, addInitiative, new SeparatorMenuItem(), duplicate, delete);
    menu.addEventHandler(WindowEvent.WINDOW_SHOWING, showing);
  }

  /** Installs the menu on the control unless the application set its own. */
  void install() {
    if (c.getContextMenu() == null) {
      c.setContextMenu(menu);
    }
  }

  void dispose() {
    menu.removeEventHandler(WindowEvent.WINDOW_SHOWING, showing);
    if (c.getContextMenu() == menu) {
      c.setContextMenu(null);
    }
  }

  /** The menu, for tests. */
  ContextMenu menu() {
    return menu;
  }

  private void update() {
    TimelineSelection s = c.getSelection();
    boolean readOnly = !c.isEditable();
    addProgram.setDisable(readOnly || c.onNewProgramProperty().get() == null);
    addInitiative.setDisable(readOnly || c.onNewInitiativeProperty().get() == null);
    duplicate.setDisable(readOnly || !(s instanceof TimelineSelection.ProgramItem)
        || c.onDuplicateProperty().get() == null);
    delete.setDisable(readOnly || s == null || s instanceof TimelineSelection.MonthItem
        || c.onDeleteProperty().get() == null);
  }

  private void atPointer(Consumer<LocalDate> handler) {
    if (handler != null && c.isEditable()) {
      handler.accept(c.pointerDayProperty().get());
    }
  }

  private static void run(Runnable handler) {
    if (handler != null) {
      handler.run();
    }
  }
}

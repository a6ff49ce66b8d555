package org.paceline.ui.board;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.paceline.edit.CommandStack;
import org.paceline.ui.timeline.PlanTimeline;

/**
 * The board's menu bar: File, Edit and View with their shortcuts; the application and the other
 * slices add their items and menus (Restore from backup, Plan, Help) through this class.
 */
final class BoardMenus {

  private final MenuBar bar;
  private final Menu file;

  BoardMenus(BoardViewModel model, BoardActions actions, PlanTimeline timeline) {
    MenuItem newPlan = item("New plan…", "Shortcut+Shift+N", actions::newPlan);
    MenuItem importPlan = item("Import plan…", "Shortcut+I", actions::importPlan);
    MenuItem exportCsv = item("Export as CSV files…", null, () -> actions.exportPlan(false));
    MenuItem exportXlsx = item("Export as Excel workbook…", "Shortcut+E",
        () -> actions.exportPlan(true));
    MenuItem print = item("Print and export…", "Shortcut+P", actions::printDialog);
    MenuItem deck = item("PowerPoint…", null, actions::exportDeck);
    deck.setId("exportPowerPoint");
    Menu export = new Menu("Export", null, deck);
    MenuItem visible = item("Export visible board as PNG…", null, actions::exportVisible);
    MenuItem quit = item("Quit", "Shortcut+Q", actions::quit);
    newPlan.disableProperty().bind(model.workspaceReadOnlyProperty());
    importPlan.disableProperty().bind(model.workspaceReadOnlyProperty());
    file = new Menu("File", null, newPlan, new SeparatorMenuItem(), importPlan, exportCsv,
        exportXlsx, print, visible, export, new SeparatorMenuItem(), quit);

    CommandStack commands = model.editor().commands();
    MenuItem undo = item("Undo", "Shortcut+Z", model::undo);
    undo.textProperty().bind(Bindings.when(commands.canUndoProperty())
        .then(Bindings.concat("Undo ", commands.undoTextProperty()))
        .otherwise("Undo"));
    undo.disableProperty().bind(model.undoableProperty().not());
    MenuItem redo = item("Redo", "Shortcut+Shift+Z", model::redo);
    redo.textProperty().bind(Bindings.when(commands.canRedoProperty())
        .then(Bindings.concat("Redo ", commands.redoTextProperty()))
        .otherwise("Redo"));
    redo.disableProperty().bind(model.redoableProperty().not());
    MenuItem redoY = item("Redo (again)", "Shortcut+Y", model::redo);
    redoY.setVisible(false);
    MenuItem add = item("New program", "Shortcut+N", actions::addProgram);
    MenuItem dup = item("Duplicate program", "Shortcut+D", model::duplicateSelected);
    MenuItem addInitiative = item("New initiative", "Shortcut+Shift+I", actions::addInitiative);
    MenuItem del = item("Delete selection", "Delete", model::deleteSelection);
    MenuItem settings = item("Plan settings…", "Shortcut+Comma", actions::editSettings);
    for (MenuItem i : List.of(redoY, add, dup, addInitiative, del, settings)) {
      i.disableProperty().bind(model.editableProperty().not());
    }
    Menu edit = new Menu("Edit", null, undo, redo, redoY, new SeparatorMenuItem(), add, dup,
        addInitiative, del, new SeparatorMenuItem(), settings);

    MenuItem zoomIn = item("Zoom in", "Shortcut+Equals", actions::zoomIn);
    MenuItem zoomOut = item("Zoom out", "Shortcut+Minus", actions::zoomOut);
    MenuItem fitYear = item("Fit fiscal year", "Shortcut+0", actions::fitYear);
    MenuItem fitPlan = item("Fit plan", "Shortcut+9", actions::fitPlan);
    CheckMenuItem cancelled = new CheckMenuItem("Show cancelled programs");
    cancelled.selectedProperty().bindBidirectional(timeline.showCancelledProperty());
    Menu theme = new Menu("Theme");
    ToggleGroup themes = new ToggleGroup();
    for (String name : List.of("System", "Light", "Dark")) {
      RadioMenuItem item = new RadioMenuItem(name);
      item.setToggleGroup(themes);
      item.setSelected(name.equalsIgnoreCase(actions.savedTheme()));
      item.setOnAction(e -> actions.chooseTheme(name));
      theme.getItems().add(item);
    }
    CheckMenuItem dark = new CheckMenuItem("Dark theme");
    dark.selectedProperty().addListener((o, a, b) -> actions.applyTheme(b ? "Dark" : "Light"));
    dark.setVisible(false); // a quick toggle for keyboard users: Ctrl+Shift+D
    dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
    Menu view = new Menu("View", null, zoomIn, zoomOut, fitYear, fitPlan, new SeparatorMenuItem(),
        cancelled, theme, dark);
    bar = new MenuBar(file, edit, view);
    bar.setUseSystemMenuBar(true);
  }

  MenuBar bar() {
    return bar;
  }

  /** Adds an item to the File menu, above Quit (the application adds Restore from backup). */
  void addToFile(MenuItem item) {
    int quit = file.getItems().size() - 1;
    file.getItems().add(quit - 1, item);
  }

  /** Adds a menu at the end of the menu bar. */
  void add(Menu menu) {
    bar.getMenus().add(menu);
  }

  private static MenuItem item(String text, String keys, Runnable action) {
    MenuItem m = new MenuItem(text);
    if (keys != null) {
      m.setAccelerator(KeyCombination.keyCombination(keys));
    }
    m.setOnAction(e -> action.run());
    return m;
  }
}

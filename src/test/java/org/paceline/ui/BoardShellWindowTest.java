package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paceline.model.Program;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.impl.TimelineSkin;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board's shell on the real window: every menu item with its shortcut where it was, and the
 * time area the board zooms and fits to is the timeline less its label column.
 */
class BoardShellWindowTest extends BoardWindowTest {

  @BeforeEach
  void start() throws Exception {
    ws = dir.resolve("ws");
    showWindow();
    // the fit test measures the timeline, so it must have been laid out
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
      PlanTimeline t = timeline();
      return t != null && WaitForAsyncUtils.asyncFx(t::getWidth).get() > 0;
    });
    WaitForAsyncUtils.waitForFxEvents();
    dismissWelcome();
  }

  @Test
  void everyMenuItemKeepsItsPlaceAndShortcut() throws Exception {
    MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
    List<String> lines = WaitForAsyncUtils.asyncFx(() -> {
      List<String> l = new ArrayList<>();
      for (Menu m : bar.getMenus().subList(0, 3)) {
        list(m, "", l);
      }
      return l;
    }).get();
    assertEquals(List.of(
        "File",
        " New plan… [Shift+Shortcut+N]",
        " ---",
        " Import plan… [Shortcut+I]",
        " Export as CSV files…",
        " Export as Excel workbook… [Shortcut+E]",
        " Print and export… [Shortcut+P]",
        " Export visible board as PNG…",
        " Export",
        "  PowerPoint…",
        " Open team plan…",
        " Restore from backup…",
        " New from template…",
        " Import a table or schedule (spreadsheet, CSV, MS Project, GanttProject)…",
        " ---",
        " Quit [Shortcut+Q]",
        "Edit",
        " Undo [Shortcut+Z]",
        " Redo [Shift+Shortcut+Z]",
        " Redo (again) [Shortcut+Y] hidden",
        " ---",
        " New program [Shortcut+N]",
        " Duplicate program [Shortcut+D]",
        " New initiative [Shift+Shortcut+I]",
        " Delete selection [Delete]",
        " ---",
        " Plan settings… [Shortcut+Comma]",
        "View",
        " Zoom in [Shortcut+Equals]",
        " Zoom out [Shortcut+Minus]",
        " Fit fiscal year [Shortcut+0]",
        " Fit plan [Shortcut+9]",
        " ---",
        " Show cancelled programs",
        " Theme",
        "  System",
        "  Light",
        "  Dark",
        " Dark theme [Shift+Shortcut+D] hidden"), lines);
    assertEquals(List.of("File", "Edit", "View", "Plan", "Help"),
        bar.getMenus().stream().map(Menu::getText).toList());
  }

  private static void list(MenuItem m, String indent, List<String> out) {
    out.add(indent + (m instanceof SeparatorMenuItem ? "---" : m.getText()
        + (m.getAccelerator() == null ? "" : " [" + m.getAccelerator() + "]")
        + (m.isVisible() ? "" : " hidden")));
    if (m instanceof Menu menu) {
      for (MenuItem i : menu.getItems()) {
        list(i, indent + " ", out);
      }
    }
  }

  @Test
  void barsStartRightOfTheLabelColumnTheBoardFitsTo() throws Exception {
    PlanTimeline t = lookup("#timeline").queryAs(PlanTimeline.class);
    TimelineSkin skin = (TimelineSkin) t.getSkin();
    interact(() -> {
      t.setOrigin(LocalDate.of(2027, 3, 1));
      t.setPixelsPerDay(4);
    });
    WaitForAsyncUtils.waitForFxEvents();
    Program p = t.getPlan().programs().stream().filter(x -> x.id().equals("P-03")).findFirst()
        .orElseThrow();
    double x0 = (p.start().toEpochDay() - t.getOrigin().toEpochDay()) * 4;
    double x1 = (p.end().plusDays(1).toEpochDay() - t.getOrigin().toEpochDay()) * 4;
    double[] c = WaitForAsyncUtils.asyncFx(() -> skin.barCenter("P-03")).get();
    assertEquals(PlanTimeline.LABEL_COLUMN_WIDTH + (x0 + x1) / 2, c[0], 1e-9,
        "the skin's time area starts where PlanTimeline says the label column ends");

    // View → Fit fiscal year: FY2027 (Jan–Dec 2027 in the sample) and 3 % either side fill the
    // time area, which is the timeline less the label column
    interact(() -> ((org.paceline.ui.board.BoardView) lookup(".board").query()).fitYear());
    long days = LocalDate.of(2027, 12, 31).toEpochDay() - LocalDate.of(2027, 1, 1).toEpochDay()
        + 1;
    assertEquals((t.getWidth() - PlanTimeline.LABEL_COLUMN_WIDTH) / (days * 1.06),
        t.getPixelsPerDay(), 1e-9);
  }
}

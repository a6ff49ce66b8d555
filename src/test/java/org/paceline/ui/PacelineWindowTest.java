package org.paceline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.app.PacelineApp;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;
import org.paceline.storage.Workspace;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;
import org.paceline.ui.timeline.impl.TimelineSkin;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless on Monocle, on a fresh workspace with the sample plan. */
class PacelineWindowTest extends BoardWindowTest {

  boolean keepWelcome;

  void start() throws Exception {
    ws = ws == null ? dir.resolve("ws") : ws;
    showWindow();
    if (!keepWelcome) {
      dismissWelcome();
    }
  }

  /** What is stored, read by a second connection as `paceline check` would. */
  Plan stored() {
    Workspace w = storedWorkspace();
    return w.plans().load(w.plans().list().stream()
        .filter(p -> p.name().equals(timeline().getPlan().name())).findFirst().orElseThrow().id());
  }

  static boolean hasConflict(List<Conflict> conflicts, ConflictRule rule, String program) {
    return conflicts.stream().anyMatch(c -> c.rule() == rule && c.program().equals(program));
  }

  @Test
  void theBoardOpensOnTheSamplePlan() throws Exception {
    start();
    Screenshots.save(stage.getScene(), "board-sample-light");
    assertEquals("Northwind Controls FY2027 — Paceline", stage.getTitle());
    assertEquals(18, timeline().getPlan().programs().size());
    assertEquals(17, timeline().getConflicts().size());
    // every active program has a bar on the board
    for (var p : timeline().getPlan().programs()) {
      if (p.isActive()) {
        barOnScreen(p.id());
      }
    }
  }

  @Test
  void draggingALateProgramEarlierClearsItsLateStartAndUndoBringsItBack() throws Exception {
    start();
    // P-03, ROI calculator, starts 2027-03-15 but content needs 2 months before 2027-05-03.
    assertTrue(hasConflict(timeline().getConflicts(), ConflictRule.LATE_START, "P-03"));
    Point2D bar = barOnScreen("P-03");
    double fourWeeks = 28 * timeline().getPixelsPerDay();
    drag(bar, MouseButton.PRIMARY).moveBy(-fourWeeks / 2, 0).moveBy(-fourWeeks / 2, 0).drop();
    WaitForAsyncUtils.waitForFxEvents();
    Screenshots.save(stage.getScene(), "board-after-drag");

    var moved = stored().programs().stream().filter(p -> p.id().equals("P-03")).findFirst()
        .orElseThrow();
    assertTrue(moved.start().isBefore(java.time.LocalDate.of(2027, 3, 4)),
        "moved to " + moved.start());
    assertFalse(hasConflict(timeline().getConflicts(), ConflictRule.LATE_START, "P-03"),
        "the panel no longer lists it");
    assertFalse(hasConflict(ConflictAnalyzer.analyze(stored()), ConflictRule.LATE_START, "P-03"),
        "the database check no longer finds it");
    @SuppressWarnings("unchecked")
    ListView<Object> list = lookup("#conflictList").queryAs(ListView.class);
    assertFalse(list.getItems().stream().anyMatch(o -> o instanceof Conflict c
        && c.rule() == ConflictRule.LATE_START && c.program().equals("P-03")));

    press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(java.time.LocalDate.of(2027, 3, 15), stored().programs().stream()
        .filter(p -> p.id().equals("P-03")).findFirst().orElseThrow().start());
    assertTrue(hasConflict(timeline().getConflicts(), ConflictRule.LATE_START, "P-03"));
    assertTrue(hasConflict(ConflictAnalyzer.analyze(stored()), ConflictRule.LATE_START, "P-03"));
  }

  @Test
  void selectingAConflictSelectsItsBar() throws Exception {
    start();
    @SuppressWarnings("unchecked")
    ListView<Object> list = lookup("#conflictList").queryAs(ListView.class);
    Object hannover = list.getItems().stream().filter(o -> o instanceof Conflict c
        && c.program().equals("P-05")).findFirst().orElseThrow();
    interact(() -> list.scrollTo(hannover));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Node cell = lookup(".list-cell").match((javafx.scene.Node n) ->
        ((javafx.scene.control.ListCell<?>) n).getItem() == hannover).query();
    clickOn(cell);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(new TimelineSelection.ProgramItem("P-05"), timeline().getSelection());
    assertTrue(timeline().getAccessibleText().startsWith("Hannover Messe booth and materials"),
        "screen readers hear the selected bar: " + timeline().getAccessibleText());
    assertTrue(timeline().getAccessibleText().contains("events need at least 3 months"));
    assertEquals("P-05", lookup("#details").queryAs(org.paceline.ui.editor.DetailsPanel.class)
        .shownProgram().id());
  }

  @Test
  void editingAFieldInTheDetailsPanelIsStored() throws Exception {
    start();
    interact(() -> timeline().reveal(new TimelineSelection.ProgramItem("P-07")));
    WaitForAsyncUtils.waitForFxEvents();
    clickOn(barOnScreen("P-07"));
    WaitForAsyncUtils.waitForFxEvents();
    TextField name = lookup("#detailName").queryAs(TextField.class);
    assertEquals("Partner enablement kit", name.getText());
    doubleClickOn(name);
    interact(() -> name.selectAll());
    write("Partner enablement kit v2");
    type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Partner enablement kit v2", stored().programs().stream()
        .filter(p -> p.id().equals("P-07")).findFirst().orElseThrow().name());
    // a value that does not fit is explained and nothing is stored
    interact(() -> name.setText(""));
    clickOn("#detailApply");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Partner enablement kit v2", stored().programs().stream()
        .filter(p -> p.id().equals("P-07")).findFirst().orElseThrow().name());
  }

  @Test
  void aNewPlanCanBeCreatedAndSwitchedTo() throws Exception {
    start();
    clickOn("#newPlanButton");
    WaitForAsyncUtils.waitForFxEvents();
    clickOn("#newPlanName").write("Northwind FY2028");
    clickOn("OK");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> timeline().getPlan() != null && timeline().getPlan().name().equals("Northwind FY2028"));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Northwind FY2028 — Paceline", stage.getTitle());
    @SuppressWarnings("unchecked")
    ComboBox<PlanSummary> chooser = lookup("#planChooser").queryAs(ComboBox.class);
    assertEquals(2, chooser.getItems().size());
    assertEquals(2, storedWorkspace().plans().list().size());
    // and back
    interact(() -> chooser.setValue(chooser.getItems().stream()
        .filter(p -> p.name().startsWith("Northwind Controls")).findFirst().orElseThrow()));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> timeline().getPlan().name().equals("Northwind Controls FY2027"));
    assertEquals(18, timeline().getPlan().programs().size());
  }

  @Test
  void darkThemeAndMonthZoomAreDrawnFromTheThemeTokens() throws Exception {
    start();
    javafx.scene.paint.Color light = (javafx.scene.paint.Color) timeline().backgroundFill();
    assertTrue(light.getBrightness() > 0.8, "light background " + light);
    clickOn("View").clickOn("Theme").clickOn("Dark");
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.paint.Color dark = (javafx.scene.paint.Color) timeline().backgroundFill();
    assertTrue(dark.getBrightness() < 0.3, "dark background " + dark);
    Screenshots.save(stage.getScene(), "board-sample-dark");
    interact(() -> timeline().zoom(4, 0));
    WaitForAsyncUtils.waitForFxEvents();
    Screenshots.save(stage.getScene(), "board-sample-dark-month");
    // the choice is remembered for the next window
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    start();
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(((javafx.scene.paint.Color) timeline().backgroundFill()).getBrightness() < 0.3);
    clickOn("View").clickOn("Theme").clickOn("Light");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(((javafx.scene.paint.Color) timeline().backgroundFill()).getBrightness() > 0.8);
    interact(() -> timeline().zoom(4, 0));
    WaitForAsyncUtils.waitForFxEvents();
    Screenshots.save(stage.getScene(), "board-sample-light-month");
  }

  @Test
  void aTargetIsEditedFromItsQuarterBlock() throws Exception {
    start();
    var q3 = org.paceline.model.FiscalQuarter.parse("FY2027-Q3");
    TimelineSkin skin = (TimelineSkin) timeline().getSkin();
    double[] c = skin.targetCenter(q3, "Enterprise");
    clickOn(skin.canvas().localToScreen(c[0], c[1]));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(new TimelineSelection.TargetItem(q3, "Enterprise"), timeline().getSelection());
    TextField revenue = lookup("#targetRevenue").queryAs(TextField.class);
    assertEquals("2800000", revenue.getText());
    interact(() -> revenue.setText("0"));
    clickOn("#targetApply");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(0, stored().targets().stream().filter(t -> t.quarter().equals(q3)
        && t.segment().equals("Enterprise")).findFirst().orElseThrow().revenue().signum());
    assertFalse(timeline().getConflicts().stream().anyMatch(x ->
        x.rule() == ConflictRule.UNSUPPORTED_QUARTER && q3.equals(x.quarter())
            && x.segment().equals("Enterprise")));
    // a bad amount is explained and nothing is stored
    interact(() -> revenue.setText("lots"));
    clickOn("#targetApply");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(lookup(".form-problem").queryAs(javafx.scene.control.Label.class).getText()
        .contains("not an amount"));
  }

  @Test
  void planSettingsChangeTheCapacityAndAreUndoable() throws Exception {
    start();
    assertTrue(timeline().getConflicts().stream()
        .anyMatch(x -> x.rule() == ConflictRule.OVER_CAPACITY));
    clickOn("Edit").clickOn("Plan settings…");
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    javafx.scene.control.Spinner<Integer> capacity =
        lookup(".spinner").queryAs(javafx.scene.control.Spinner.class);
    interact(() -> capacity.getValueFactory().setValue(10));
    clickOn("OK");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(10, stored().settings().capacity());
    assertFalse(timeline().getConflicts().stream()
        .anyMatch(x -> x.rule() == ConflictRule.OVER_CAPACITY));
    press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(6, stored().settings().capacity());
  }

  @Test
  void anInitiativeThatProgramsSupportIsNotDeleted() throws Exception {
    start();
    interact(() -> timeline().setSelection(new TimelineSelection.InitiativeItem("I-LAUNCH")));
    clickOn(barOnScreen("P-03")); // focus the board, then select the initiative again
    interact(() -> timeline().setSelection(new TimelineSelection.InitiativeItem("I-LAUNCH")));
    clickOn("Edit").clickOn("Delete selection");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(lookup("#statusText").queryAs(javafx.scene.control.Label.class).getText()
        .contains("programs support this initiative"));
    assertEquals(6, stored().initiatives().size());
  }

  @Test
  void filtersAreRememberedPerPlan() throws Exception {
    start();
    @SuppressWarnings("unchecked")
    ComboBox<String> kind = lookup("#kindFilter").queryAs(ComboBox.class);
    interact(() -> kind.setValue("event"));
    WaitForAsyncUtils.waitForFxEvents();
    TimelineSkin skin = (TimelineSkin) timeline().getSkin();
    assertNotNull(skin.barCenter("P-05"), "an event is shown");
    assertEquals(null, skin.barCenter("P-03"), "content is filtered out");
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    start(); // same workspace, a new window
    @SuppressWarnings("unchecked")
    ComboBox<String> again = lookup("#kindFilter").queryAs(ComboBox.class);
    assertEquals("event", again.getValue());
    assertEquals(null, ((TimelineSkin) timeline().getSkin()).barCenter("P-03"));
  }

  @Test
  void printDialogPreviewsExportsAndRemembersItsChoices() throws Exception {
    start();
    clickOn("File").clickOn("Print and export…");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#printPages").tryQuery()
        .map(n -> ((javafx.scene.control.Label) n).getText().startsWith("page")).orElse(false));
    javafx.scene.control.Label pages = lookup("#printPages").queryAs(javafx.scene.control.Label.class);
    assertEquals("page 1 of 4", pages.getText(), "readable by default: two board pages");
    assertEquals("", lookup("#printWarning").queryAs(javafx.scene.control.Label.class).getText(),
        "nothing under 7 pt by default");
    clickOn("#previewNext");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> pages.getText().equals("page 2 of 4"));

    @SuppressWarnings("unchecked")
    ComboBox<org.paceline.io.export.print.PageSetup.Paper> paper =
        lookup("#printPaper").queryAs(ComboBox.class);
    @SuppressWarnings("unchecked")
    ComboBox<String> fit = lookup("#printFit").queryAs(ComboBox.class);
    interact(() -> fit.setValue("Fit to one page"));
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> pages.getText().equals("page 1 of 3"));
    String squeezed = lookup("#printWarning").queryAs(javafx.scene.control.Label.class)
        .getText();
    assertTrue(squeezed.contains("below 7 pt") && squeezed.contains("readable fit")
        && squeezed.startsWith("Program names"),
        "one A4 page is too small, and the dialog says which text and what to do: " + squeezed);
    Screenshots.save(lookup("#printPages").query().getScene(), "print-dialog");
    interact(() -> {
      paper.setValue(org.paceline.io.export.print.PageSetup.Paper.A3);
      fit.setValue("Pages wide");
    });
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#printWarning")
        .queryAs(javafx.scene.control.Label.class).getText().isEmpty()
        && pages.getText().startsWith("page 1 of") && !pages.getText().endsWith(" 3"));

    // the no-printer path (no printer on this machine)
    if (javafx.print.Printer.getDefaultPrinter() == null) {
      clickOn("#printButton");
      WaitForAsyncUtils.waitForFxEvents();
      assertTrue(lookup("Nothing to print to").tryQuery().isPresent());
      clickOn("OK");
    }

    Path pdf = dir.resolve("out.pdf");
    javafx.concurrent.Task<?>[] task = new javafx.concurrent.Task<?>[1];
    interact(() -> task[0] = printDialog().exportPdf(pdf));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task[0].isDone());
    assertTrue(java.nio.file.Files.size(pdf) > 10_000);

    // a quarter range, and the visible board as a 2x PNG
    interact(() -> {
      @SuppressWarnings("unchecked")
      ComboBox<String> range = lookup("Whole plan").tryQuery().isPresent()
          ? (ComboBox<String>) lookup(".combo-box").match((javafx.scene.Node n) ->
              ((ComboBox<?>) n).getItems().contains("FY2027-Q2")).query() : null;
      range.setValue("FY2027-Q2");
    });
    assertEquals(java.time.LocalDate.of(2027, 4, 1), printDialog().setup().from());
    assertEquals(java.time.LocalDate.of(2027, 6, 30), printDialog().setup().to());
    clickOn("Close");
    Path png = dir.resolve("visible.png");
    interact(() -> ((org.paceline.ui.board.BoardView) lookup(".board").query())
        .exportVisible(png, 2));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(png));
    var img = javax.imageio.ImageIO.read(png.toFile());
    assertEquals(2 * (int) timeline().getWidth(), img.getWidth(), 2);

    // File > Export > PowerPoint, in the background
    javafx.scene.control.MenuBar bar = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
    assertTrue(bar.getMenus().get(0).getItems().stream().anyMatch(i ->
        i instanceof javafx.scene.control.Menu m && m.getText().equals("Export")
            && m.getItems().stream().anyMatch(x -> "PowerPoint…".equals(x.getText()))),
        "File > Export > PowerPoint…");
    assertTrue(bar.getMenus().get(0).getItems().stream().anyMatch(i ->
        "newFromTemplate".equals(i.getId())), "File > New from template…");
    Path deck = dir.resolve("deck.pptx");
    javafx.concurrent.Task<?>[] deckTask = new javafx.concurrent.Task<?>[1];
    interact(() -> deckTask[0] = ((org.paceline.ui.board.BoardView) lookup(".board").query())
        .exportDeck(deck));
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> deckTask[0].isDone());
    try (var in = java.nio.file.Files.newInputStream(deck);
        var shows = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
      assertTrue(shows.getSlides().size() >= 3, "overview, quarters, conflicts");
    }
    WaitForAsyncUtils.waitForFxEvents();
    clickOn("OK");

    interact(() -> ((org.paceline.ui.board.BoardView) lookup(".board").query()).printDialog());
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    ComboBox<org.paceline.io.export.print.PageSetup.Paper> again =
        lookup("#printPaper").queryAs(ComboBox.class);
    assertEquals(org.paceline.io.export.print.PageSetup.Paper.A3, again.getValue(),
        "remembered for this plan");
    clickOn("Close");
  }

  @Test
  void theFirstRunGuideExplainsTheBoardAndStaysDismissed() throws Exception {
    keepWelcome = true;
    start();
    assertTrue(lookup("#welcomeGuide").tryQuery().isPresent(), "the guide shows on first run");
    for (String point : List.of("Sales on top", "Marketing below, with lead windows",
        "Conflicts on the right", "Print for the meeting")) {
      assertTrue(lookup(point).tryQuery().isPresent(), point);
    }
    Screenshots.save(stage.getScene(), "welcome-guide");
    type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(lookup("#welcomeGuide").tryQuery().isPresent(), "Escape dismisses it");

    // A restart on the same workspace does not show it again; Help > Getting started does.
    stop();
    start();
    assertFalse(lookup("#welcomeGuide").tryQuery().isPresent(), "not shown a second time");
    clickOn("Help").clickOn("Getting started");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(lookup("#welcomeGuide").tryQuery().isPresent());
    clickOn("#welcomeStart");
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(lookup("#welcomeGuide").tryQuery().isPresent());
  }

  @Test
  void helpMenuOpensTheUserGuideAndAbout() throws Exception {
    start();
    type(KeyCode.F1);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> lookup(".guide").tryQuery().isPresent());
    org.paceline.ui.help.GuideView guide =
        lookup(".guide").queryAs(org.paceline.ui.help.GuideView.class);
    assertEquals(List.of("Paceline user guide", "The board at a glance", "Planning a year",
        "Importing from Excel", "Reading conflicts", "Printing and exporting", "Your data"),
        guide.headings());
    Screenshots.save(guide.getScene(), "user-guide");
    interact(() -> ((Stage) guide.getScene().getWindow()).close());

    clickOn("Help").clickOn("About Paceline");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> lookup("#aboutWorkspace").tryQuery().isPresent());
    assertEquals(ws.toString(),
        lookup("#aboutWorkspace").queryAs(javafx.scene.control.Label.class).getText());
    assertEquals(org.paceline.app.BuildInfo.version(),
        lookup("#aboutVersion").queryAs(javafx.scene.control.Label.class).getText());
    assertTrue(lookup("#aboutJava").queryAs(javafx.scene.control.Label.class).getText()
        .startsWith(System.getProperty("java.version")));
    assertTrue(lookup("#aboutJavaFx").queryAs(javafx.scene.control.Label.class).getText()
        .startsWith("21."));
    Screenshots.save(lookup("#aboutWorkspace").query().getScene(), "about");
    clickOn("Close");
  }

  @Test
  void aBackupIsRestoredFromTheFileMenu() throws Exception {
    start();
    stop();
    start(); // the day's first open of a workspace with a plan makes a backup
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> !new org.paceline.storage.Backups(ws).list().isEmpty());
    storedWorkspace().plans().insert(org.paceline.io.imports.SamplePlan.load()
        .withName("Scratch"));
    clickOn("File").clickOn("Restore from backup…");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> lookup("#backupList").tryQuery().isPresent());
    ListView<?> list = lookup("#backupList").queryAs(ListView.class);
    assertEquals(1, list.getItems().size());
    Screenshots.save(list.getScene(), "restore-dialog");
    clickOn("Restore");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
      PlanTimeline t = timeline();
      return t != null && t.getPlan() != null;
    });
    assertEquals(List.of("Northwind Controls FY2027"), storedWorkspace().plans().list().stream()
        .map(PlanSummary::name).toList(), "the backup's plans, without Scratch");
    // what was there before is itself backed up
    assertTrue(new org.paceline.storage.Backups(ws).list().stream()
        .anyMatch(b -> b.reason().equals("before restore") && b.plans().contains("Scratch")));
  }

  @Test
  void aBackupChangedSinceItWasMadeIsRefusedAndTheBoardStays() throws Exception {
    start();
    stop();
    start();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> !new org.paceline.storage.Backups(ws).list().isEmpty());
    java.nio.file.Path zip = new org.paceline.storage.Backups(ws).list().get(0).file();
    byte[] database;
    byte[] manifest;
    try (var z = new java.util.zip.ZipFile(zip.toFile())) {
      database = z.getInputStream(z.getEntry("paceline.mv.db")).readAllBytes();
      manifest = z.getInputStream(z.getEntry("backup.properties")).readAllBytes();
    }
    database[database.length / 2] ^= 1;
    try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("paceline.mv.db"));
      out.write(database);
      out.putNextEntry(new java.util.zip.ZipEntry("backup.properties"));
      out.write(manifest);
    }
    storedWorkspace().plans().insert(org.paceline.io.imports.SamplePlan.load()
        .withName("Scratch"));
    clickOn("File").clickOn("Restore from backup…");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> lookup("#backupList").tryQuery().isPresent());
    clickOn("Restore");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> lookup("#backupRefused").tryQuery().isPresent());
    javafx.scene.control.DialogPane pane =
        lookup("#backupRefused").queryAs(javafx.scene.control.DialogPane.class);
    assertTrue(pane.getContentText().contains("does not match the checksum"),
        pane.getContentText());
    Screenshots.save(pane.getScene(), "restore-refused");
    interact(() -> ((Stage) pane.getScene().getWindow()).close());
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
      PlanTimeline t = timeline();
      return t != null && t.getPlan() != null;
    });
    assertEquals(2, storedWorkspace().plans().list().size(), "the workspace is as it was");
  }

  @Test
  void aDamagedWorkspaceIsKeptAndAFreshOneCanBeStarted() throws Exception {
    ws = dir.resolve("ws");
    java.nio.file.Files.createDirectories(ws);
    byte[] garbage = new byte[30_000];
    new java.util.Random(3).nextBytes(garbage);
    java.nio.file.Files.write(ws.resolve("paceline.mv.db"), garbage);
    stage = FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(() -> new PacelineApp(ws));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> lookup("#damagedWorkspace").tryQuery().isPresent());
    javafx.scene.control.DialogPane pane =
        lookup("#damagedWorkspace").queryAs(javafx.scene.control.DialogPane.class);
    assertTrue(pane.getContentText().contains(ws.resolve("paceline.mv.db").toString()),
        pane.getContentText());
    Screenshots.save(pane.getScene(), "damaged-workspace");
    clickOn("Start a fresh workspace");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
      PlanTimeline t = timeline();
      return t != null && t.getPlan() != null;
    });
    assertEquals("Northwind Controls FY2027", timeline().getPlan().name());
    try (var files = java.nio.file.Files.list(ws)) {
      java.nio.file.Path kept = files.filter(p -> p.getFileName().toString()
          .startsWith("paceline.mv.db.damaged-")).findFirst().orElseThrow();
      org.junit.jupiter.api.Assertions.assertArrayEquals(garbage,
          java.nio.file.Files.readAllBytes(kept), "the damaged file is kept as it was");
    }
  }
}

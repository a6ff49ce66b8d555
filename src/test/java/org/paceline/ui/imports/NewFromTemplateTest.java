package org.paceline.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.export.PlanTemplateWriter;
import org.paceline.io.imports.PlanImporter;
import org.paceline.model.Plan;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** File → New from template in a real (headless) window, the save dialog replaced by a path. */
class NewFromTemplateTest extends FxRobot {

  @TempDir Path dir;

  Stage stage;

  @BeforeEach
  void show() throws Exception {
    stage = FxToolkit.registerPrimaryStage();
    interact(() -> {
      stage.setScene(new Scene(new StackPane(), 600, 400));
      stage.show();
    });
  }

  @AfterEach
  void stop() throws Exception {
    FxToolkit.cleanupStages();
  }

  String alertText() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> lookup(".dialog-pane").tryQuery().isPresent());
    return WaitForAsyncUtils.asyncFx(() -> lookup(".dialog-pane").queryAs(DialogPane.class)
        .getContentText()).get();
  }

  @Test
  void theMenuItemWritesTheTemplateWhereTheUserChoseAndSaysWhere() throws Exception {
    Path chosen = dir.resolve("my calendar"); // no extension typed: .xlsx is added
    MenuItem[] item = new MenuItem[1];
    Thread[] worker = new Thread[1];
    interact(() -> {
      item[0] = NewFromTemplate.menuItem(stage, task -> {
        worker[0] = new Thread(task, "template-writer");
        worker[0].start();
      }, w -> chosen);
      assertEquals("New from template…", item[0].getText());
      item[0].fire();
    });
    String text = alertText();
    Path written = dir.resolve("my calendar.xlsx");
    assertTrue(text.contains(written.toString()), text);
    assertTrue(worker[0] != null, "written by a background task, not the JavaFX thread");
    try (InputStream in = Files.newInputStream(written);
         XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertEquals("plan", wb.getSheetName(0));
      assertTrue(wb.getSheet("programs") != null, "the programs sheet");
      assertTrue(wb.getSheet("read me") != null, "the read me sheet");
      assertFalse(wb.getSheet("programs").getDataValidations().isEmpty(), "kind/status lists");
    }
    Plan plan = PlanImporter.read(written);
    assertEquals(PlanTemplateWriter.PLACEHOLDER_NAME, plan.name());
    assertTrue(plan.programs().isEmpty(), "imported untouched it is an empty plan");
  }

  @Test
  void aFolderThatCannotBeWrittenIsExplainedAndLeavesNoFile() throws Exception {
    Path blocker = dir.resolve("not-a-folder");
    Files.writeString(blocker, "x");
    Path chosen = blocker.resolve("plan.xlsx"); // its "folder" is a file
    interact(() -> NewFromTemplate.menuItem(stage, task -> new Thread(task).start(), w -> chosen)
        .fire());
    String text = alertText();
    assertTrue(text.startsWith("plan.xlsx could not be written, and nothing was saved"), text);
    assertFalse(text.contains("Exception"), text);
    assertEquals("x", Files.readString(blocker));
  }

  @Test
  void cancellingTheSaveDialogWritesNothing() throws Exception {
    boolean[] submitted = {false};
    interact(() -> NewFromTemplate.menuItem(stage, task -> submitted[0] = true, w -> null)
        .fire());
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(submitted[0]);
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }
}

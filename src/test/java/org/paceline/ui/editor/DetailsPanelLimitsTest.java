package org.paceline.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.TextLimit;
import org.paceline.ui.timeline.TimelineSelection;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's editors hold texts to the model's limits as the user types: a value one
 * character too long is explained under the form and nothing is changed; at the limit it is
 * applied.
 */
class DetailsPanelLimitsTest extends FxRobot {

  final List<Object> applied = new ArrayList<>();
  final Plan plan = SamplePlan.load();
  DetailsPanel panel;

  @BeforeEach
  void show() throws Exception {
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(stage -> {
      panel = new DetailsPanel(new DetailsActions() {
        @Override
        public void changeProgram(Program before, Program after) {
          applied.add(after);
        }

        @Override
        public void changeInitiative(Initiative before, Initiative after) {
          applied.add(after);
        }

        @Override
        public void setTarget(FiscalQuarter q, String segment, BigDecimal revenue,
            Integer leads) {}

        @Override
        public void setBudget(FiscalQuarter q, BigDecimal budget) {}
      });
      stage.setScene(new Scene(panel, 420, 760));
      stage.show();
    });
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  private String problem() {
    return lookup(".form-problem").queryAs(Label.class).getText();
  }

  @Test
  void aProgramsOwnerAndNameAreHeldToTheirLimits() throws Exception {
    interact(() -> panel.show(new TimelineSelection.ProgramItem("P-07"), plan,
        ConflictAnalyzer.analyze(plan)));
    TextField name = lookup("#detailName").queryAs(TextField.class);
    interact(() -> name.setText("n".repeat(TextLimit.NAME.max() + 1)));
    interact(panel::applyEdits);
    assertEquals("Name: the name is 501 characters long; expected at most 500", problem());
    assertTrue(applied.isEmpty(), "nothing applied");

    interact(() -> name.setText("n".repeat(TextLimit.NAME.max())));
    TextField owner = (TextField) name.getParent().getChildrenUnmodifiable().stream()
        .filter(n -> n instanceof Label l && l.getText().equals("Owner")).findFirst()
        .map(n -> ((Label) n).getLabelFor()).orElseThrow();
    interact(() -> owner.setText("o".repeat(TextLimit.OWNER.max() + 1)));
    interact(panel::applyEdits);
    assertEquals("Owner: the owner is 501 characters long; expected at most 500", problem());
    assertTrue(applied.isEmpty(), "nothing applied");
    org.paceline.ui.Screenshots.save(panel.getScene(), "details-owner-too-long");

    interact(() -> owner.setText("o".repeat(TextLimit.OWNER.max())));
    interact(panel::applyEdits);
    assertEquals("", problem());
    assertEquals(1, applied.size());
    assertEquals(TextLimit.OWNER.max(), ((Program) applied.get(0)).owner().length());
  }

  @Test
  void anInitiativesFieldsAreHeldToTheirLimits() {
    interact(() -> panel.show(new TimelineSelection.InitiativeItem("I-EXPO"), plan,
        ConflictAnalyzer.analyze(plan)));
    TextField segment = lookup("#initiativeSegment").queryAs(TextField.class);
    interact(() -> segment.setText("s".repeat(TextLimit.SEGMENT.max() + 1)));
    clickOn(segment);
    type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Segment: the segment is 501 characters long; expected at most 500", problem());
    assertTrue(applied.isEmpty(), "nothing applied");

    TextField id = lookup("#initiativeId").queryAs(TextField.class);
    interact(() -> segment.setText("Enterprise"));
    interact(() -> id.setText("I".repeat(TextLimit.ID.max() + 1)));
    clickOn(id);
    type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Id: the id is 101 characters long; expected at most 100", problem());
    assertTrue(applied.isEmpty(), "nothing applied");
  }
}

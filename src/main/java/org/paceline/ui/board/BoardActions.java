package org.paceline.ui.board;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.paceline.analysis.FiscalCalendar;
import org.paceline.io.export.CsvPlanWriter;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.PlanImportException;
import org.paceline.io.imports.PlanImporter;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.model.Program;
import org.paceline.ui.BackgroundWork;
import org.paceline.ui.print.PrintDialog;
import org.paceline.ui.timeline.PlanTimeline;

/**
 * What the board's menus and toolbar do: plans, import, export, print, zoom and fit, theme. The
 * long work (import, export, the PNG file, asking the system for its theme) runs as a task
 * through {@link BackgroundWork}; the dialogs it opens belong to the board's window.
 */
final class BoardActions {

  private final BoardViewModel model;
  private final BackgroundWork work;
  private final Consumer<Plan> importer;
  private final ViewSettings viewSettings;
  private final BooleanSupplier systemPrefersDark;
  private final PlanTimeline timeline;
  private final Supplier<Window> window;
  /** Whether the current plan has been fitted once; a new or imported plan is fitted again. */
  private boolean fitted;

  BoardActions(BoardViewModel model, BackgroundWork work, Consumer<Plan> importer,
      ViewSettings viewSettings, BooleanSupplier systemPrefersDark, PlanTimeline timeline,
      Supplier<Window> window) {
    this.model = model;
    this.work = work;
    this.importer = importer;
    this.viewSettings = viewSettings;
    this.systemPrefersDark = systemPrefersDark;
    this.timeline = timeline;
    this.window = window;
  }

  // ---------------------------------------------------------------- zoom and fit

  /** The width of the time area: the timeline without its label column. */
  double width() {
    return Math.max(200, timeline.getWidth() - PlanTimeline.LABEL_COLUMN_WIDTH);
  }

  void zoomIn() {
    timeline.zoom(1.4, width() / 2);
  }

  void zoomOut() {
    timeline.zoom(1 / 1.4, width() / 2);
  }

  /** Fits the fiscal year the first time a plan is shown and the timeline has its width. */
  void fitYearOnce() {
    if (!fitted && model.editor().plan() != null && timeline.getWidth() > 0) {
      fitYear();
    }
  }

  /** Fits the fiscal year that contains today (or the plan's first one). */
  void fitYear() {
    Plan plan = model.editor().plan();
    if (plan == null) {
      return;
    }
    fitted = true;
    FiscalCalendar cal = FiscalCalendar.of(plan.settings());
    int fy = plan.targets().isEmpty()
        ? cal.fiscalYearOf(LocalDate.now())
        : plan.targets().stream().mapToInt(t -> t.quarter().fiscalYear()).min().getAsInt();
    timeline.fit(cal.startOfYear(fy), cal.endOfYear(fy), width());
  }

  /** Fits everything the plan holds. */
  void fitPlan() {
    Plan plan = model.editor().plan();
    if (plan == null || plan.programs().isEmpty()) {
      fitYear();
      return;
    }
    LocalDate from = plan.programs().stream().map(Program::start).min(LocalDate::compareTo).get();
    LocalDate to = plan.programs().stream().map(Program::end).max(LocalDate::compareTo).get();
    timeline.fit(from, to, width());
  }

  /** A day a third into the visible time area, where new items land. */
  LocalDate visibleDay() {
    return timeline.getOrigin().plusDays((long) (width() / 3 / timeline.getPixelsPerDay()));
  }

  // ---------------------------------------------------------------- plans and edits

  void addProgram() {
    model.addProgram(visibleDay());
  }

  void addInitiative() {
    model.addInitiative(visibleDay(), "");
  }

  void newPlan() {
    new PlanSettingsDialog(window.get(), PlanSettings.defaults("New plan"), true).ask()
        .ifPresent(s -> {
          fitted = false;
          model.createPlan(s);
        });
  }

  void editSettings() {
    Plan plan = model.editor().plan();
    if (plan != null) {
      PlanSettingsDialog d = new PlanSettingsDialog(window.get(), plan.settings(), false,
          plan.holidays());
      d.ask().ifPresent(settings -> {
        model.changeSettings(settings);
        model.changeHolidays(d.holidays());
      });
    }
  }

  void quit() {
    window.get().hide();
  }

  // ---------------------------------------------------------------- import, export, print

  void importPlan() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Import a plan (an Excel workbook; cancel to choose a folder of CSV files)");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
    File file = chooser.showOpenDialog(window.get());
    if (file == null) {
      DirectoryChooser dir = new DirectoryChooser();
      dir.setTitle("Import a plan from a folder of CSV files");
      file = dir.showDialog(window.get());
    }
    if (file == null) {
      return;
    }
    Path path = file.toPath();
    Task<Plan> task = new Task<>() {
      @Override
      protected Plan call() throws Exception {
        updateMessage("Importing " + path.getFileName() + "…");
        Plan plan = PlanImporter.read(path);
        importer.accept(plan);
        return plan;
      }
    };
    task.setOnSucceeded(e -> {
      fitted = false;
      model.refresh(-1);
    });
    task.setOnFailed(e -> {
      Throwable t = task.getException();
      Alert alert = new Alert(Alert.AlertType.ERROR);
      alert.initOwner(window.get());
      alert.setTitle("Import");
      alert.setHeaderText(path.getFileName() + " was not imported; nothing was changed.");
      if (t instanceof PlanImportException pie) {
        TextArea list = new TextArea(String.join("\n",
            pie.problems().stream().map(Object::toString).toList()));
        list.setEditable(false);
        list.setWrapText(true);
        alert.setContentText(pie.problems().size() + " problems to fix:");
        alert.getDialogPane().setExpandableContent(list);
        alert.getDialogPane().setExpanded(true);
      } else {
        alert.setContentText(t == null ? "Unknown error" : t.getMessage());
      }
      alert.show();
    });
    work.submit(task);
  }

  /** File → Export as Excel workbook ({@code xlsx}) or as a folder of CSV files. */
  void exportPlan(boolean xlsx) {
    Plan plan = model.editor().plan();
    if (plan == null) {
      return;
    }
    File target;
    if (xlsx) {
      FileChooser chooser = new FileChooser();
      chooser.setInitialFileName(plan.name() + ".xlsx");
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook",
          "*.xlsx"));
      target = chooser.showSaveDialog(window.get());
    } else {
      target = new DirectoryChooser().showDialog(window.get());
    }
    if (target == null) {
      return;
    }
    Path path = target.toPath();
    Task<Void> task = new Task<>() {
      @Override
      protected Void call() throws Exception {
        if (xlsx) {
          XlsxPlanWriter.write(plan, path);
        } else {
          CsvPlanWriter.write(plan, path);
        }
        return null;
      }
    };
    task.setOnSucceeded(e -> new Alert(Alert.AlertType.INFORMATION,
        "Exported \u201c" + plan.name() + "\u201d to " + path).show());
    task.setOnFailed(e -> new Alert(Alert.AlertType.ERROR, "The export failed: "
        + task.getException().getMessage()).show());
    work.submit(task);
  }

  private java.util.function.Supplier<org.paceline.layout.CompareView> exportCompare =
      () -> null;

  /** Where the exports find the comparison open on the board (a supplier of null: none). */
  void setExportCompare(java.util.function.Supplier<org.paceline.layout.CompareView> comparing) {
    exportCompare = java.util.Objects.requireNonNull(comparing);
  }

  /** File → Export → PowerPoint: asks where, then writes the deck. */
  void exportDeck() {
    Plan plan = model.editor().plan();
    if (plan != null) {
      DeckExport.chooseAndExport(window.get(), exportCompare.get(), plan, work);
    }
  }

  /** The deck of the current plan to {@code file}, without asking. */
  Task<?> exportDeck(Path file) {
    return DeckExport.export(window.get(), model.editor().plan(), exportCompare.get(), file,
        work);
  }

  /** File → Export visible board as PNG: asks where, then writes it at 2×. */
  void exportVisible() {
    FileChooser chooser = new FileChooser();
    chooser.setInitialFileName("board.png");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
    File f = chooser.showSaveDialog(window.get());
    if (f != null) {
      exportVisible(f.toPath(), 2);
    }
  }

  /**
   * The board exactly as it is on screen, at 1×, 2× or 3×, as a PNG for a slide. Written through
   * a temporary file like every export.
   */
  void exportVisible(Path file, int scale) {
    javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
    params.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
    javafx.scene.image.WritableImage image = timeline.snapshot(params, null);
    java.awt.image.BufferedImage buffered = javafx.embed.swing.SwingFXUtils.fromFXImage(image,
        null);
    Task<Void> task = new Task<>() {
      @Override
      protected Void call() throws Exception {
        org.paceline.files.AtomicFiles.write(file,
            out -> javax.imageio.ImageIO.write(buffered, "png", out));
        return null;
      }
    };
    task.setOnFailed(e -> new Alert(Alert.AlertType.ERROR, "The image was not written: "
        + task.getException().getMessage()).show());
    work.submit(task);
  }

  /** The print and export dialog, with the board's current filters and remembered choices. */
  void printDialog() {
    Plan plan = model.editor().plan();
    if (plan == null) {
      return;
    }
    long id = model.editor().planId();
    PrintDialog dialog = new PrintDialog(window.get(), plan, timeline.filterProperty().get(),
        work, viewSettings.load(id, "print"), v -> viewSettings.save(id, "print", v));
    dialog.offerCompare(exportCompare.get());
    dialog.show();
  }

  // ---------------------------------------------------------------- theme

  /** The theme chosen in View → Theme: System unless chosen otherwise. */
  String savedTheme() {
    return viewSettings.load(ViewSettings.GLOBAL, "app").getOrDefault("theme", "System");
  }

  /** Remembers and applies a theme chosen in View → Theme. */
  void chooseTheme(String name) {
    viewSettings.save(ViewSettings.GLOBAL, "app", Map.of("theme", name));
    applyTheme(name);
  }

  /** Light, Dark, or System (what the operating system prefers, asked off the FX thread). */
  void applyTheme(String name) {
    if (name.equals("System")) {
      Task<Boolean> ask = new Task<>() {
        @Override
        protected Boolean call() {
          return systemPrefersDark.getAsBoolean();
        }
      };
      ask.setOnSucceeded(e -> applyTheme(ask.getValue() ? "Dark" : "Light"));
      work.submit(ask);
      return;
    }
    Application.setUserAgentStylesheet(name.equals("Dark")
        ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
  }
}

package org.paceline.ui.print;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.paceline.analysis.FiscalCalendar;
import org.paceline.io.export.print.BoardPdf;
import org.paceline.io.export.print.BoardPng;
import org.paceline.io.export.print.PageSetup;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.ui.BackgroundWork;

/**
 * Print and export the board: paper, orientation, fit, time range, legend and conflict summary,
 * with a live preview of the first page and a warning when text would be too small. The same
 * pages go to a PDF, to PNG images or to the printer. The choices are remembered per plan.
 */
public final class PrintDialog extends Dialog<Void> {

  /** The default fit: no text under 7 pt. */
  static final String READABLE = "Readable (7 pt or more)";

  private final Plan plan;
  private final Predicate<Program> filter;
  private final BackgroundWork work;
  private final Consumer<Map<String, String>> remember;

  private final ComboBox<PageSetup.Paper> paper = new ComboBox<>();
  private final ComboBox<String> orientation = new ComboBox<>();
  private final ComboBox<String> fit = new ComboBox<>();
  private final Spinner<Integer> pagesWide = new Spinner<>(1, PageSetup.Fit.MAX_PAGES_WIDE, 2);
  private final ComboBox<String> range = new ComboBox<>();
  private final ComboBox<String> untilQuarter = new ComboBox<>();
  private final Spinner<Integer> margin = new Spinner<>(0, 40, 10);
  private final ComboBox<Integer> pngScale = new ComboBox<>();
  private final CheckBox legend = new CheckBox("Legend page");
  private final CheckBox summary = new CheckBox("Conflict summary");
  /** "Changes since ‘Approved’": offered while the board is compared with another plan. */
  private final CheckBox changes = new CheckBox();
  private org.paceline.layout.CompareView compare;
  private final ImageView preview = new ImageView();
  private final Label pages = new Label();
  private final Label warning = new Label();
  private final ProgressBar progress = new ProgressBar(0);
  private final Button cancel = new Button("Cancel export");
  private Task<?> running;
  private int previewRequest;
  private int previewPage;
  private int pageCount = 1;

  /**
   * @param saved the choices remembered for this plan (may be empty)
   * @param remember stores the choices when they change
   */
  public PrintDialog(Window owner, Plan plan, Predicate<Program> filter, BackgroundWork work,
      Map<String, String> saved, Consumer<Map<String, String>> remember) {
    this.plan = plan;
    this.filter = filter;
    this.work = work;
    this.remember = remember;
    initOwner(owner);
    setTitle("Print and export");
    setHeaderText("\u201c" + plan.name() + "\u201d on paper, as PDF or PNG");
    setResizable(true);

    paper.getItems().setAll(PageSetup.Paper.values());
    orientation.getItems().setAll("Landscape", "Portrait");
    fit.getItems().setAll(READABLE, "Fit to one page", "Pages wide", "Natural size");
    range.getItems().add("Whole plan");
    plan.targets().stream().map(t -> t.quarter().fiscalYear()).distinct().sorted()
        .forEach(fy -> range.getItems().add("FY" + fy));
    // selected quarters: a first quarter here, a last one in "through"
    plan.targets().stream().map(t -> t.quarter()).distinct().sorted()
        .forEach(q -> range.getItems().add(q.toString()));
    untilQuarter.getItems().add("");
    plan.targets().stream().map(t -> t.quarter()).distinct().sorted()
        .forEach(q -> untilQuarter.getItems().add(q.toString()));
    untilQuarter.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> range.getValue() == null || !range.getValue().contains("-Q"),
        range.valueProperty()));
    pngScale.getItems().setAll(1, 2, 3);
    pngScale.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(Integer i) {
        return i == null ? "" : i + "×";
      }

      @Override
      public Integer fromString(String t) {
        return Integer.valueOf(t.replace("×", ""));
      }
    });
    paper.setId("printPaper");
    fit.setId("printFit");
    pagesWide.setId("printPagesWide");
    pages.setId("printPages");
    warning.setId("printWarning");
    warning.setWrapText(true);
    warning.setMaxWidth(300);
    warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    warning.getStyleClass().add("form-problem");

    paper.setValue(parse(saved.get("paper"), PageSetup.Paper.A4));
    orientation.setValue(saved.getOrDefault("orientation", "Landscape"));
    fit.setValue(fit.getItems().contains(saved.get("fit")) ? saved.get("fit") : READABLE);
    pagesWide.getValueFactory().setValue(Integer.parseInt(saved.getOrDefault("pagesWide", "2")));
    range.setValue(range.getItems().contains(saved.get("range")) ? saved.get("range")
        : "Whole plan");
    untilQuarter.setValue(untilQuarter.getItems().contains(saved.get("until"))
        ? saved.get("until") : "");
    margin.getValueFactory().setValue(Integer.parseInt(saved.getOrDefault("marginMm", "10")));
    pngScale.setValue(Integer.parseInt(saved.getOrDefault("pngScale", "2")));
    legend.setSelected(!"false".equals(saved.get("legend")));
    summary.setSelected(!"false".equals(saved.get("summary")));
    pagesWide.disableProperty().bind(fit.valueProperty().isNotEqualTo("Pages wide"));

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    labels.setMinWidth(90);
    javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
    fields.setMinWidth(190);
    form.getColumnConstraints().setAll(labels, fields);
    for (var c : new javafx.scene.control.Control[] {paper, orientation, fit, pagesWide, range,
        untilQuarter, margin, pngScale}) {
      c.setMaxWidth(Double.MAX_VALUE);
    }
    int r = 0;
    form.addRow(r++, new Label("Paper"), paper);
    form.addRow(r++, new Label("Orientation"), orientation);
    form.addRow(r++, new Label("Fit"), fit);
    form.addRow(r++, new Label("Pages wide"), pagesWide);
    form.addRow(r++, new Label("Time range"), range);
    form.addRow(r++, new Label("through"), untilQuarter);
    form.addRow(r++, new Label("Margins (mm)"), margin);
    form.addRow(r++, new Label("PNG scale"), pngScale);
    form.add(legend, 1, r++);
    form.add(summary, 1, r++);
    changes.setId("printChanges");
    changes.setVisible(false);
    changes.managedProperty().bind(changes.visibleProperty());
    changes.selectedProperty().addListener((o, a, b) -> render());
    form.add(changes, 1, r++);
    Button pdf = new Button("Export PDF…");
    pdf.setId("exportPdf");
    pdf.setOnAction(e -> choose("PDF document", "*.pdf", ".pdf").ifPresent(this::exportPdf));
    Button png = new Button("Export PNG…");
    png.setOnAction(e -> choose("PNG image", "*.png", ".png").ifPresent(this::exportPng));
    Button print = new Button("Print…");
    print.setId("printButton");
    print.setOnAction(e -> print());
    cancel.setOnAction(e -> {
      if (running != null) {
        running.cancel();
      }
    });
    cancel.setVisible(false);
    progress.setVisible(false);
    pdf.setMinWidth(Button.USE_PREF_SIZE);
    png.setMinWidth(Button.USE_PREF_SIZE);
    print.setMinWidth(Button.USE_PREF_SIZE);
    VBox left = new VBox(10, form, warning, new HBox(8, pdf, png), new HBox(8, print),
        new HBox(8, progress, cancel));
    left.setMinWidth(300);
    left.setPrefWidth(300);
    preview.setPreserveRatio(true);
    preview.setFitWidth(560);
    ScrollPane pane = new ScrollPane(preview);
    pane.setPrefSize(580, 420);
    Button previous = new Button("◀");
    previous.setId("previewPrevious");
    previous.setOnAction(e -> showPage(previewPage - 1));
    Button next = new Button("▶");
    next.setId("previewNext");
    next.setOnAction(e -> showPage(previewPage + 1));
    HBox nav = new HBox(10, previous, pages, next);
    nav.setAlignment(Pos.CENTER);
    VBox right = new VBox(6, pane, nav);
    right.setAlignment(Pos.TOP_CENTER);
    HBox content = new HBox(16, left, right);
    content.setPadding(new Insets(8));
    getDialogPane().setContent(content);
    getDialogPane().setPrefSize(940, 600);
    getDialogPane().setMinSize(900, 560);
    getDialogPane().getProperties().put("dialog", this); // lets the window's tests reach it
    getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);

    for (var p : new javafx.beans.Observable[] {paper.valueProperty(),
        orientation.valueProperty(), fit.valueProperty(), pagesWide.valueProperty(),
        range.valueProperty(), untilQuarter.valueProperty(), margin.valueProperty(),
        pngScale.valueProperty(), legend.selectedProperty(), summary.selectedProperty()}) {
      p.addListener(o -> changed());
    }
    changed();
  }

  private static PageSetup.Paper parse(String s, PageSetup.Paper d) {
    try {
      return s == null ? d : PageSetup.Paper.valueOf(s);
    } catch (IllegalArgumentException e) {
      return d;
    }
  }

  /** The page setup the controls describe. */
  public PageSetup setup() {
    PageSetup.Fit f = switch (fit.getValue()) {
      case "Pages wide" -> PageSetup.Fit.pagesWide(pagesWide.getValue());
      case "Natural size" -> PageSetup.Fit.scale(1);
      case "Fit to one page" -> PageSetup.Fit.onePage();
      default -> PageSetup.Fit.readableFit();
    };
    LocalDate from = null;
    LocalDate to = null;
    FiscalCalendar cal = FiscalCalendar.of(plan.settings());
    String chosen = range.getValue();
    if (chosen != null && chosen.contains("-Q")) {
      FiscalQuarter first = FiscalQuarter.parse(chosen);
      FiscalQuarter last = untilQuarter.getValue() == null || untilQuarter.getValue().isEmpty()
          ? first : FiscalQuarter.parse(untilQuarter.getValue());
      if (last.compareTo(first) < 0) {
        last = first;
      }
      from = cal.startOf(first);
      to = cal.endOf(last);
    } else if (chosen != null && chosen.startsWith("FY")) {
      int fy = Integer.parseInt(chosen.substring(2));
      from = cal.startOfYear(fy);
      to = cal.endOfYear(fy);
    }
    PageSetup base = new PageSetup(PageSetup.Paper.A4, true, margin.getValue() * 72 / 25.4,
        PageSetup.Fit.onePage(), null, null, true, true);
    return base.withPaper(paper.getValue())
        .withLandscape("Landscape".equals(orientation.getValue())).withFit(f)
        .withRange(from, to).withExtras(legend.isSelected(), summary.isSelected());
  }

  private void changed() {
    Map<String, String> v = new HashMap<>();
    v.put("paper", paper.getValue().name());
    v.put("orientation", orientation.getValue());
    v.put("fit", fit.getValue());
    v.put("pagesWide", String.valueOf(pagesWide.getValue()));
    v.put("range", range.getValue());
    v.put("until", untilQuarter.getValue() == null ? "" : untilQuarter.getValue());
    v.put("marginMm", String.valueOf(margin.getValue()));
    v.put("pngScale", String.valueOf(pngScale.getValue()));
    v.put("legend", String.valueOf(legend.isSelected()));
    v.put("summary", String.valueOf(summary.isSelected()));
    remember.accept(v);
    previewPage = 0;
    render();
  }

  /** Shows another page of the preview. */
  public void showPage(int index) {
    previewPage = Math.max(0, Math.min(pageCount - 1, index));
    render();
  }

  private void render() {
    PageSetup setup = setup();
    org.paceline.layout.CompareView shownCompare = chosenCompare();
    int page = previewPage;
    int request = ++previewRequest;
    pages.setText("Preparing the preview…");
    Task<BoardPng.Preview> task = new Task<>() {
      @Override
      protected BoardPng.Preview call() throws Exception {
        return BoardPng.preview(plan, setup, filter, shownCompare, page, 60f);
      }
    };
    task.setOnSucceeded(e -> {
      if (request == previewRequest) { // only the latest choice is shown
        BoardPng.Preview p = task.getValue();
        preview.setImage(SwingFXUtils.toFXImage(p.image(), null));
        pageCount = p.result().pages();
        pages.setText("page " + (page + 1) + " of " + pageCount);
        warning.setText(String.join("\n", p.result().warnings()));
      }
    });
    task.setOnFailed(e -> pages.setText("No preview: " + task.getException().getMessage()));
    work.submit(task);
  }

  /**
   * Offers the board's comparison with another plan (null: none) as the option "Changes since
   * ‘B’", on by default: the PDF, the preview and the printout then show the ghosts, the target
   * changes and the changes page, as {@code paceline export --compare-with B} does.
   */
  public void offerCompare(org.paceline.layout.CompareView view) {
    compare = view;
    changes.setVisible(view != null);
    if (view != null) {
      changes.setText("Changes since \u2018" + view.otherPlan() + "\u2019");
      if (changes.isSelected()) {
        render();
      } else {
        changes.setSelected(true);
      }
    }
  }

  /** The comparison to show, or null. */
  public org.paceline.layout.CompareView chosenCompare() {
    return compare != null && changes.isSelected() ? compare : null;
  }

  private java.util.Optional<Path> choose(String what, String pattern, String ext) {
    FileChooser chooser = new FileChooser();
    chooser.setInitialFileName(plan.name() + ext);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
    File f = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
    return java.util.Optional.ofNullable(f).map(File::toPath);
  }

  /** Writes the PDF in the background with progress; cancel leaves no file behind. */
  public Task<BoardPdf.Result> exportPdf(Path file) {
    PageSetup setup = setup();
    org.paceline.layout.CompareView withChanges = chosenCompare();
    Task<BoardPdf.Result> task = new Task<>() {
      @Override
      protected BoardPdf.Result call() throws Exception {
        return BoardPdf.write(plan, setup, filter, withChanges, file, new BoardPdf.Progress() {
          @Override
          public void pages(int done, int total) {
            updateProgress(done, total);
          }

          @Override
          public boolean cancelled() {
            return isCancelled();
          }
        });
      }
    };
    run(task, () -> info("Exported " + task.getValue().pages() + " pages to " + file));
    return task;
  }

  private void exportPng(Path file) {
    PageSetup setup = setup();
    int scale = pngScale.getValue();
    Task<java.util.List<Path>> task = new Task<>() {
      @Override
      protected java.util.List<Path> call() throws Exception {
        return BoardPng.write(plan, setup, filter, scale, file);
      }
    };
    run(task, () -> info("Exported " + task.getValue().size() + " image(s) next to " + file));
  }

  private void run(Task<?> task, Runnable done) {
    running = task;
    progress.progressProperty().bind(task.progressProperty());
    progress.setVisible(true);
    cancel.setVisible(true);
    task.setOnSucceeded(e -> {
      finished();
      done.run();
    });
    task.setOnCancelled(e -> {
      finished();
      info("The export was cancelled; nothing was written.");
    });
    task.setOnFailed(e -> {
      finished();
      Alert a = new Alert(Alert.AlertType.ERROR, "The export failed and nothing was written: "
          + task.getException().getMessage());
      a.initOwner(getDialogPane().getScene().getWindow());
      a.show();
    });
    work.submit(task);
  }

  private void finished() {
    progress.progressProperty().unbind();
    progress.setVisible(false);
    cancel.setVisible(false);
    running = null;
  }

  private void info(String text) {
    pages.setText(text);
  }

  /** Sends the same pages to the printer; says so clearly when there is none. */
  public void print() {
    Printer printer = Printer.getDefaultPrinter();
    PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
    if (job == null) {
      Alert a = new Alert(Alert.AlertType.INFORMATION, "No printer is set up on this computer."
          + " Export a PDF instead and print it from another machine, or set up a printer in"
          + " your system settings.");
      a.setHeaderText("Nothing to print to");
      a.initOwner(getDialogPane().getScene().getWindow());
      a.show();
      return;
    }
    if (!job.showPrintDialog(getDialogPane().getScene().getWindow())) {
      return;
    }
    PageSetup setup = setup();
    Paper size = switch (setup.paper()) {
      case A3 -> Paper.A3;
      case LETTER -> Paper.NA_LETTER;
      case LEGAL -> Paper.LEGAL;
      case TABLOID -> Paper.TABLOID;
      default -> Paper.A4;
    };
    PageLayout layout = job.getPrinter().createPageLayout(size, setup.landscape()
        ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
    try {
      for (var image : BoardPng.pages(plan, setup, filter, chosenCompare(), 200f)) {
        ImageView page = new ImageView(SwingFXUtils.toFXImage(image, null));
        page.setPreserveRatio(true);
        page.setFitWidth(layout.getPrintableWidth());
        page.setFitHeight(layout.getPrintableHeight());
        if (!job.printPage(layout, page)) {
          break;
        }
      }
      job.endJob();
    } catch (java.io.IOException e) {
      job.cancelJob();
      info("Printing failed: " + e.getMessage());
    }
  }
}

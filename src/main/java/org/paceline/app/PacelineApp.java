package org.paceline.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.paceline.io.imports.SamplePlan;
import org.paceline.storage.Backups;
import org.paceline.storage.Workspace;
import org.paceline.storage.WorkspaceException;
import org.paceline.ui.BackgroundWork;
import org.paceline.edit.PlanEditor;
import org.paceline.ui.board.BoardView;
import org.paceline.ui.board.BoardViewModel;
import org.paceline.ui.help.AboutInfo;
import org.paceline.ui.help.HelpMenu;

/**
 * The JavaFX application and the window's composition root: it opens the workspace off the
 * JavaFX thread, adds the sample plan to an empty workspace, and wires the views.
 */
public final class PacelineApp extends Application {

  private static volatile Path launchWorkspace;

  private final Path workspaceDir;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "paceline-work");
    t.setDaemon(true);
    return t;
  });
  private Workspace workspace;

  /** Used by {@link Application#launch}: the workspace handed to {@link #launchWindow}. */
  public PacelineApp() {
    this(launchWorkspace != null ? launchWorkspace : WorkspaceLocation.resolve(null));
  }

  /** A window on the workspace in {@code workspaceDir} (tests use this). */
  public PacelineApp(Path workspaceDir) {
    this.workspaceDir = workspaceDir;
  }

  /** The workspace being opened while JavaFX starts, when launched by {@link #launchWindow}. */
  private static volatile CompletableFuture<Workspace> preopen;

  /**
   * Opens the window on a workspace and returns when it is closed. The workspace (database,
   * migrations, the sample plan on a first start) is opened at once on a thread of its own, while
   * JavaFX starts: the two together take about as long as the slower one.
   */
  static void launchWindow(Path workspaceDir) {
    launchWorkspace = workspaceDir;
    preopen = CompletableFuture.supplyAsync(() -> openWorkspace(workspaceDir),
        r -> {
          Thread t = new Thread(r, "paceline-open");
          t.setDaemon(true);
          t.start();
        });
    Application.launch(PacelineApp.class);
  }

  /** Opens the workspace and gives a first-time user the sample plan. */
  private static Workspace openWorkspace(Path dir) {
    Workspace ws = Workspace.open(dir);
    StartupProbe.mark("workspace open");
    if (ws.plans().list().isEmpty()) {
      // A first-time user sees a real plan at once.
      ws.plans().insert(SamplePlan.load());
      StartupProbe.mark("sample plan stored");
    }
    return ws;
  }

  @Override
  public void start(Stage stage) {
    StartupProbe.mark("JavaFX started");
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    ProgressIndicator spinner = new ProgressIndicator();
    VBox opening = new VBox(12, spinner, new Label("Opening your plans…"));
    opening.setAlignment(Pos.CENTER);
    Scene scene = new Scene(opening, 1280, 800);
    scene.getStylesheets().add(
        PacelineApp.class.getResource("/org/paceline/ui/paceline.css").toExternalForm());
    stage.setScene(scene);
    stage.setTitle("Paceline");
    for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
      var icon = PacelineApp.class.getResource("icons/paceline-" + size + ".png");
      if (icon != null) {
        stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
      }
    }
    stage.setMinWidth(800);
    stage.setMinHeight(500);
    stage.show();
    StartupProbe.mark("window shown");

    open(scene, () -> {
      CompletableFuture<Workspace> started = preopen;
      if (started != null && workspaceDir.equals(launchWorkspace)) {
        preopen = null;
        try {
          return started.join();
        } catch (CompletionException e) {
          throw e.getCause() instanceof RuntimeException r ? r : e;
        }
      }
      return openWorkspace(workspaceDir);
    });
  }

  /** Opens the workspace off the JavaFX thread as {@code how} says, then shows the board. */
  private void open(Scene scene, Callable<Workspace> how) {
    Task<Workspace> open = new Task<>() {
      @Override
      protected Workspace call() throws Exception {
        return how.call();
      }
    };
    open.setOnSucceeded(e -> showBoard(scene, open.getValue()));
    open.setOnFailed(e -> failed(scene, open.getException()));
    executor.submit(open);
  }

  private void showBoard(Scene scene, Workspace opened) {
    workspace = opened;
    StartupProbe.mark("building the board");
    BackgroundWork work = executor::submit;
    BoardViewModel model = new BoardViewModel(new PlanEditor(workspace.plans()), work);
    Workspace ws = workspace;
    ViewSettingsFile settings = new ViewSettingsFile(workspace.directory());
    BoardView board = new BoardView(model, work,
        plan -> ws.plans().insert(plan.withName(ws.plans().uniqueName(plan.name()))),
        "Workspace: " + workspace.directory(), settings,
        SystemTheme::prefersDark);
    StackPane root = new StackPane(board);
    HelpMenu help = HelpMenu.of(root, settings,
        () -> AboutInfo.current(BuildInfo.version(), BuildInfo.buildDate(), ws.directory()));
    MenuItem restore = new MenuItem("Restore from backup…");
    restore.setOnAction(e -> chooseBackup(scene));
    board.addToFileMenu(restore);
    org.paceline.ui.compare.PlanMenu.install(board, model, work);
    board.addMenu(help.menu());
    scene.setRoot(root);
    StartupProbe.mark("board built");
    StartupProbe.watch(scene, model.editor().planProperty());
    board.applySavedTheme();
    model.refresh(-1);
    executor.submit(ws::backUpIfDue); // after the plan is loaded: not on the way to the board
    help.showWelcomeIfFirstRun();
  }

  /**
   * A workspace that cannot be opened. A damaged file (or one that is not Paceline's) is kept
   * as it is, and the user may restore the newest backup or start a fresh workspace; anything
   * else is explained and the window closes.
   */
  private void failed(Scene scene, Throwable t) {
    String message = t.getMessage() == null ? t.toString() : t.getMessage();
    boolean recoverable = t instanceof WorkspaceException we
        && (we.problem() == WorkspaceException.Problem.DAMAGED
        || we.problem() == WorkspaceException.Problem.NOT_PACELINE);
    if (!recoverable) {
      Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
      alert.initOwner(scene.getWindow());
      alert.setTitle("Paceline");
      alert.setHeaderText("Your plans could not be opened");
      alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
      alert.showAndWait();
      Platform.exit();
      return;
    }
    List<Backups.Backup> backups = new Backups(workspaceDir).list();
    ButtonType restore = backups.isEmpty() ? null
        : new ButtonType("Restore the backup of " + backups.get(0).describe().split(" · ")[0],
            ButtonBar.ButtonData.OK_DONE);
    ButtonType fresh = new ButtonType("Start a fresh workspace", ButtonBar.ButtonData.OTHER);
    ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.ERROR, message + (backups.isEmpty()
        ? "\n\nThere is no backup of it yet." : "\n\nThe newest backup: "
        + backups.get(0).describe()));
    alert.getButtonTypes().setAll(restore == null ? List.of(fresh, quit)
        : List.of(restore, fresh, quit));
    alert.initOwner(scene.getWindow());
    alert.setTitle("Paceline");
    alert.setHeaderText("Your workspace is damaged");
    alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    alert.getDialogPane().setId("damagedWorkspace");
    alert.getDialogPane().setPrefWidth(600);
    ButtonType answer = alert.showAndWait().orElse(quit);
    if (answer == restore) {
      Backups.Backup newest = backups.get(0);
      open(scene, () -> {
        Workspace.restore(workspaceDir, newest);
        return openWorkspace(workspaceDir);
      });
    } else if (answer == fresh) {
      open(scene, () -> {
        Workspace.setAside(workspaceDir);
        return openWorkspace(workspaceDir);
      });
    } else {
      Platform.exit();
    }
  }

  /** File ▸ Restore from backup…: choose a backup, then the board reopens on it. */
  private void chooseBackup(Scene scene) {
    List<Backups.Backup> backups = new Backups(workspace.directory()).list();
    Optional<Backups.Backup> chosen = RestoreDialog.choose(scene.getWindow(), backups);
    if (chosen.isEmpty()) {
      return;
    }
    Workspace current = workspace;
    workspace = null;
    ProgressIndicator spinner = new ProgressIndicator();
    VBox restoring = new VBox(12, spinner, new Label("Restoring the backup…"));
    restoring.setAlignment(Pos.CENTER);
    scene.setRoot(restoring);
    open(scene, () -> {
      current.close();
      Workspace.restore(current.directory(), chosen.get());
      return openWorkspace(current.directory());
    });
  }

  @Override
  public void stop() {
    executor.shutdownNow();
    if (workspace != null) {
      workspace.close();
    }
  }
}

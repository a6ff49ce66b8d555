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
import javafx.animation.PauseTransition;
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
import javafx.util.Duration;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.PlanSummary;
import org.paceline.storage.Backups;
import org.paceline.storage.ServerLocation;
import org.paceline.storage.ServerLogin;
import org.paceline.storage.ServerWorkspace;
import org.paceline.storage.Workspace;
import org.paceline.storage.WorkspaceException;
import org.paceline.ui.BackgroundWork;
import org.paceline.edit.PlanEditor;
import org.paceline.ui.board.BoardView;
import org.paceline.ui.board.BoardViewModel;
import org.paceline.ui.help.AboutInfo;
import org.paceline.ui.help.HelpMenu;
import org.slf4j.LoggerFactory;
import org.paceline.ui.imports.ImportWizard;
import org.paceline.ui.imports.SavedMappings;

/**
 * The JavaFX application and the window's composition root: it opens the workspace off the
 * JavaFX thread, adds the sample plan to an empty workspace, and wires the views.
 */
public final class PacelineApp extends Application {

  private static volatile Path launchWorkspace;
  /** A team plan the window was launched on ({@code paceline --db postgresql://…}), or null. */
  private static volatile ServerLocation launchServer;
  /** The team plan being opened or shown, or null for a folder. */
  private ServerLocation server;
  /** A team plan chosen in File ▸ Open team plan… that fails goes back to the folder, not away. */
  private boolean backToFolder;
  /** The listener for other users' changes to the team plan shown, or null. */
  private AutoCloseable live;

  private final Path workspaceDir;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "paceline-work");
    t.setDaemon(true);
    return t;
  });
  private Workspace workspace;
  /** Where the board's writes run, one after another (null before a board is shown). */
  private org.paceline.edit.SerialWriteLane writes;
  private PauseTransition slowOpening;

  /** Used by {@link Application#launch}: the workspace handed to {@link #launchWindow}. */
  public PacelineApp() {
    this(launchWorkspace != null ? launchWorkspace : WorkspaceLocation.resolve(null));
  }

  /** The login a window on a team plan was made with (tests), or null. */
  private ServerLogin serverLogin;

  /** A window on a team plan with this login (tests use this). */
  public PacelineApp(ServerLocation where, ServerLogin login) {
    this(WorkspaceLocation.resolve(null));
    this.server = where;
    this.serverLogin = login;
  }

  /** A window on the workspace in {@code workspaceDir} (tests use this). */
  public PacelineApp(Path workspaceDir) {
    this.workspaceDir = workspaceDir;
  }

  /** The workspace being opened while JavaFX starts, when launched by {@link #launchWindow}. */
  private static volatile CompletableFuture<Opened> preopen;

  /** An opened workspace with its plans and the first plan already read. */
  private record Opened(Workspace workspace, List<PlanSummary> plans, long planId, Plan plan,
      org.paceline.model.PlanKind kind) {}

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

  /** Opens the window on a folder or a team plan and returns when it is closed. */
  static void launchWindow(WorkspaceTarget target) {
    if (!target.isServer()) {
      launchWindow(target.folder());
      return;
    }
    launchServer = target.server();
    launchWorkspace = WorkspaceLocation.resolve(null);
    Application.launch(PacelineApp.class);
  }

  /** Opens a team plan with this login (off the JavaFX thread); no sample plan is added. */
  private static Opened openServer(ServerLocation where, ServerLogin login) {
    Workspace ws = ServerWorkspace.open(where, login, ServerWorkspace.WINDOW_CONNECTIONS);
    try {
      return firstPlan(ws);
    } catch (RuntimeException e) {
      ws.close();
      throw e;
    }
  }

  /** File ▸ Open team plan…: the address, then the board on it (a login when it needs one). */
  private void openTeamPlan(Scene scene) {
    Optional<ServerLocation> where = TeamPlanWindow.askAddress(scene.getWindow(),
        server == null ? null : server.toString());
    if (where.isEmpty()) {
      return;
    }
    backToFolder = true;
    switchTo(scene, where.get(), ServerLogin.fromEnvironment(where.get()));
  }

  private void switchTo(Scene scene, ServerLocation where, ServerLogin login) {
    Workspace current = workspace;
    workspace = null;
    stopLive();
    var pending = takeWrites();
    server = where;
    ProgressIndicator spinner = new ProgressIndicator();
    VBox opening = new VBox(12, spinner, new Label("Opening the team plan…"));
    opening.setAlignment(Pos.CENTER);
    scene.setRoot(opening);
    open(scene, () -> {
      closeWrites(pending); // the edits asked for on the old board are stored first
      if (current != null) {
        current.close();
      }
      return openServer(where, login);
    });
  }

  /** The board's write lane, which the caller now closes; null when there is none. */
  private org.paceline.edit.SerialWriteLane takeWrites() {
    var lane = writes;
    writes = null;
    return lane;
  }

  /** Waits for the writes still queued (at most 30 s), then stops their thread. */
  private static void closeWrites(org.paceline.edit.SerialWriteLane lane) {
    if (lane != null) {
      lane.close();
    }
  }

  private void stopLive() {
    if (live != null) {
      try {
        live.close();
      } catch (Exception e) {
        // the listener stops with its thread
      }
      live = null;
    }
  }

  /**
   * Opens the workspace, gives a first-time user the sample plan, and reads the plan the board
   * opens with, so that the board can show it in its first frame.
   */
  private static Opened openWorkspace(Path dir) {
    Workspace ws = SampleWorkspace.open(dir);
    StartupProbe.mark("workspace open");
    if (ws.plans().list().isEmpty()) {
      // A first-time user sees a real plan at once.
      ws.plans().insert(SamplePlan.load());
      StartupProbe.mark("sample plan stored");
    }
    try {
      return firstPlan(ws);
    } catch (RuntimeException e) {
      ws.close();
      throw e;
    }
  }

  /** An open workspace with its plan list and the plan the board opens with. */
  private static Opened firstPlan(Workspace ws) {
    List<PlanSummary> plans = ws.plans().list();
    long id = plans.isEmpty() ? -1 : plans.get(0).id();
    Plan plan = id < 0 ? null : ws.plans().load(id);
    org.paceline.model.PlanKind kind = id < 0 ? null : ws.plans().kind(id);
    StartupProbe.mark("plan read");
    return new Opened(ws, plans, id, plan, kind);
  }

  @Override
  public void start(Stage stage) {
    StartupProbe.mark("JavaFX started");
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    StartupProbe.mark("theme loaded");
    // No spinner at first: its animation redraws the window on every pulse, which on a small
    // machine slows the opening it waits for. It appears only if opening takes a while.
    VBox opening = new VBox(12, new Label("Opening your plans…"));
    opening.setAlignment(Pos.CENTER);
    slowOpening = new PauseTransition(Duration.seconds(1.5));
    slowOpening.setOnFinished(e -> opening.getChildren().add(0, new ProgressIndicator()));
    slowOpening.play();
    Scene scene = new Scene(opening, 1280, 800);
    scene.getStylesheets().add(
        PacelineApp.class.getResource("/org/paceline/ui/paceline.css").toExternalForm());
    stage.setScene(scene);
    stage.setTitle("Paceline");
    // The icons are decoded beside the JavaFX thread (not on the work thread, which opens the
    // workspace next) and set when ready.
    CompletableFuture.supplyAsync(PacelineApp::icons)
        .thenAccept(icons -> Platform.runLater(() -> stage.getIcons().setAll(icons)));
    stage.setMinWidth(800);
    stage.setMinHeight(500);
    // a stage that was shown before (the tests reuse one) keeps its old size otherwise
    stage.sizeToScene();
    stage.show();
    StartupProbe.mark("window shown");

    if (serverLogin != null) {
      ServerLogin login = serverLogin;
      serverLogin = null;
      open(scene, () -> openServer(server, login));
      return;
    }
    if (launchServer != null) {
      ServerLocation where = launchServer;
      launchServer = null;
      server = where;
      open(scene, () -> openServer(where, ServerLogin.fromEnvironment(where)));
      return;
    }
    open(scene, () -> {
      CompletableFuture<Opened> started = preopen;
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

  /** The window's icons in every size there is. */
  private static List<javafx.scene.image.Image> icons() {
    List<javafx.scene.image.Image> icons = new java.util.ArrayList<>();
    for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
      var icon = PacelineApp.class.getResource("icons/paceline-" + size + ".png");
      if (icon != null) {
        icons.add(new javafx.scene.image.Image(icon.toExternalForm()));
      }
    }
    return icons;
  }

  /** Opens the workspace off the JavaFX thread as {@code how} says, then shows the board. */
  private void open(Scene scene, Callable<Opened> how) {
    Task<Opened> open = new Task<>() {
      @Override
      protected Opened call() throws Exception {
        return how.call();
      }
    };
    open.setOnSucceeded(e -> showBoard(scene, open.getValue()));
    open.setOnFailed(e -> failed(scene, open.getException()));
    executor.submit(open);
  }

  private void showBoard(Scene scene, Opened opened) {
    workspace = opened.workspace();
    if (slowOpening != null) {
      slowOpening.stop();
    }
    StartupProbe.mark("building the board");
    BackgroundWork work = executor::submit;
    // the plan's writes, and the reads that must see them, run in order on a lane of their own:
    // an edit is shown at once and stored behind the window's back
    closeWrites(takeWrites());
    writes = new org.paceline.edit.SerialWriteLane(Platform::runLater);
    org.paceline.edit.SerialWriteLane lane = writes;
    BoardViewModel model = new BoardViewModel(new PlanEditor(workspace.plans(), lane),
        lane::execute);
    Workspace ws = workspace;
    ViewSettingsFile settings = new ViewSettingsFile(ws.directory() != null ? ws.directory()
        : localFolder());
    BoardView board = new BoardView(model, work,
        plan -> ws.plans().insert(plan.withName(ws.plans().uniqueName(plan.name()))),
        (ws.server() != null ? "Team plan: " : "Workspace: ") + ws.describe(), settings,
        SystemTheme::prefersDark);
    if (ws.readOnly()) {
      model.setReadOnly("You can view this team plan but not change it: the login "
          + ws.server().user() + " is a viewer. Ask your administrator to make it a planner.");
    }
    if (ws.server() != null) {
      live = ws.onChanges(id -> Platform.runLater(() -> model.reloadFromOthers(id)));
    }
    MenuItem teamPlan = new MenuItem("Open team plan…");
    teamPlan.setId("openTeamPlan");
    teamPlan.setOnAction(e -> openTeamPlan(scene));
    board.addToFileMenu(teamPlan);
    StackPane root = new StackPane(board);
    HelpMenu help = HelpMenu.of(root, settings,
        () -> AboutInfo.current(BuildInfo.version(), BuildInfo.buildDate(),
            ws.directory() != null ? ws.directory() : Path.of(ws.describe())));
    MenuItem restore = new MenuItem("Restore from backup…");
    restore.setOnAction(e -> {
      if (ws.server() != null) {
        TeamPlanWindow.explainBackups(scene.getWindow(), Workspace.SERVER_BACKUPS);
      } else {
        chooseBackup(scene);
      }
    });
    board.addToFileMenu(restore);
    board.addToFileMenu(org.paceline.ui.imports.NewFromTemplate.menuItem(scene.getWindow(),
        work));
    MenuItem importTable = ImportWizard.menuItem(scene.getWindow(), work, new SavedMappings(
        ws.directory() != null ? ws.directory() : localFolder()), new WizardImportStore(ws, () -> model.plans().stream()
        .map(PlanSummary::name).toList()),
        message -> {
              model.refresh(-1);
              Alert done = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
              done.initOwner(scene.getWindow());
              done.setHeaderText("Import");
              done.show();
            });
    importTable.disableProperty().bind(model.workspaceReadOnlyProperty());
    board.addToFileMenu(importTable);
    org.paceline.ui.compare.PlanMenu.install(board, model, work);
    board.addMenu(help.menu());
    scene.setRoot(root);
    StartupProbe.mark("board built");
    StartupProbe.watch(scene, model.editor().planProperty());
    model.editor().planProperty().addListener(new javafx.beans.InvalidationListener() {
      @Override
      public void invalidated(javafx.beans.Observable o) {
        o.removeListener(this);
        StartupProbe.mark("plan on the board");
      }
    });
    board.applySavedTheme();
    model.show(opened.plans(), opened.planId(), opened.plan(), opened.kind());
    executor.submit(ws::backUpIfDue); // after the plan is loaded: not on the way to the board
    help.showWelcomeIfFirstRun();
  }

  /**
   * A workspace that cannot be opened. A damaged file (or one that is not Paceline's) is kept
   * as it is, and the user may restore the newest backup or start a fresh workspace; anything
   * else is explained and the window closes.
   */
  private void failed(Scene scene, Throwable t) {
    String message;
    if (t instanceof WorkspaceException) {
      message = t.getMessage();
    } else {
      // an internal error: its words (class names, SQL) go to the log file only
      LoggerFactory.getLogger(PacelineApp.class).error("Internal error opening the workspace", t);
      message = "An internal error stopped Paceline; this is a fault in Paceline, not in your "
          + "data. The details are in the log file " + LogLocation.file() + ".";
    }
    if (server != null && t instanceof WorkspaceException we
        && we.problem() == WorkspaceException.Problem.SERVER) {
      // A login the server refused (or none found): ask for it, saying what went wrong.
      ServerLocation where = server;
      Optional<ServerLogin> login = TeamPlanWindow.askLogin(scene.getWindow(), where,
          where.user() != null ? where.user() : ServerLogin.fromEnvironment(where).user(),
          ServerWorkspace.asksForPassword(we) ? null : message);
      if (login.isPresent()) {
        switchTo(scene, where.withUser(login.get().user()), login.get());
        return;
      }
      if (backToFolder) {
        reopenFolder(scene);
        return;
      }
    }
    boolean recoverable = t instanceof WorkspaceException we && we.offersRestore();
    if (!recoverable) {
      Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
      alert.initOwner(scene.getWindow());
      alert.setTitle("Paceline");
      alert.setHeaderText(backToFolder ? "The team plan could not be opened"
          : "Your plans could not be opened");
      alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
      alert.showAndWait();
      if (backToFolder) {
        reopenFolder(scene);
        return;
      }
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

  /** Back from a team plan that could not be opened to the workspace folder. */
  private void reopenFolder(Scene scene) {
    backToFolder = false;
    server = null;
    open(scene, () -> openWorkspace(workspaceDir));
  }

  /** File ▸ Restore from backup…: choose a backup, then the board reopens on it. */
  private void chooseBackup(Scene scene) {
    Backups all = new Backups(workspace.directory());
    Optional<Backups.Backup> chosen = RestoreDialog.choose(scene.getWindow(), all.list(),
        all.futureDated());
    if (chosen.isEmpty()) {
      return;
    }
    Workspace current = workspace;
    workspace = null;
    var pending = takeWrites();
    ProgressIndicator spinner = new ProgressIndicator();
    VBox restoring = new VBox(12, spinner, new Label("Restoring the backup…"));
    restoring.setAlignment(Pos.CENTER);
    scene.setRoot(restoring);
    open(scene, () -> {
      closeWrites(pending); // the edits asked for on the board are stored first
      // checked while the workspace is still open: a refused backup changes nothing
      try (Backups.Checked checked = new Backups(current.directory()).check(chosen.get())) {
        // (checked again by restore once the workspace is closed)
      } catch (WorkspaceException refused) {
        Platform.runLater(() -> {
          Alert alert = new Alert(Alert.AlertType.WARNING, refused.getMessage(), ButtonType.OK);
          alert.initOwner(scene.getWindow());
          alert.setTitle("Paceline");
          alert.setHeaderText("This backup cannot be restored");
          alert.getDialogPane().setId("backupRefused");
          alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
          alert.show();
        });
        return firstPlan(current);
      }
      current.close();
      Workspace.restore(current.directory(), chosen.get());
      return openWorkspace(current.directory());
    });
  }

  /** Where a window on a team plan keeps its view settings: the local workspace folder. */
  private static Path localFolder() {
    Path dir = WorkspaceLocation.resolve(null);
    try {
      java.nio.file.Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      // the settings are then not remembered
    }
    return dir;
  }

  @Override
  public void stop() {
    stopLive();
    closeWrites(takeWrites()); // every edit asked for is stored before the workspace closes
    executor.shutdownNow();
    if (workspace != null) {
      workspace.close();
    }
  }
}

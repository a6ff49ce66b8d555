package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.storage.PostgresServer;
import org.paceline.storage.ServerLocation;
import org.paceline.storage.ServerWorkspace;
import org.paceline.storage.Workspace;
import org.paceline.ui.Screenshots;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.impl.TimelineSkin;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window logs in to a team plan on a real PostgreSQL server as a user would: File ▸
 * Open team plan…, the address typed, the password typed into the login dialog. A refused
 * password and an unreachable server are said in plain words, the password shows nowhere (no
 * label, no log line, no file), and a viewer gets a read-only board.
 */
class TeamPlanLoginWindowTest extends FxRobot {

  static final String ANA = "tpl_ana";
  static final String ANA_PASSWORD = "Ana-Correct-7f3q";
  static final String CFO = "tpl_cfo";
  static final String CFO_PASSWORD = "Cfo-Correct-9k2w";
  static final String WRONG_PASSWORD = "Wrong-Guess-4x8z";
  static final String TEAM_PLAN = "Northwind team plan";
  /** Words a plain message never has: the driver's and the database's jargon. */
  static final List<String> JARGON = List.of("SQL", "sqlstate", "28P01", "08001", "FATAL",
      "Exception", "org.", "PSQL", "jdbc", "\tat ", "scram", "SCRAM");

  static PostgresServer server;
  static ServerLocation where;
  static Plan teamPlan;

  @TempDir Path dir;
  Stage stage;
  Application app;
  ListAppender<ILoggingEvent> logged;
  final List<Runnable> restoreLogging = new ArrayList<>();
  /** Set when the window may have ended JavaFX (Platform.exit): no clean-up can run then. */
  boolean javaFxMayHaveEnded;
  /** How long the log file (kept from run to run) was when the test began. */
  long logFileBefore;

  @BeforeAll
  static void teamPlanOnTheServer() {
    server = PostgresServer.get();
    where = server.newDatabase();
    ServerWorkspace.setUp(where, PostgresServer.admin(where));
    server.login(ANA, ANA_PASSWORD, ServerWorkspace.PLANNER);
    server.login(CFO, CFO_PASSWORD, ServerWorkspace.VIEWER);
    try (Workspace ana = ServerWorkspace.open(where, PostgresServer.as(where, ANA, ANA_PASSWORD),
        ServerWorkspace.CLI_CONNECTIONS)) {
      long id = ana.plans().insert(SamplePlan.load().withName(TEAM_PLAN));
      teamPlan = ana.plans().load(id);
    }
  }

  @AfterEach
  void stop() throws Exception {
    try {
      if (javaFxMayHaveEnded) {
        return; // closing its windows would end JavaFX for the tests after this one
      }
      if (app != null) {
        FxToolkit.cleanupApplication(app);
      }
      FxToolkit.cleanupStages();
    } finally {
      restoreLogging.forEach(Runnable::run);
    }
  }

  /** The window on a local workspace folder (with the sample plan), as a user starts it. */
  void start() throws Exception {
    logFileBefore = Files.exists(LogLocation.file()) ? Files.size(LogLocation.file()) : 0;
    captureEveryLogLine();
    stage = FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(() -> new PacelineApp(dir.resolve("ws")));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline() != null
        && timeline().getPlan() != null);
    WaitForAsyncUtils.waitForFxEvents();
    lookup("#welcomeStart").tryQuery().ifPresent(b -> interact(() ->
        ((javafx.scene.control.Button) b).fire()));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Every log line at DEBUG and above, of every logger, while the test runs: a password that
   * reached any of them would be seen, not only one that reached the log file's WARN level.
   */
  void captureEveryLogLine() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger paceline = (Logger) LoggerFactory.getLogger("org.paceline");
    Level rootLevel = root.getLevel();
    Level pacelineLevel = paceline.getLevel();
    logged = new ListAppender<>();
    logged.start();
    root.addAppender(logged);
    root.setLevel(Level.DEBUG);
    paceline.setLevel(Level.DEBUG);
    restoreLogging.add(() -> {
      root.detachAppender(logged);
      root.setLevel(rootLevel);
      paceline.setLevel(pacelineLevel);
    });
  }

  PlanTimeline timeline() {
    try {
      return WaitForAsyncUtils.asyncFx(() -> stage.getScene() == null ? null
          : (PlanTimeline) stage.getScene().getRoot().lookup("#timeline")).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Workspace shownWorkspace() {
    try {
      var f = PacelineApp.class.getDeclaredField("workspace");
      f.setAccessible(true);
      return (Workspace) f.get(app);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** File ▸ Open team plan…, through the menu, and the address typed into its dialog. */
  void openTeamPlan(String address) throws Exception {
    clickOn("File").clickOn("Open team plan…");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> lookup("#teamPlanAddress").tryQuery().isPresent());
    DialogPane pane = lookup("#teamPlanAddress").queryAs(DialogPane.class);
    TextField field = lookup("#teamPlanAddress .text-field").queryAs(TextField.class);
    assertEquals("postgresql://", field.getText(), "the dialog suggests the scheme");
    clickOn(field).push(KeyCode.END).write(address.substring("postgresql://".length()));
    assertEquals(address, field.getText());
    clickOn(pane.lookupButton(ButtonType.OK));
  }

  /** The login dialog, once the problem it shows (null: none) is one {@code problem} accepts. */
  DialogPane loginDialog(java.util.function.Predicate<String> problem) throws Exception {
    try {
      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#teamPlanLogin").tryQuery()
          .map(n -> problem.test(problem((DialogPane) n))).orElse(false));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("no login dialog with the expected problem; on screen: "
          + textsOnScreen(), e);
    }
    WaitForAsyncUtils.waitForFxEvents();
    return lookup("#teamPlanLogin").queryAs(DialogPane.class);
  }

  /** What the login dialog says went wrong, or null. */
  static String problem(DialogPane login) {
    Node why = login.lookup("#loginProblem");
    return why instanceof Label l && l.isVisible() ? l.getText() : null;
  }

  /** Types {@code password} into the login dialog and presses Log in. */
  void logIn(DialogPane login, String password) {
    PasswordField field = (PasswordField) login.lookup("#loginPassword");
    clickOn(field).write(password);
    clickOn(login.lookupButton(login.getButtonTypes().stream()
        .filter(b -> b.getText().equals("Log in")).findFirst().orElseThrow()));
  }

  /** Every text any window draws: labels, headers, the status bar, the dialog's content. */
  List<String> textsOnScreen() throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> {
      List<String> texts = new ArrayList<>();
      for (Window w : Window.getWindows()) {
        if (w.getScene() != null) {
          collectTexts(w.getScene().getRoot(), texts);
        }
      }
      return texts;
    }).get();
  }

  static void collectTexts(Node node, List<String> texts) {
    if (node instanceof Text t && t.getText() != null) {
      texts.add(t.getText());
    }
    if (node instanceof javafx.scene.control.Labeled l && l.getText() != null) {
      texts.add(l.getText());
    }
    if (node instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(c -> collectTexts(c, texts));
    }
  }

  void assertPlain(String message) {
    assertNotNull(message);
    for (String word : JARGON) {
      assertFalse(message.contains(word), "no '" + word + "' in: " + message);
    }
  }

  /** The password is in no text on screen, no log line, no log file and no workspace file. */
  void assertNowhere(String password) throws Exception {
    for (String text : textsOnScreen()) {
      assertFalse(text.contains(password), "the password is shown in: " + text);
    }
    for (ILoggingEvent e : logged.list) {
      String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
          : ThrowableProxyUtil.asString(e.getThrowableProxy()));
      assertFalse(line.contains(password), "the password is logged: " + line);
    }
    List<Path> places = new ArrayList<>(List.of(dir, LogLocation.file().getParent()));
    places.add(WorkspaceLocation.resolve(null)); // where a window on a server keeps its lists
    for (Path place : places) {
      for (Path file : files(place)) {
        byte[] bytes = Files.readAllBytes(file);
        if (file.equals(LogLocation.file())) { // what this test logged, not earlier runs
          bytes = java.util.Arrays.copyOfRange(bytes, (int) Math.min(logFileBefore,
              bytes.length), bytes.length);
        }
        assertFalse(contains(bytes, password.getBytes(StandardCharsets.UTF_8))
            || contains(bytes, password.getBytes(StandardCharsets.UTF_16LE))
            || contains(bytes, password.getBytes(StandardCharsets.UTF_16BE)),
            "the password is stored in " + file);
      }
    }
  }

  static List<Path> files(Path place) throws IOException {
    if (!Files.isDirectory(place)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(place)) {
      return all.filter(Files::isRegularFile).toList();
    }
  }

  static boolean contains(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  String address(String user, int port) {
    return "postgresql://" + user + "@127.0.0.1:" + port + "/" + where.database();
  }

  void snapshot(DialogPane pane, String name) throws Exception {
    Path file = Path.of(System.getProperty("java.io.tmpdir"), name + ".png");
    var image = WaitForAsyncUtils.asyncFx(() -> pane.getScene().snapshot(null)).get();
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
  }

  List<MenuItem> editMenu() {
    MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
    return bar.getMenus().stream().filter(m -> m.getText().equals("Edit")).findFirst()
        .orElseThrow().getItems().stream()
        .filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem)).toList();
  }

  String statusText() {
    return lookup("#statusText").queryAs(Label.class).getText();
  }

  /** The board shows the team plan: its name, its bars, and where it comes from. */
  void assertBoardOnTheTeamPlan(String user) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> timeline() != null
        && timeline().getPlan() != null && timeline().getPlan().name().equals(TEAM_PLAN));
    WaitForAsyncUtils.waitForFxEvents();
    lookup("#welcomeStart").tryQuery().ifPresent(b -> interact(() ->
        ((javafx.scene.control.Button) b).fire()));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(lookup("#teamPlanLogin").tryQuery().isEmpty(), "the login dialog is closed");
    assertEquals(TEAM_PLAN + " — Paceline", stage.getTitle());
    assertTrue(statusText().startsWith("Team plan: " + address(user, server.port())),
        statusText());
    TimelineSkin skin = (TimelineSkin) timeline().getSkin();
    for (Program p : teamPlan.programs()) {
      if (p.isActive()) {
        assertNotNull(skin.barCenter(p.id()), p.id() + " has a bar on the board");
      }
    }
    assertEquals(user, shownWorkspace().server().user());
  }

  @Test
  void aWrongPasswordIsRefusedPlainlyAndTheRightOneOpensTheTeamPlan() throws Exception {
    start();
    String address = address(ANA, server.port());
    openTeamPlan(address);

    // no password is known yet: the window asks for one, with the user from the address, and
    // nothing went wrong so far
    DialogPane login = loginDialog(p -> p == null);
    assertEquals("Log in to the team plan", login.getHeaderText());
    assertEquals(ANA, ((TextField) login.lookup("#loginUser")).getText());
    assertEquals(login.lookup("#loginPassword"), login.getScene().getFocusOwner());
    assertTrue(textsOnScreen().stream().anyMatch(t -> t.equals("postgresql://127.0.0.1:"
        + server.port() + "/" + where.database())), "says which team plan");
    logIn(login, WRONG_PASSWORD);

    // refused: said plainly, in a login dialog ready for the retry
    DialogPane again = loginDialog(p -> p != null);
    snapshot(again, "team-plan-login-refused");
    String problem = problem(again);
    assertEquals("The server 127.0.0.1 refused the login " + ANA + ": the password is wrong.",
        problem);
    assertPlain(problem);
    textsOnScreen().forEach(this::assertPlain);
    assertEquals(ANA, ((TextField) again.lookup("#loginUser")).getText(), "the user is kept");
    PasswordField password = (PasswordField) again.lookup("#loginPassword");
    assertEquals("", password.getText(), "the refused password is not kept");
    assertFalse(password.isDisabled());
    assertEquals(password, again.getScene().getFocusOwner(),
        "the password field waits for the retry");
    assertFalse(again.lookupButton(again.getButtonTypes().get(0)).isDisabled());
    assertNowhere(WRONG_PASSWORD);

    // the right password: the board on the team plan
    logIn(again, ANA_PASSWORD);
    assertBoardOnTheTeamPlan(ANA);
    assertTrue(timeline().isEditable(), "a planner may change the plan");
    assertFalse(lookup("#readOnlyBadge").queryAs(Label.class).isVisible());
    assertFalse(lookup("#addProgramButton").query().isDisabled());
    Screenshots.save(stage.getScene(), "board-team-plan-planner");
    assertNowhere(ANA_PASSWORD);
    assertNowhere(WRONG_PASSWORD);
  }

  @Test
  void aViewerLoginOpensTheBoardReadOnly() throws Exception {
    start();
    openTeamPlan(address(CFO, server.port()));
    logIn(loginDialog(p -> p == null), CFO_PASSWORD);
    assertBoardOnTheTeamPlan(CFO);

    Label badge = lookup("#readOnlyBadge").queryAs(Label.class);
    assertTrue(badge.isVisible(), "the read-only badge is shown");
    assertEquals("Read only", badge.getText());
    assertTrue(lookup("#baselineBadge").queryAs(Label.class).getText()
        .contains("the login " + CFO + " is a viewer"));
    assertFalse(timeline().isEditable(), "no drag, resize or nudge");
    assertTrue(lookup("#addProgramButton").query().isDisabled());
    assertTrue(editMenu().stream().allMatch(MenuItem::isDisable), "the Edit menu is disabled");
    assertTrue(shownWorkspace().readOnly());
    assertNowhere(CFO_PASSWORD);
  }

  @Test
  void anUnreachableServerIsSaidPlainly() throws Exception {
    start();
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    openTeamPlan(address(ANA, closed));
    DialogPane login = loginDialog(p -> p != null);
    snapshot(login, "team-plan-unreachable");
    String problem = problem(login);
    assertEquals("Cannot reach the server 127.0.0.1 on port " + closed + ". Check the name and"
        + " your network, or ask your administrator whether it runs.", problem);
    assertPlain(problem);
    textsOnScreen().forEach(this::assertPlain);

    // giving up goes back to the user's own plans, not out of Paceline
    clickOn(login.lookupButton(ButtonType.CANCEL));
    try {
      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> timeline() != null
          && timeline().getPlan() != null);
    } catch (java.util.concurrent.TimeoutException e) {
      javaFxMayHaveEnded = true; // a window that gives up quits once its message is closed
      throw new AssertionError("cancelling the login did not go back to the folder's board;"
          + " on screen: " + textsOnScreen(), e);
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(SamplePlan.load().name(), timeline().getPlan().name());
    assertTrue(statusText().startsWith("Workspace: " + dir.resolve("ws")), statusText());
    assertEquals(null, shownWorkspace().server());
    assertTrue(lookup("#teamPlanLogin").tryQuery().isEmpty());
  }
}

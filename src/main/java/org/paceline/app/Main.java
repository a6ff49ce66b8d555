package org.paceline.app;

import java.nio.file.Path;
import org.paceline.storage.ServerLocation;

/**
 * The entry point of both the window and the command line. It does not extend {@code
 * Application}, so the class-path launcher starts JavaFX correctly.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // jOOQ's banner and tips do not belong on a user's terminal.
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    // Paceline stores no Java in its databases: H2 may load no class named by one (triggers,
    // functions, table engines, linked-table drivers). Java *source* is not covered by this;
    // BackupInspector keeps it out of restored backups.
    if (System.getProperty("h2.allowedClasses") == null) {
      System.setProperty("h2.allowedClasses", "org.paceline.NoClassFromADatabase");
    }
    StartupProbe.mark("main");
    String server = windowServer(args);
    if (server == null && args.length == 0
        && ServerLocation.isServer(System.getenv(WorkspaceLocation.ENV))) {
      server = System.getenv(WorkspaceLocation.ENV);
    }
    if (server != null) {
      try {
        PacelineApp.launchWindow(WorkspaceTarget.of(server));
      } catch (IllegalArgumentException e) {
        System.err.println("paceline: " + e.getMessage());
        System.exit(Cli.BAD_INPUT);
      }
      return;
    }
    Path db = windowWorkspace(args);
    if (args.length == 0 || db != null) {
      PacelineApp.launchWindow(WorkspaceLocation.resolve(db));
      return;
    }
    System.exit(Cli.run(args));
  }

  /** The {@code --db postgresql://…} of a window launch, recognised before any path, else null. */
  static String windowServer(String[] args) {
    String value = args.length == 2 && args[0].equals("--db") ? args[1]
        : args.length == 1 && args[0].startsWith("--db=") ? args[0].substring(5) : null;
    return ServerLocation.isServer(value) ? value : null;
  }

  /** The {@code --db DIR} of a window launch ({@code paceline --db DIR}), else null. */
  static Path windowWorkspace(String[] args) {
    if (args.length == 2 && args[0].equals("--db")) {
      return Path.of(args[1]);
    }
    if (args.length == 1 && args[0].startsWith("--db=")) {
      return Path.of(args[0].substring("--db=".length()));
    }
    return null;
  }
}

package org.paceline.storage;

import java.io.File;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where a workspace's H2 database lives, and the only place a JDBC URL is made from a path.
 *
 * <p>H2 reads everything after the first {@code ;} of a URL as settings (one of them,
 * {@code INIT}, runs SQL), and on Linux and macOS it reads a {@code \} in a file name as a folder
 * separator. No escaping exists for either, so a folder whose path holds one of them is refused
 * before anything is created or opened. Every other character (spaces, quotes, {@code &}, {@code
 * =}, {@code #}, letters of any script) is only ever a file name to H2: the path always starts
 * the URL's name part with {@code file:} and is absolute, so neither a {@code ~}, a relative path
 * nor a file-system prefix ({@code zip:}, {@code split:}…) can be read from it. The settings that
 * follow it are constants of this class.
 */
final class H2Location {

  /** Paceline's settings: an edit confirmed on screen is on disk, not in a buffer. */
  private static final String WRITE_SETTINGS = ";WRITE_DELAY=0";

  private final Path directory;

  private H2Location(Path directory) {
    this.directory = directory;
  }

  /**
   * The database location of the workspace folder {@code directory}.
   *
   * @throws WorkspaceException (problem {@link WorkspaceException.Problem#UNUSABLE_PATH}) when the
   *     folder's path holds a character H2 cannot take as part of a file name
   */
  static H2Location of(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    String text = dir.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';' || c == '\\' && File.separatorChar == '/') {
        throw new WorkspaceException(dir, WorkspaceException.Problem.UNUSABLE_PATH,
            "The folder " + dir + " cannot hold a Paceline workspace: its path contains \""
                + c + "\", which the database cannot take in a file name. Nothing was created "
                + "or opened; choose or rename a folder without \"" + c + "\".", null);
      }
    }
    return new H2Location(dir);
  }

  /** The workspace folder, absolute. */
  Path directory() {
    return directory;
  }

  /** The database file. */
  Path file() {
    return directory.resolve(Workspace.DATABASE_NAME + ".mv.db");
  }

  /** The URL for normal use, opening or creating the database. */
  String url() {
    return base() + WRITE_SETTINGS;
  }

  /** The URL for an existing database: never creates one where the file has gone. */
  String existingUrl() {
    return base() + WRITE_SETTINGS + ";IFEXISTS=TRUE";
  }

  /**
   * The URL for a command that only reads an up-to-date workspace: H2 writes nothing to the file
   * (it otherwise rewrites it on every close), so reading or refusing leaves it byte for byte.
   */
  String readOnlyUrl() {
    return base() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
  }

  /** The URL without any setting; settings go in {@link #readOnly()}'s properties. */
  String base() {
    return "jdbc:h2:file:" + directory.resolve(Workspace.DATABASE_NAME);
  }

  /**
   * Connection properties that open an existing database only and never write to it, so a file
   * that is refused is left exactly as it was.
   */
  static Properties readOnly() {
    Properties p = credentials();
    p.setProperty("ACCESS_MODE_DATA", "r");
    p.setProperty("IFEXISTS", "TRUE");
    p.setProperty("TRACE_LEVEL_FILE", "0"); // no paceline.trace.db beside a refused file
    return p;
  }

  /** Paceline's user: a workspace is protected by the folder's permissions, not a password. */
  static Properties credentials() {
    Properties p = new Properties();
    p.setProperty("user", "paceline");
    p.setProperty("password", "");
    return p;
  }
}

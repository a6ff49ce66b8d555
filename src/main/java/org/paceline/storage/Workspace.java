package org.paceline.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.h2.api.ErrorCode;
import org.paceline.model.PlanSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;

/**
 * A workspace: a folder holding one embedded H2 database file with any number of plans. Opening
 * it applies the schema migrations. Every change made through it is its own committed
 * transaction; there is no save step to forget.
 */
public final class Workspace implements AutoCloseable {

  /**
   * The schema version this build writes: the number of the newest migration in
   * {@code db/migration} (a test keeps the two equal).
   */
  public static final int SCHEMA_VERSION = 6;

  /** The database file's base name; H2 adds {@code .mv.db}. */
  public static final String DATABASE_NAME = "paceline";

  private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

  private final Path directory;
  private final JdbcConnectionPool pool;
  private final DSLContext dsl;
  private final PlanRepository plans;
  /** The team plan's server, or null for a folder. */
  private final ServerLocation server;
  private final ServerPool serverPool;
  private final boolean readOnly;

  private Workspace(Path directory, JdbcConnectionPool pool) {
    this(directory, pool, null, null, false);
  }

  /** A team plan on a server: see {@link ServerWorkspace#open}. */
  Workspace(ServerLocation server, ServerPool serverPool, boolean readOnly) {
    this(null, null, server, serverPool, readOnly);
  }

  private Workspace(Path directory, JdbcConnectionPool pool, ServerLocation server,
      ServerPool serverPool, boolean readOnly) {
    this.directory = directory;
    this.pool = pool;
    this.server = server;
    this.serverPool = serverPool;
    this.readOnly = readOnly;
    // One DSLContext for the whole application, configured once; the connection decides the dialect.
    this.dsl = ServerWorkspace.context(server == null ? pool : serverPool, server);
    this.plans = new PlanRepository(dsl, server == null ? null : server.user());
  }

  /**
   * Opens the workspace in {@code directory}, creating the folder and an empty database if there
   * are none yet, and brings its schema up to date.
   *
   * @throws WorkspaceException when the folder or database cannot be used, saying why
   */
  public static Workspace open(Path directory) {
    return open(directory, SCHEMA_VERSION, true, "classpath:db/migration");
  }

  /**
   * Opens the workspace in {@code directory} for a command that only reads: a folder without a
   * workspace is refused, and nothing is created and no permission changed.
   *
   * @throws WorkspaceException with {@link WorkspaceException.Problem#NO_WORKSPACE} when there is
   *     no workspace there
   */
  public static Workspace openExisting(Path directory) {
    return open(directory, SCHEMA_VERSION, false, "classpath:db/migration");
  }

  /**
   * The workspace folder {@code directory}, absolute, once it is known to be a path the database
   * can hold; a folder it cannot is refused before anything is created, opened or listed.
   *
   * @throws WorkspaceException with {@link WorkspaceException.Problem#UNUSABLE_PATH}
   */
  public static Path location(Path directory) {
    return H2Location.of(directory).directory();
  }

  /** {@link #open(Path)} with another set of migrations (tests of a future upgrade). */
  static Workspace open(Path directory, int schemaVersion, String... migrations) {
    return open(directory, schemaVersion, true, migrations);
  }

  private static Workspace open(Path directory, int schemaVersion, boolean create,
      String... migrations) {
    H2Location at = H2Location.of(directory);
    Path dir = at.directory();
    Path file = at.file();
    if (!create && !Files.isRegularFile(file)) {
      throw WorkspaceException.noWorkspace(dir);
    }
    boolean newFolder = !Files.exists(dir);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new WorkspaceException(dir, "Cannot create the workspace folder " + dir + ": "
          + e.getMessage(), e);
    }
    if (newFolder) {
      ownerOnly(dir); // only a folder Paceline made itself
    }
    if (!Files.isWritable(dir)) {
      throw new WorkspaceException(dir, "The workspace folder " + dir + " is not writable.", null);
    }
    boolean newFile = !Files.exists(file);
    int version = 0;
    if (!newFile) {
      WorkspaceFileCheck.beforeOpening(dir, file);
      // Asked read-only, so a workspace that is refused is not written to.
      try (Connection c = DriverManager.getConnection(at.base(), H2Location.readOnly())) {
        version = schemaVersion(c);
        if (version == 0 && hasTables(c)) {
          throw new WorkspaceException(dir, WorkspaceException.Problem.NOT_PACELINE, "The file "
              + file + " is a database, but not a Paceline workspace. It is left as it is; "
              + "choose another folder or start a fresh workspace.", null);
        }
      } catch (SQLException e) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_IS_READ_ONLY || code == ErrorCode.IO_EXCEPTION_1
            || code == ErrorCode.IO_EXCEPTION_2) {
          // a healthy file reads without writing; this one would need repairs, or ends early
          LOG.warn("Workspace {} is damaged", file, e);
          throw WorkspaceFileCheck.damaged(dir, file, e);
        }
        throw failure(dir, e);
      }
    }
    if (version > schemaVersion) {
      throw new WorkspaceException(dir, WorkspaceException.Problem.NEWER, "The workspace " + file + " was written by a newer "
          + "Paceline (schema version " + version + "; this Paceline knows up to "
          + schemaVersion + "). Update Paceline to open it.", null);
    }
    // A command that only reads an up-to-date workspace opens it read-only: nothing to write.
    String url = newFile ? at.url() : !create && version == schemaVersion ? at.readOnlyUrl()
        : at.existingUrl();
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "paceline", "");
    try {
      pool.getConnection().close();
      if (newFile) {
        ownerOnly(file);
      }
      if (version < schemaVersion) {
        if (version > 0) {
          // An older workspace is copied before its schema changes.
          new Backups(dir).create(pool, "before migration", planNames(pool));
        }
        // Only a new or older workspace pays for Flyway (about a second at start-up).
        Flyway.configure()
            .dataSource(pool)
            .locations(migrations)
            .loggers("slf4j")
            .load()
            .migrate();
      }
    } catch (SQLException | FlywayException | IOException e) {
      pool.dispose();
      throw failure(dir, e);
    }
    return new Workspace(dir, pool);
  }

  /**
   * The day's backup: copies the workspace into {@code backups/} unless that was done within the
   * last day (or it holds no plans). Called after opening, off the start-up path (about 0.35 s
   * for 10,000 programs). A backup that cannot be made is logged, never a reason to stop.
   */
  public void backUpIfDue() {
    if (server != null) {
      return; // a server is backed up by its administrator
    }
    try {
      Backups backups = new Backups(directory);
      List<String> names = plans.list().stream().map(PlanSummary::name).toList();
      if (!names.isEmpty() && !backups.madeWithinADay()) {
        backups.create(pool, "daily", names);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not back up the workspace {}: {}", directory, e.getMessage());
    }
  }

  /**
   * Puts a backup in place of the workspace in {@code directory}, which must not be open. The
   * backup is checked first ({@link Backups#check}: checksum, Paceline's own tables only, no
   * code) and refused while the workspace is still untouched. Then a healthy workspace is backed
   * up ("before restore"); a damaged one is kept beside it.
   *
   * @return the file that was replaced, kept, or null when there was none
   * @throws WorkspaceException when the backup is refused, or the workspace is open in another
   *     window or command
   */
  public static Path restore(Path directory, Backups.Backup backup) throws IOException {
    H2Location at = H2Location.of(directory);
    Backups backups = new Backups(at.directory());
    try (Backups.Checked checked = backups.check(backup)) {
      if (Files.exists(at.file())) {
        try (Workspace current = open(at.directory())) {
          current.backUp("before restore");
        } catch (WorkspaceException e) {
          if (e.problem() == WorkspaceException.Problem.IN_USE) {
            throw e;
          }
          // damaged, not Paceline's or newer: install keeps the file aside untouched
        }
      }
      return backups.install(checked);
    }
  }

  /**
   * Moves a damaged workspace file aside (kept, never overwritten) so that the folder opens as a
   * fresh workspace.
   *
   * @return where the damaged file now is
   */
  public static Path setAside(Path directory) throws IOException {
    return Backups.keepAside(H2Location.of(directory).file(), "damaged");
  }

  /** A backup now, e.g. before a restore replaces this workspace. */
  public Path backUp(String reason) throws IOException {
    if (server != null) {
      throw new WorkspaceException(null, SERVER_BACKUPS, null);
    }
    return new Backups(directory).create(pool,
        reason, plans.list().stream().map(PlanSummary::name).toList());
  }

  /**
   * The newest schema version applied successfully to this database, 0 for a new one; -1 when a
   * migration failed part-way (Flyway then reports it).
   */
  static int schemaVersion(Connection c) throws SQLException {
    try (var tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
      if (!tables.next()) {
        return 0;
      }
    }
    try (var st = c.createStatement();
         var rs = st.executeQuery("SELECT \"version\", \"success\" FROM "
             + "\"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
      int newest = 0;
      while (rs.next()) {
        if (!rs.getBoolean(2)) {
          return -1;
        }
        newest = Math.max(newest, Integer.parseInt(rs.getString(1).split("\\.")[0]));
      }
      return newest;
    }
  }

  /**
   * Makes a folder or file Paceline created readable by its owner only, where the file system
   * knows Unix permissions (plans hold budgets and revenue targets). Never called on a folder the
   * user made: Paceline does not change permissions it did not set.
   */
  static void ownerOnly(Path path) {
    try {
      if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
            Files.isDirectory(path) ? "rwx------" : "rw-------"));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // a file system without owners (a FAT stick): nothing to restrict
    }
  }

  /** The plans' names read with plain SQL, which works on any version of the schema. */
  private static List<String> planNames(JdbcConnectionPool pool) {
    try (Connection c = pool.getConnection(); var st = c.createStatement();
         var rs = st.executeQuery("SELECT name FROM plan ORDER BY name")) {
      List<String> names = new java.util.ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      return names;
    } catch (SQLException e) {
      return List.of();
    }
  }

  private static boolean hasTables(Connection c) throws SQLException {
    try (var tables = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      return tables.next();
    }
  }

  /** What went wrong opening the workspace, in words, with what the user can do about it. */
  static WorkspaceException failure(Path dir, Exception e) {
    Path file = dir.resolve(DATABASE_NAME + ".mv.db");
    String m = String.valueOf(e.getMessage());
    int code = e instanceof SQLException s ? s.getErrorCode() : 0;
    if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || m.contains("already in use")
        || m.contains("locked")) {
      return new WorkspaceException(dir, WorkspaceException.Problem.IN_USE, "The workspace "
          + file + " is open in another Paceline window or command. Close it there first.", e);
    }
    if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
        || m.contains("corrupt") || m.contains("Unsupported database file")) {
      // H2's own words ("use the recovery tool") are for the log, not the user.
      LOG.warn("Workspace {} is damaged: {}", file, m);
      return WorkspaceFileCheck.damaged(dir, file, e);
    }
    if (code == ErrorCode.WRONG_USER_OR_PASSWORD
        || e instanceof FlywayException && m.contains("non-empty schema")) {
      return new WorkspaceException(dir, WorkspaceException.Problem.NOT_PACELINE, "The file "
          + file + " is a database, but not a Paceline workspace. It is left as it is; choose "
          + "another folder or start a fresh workspace.", e);
    }
    // The engine's words name its internals: they go to the log, the user gets the file's name.
    LOG.warn("Cannot open the workspace {}", file, e);
    return new WorkspaceException(dir, "Cannot open the workspace file " + file
        + ". It is left as it is.", e);
  }

  /**
   * Calls {@code onChange} with a plan's id, on a thread of its own, when another user changed
   * it (a team plan on a server; within about a second of their commit). In a workspace folder
   * nobody else writes, and nothing is called. Close the result to stop listening.
   */
  public AutoCloseable onChanges(java.util.function.LongConsumer onChange) {
    if (server == null) {
      return () -> { };
    }
    return new ServerChanges(serverPool, plans, onChange);
  }

  /** What the automatic backups are on a server. */
  public static final String SERVER_BACKUPS = "Backups are made of a workspace folder. A team"
      + " plan on a server is backed up by the server's administrator; `paceline export` gives"
      + " anyone a copy of a plan.";

  /** The workspace folder; null for a team plan on a server. */
  public Path directory() {
    return directory;
  }

  /** The team plan's server, or null for a workspace folder. */
  public ServerLocation server() {
    return server;
  }

  /** Whether this login may only read (a viewer on a server). */
  public boolean readOnly() {
    return readOnly;
  }

  /** The folder or the server address, for messages. */
  public String describe() {
    return server != null ? server.toString() : String.valueOf(directory);
  }

  /** The plans stored here. */
  public PlanRepository plans() {
    return plans;
  }

  /** The shared jOOQ context, for other repositories of this package. */
  DSLContext dsl() {
    return dsl;
  }

  @Override
  public void close() {
    if (serverPool != null) {
      serverPool.close();
    } else {
      pool.dispose();
    }
  }
}

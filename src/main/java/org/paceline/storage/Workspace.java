package org.paceline.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

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
  public static final int SCHEMA_VERSION = 1;

  /** The database file's base name; H2 adds {@code .mv.db}. */
  public static final String DATABASE_NAME = "paceline";

  private final Path directory;
  private final JdbcConnectionPool pool;
  private final DSLContext dsl;
  private final PlanRepository plans;

  private Workspace(Path directory, JdbcConnectionPool pool) {
    this.directory = directory;
    this.pool = pool;
    // One DSLContext for the whole application, configured once.
    this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    this.plans = new PlanRepository(dsl);
  }

  /**
   * Opens the workspace in {@code directory}, creating the folder and an empty database if there
   * are none yet, and brings its schema up to date.
   *
   * @throws WorkspaceException when the folder or database cannot be used, saying why
   */
  public static Workspace open(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new WorkspaceException(dir, "Cannot create the workspace folder " + dir + ": "
          + e.getMessage(), e);
    }
    if (!Files.isWritable(dir)) {
      throw new WorkspaceException(dir, "The workspace folder " + dir + " is not writable.", null);
    }
    // WRITE_DELAY=0: an edit confirmed on screen is on disk, not in a half-second buffer.
    String url = "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";WRITE_DELAY=0";
    Path file = dir.resolve(DATABASE_NAME + ".mv.db");
    int version = 0;
    if (Files.exists(file)) {
      // Asked read-only, so a workspace that is refused is not written to.
      try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(DATABASE_NAME)
          + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", "paceline", "")) {
        version = schemaVersion(c);
      } catch (SQLException e) {
        throw new WorkspaceException(dir, describe(dir, e), e);
      }
    }
    if (version > SCHEMA_VERSION) {
      throw new WorkspaceException(dir, "The workspace " + file + " was written by a newer "
          + "Paceline (schema version " + version + "; this Paceline knows up to "
          + SCHEMA_VERSION + "). Update Paceline to open it.", null);
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "paceline", "");
    try {
      pool.getConnection().close();
      ownerOnly(dir, file);
      if (version < SCHEMA_VERSION) {
        // Only a new or older workspace pays for Flyway (about a second at start-up).
        Flyway.configure()
            .dataSource(pool)
            .locations("classpath:db/migration")
            .loggers("slf4j")
            .load()
            .migrate();
      }
    } catch (SQLException | FlywayException e) {
      pool.dispose();
      throw new WorkspaceException(dir, describe(dir, e), e);
    }
    return new Workspace(dir, pool);
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
   * Makes the workspace folder and database readable by their owner only, where the file system
   * knows Unix permissions (plans hold budgets and revenue targets).
   */
  static void ownerOnly(Path dir, Path file) {
    try {
      if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        if (Files.exists(file)) {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
      }
    } catch (IOException | UnsupportedOperationException e) {
      // a file system without owners (a FAT stick): nothing to restrict
    }
  }

  private static String describe(Path dir, Exception e) {
    Path file = dir.resolve(DATABASE_NAME + ".mv.db");
    String m = String.valueOf(e.getMessage());
    if (m.contains("already in use") || m.contains("locked")) {
      return "The workspace " + file + " is open in another Paceline window or command.";
    }
    if (e instanceof FlywayException && m.contains("newer")) {
      return "The workspace " + file + " was written by a newer Paceline: " + m;
    }
    return "Cannot open the workspace " + file + ": " + m.lines().findFirst().orElse(m);
  }

  /** The workspace folder. */
  public Path directory() {
    return directory;
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
    pool.dispose();
  }
}

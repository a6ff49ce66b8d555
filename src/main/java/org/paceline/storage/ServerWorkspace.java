package org.paceline.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team plan on a PostgreSQL server: the same {@link Workspace} and repositories as a folder,
 * over the server's connections. Opening never changes the schema (an ordinary user runs no
 * DDL); {@link #setUp} is the administrator's once-per-update step.
 */
public final class ServerWorkspace {

  /** The schema that holds the plan tables on the server. */
  public static final String SCHEMA = "paceline";

  /** Group role that reads and writes plans. */
  public static final String PLANNER = "paceline_planner";

  /** Group role that only reads plans. */
  public static final String VIEWER = "paceline_viewer";

  /** Connections a command-line run keeps at most. */
  public static final int CLI_CONNECTIONS = 2;

  /** Connections a window keeps at most (dozens of users fit a default server of 100). */
  public static final int WINDOW_CONNECTIONS = 3;

  private static final Logger LOG = LoggerFactory.getLogger(ServerWorkspace.class);

  private ServerWorkspace() {}

  /**
   * Opens the team plan at {@code location} as {@code login}, keeping at most
   * {@code maxConnections} connections.
   *
   * @throws WorkspaceException with a plain message when the server cannot be reached, the
   *     login is refused, or the schema is missing or older than this Paceline
   */
  public static Workspace open(ServerLocation location, ServerLogin login, int maxConnections) {
    ServerLocation where = location.withUser(login.user());
    ServerPool pool = new ServerPool(dataSource(where, login), maxConnections, 30);
    try (Connection c = pool.getConnection()) {
      int version = schemaVersion(c);
      if (version == 0) {
        throw new WorkspaceException(null, WorkspaceException.Problem.NOT_SET_UP,
            "The database " + where.database() + " on " + where.host() + " holds no team plan"
            + " yet. Ask your administrator to run `paceline server-setup --db "
            + location.withUser(null) + "`.", null);
      }
      if (version > Workspace.SCHEMA_VERSION) {
        throw new WorkspaceException(null, WorkspaceException.Problem.NEWER, "The team plan "
            + where + " was set up by a newer Paceline (schema version " + version + "; this"
            + " Paceline knows up to " + Workspace.SCHEMA_VERSION + "). Update Paceline to"
            + " open it.", null);
      }
      if (version < Workspace.SCHEMA_VERSION) {
        throw new WorkspaceException(null, WorkspaceException.Problem.NOT_SET_UP,
            "The team plan " + where + " has an older schema than this Paceline. Ask your"
            + " administrator to run `paceline server-setup --db " + location.withUser(null)
            + "`.", null);
      }
      boolean readOnly = !canWrite(c);
      return new Workspace(where, pool, readOnly);
    } catch (SQLException e) {
      pool.close();
      throw failure(where, e);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    } finally {
      login.clear();
    }
  }

  /** What {@link #setUp} did. */
  public record SetUp(int fromVersion, int toVersion) {}

  /**
   * The administrator's step, harmless to repeat: creates the schema, brings it to this
   * Paceline's version and creates the two group roles with their grants on every table and
   * sequence, also those later migrations add.
   */
  public static SetUp setUp(ServerLocation location, ServerLogin login) {
    return setUp(location, login, null);
  }

  /** {@link #setUp} up to the migration {@code target} only (tests of an upgrade). */
  static SetUp setUp(ServerLocation location, ServerLogin login, String target) {
    ServerLocation where = location.withUser(login.user());
    ServerPool pool = new ServerPool(dataSource(where, login), 3, 30); // Flyway holds two
    try {
      int from;
      try (Connection c = pool.getConnection()) {
        from = Math.max(0, schemaVersion(c));
      }
      if (from > Workspace.SCHEMA_VERSION) {
        // Its trigger and rights are the newer Paceline's; this one's would not fit them.
        throw new WorkspaceException(null, WorkspaceException.Problem.NEWER, "The team plan "
            + where + " was set up by a newer Paceline (schema version " + from + "; this"
            + " Paceline knows up to " + Workspace.SCHEMA_VERSION + "). Run server-setup of"
            + " that Paceline, or update this one; nothing was changed.", null);
      }
      var flyway = Flyway.configure()
          .dataSource(pool)
          .schemas(SCHEMA)
          .createSchemas(true)
          .locations("classpath:db/migration")
          .loggers("slf4j");
      if (target != null) {
        flyway.target(target);
      }
      flyway.load().migrate();
      int to;
      try (Connection c = pool.getConnection()) {
        to = schemaVersion(c);
      }
      try (Connection c = pool.getConnection(); var st = c.createStatement()) {
        c.setAutoCommit(false);
        for (String sql : ServerGrants.statements(to)) {
          st.execute(sql);
        }
        c.commit();
      }
      LOG.info("Set up {} from schema version {} to {}", where, from, to);
      return new SetUp(from, to);
    } catch (SQLException e) {
      throw failure(where, e);
    } catch (FlywayException e) {
      SQLException sql = sqlCause(e);
      if (sql != null) {
        throw failure(where, sql);
      }
      throw new WorkspaceException(null, "Setting up " + where + " failed: "
          + firstLine(e.getMessage()), e);
    } finally {
      pool.close();
      login.clear();
    }
  }

  /**
   * The driver's settings, each from a parsed part of the address through its own setter: no
   * text from the user reaches the driver as a URL or a property list.
   */
  static PGConnectionPoolDataSource dataSource(ServerLocation where, ServerLogin login) {
    PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
    ds.setServerNames(new String[] {where.host()});
    ds.setPortNumbers(new int[] {where.port()});
    ds.setDatabaseName(where.database());
    ds.setUser(where.user());
    char[] password = login.password();
    if (password != null) {
      ds.setPassword(new String(password));
      java.util.Arrays.fill(password, '\0');
    }
    if (where.sslmode() != null) {
      ds.setSslMode(where.sslmode());
    }
    if (where.sslrootcert() != null) {
      ds.setSslRootCert(where.sslrootcert());
    }
    ds.setCurrentSchema(SCHEMA);
    ds.setApplicationName("Paceline");
    ds.setConnectTimeout(10);
    ds.setLoginTimeout(15);
    ds.setTcpKeepAlive(true);
    ds.setReWriteBatchedInserts(true); // a batch of rows as multi-row INSERTs: fewer round trips
    return ds;
  }

  /** The jOOQ context for a workspace: H2 for a folder, PostgreSQL for a server. */
  static DSLContext context(DataSource pool, ServerLocation server) {
    Settings settings = new Settings().withExecuteLogging(false);
    if (server == null) {
      return DSL.using(pool, SQLDialect.H2, settings);
    }
    // The generated names are upper case (H2's); PostgreSQL's unquoted names are lower case.
    settings = settings.withRenderNameCase(RenderNameCase.LOWER);
    DefaultConfiguration config = new DefaultConfiguration();
    config.set(new ServerConnections(pool, server));
    config.set(SQLDialect.POSTGRES);
    config.set(settings);
    config.set(new ServerErrors(server));
    return DSL.using(config);
  }

  /**
   * Hands jOOQ the pool's connections; a server that cannot be reached any more is said in
   * words (jOOQ's own wrapping would name classes).
   */
  private static final class ServerConnections implements org.jooq.ConnectionProvider {
    private final DataSource pool;
    private final ServerLocation server;

    ServerConnections(DataSource pool, ServerLocation server) {
      this.pool = pool;
      this.server = server;
    }

    @Override
    public Connection acquire() {
      try {
        return pool.getConnection();
      } catch (SQLException e) {
        if (String.valueOf(e.getSQLState()).startsWith("08")) {
          throw lostConnection(server, e);
        }
        throw failure(server, e);
      }
    }

    @Override
    public void release(Connection connection) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("Could not hand a connection back: {}", e.getMessage());
      }
    }
  }

  /** Turns the server's refusals into plain messages, whichever repository ran the statement. */
  private static final class ServerErrors implements ExecuteListener {
    private static final long serialVersionUID = 1L;
    private final transient ServerLocation server;

    ServerErrors(ServerLocation server) {
      this.server = server;
    }

    @Override
    public void exception(ExecuteContext ctx) {
      SQLException e = ctx.sqlException();
      if (e == null) {
        return;
      }
      String state = String.valueOf(e.getSQLState());
      if (state.equals("42501")) {
        ctx.exception(new WorkspaceException(null, WorkspaceException.Problem.READ_ONLY,
            "You can view this team plan but not change it: the login " + server.user()
            + " is not a planner on " + server.host() + ". Ask your administrator to add it"
            + " to " + PLANNER + ".", e));
      } else if (state.equals("40P01") || state.equals("40001")) {
        ctx.exception(new WorkspaceException(null, WorkspaceException.Problem.STALE,
            "Someone else changed the same plan at the same moment, so this change was not"
            + " saved. Make it again.", e));
      } else if (state.equals("23505")) {
        ctx.exception(new WorkspaceException(null, WorkspaceException.Problem.STALE,
            "Someone else stored a plan or program of the same name or id a moment ago, so"
            + " nothing was saved. Try again.", e));
      } else if (state.startsWith("08") || state.equals("57P01")) {
        ctx.exception(lostConnection(server, e));
      }
    }
  }

  static WorkspaceException lostConnection(ServerLocation server, SQLException e) {
    return new WorkspaceException(null, WorkspaceException.Problem.CONNECTION_LOST,
        "The connection to the server " + server.host() + " was lost; the last change was not"
        + " saved. Paceline connects again with the next change.", e);
  }

  private static boolean canWrite(Connection c) throws SQLException {
    try (var st = c.prepareStatement("SELECT has_table_privilege(?, 'INSERT')")) {
      st.setString(1, SCHEMA + ".program");
      try (var rs = st.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** The schema version on the server, 0 when Paceline was never set up there. */
  private static int schemaVersion(Connection c) throws SQLException {
    try (var tables = c.getMetaData().getTables(null, SCHEMA, "flyway_schema_history", null)) {
      if (!tables.next()) {
        return 0;
      }
    }
    try (var st = c.createStatement();
         var rs = st.executeQuery("SELECT version, success FROM " + SCHEMA
             + ".flyway_schema_history WHERE version IS NOT NULL")) {
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

  /** What went wrong reaching the server, in words, with what the user can do about it. */
  static WorkspaceException failure(ServerLocation where, SQLException e) {
    String state = String.valueOf(e.getSQLState());
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    LOG.debug("Team plan {}: {} ({})", where, e.getMessage(), state);
    WorkspaceException.Problem problem = WorkspaceException.Problem.SERVER;
    String message;
    if (state.equals("28P01") || m.contains("password authentication failed")) {
      message = "The server " + where.host() + " refused the login " + where.user()
          + ": the password is wrong.";
    } else if (noPasswordGiven(e)) {
      message = "The server " + where.host() + " wants a password for " + where.user()
          + ". Set PGPASSWORD, put it in ~/.pgpass, or open the team plan in the window.";
    } else if (state.equals("28000")) {
      message = "The server " + where.host() + " does not let the login " + where.user()
          + " in to " + where.database() + ". Ask your administrator.";
    } else if (state.equals("3D000")) {
      message = "There is no database " + where.database() + " on " + where.host() + ".";
    } else if (state.startsWith("08") || m.contains("connection") || m.contains("unknownhost")) {
      message = "Cannot reach the server " + where.host() + " on port " + where.port()
          + ". Check the name and your network, or ask your administrator whether it runs.";
    } else if (state.equals("42501")) {
      message = "The login " + where.user() + " may not do this on " + where.host()
          + ": setting up a team plan takes an administrator's login.";
    } else {
      message = "The team plan " + where + " cannot be used: " + firstLine(e.getMessage());
    }
    return new WorkspaceException(null, problem, message, e);
  }

  /**
   * Whether the server refused {@code e}'s login only because it gave no password: the window
   * then asks for one without calling it a failure.
   */
  public static boolean asksForPassword(WorkspaceException e) {
    return e.problem() == WorkspaceException.Problem.SERVER
        && e.getCause() instanceof SQLException s && noPasswordGiven(s);
  }

  private static boolean noPasswordGiven(SQLException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return m.contains("no password was provided") || m.contains("password-based");
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  private static String firstLine(String m) {
    String s = String.valueOf(m);
    return s.lines().findFirst().orElse(s);
  }
}

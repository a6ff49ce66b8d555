package org.paceline.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 14 for the whole test run, started by the build (about 5 s): each test
 * gets a fresh database on it. Logins other than the superuser need a password over TCP
 * (scram-sha-256), as on a real server.
 */
public final class PostgresServer {

  /** The superuser of the test server (no password from this machine). */
  public static final String ADMIN = "postgres";

  private static PostgresServer instance;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final EmbeddedPostgres pg;

  private PostgresServer(EmbeddedPostgres pg) {
    this.pg = pg;
  }

  /** The server, started on first use. */
  public static synchronized PostgresServer get() {
    if (instance == null) {
      try {
        Path data = Files.createTempDirectory("paceline-pg");
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data)
            .setCleanDataDirectory(true).setServerConfig("max_connections", "60").start();
        Files.writeString(data.resolve("pg_hba.conf"), String.join("\n",
            "local all all trust",
            "host all " + ADMIN + " 127.0.0.1/32 trust",
            "host all " + ADMIN + " ::1/128 trust",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host all all ::1/128 scram-sha-256", ""));
        instance = new PostgresServer(pg);
        instance.sql("postgres", "SELECT pg_reload_conf()");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** The port it listens on (localhost). */
  public int port() {
    return pg.getPort();
  }

  /** A new, empty database, as the superuser would address it. */
  public ServerLocation newDatabase() {
    String name = "plan_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    sql("postgres", "CREATE DATABASE " + name);
    return new ServerLocation("localhost", port(), name, ADMIN, null, null);
  }

  /** A login with a password, member of {@code role} (or of none when null); made once. */
  public void login(String name, String password, String role) {
    sql("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + name
        + "') THEN CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'; END IF; END $$");
    if (role != null) {
      sql("postgres", "GRANT " + role + " TO " + name);
    }
  }

  /** A plain JDBC connection as {@code user} with {@code password} (test side only). */
  public Connection connect(String database, String user, String password) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port() + "/" + database, p);
  }

  /** Runs statements as the superuser. */
  public void sql(String database, String... statements) {
    try (Connection c = connect(database, ADMIN, null); var st = c.createStatement()) {
      for (String s : statements) {
        st.execute(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The superuser's login (trusted from this machine: no password). */
  public static ServerLogin admin(ServerLocation where) {
    return ServerLogin.resolve(where.withUser(ADMIN), null, java.util.Map.of(), "Linux",
        Path.of("/nonexistent"), ADMIN);
  }

  /** A login with a typed password. */
  public static ServerLogin as(ServerLocation where, String user, String password) {
    return ServerLogin.resolve(where.withUser(user), password.toCharArray(), java.util.Map.of(),
        "Linux", Path.of("/nonexistent"), user);
  }
}

package org.paceline.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.paceline.storage.ServerLocation;
import org.paceline.storage.ServerLogin;
import org.paceline.storage.ServerWorkspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paceline server-setup --db postgresql://admin@host/db}: the administrator's step for a
 * team plan, run once and again after each Paceline update (it is harmless to repeat).
 */
@Command(name = "server-setup", mixinStandardHelpOptions = true,
    description = {"For administrators: sets up (or upgrades) a team plan on a PostgreSQL"
        + " server: the paceline schema, its tables, and the group roles " + ServerWorkspace.PLANNER
        + " (reads and writes plans) and " + ServerWorkspace.VIEWER + " (reads only).",
        "Run it as a login that may create roles and schemas; the password comes from"
        + " PGPASSWORD or ~/.pgpass, never from the command line."})
public final class ServerSetupCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "postgresql://USER@HOST[:PORT]/DATABASE", required = true,
      description = "The server and database to set up.")
  String db;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!ServerLocation.isServer(db)) {
      throw new IllegalArgumentException("server-setup is for a team plan on a PostgreSQL server:"
          + " --db postgresql://admin@host/database. A workspace folder needs no set-up.");
    }
    ServerLocation where = ServerLocation.parse(db);
    ServerLogin login = ServerLogin.fromEnvironment(where);
    ServerWorkspace.SetUp done = ServerWorkspace.setUp(where, login);
    PrintWriter out = spec.commandLine().getOut();
    ServerLocation shown = where.withUser(null);
    if (done.fromVersion() == done.toVersion()) {
      out.println("The team plan " + shown + " was already up to date (schema version "
          + done.toVersion() + "); the roles and their rights are checked again.");
    } else if (done.fromVersion() == 0) {
      out.println("Set up the team plan " + shown + " (schema version " + done.toVersion() + ").");
    } else {
      out.println("Upgraded the team plan " + shown + " from schema version "
          + done.fromVersion() + " to " + done.toVersion() + ".");
    }
    out.println("Give people access with PostgreSQL logins in one of the two roles, e.g.:");
    out.println("  CREATE ROLE ana LOGIN PASSWORD '…' IN ROLE " + ServerWorkspace.PLANNER + ";");
    out.println("  CREATE ROLE cfo LOGIN PASSWORD '…' IN ROLE " + ServerWorkspace.VIEWER + ";");
    out.println("They open it with: paceline --db postgresql://ana@" + shown.host()
        + (shown.port() == ServerLocation.DEFAULT_PORT ? "" : ":" + shown.port()) + "/"
        + shown.database());
    return 0;
  }
}

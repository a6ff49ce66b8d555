package org.paceline.app;

import java.nio.file.Path;
import java.util.Map;
import org.paceline.storage.ServerLocation;
import org.paceline.storage.ServerLogin;
import org.paceline.storage.ServerWorkspace;
import org.paceline.storage.Workspace;

/**
 * What {@code --db} or {@code PACELINE_DB} names: a workspace folder, or a team plan on a server
 * ({@code postgresql://…}). The address is recognised from the text before anything treats it
 * as a file path (a path would fold its {@code //}).
 *
 * @param folder the workspace folder, or null for a server
 * @param server the server, or null for a folder
 */
public record WorkspaceTarget(Path folder, ServerLocation server) {

  /** The target for an optional {@code --db} value, else {@code PACELINE_DB}, else the default. */
  public static WorkspaceTarget resolve(String option) {
    return resolve(option, System.getenv());
  }

  static WorkspaceTarget resolve(String option, Map<String, String> env) {
    if (option != null && !option.isBlank()) {
      return of(option);
    }
    String fromEnv = env.get(WorkspaceLocation.ENV);
    if (ServerLocation.isServer(fromEnv)) {
      return of(fromEnv);
    }
    return new WorkspaceTarget(WorkspaceLocation.resolve(null), null);
  }

  /**
   * A folder or a server address.
   *
   * @throws IllegalArgumentException for an address Paceline cannot use, saying why
   */
  public static WorkspaceTarget of(String text) {
    if (ServerLocation.isServer(text)) {
      return new WorkspaceTarget(null, ServerLocation.parse(text));
    }
    return new WorkspaceTarget(Path.of(text), null);
  }

  /** Whether this is a team plan on a server. */
  public boolean isServer() {
    return server != null;
  }

  /**
   * Opens it: a folder as before, a server with the login from {@code PGUSER},
   * {@code PGPASSWORD} and {@code ~/.pgpass}, keeping at most {@code connections} connections.
   */
  public Workspace open(int connections) {
    if (server != null) {
      return ServerWorkspace.open(server, ServerLogin.fromEnvironment(server), connections);
    }
    return Workspace.open(folder);
  }

  /** The folder, or the server address, as the user wrote it. */
  @Override
  public String toString() {
    return server != null ? server.toString() : folder.toString();
  }
}

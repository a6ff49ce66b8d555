package org.paceline.storage;

import org.paceline.analysis.PlanGenerator;

/**
 * The child process of {@link ServerWorkspaceTest}'s killed import: opens a team plan as the
 * command line does (password from PGPASSWORD) and imports a large plan, which the test kills
 * half way.
 */
public final class ImportingChild {

  private ImportingChild() {}

  public static void main(String[] args) {
    ServerLocation where = new ServerLocation("localhost", Integer.parseInt(args[0]), args[1],
        args[2], null, null);
    try (Workspace ws = ServerWorkspace.open(where, ServerLogin.fromEnvironment(where),
        ServerWorkspace.CLI_CONNECTIONS)) {
      System.out.println("ready");
      System.out.flush();
      ws.plans().insert(PlanGenerator.generate(3, 40_000, 400, 60, 2));
      System.out.println("done");
    }
  }
}

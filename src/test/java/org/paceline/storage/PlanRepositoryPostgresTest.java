package org.paceline.storage;

import org.junit.jupiter.api.BeforeEach;

/**
 * The repository tests on a real PostgreSQL server, set up by {@code server-setup}'s code and
 * used by a planner login, as a team would.
 */
class PlanRepositoryPostgresTest extends AbstractPlanRepositoryTest {

  static final String PLANNER = "repo_planner";
  ServerLocation where;

  @BeforeEach
  void setUp() {
    PostgresServer server = PostgresServer.get();
    where = server.newDatabase();
    ServerWorkspace.setUp(where, PostgresServer.admin(where));
    server.login(PLANNER, "planner-secret", ServerWorkspace.PLANNER);
  }

  @Override
  Workspace open() {
    return ServerWorkspace.open(where, PostgresServer.as(where, PLANNER, "planner-secret"),
        ServerWorkspace.CLI_CONNECTIONS);
  }
}

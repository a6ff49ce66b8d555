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

  /** As the administrator: a planner may not create triggers (no DDL for ordinary logins). */
  @Override
  AutoCloseable refuse(Workspace ws, String table, String operation) {
    String name = "refuse_" + table + "_" + operation;
    String on = ServerWorkspace.SCHEMA + "." + table;
    PostgresServer.get().sql(where.database(),
        "CREATE OR REPLACE FUNCTION " + ServerWorkspace.SCHEMA + ".refuse_in_test()"
            + " RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " RAISE EXCEPTION '" + RefusingTrigger.MESSAGE + "'; END $$",
        "CREATE TRIGGER " + name + " BEFORE " + operation + " ON " + on
            + " FOR EACH ROW EXECUTE FUNCTION " + ServerWorkspace.SCHEMA + ".refuse_in_test()");
    return () -> PostgresServer.get().sql(where.database(), "DROP TRIGGER " + name + " ON " + on);
  }
}

package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.storage.PostgresServer;
import org.paceline.storage.ServerLocation;
import org.paceline.storage.ServerWorkspace;

/**
 * The command line on a team plan, run as the real program in its own process (the password
 * comes from its environment or a password file, as a user's would).
 */
class ServerCliTest {

  static PostgresServer server;
  static ServerLocation where;
  static ServerLocation ready;
  @TempDir static Path dir;

  record Run(int code, String out, String err) {}

  @BeforeAll
  static void start() {
    server = PostgresServer.get();
    where = server.newDatabase(); // set up by the command under test
    ready = server.newDatabase();
    ServerWorkspace.setUp(ready, PostgresServer.admin(ready));
  }

  static String url(String user) {
    return "postgresql://" + user + "@localhost:" + server.port() + "/" + where.database();
  }

  static String readyUrl(String user) {
    return "postgresql://" + user + "@localhost:" + server.port() + "/" + ready.database();
  }

  static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().remove("PGPASSWORD");
    pb.environment().remove("PGUSER");
    pb.environment().put("PGPASSFILE", dir.resolve("no-such-pgpass").toString());
    pb.environment().put(WorkspaceLocation.ENV, dir.resolve("ws").toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  static void plain(Run r) {
    for (String internal : List.of("jdbc:", "Exception", "\tat ", "SQL", "PSQL")) {
      assertFalse(r.err().contains(internal), "internals shown: " + r.err());
    }
  }

  @Test
  void anAdministratorSetsUpAPlannerWorksAViewerReads() throws Exception {
    Run setup = run(Map.of(), "server-setup", "--db", url(PostgresServer.ADMIN));
    assertEquals(0, setup.code(), setup.err());
    assertTrue(setup.out().startsWith("Set up the team plan postgresql://localhost:"), setup.out());
    Run again = run(Map.of(), "server-setup", "--db", url(PostgresServer.ADMIN));
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("was already up to date"), again.out());

    server.login("cli_ana", "ana-pw", ServerWorkspace.PLANNER);
    server.login("cli_cfo", "cfo-pw", ServerWorkspace.VIEWER);
    Run imported = run(Map.of("PGPASSWORD", "ana-pw"), "import",
        CliTest.NORTHWIND.toString(), "--db", url("cli_ana"));
    assertEquals(0, imported.code(), imported.err());
    assertEquals("Northwind Controls FY2027", imported.out().strip());

    // the viewer's password from a password file, by libpq's rules
    Path pgpass = dir.resolve("pgpass");
    Files.writeString(pgpass, "# team plans\nother:*:*:*:nope\nlocalhost:" + server.port()
        + ":*:cli_cfo:cfo-pw\n");
    Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
    Map<String, String> cfo = Map.of("PGPASSFILE", pgpass.toString());
    Run check = run(cfo, "check", "--db", url("cli_cfo"), "--format", "csv");
    assertEquals(0, check.code(), check.err());
    assertEquals(CliTest.NORTHWIND_CONFLICTS, CliTest.keys(check.out()));
    Run refused = run(cfo, "import", CliTest.NORTHWIND.toString(), "--db", url("cli_cfo"));
    assertEquals(2, refused.code());
    assertEquals("paceline: You can view this team plan but not change it: the login cli_cfo is"
        + " not a planner on localhost. Ask your administrator to add it to paceline_planner.",
        refused.err().strip());
    Run plans = run(Map.of("PACELINE_DB", url("cli_cfo")), "plans");
    assertEquals(2, plans.code(), "no password anywhere: " + plans);
    assertEquals("paceline: The server localhost wants a password for cli_cfo. Set PGPASSWORD,"
        + " put it in ~/.pgpass, or open the team plan in the window.", plans.err().strip());
    Run listed = run(Map.of("PACELINE_DB", url("cli_cfo"), "PGPASSFILE", pgpass.toString()),
        "plans");
    assertEquals(0, listed.code(), listed.err());
    assertTrue(listed.out().startsWith("Northwind Controls FY2027\t18 programs"), listed.out());

    Run restore = run(Map.of("PGPASSWORD", "ana-pw"), "restore", "--db", url("cli_ana"));
    assertEquals(2, restore.code());
    assertTrue(restore.err().contains("backed up by the server's administrator"), restore.err());
  }

  @Test
  void wrongPasswordUnreachableServerAndUnknownSettingsAreRefusedPlainly() throws Exception {
    server.login("cli_bob", "bob-pw", ServerWorkspace.PLANNER);
    Run wrong = run(Map.of("PGPASSWORD", "guess"), "plans", "--db", readyUrl("cli_bob"));
    assertEquals(2, wrong.code());
    assertEquals("paceline: The server localhost refused the login cli_bob: the password is"
        + " wrong.", wrong.err().strip());
    plain(wrong);

    int closed;
    try (var s = new java.net.ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    Run unreachable = run(Map.of("PGPASSWORD", "bob-pw"), "plans", "--db",
        "postgresql://cli_bob@localhost:" + closed + "/plans");
    assertEquals(2, unreachable.code());
    assertEquals("paceline: Cannot reach the server localhost on port " + closed + ". Check the"
        + " name and your network, or ask your administrator whether it runs.",
        unreachable.err().strip());

    Run settings = run(Map.of(), "plans", "--db",
        readyUrl("cli_bob") + "?socketFactory=org.example.Evil");
    assertEquals(2, settings.code());
    assertTrue(settings.err().contains("Paceline understands only sslmode and sslrootcert after"
        + " the ?, not \"socketFactory\""), settings.err());
    plain(settings);

    Run password = run(Map.of(), "plans", "--db", "postgresql://cli_bob:bob-pw@localhost/plans");
    assertEquals(2, password.code());
    assertFalse(password.err().contains("bob-pw"), password.err());
    assertTrue(password.err().contains("a password never goes into the address"),
        password.err());
  }
}

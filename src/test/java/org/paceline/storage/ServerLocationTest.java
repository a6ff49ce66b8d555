package org.paceline.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team plan addresses and logins, parsed without a server. */
class ServerLocationTest {

  @TempDir Path dir;

  @Test
  void anAddressIsTakenApartIntoTheSixPartsPacelineKnows() {
    assertEquals(new ServerLocation("db.example.org", 5432, "plans", null, null, null),
        ServerLocation.parse("postgresql://db.example.org/plans"));
    assertEquals(new ServerLocation("db.example.org", 6543, "team plans", "ana", "verify-full",
        "/etc/ssl/root.crt"), ServerLocation.parse("PostgreSQL://ana@DB.example.org:6543/"
        + "team%20plans?sslmode=verify-full&sslrootcert=/etc/ssl/root.crt"));
    assertEquals("postgresql://ana@db:6543/plans?sslmode=require",
        ServerLocation.parse("postgresql://ana@db:6543/plans?sslmode=require").toString());
    assertTrue(ServerLocation.isServer("  postgresql://h/d"));
    assertFalse(ServerLocation.isServer("/home/ana/postgresql/plans"));
    assertFalse(ServerLocation.isServer(null));
  }

  @Test
  void anythingElseIsRefusedSayingWhy() {
    for (String[] bad : new String[][] {
        {"postgresql://db/plans?options=-c%20x", "only sslmode and sslrootcert"},
        {"postgresql://db/plans?socketFactory=x&sslmode=require", "not \"socketFactory\""},
        {"postgresql://db/plans?sslmode=sometimes", "sslmode must be one of"},
        {"postgresql://db", "names no database"},
        {"postgresql://db/", "names no database"},
        {"postgresql://db:99999/plans", "port must be a number"},
        {"postgresql://db:x/plans", "port must be a number"},
        {"postgresql://db;x=y/plans", "server name"},
        {"postgresql://ana:secret@db/plans", "a password never goes into the address"},
        {"postgresql://db/pl%ZZans", "broken %-escape"}}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ServerLocation.parse(bad[0]), bad[0]);
      assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
      assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
  }

  @Test
  void theLoginFollowsPostgresqlsConventions() throws Exception {
    ServerLocation at = ServerLocation.parse("postgresql://db.example.org:5433/plans");
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    // user: the address, else PGUSER, else the system user
    assertEquals("sys", ServerLogin.resolve(at, null, Map.of(), "Linux", home, "sys").user());
    assertEquals("pg", ServerLogin.resolve(at, null, Map.of("PGUSER", "pg"), "Linux", home,
        "sys").user());
    assertEquals("ana", ServerLogin.resolve(at.withUser("ana"), null, Map.of("PGUSER", "pg"),
        "Linux", home, "sys").user());
    // password: typed, else PGPASSWORD, else ~/.pgpass (first matching line, * and escapes)
    Path pgpass = home.resolve(".pgpass");
    Files.writeString(pgpass, String.join("\n",
        "# comment",
        "db.example.org:5432:plans:ana:wrong-port",
        "db.example.org:5433:other:ana:wrong-db",
        "db.example.org:5433:plans:ana:pa\\:ss\\\\word",
        "*:*:*:ana:too-late",
        "*:*:*:*:anyone", ""));
    Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
    ServerLogin ana = ServerLogin.resolve(at.withUser("ana"), null, Map.of(), "Linux", home, "x");
    assertArrayEquals("pa:ss\\word".toCharArray(), ana.password());
    assertArrayEquals("anyone".toCharArray(),
        ServerLogin.resolve(at.withUser("bob"), null, Map.of(), "Linux", home, "x").password());
    assertArrayEquals("env".toCharArray(), ServerLogin.resolve(at.withUser("ana"), null,
        Map.of("PGPASSWORD", "env"), "Linux", home, "x").password());
    assertArrayEquals("typed".toCharArray(), ServerLogin.resolve(at.withUser("ana"),
        "typed".toCharArray(), Map.of("PGPASSWORD", "env"), "Linux", home, "x").password());
    Path other = dir.resolve("elsewhere");
    Files.writeString(other, "*:*:*:*:from-pgpassfile\n");
    Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-------"));
    assertArrayEquals("from-pgpassfile".toCharArray(), ServerLogin.resolve(at, null,
        Map.of("PGPASSFILE", other.toString()), "Linux", home, "x").password());
    // a password file others can read is ignored, as libpq does
    Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
    assertFalse(ServerLogin.resolve(at.withUser("ana"), null, Map.of(), "Linux", home, "x")
        .hasPassword());
    assertFalse(ana.toString().contains("pa:ss"), "never printed");
  }
}

package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.model.TextLimit;

/**
 * The command line holds names to the model's limit (exit 2, a plain message, nothing stored),
 * names made unique by appending stay within it, and a name quoted back in a message is
 * shortened and shows its control characters escaped.
 */
class CliLimitsTest {

  @TempDir Path dir;

  String db() {
    return dir.resolve("ws").toString();
  }

  @Test
  void aTooLongNameIsRefusedAndChangesNothing() throws Exception {
    assertEquals(0, CliTest.run("import", CliTest.NORTHWIND.toString(), "--db", db()).code());
    Path file = dir.resolve("ws/paceline.mv.db");
    byte[] before = Files.readAllBytes(file);
    String name = "N".repeat(TextLimit.PLAN_NAME.max() + 1);
    CliTest.Run r = CliTest.run("import", CliTest.NORTHWIND.toString(), "--db", db(),
        "--name", name);
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--name: the plan name is 201 characters long; expected at most"
        + " 200."), r.err());
    assertFalse(r.err().contains("SQL") || r.err().contains("jdbc") || r.err().contains("Exception"),
        r.err());
    assertArrayEquals(before, Files.readAllBytes(file));
  }

  @Test
  void namesMadeUniqueStayWithinTheLimit() {
    String name = "N".repeat(TextLimit.PLAN_NAME.max());
    for (int i = 1; i <= 3; i++) {
      CliTest.Run r = CliTest.run("import", CliTest.NORTHWIND.toString(), "--db", db(),
          "--name", name);
      assertEquals(0, r.code(), r.err());
      String stored = r.out().strip();
      assertEquals(TextLimit.PLAN_NAME.max(), stored.length(), stored);
      assertTrue(i == 1 ? stored.equals(name) : stored.endsWith(" (" + i + ")"), stored);
    }
    CliTest.Run plans = CliTest.run("plans", "--db", db());
    assertEquals(3, plans.out().lines().count(), plans.out());
  }

  @Test
  void aNameQuotedBackIsShortenedAndEscaped() {
    assertEquals(0, CliTest.run("import", CliTest.NORTHWIND.toString(), "--db", db()).code());
    String hostile = "\u001b]0;owned\u0007" + "x".repeat(10_000) + "\n";
    CliTest.Run r = CliTest.run("check", "--db", db(), "--plan", hostile);
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("No plan is named \"\\u001b]0;owned\\u0007xxx"), r.err());
    assertTrue(r.err().contains("…\" in "), r.err());
    assertTrue(r.err().length() < 600, r.err());
    assertFalse(r.err().strip().chars().anyMatch(ch -> ch == 0x1b || ch == 7), r.err());
  }
}

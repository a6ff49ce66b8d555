package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SystemThemeTest {

  @Test
  void aMissingOrSlowCommandMeansLightNotAHang() {
    assertEquals("", SystemTheme.ask(List.of("no-such-command-paceline")));
    long start = System.nanoTime();
    assertEquals("", SystemTheme.ask(List.of("sleep", "5")));
    assertTrue(System.nanoTime() - start < 3_000_000_000L, "gave up after about a second");
    assertEquals("hello\n", SystemTheme.ask(List.of("echo", "HELLO")));
  }
}

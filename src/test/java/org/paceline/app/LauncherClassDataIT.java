package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher (after {@code package}, run by failsafe) maps the class-data archive the
 * build made, and starts normally and quietly where the archive does not fit.
 */
class LauncherClassDataIT {

  static final Path HOME = Path.of("target/paceline").toAbsolutePath();

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(Path launcher, String javaOpts, String... args) throws Exception {
    var command = new java.util.ArrayList<String>();
    command.add(launcher.toString());
    command.addAll(java.util.List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("PACELINE_JAVA_OPTS");
    if (javaOpts != null) {
      pb.environment().put("PACELINE_JAVA_OPTS", javaOpts);
    }
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher ends");
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /**
   * A copy of the installation elsewhere: with {@code realArchive} the jars are copied (the class
   * path then differs from the recorded one; a linked lib/ would be the same files and is
   * accepted), else lib/ is linked and the archive is a file of another kind.
   */
  Path movedCopy(boolean realArchive) throws IOException {
    Path copy = dir.resolve("moved");
    Files.createDirectories(copy.resolve("bin"));
    Path launcher = copy.resolve("bin/paceline");
    Files.copy(HOME.resolve("bin/paceline"), launcher);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (realArchive) {
      Files.createDirectories(copy.resolve("lib"));
      try (var jars = Files.list(HOME.resolve("lib"))) {
        for (Path jar : jars.toList()) {
          Files.copy(jar, copy.resolve("lib").resolve(jar.getFileName()),
              java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } else {
      Files.createSymbolicLink(copy.resolve("lib"), HOME.resolve("lib"));
    }
    if (realArchive) {
      Files.createSymbolicLink(copy.resolve("paceline.jsa"), HOME.resolve("paceline.jsa"));
    } else {
      Files.writeString(copy.resolve("paceline.jsa"), "not a class-data archive");
    }
    return launcher;
  }

  static void assertQuietVersion(Result r) {
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().strip().matches("Paceline \\S+"), "only the version: " + r.out());
    assertEquals("", r.err().strip(), "nothing about the archive");
  }

  @Test
  void theLauncherMapsTheArchiveThePackageMade() throws Exception {
    Assumptions.assumeFalse(Boolean.getBoolean("paceline.cds.skip"), "built without it");
    assertTrue(Files.isRegularFile(HOME.resolve("paceline.jsa")),
        "./mvnw package makes target/paceline/paceline.jsa (unless -Dpaceline.cds.skip)");
    Result r = run(HOME.resolve("bin/paceline"), "-Xlog:class+load=info", "--version");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("source: shared objects file (top)"),
        "Paceline's classes come from the archive");
  }

  /** The value the launched JVM has for a flag ({@code -XX:+PrintFlagsFinal}). */
  static String flag(String javaOpts, String name) throws Exception {
    Result r = run(HOME.resolve("bin/paceline"), javaOpts + " -XX:+PrintFlagsFinal", "--version");
    assertEquals(0, r.code(), r.err());
    var m = java.util.regex.Pattern.compile("\\s" + name + "\\s+=\\s+(\\S+)").matcher(r.out());
    assertTrue(m.find(), name + " in " + r.out().length() + " characters of flags");
    return m.group(1);
  }

  @Test
  void theLauncherStartsWithTheQuickCompilerOnlyUnlessTold() throws Exception {
    // decision 0005: C1 only halves the way to the first frame; the user can have C2 back
    assertEquals("1", flag("", "TieredStopAtLevel"));
    assertEquals("4", flag("-XX:TieredStopAtLevel=4", "TieredStopAtLevel"));
  }

  @Test
  void aMovedInstallationStartsQuietlyWithoutTheArchive() throws Exception {
    Path launcher = movedCopy(true);
    assertQuietVersion(run(launcher, null, "--version"));
    Result logged = run(launcher, "-Xlog:class+load=info", "--version");
    assertTrue(!logged.out().contains("shared objects file (top)"), "the archive was refused");
  }

  @Test
  void aFileThatIsNoArchiveIsIgnoredQuietly() throws Exception {
    assertQuietVersion(run(movedCopy(false), null, "--version"));
  }
}

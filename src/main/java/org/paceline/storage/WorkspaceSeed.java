package org.paceline.storage;

import static org.paceline.storage.jooq.Tables.PLAN;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.impl.DSL;
import org.paceline.model.Plan;

/**
 * A workspace prepared in advance: the build stores plans into a new workspace with this very
 * code ({@link #write}) and ships its database file; a first start copies that file into place
 * ({@link #plant}) instead of creating the tables and storing the plans row by row. The file is
 * only ever one that Paceline itself wrote at build time, at this build's schema version.
 */
public final class WorkspaceSeed {

  private WorkspaceSeed() {}

  /** Build time: writes a database file to {@code target} holding a new workspace with {@code plans}. */
  public static void write(Path target, List<Plan> plans) throws IOException {
    Path dir = Files.createTempDirectory("paceline-seed");
    try {
      try (Workspace ws = Workspace.open(dir)) {
        for (Plan plan : plans) {
          ws.plans().insert(plan);
        }
      }
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.copy(dir.resolve(Workspace.DATABASE_NAME + ".mv.db"), target,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * Puts a copy of {@code seed} (a file made by {@link #write}) in {@code directory} as its
   * database, if it has none yet. The copy is written beside and moved into place only when
   * whole, and never over a database that is there.
   *
   * @return the database file when it was planted, null when the folder already had one
   */
  public static Path plant(Path directory, InputStream seed) throws IOException {
    Path dir = directory.toAbsolutePath().normalize();
    Path file = dir.resolve(Workspace.DATABASE_NAME + ".mv.db");
    if (Files.exists(file)) {
      return null;
    }
    Files.createDirectories(dir);
    // createTempFile makes it readable by its owner only, as a workspace is
    Path tmp = Files.createTempFile(dir, ".paceline-seed.", ".part");
    try {
      Files.copy(seed, tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, file);
      return file;
    } catch (FileAlreadyExistsException e) {
      return null; // another Paceline created the workspace meanwhile: that one stands
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Marks every plan of a just-planted workspace as added now, not when the build ran. */
  public static void stampAsNew(Workspace workspace) {
    workspace.dsl().update(PLAN).set(PLAN.CREATED_AT, DSL.currentLocalDateTime()).execute();
  }
}

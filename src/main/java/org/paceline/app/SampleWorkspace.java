package org.paceline.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.paceline.io.imports.SamplePlan;
import org.paceline.storage.Workspace;
import org.paceline.storage.WorkspaceException;
import org.paceline.storage.WorkspaceSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's first start: a new workspace begins as a copy of the sample workspace that the
 * build prepared ({@link #main}, run by Maven at process-classes), so the way to the first frame
 * neither creates the tables nor stores the sample plan row by row. Without the prepared file
 * (a build that skipped the step) or when it cannot be used, the workspace is made the usual way.
 */
final class SampleWorkspace {

  /** The prepared workspace inside the application, beside the sample plan's CSV files. */
  static final String RESOURCE = "/org/paceline/sample/northwind-fy2027.mv.db";

  private static final Logger LOG = LoggerFactory.getLogger(SampleWorkspace.class);

  private SampleWorkspace() {}

  /**
   * Build time: writes the prepared sample workspace to the file named by the one argument.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SampleWorkspace FILE");
      System.exit(2);
    }
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    WorkspaceSeed.write(Path.of(args[0]), List.of(SamplePlan.load()));
  }

  /**
   * Opens the workspace in {@code dir}; when it has no database yet, it starts as the prepared
   * sample workspace.
   *
   * @return the open workspace; the caller adds the sample plan if it is still empty
   */
  static Workspace open(Path dir) {
    Path planted = null;
    try (InputStream seed = SampleWorkspace.class.getResourceAsStream(RESOURCE)) {
      if (seed != null) {
        planted = WorkspaceSeed.plant(dir, seed);
      }
    } catch (IOException e) {
      LOG.debug("No prepared sample workspace in {}: {}", dir, e.getMessage());
    }
    if (planted == null) {
      return Workspace.open(dir);
    }
    StartupProbe.mark("sample workspace copied");
    Workspace ws;
    try {
      ws = Workspace.open(dir);
    } catch (WorkspaceException e) {
      if (e.problem() == WorkspaceException.Problem.IN_USE) {
        throw e;
      }
      // Our own copy of a moment ago, holding nothing of the user's: made the usual way instead.
      LOG.warn("The prepared sample workspace could not be opened ({}); creating it instead",
          e.getMessage());
      try {
        Files.deleteIfExists(planted);
      } catch (IOException gone) {
        throw e;
      }
      return Workspace.open(dir);
    }
    try {
      WorkspaceSeed.stampAsNew(ws);
    } catch (RuntimeException e) {
      LOG.warn("Could not date the sample plan in {}: {}", dir, e.getMessage());
    }
    return ws;
  }
}

package org.paceline.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.paceline.storage.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the command line says and which exit code it gives when a command stops with an
 * exception: 2 for a refusal (bad input, a workspace that cannot be used, a file that cannot be
 * read or written), 3 for an internal error, whose details go to the log file only.
 */
final class CliFailure {

  /** Exit code for an internal error: a fault in Paceline, not in the user's input. */
  static final int INTERNAL_ERROR = 3;

  private static final Logger LOG = LoggerFactory.getLogger(CliFailure.class);

  private CliFailure() {}

  /** Reports {@code e} on {@code err} and returns the exit code. */
  static int report(Exception e, PrintWriter err) {
    int code;
    if (e instanceof WorkspaceException we) {
      err.println("paceline: " + we.getMessage());
      if (we.offersRestore()) {
        err.println("paceline: the backups of this workspace: paceline restore --db "
            + shellWord(we.location()));
      }
      code = Cli.BAD_INPUT;
    } else if (e instanceof IllegalArgumentException
        || e instanceof org.paceline.model.FrozenPlanException) {
      err.println("paceline: " + e.getMessage());
      code = Cli.BAD_INPUT;
    } else if (fileProblem(e) != null) {
      FileSystemException f = fileProblem(e);
      err.println("paceline: cannot use " + f.getFile() + ": " + reason(f) + ".");
      code = Cli.BAD_INPUT;
    } else {
      return internal(e, err);
    }
    err.flush();
    return code;
  }

  /**
   * An internal error (exit 3), also one the JVM throws (out of memory, a too deep stack): the
   * details go to the log file, the terminal gets its path and no trace.
   */
  static int internal(Throwable e, PrintWriter err) {
    LOG.error("Internal error", e);
    err.println("paceline: an internal error stopped the command; this is a fault in Paceline, "
        + "not in your data. The details are in the log file " + LogLocation.file()
        + " (please send it with a report).");
    err.flush();
    return INTERNAL_ERROR;
  }

  /** A path as one word a shell reads back unchanged, quoted when it needs to be. */
  static String shellWord(java.nio.file.Path path) {
    String p = path.toString();
    return p.matches("[A-Za-z0-9_./:=@%+,-]+") ? p : "'" + p.replace("'", "'\\''") + "'";
  }

  private static FileSystemException fileProblem(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    return t instanceof FileSystemException f && f.getFile() != null ? f : null;
  }

  private static String reason(FileSystemException f) {
    if (f instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (f instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (f instanceof java.nio.file.FileAlreadyExistsException) {
      return "something is in the way there";
    }
    return f.getReason() == null ? "the file system refused" : f.getReason();
  }
}

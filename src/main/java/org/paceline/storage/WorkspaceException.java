package org.paceline.storage;

import java.nio.file.Path;

/** A workspace that cannot be opened or used, with a message that says what and where. */
public class WorkspaceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What is wrong, so the window and the command line can offer the right way out. */
  public enum Problem {
    /** Open in another Paceline window or command. */
    IN_USE,
    /** The database file is damaged or truncated: restore a backup or start afresh. */
    DAMAGED,
    /** The file is not a Paceline workspace at all. */
    NOT_PACELINE,
    /** Written by a newer Paceline. */
    NEWER,
    /** The file cannot be read: its permissions do not let this user read it. */
    UNREADABLE,
    /** The file is not a database at all (a text file, a truncated download…). */
    NOT_A_DATABASE,
    /** The folder's path holds a character the database cannot take in a file name. */
    UNUSABLE_PATH,
    /** A backup that may not replace the workspace (changed, damaged, or holding code). */
    BAD_BACKUP,
    /** A command that only reads was pointed at a folder that holds no workspace. */
    NO_WORKSPACE,
    /** Anything else (a folder that cannot be written, a full disk, …). */
    OTHER,
    /** A team plan's server is not set up for this Paceline: its administrator runs server-setup. */
    NOT_SET_UP,
    /** A team plan's server refuses this login's writes (a viewer). */
    READ_ONLY,
    /** The connection to a team plan's server broke; nothing half-written is kept. */
    CONNECTION_LOST,
    /** A team plan's server cannot be reached or refuses the login. */
    SERVER,
    /** Someone else changed what this edit was based on; reload and redo it. */
    STALE
  }

  private final transient Path location;
  private final Problem problem;

  public WorkspaceException(Path location, String message, Throwable cause) {
    this(location, Problem.OTHER, message, cause);
  }

  public WorkspaceException(Path location, Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.location = location;
    this.problem = problem;
  }

  /**
   * Someone else changed what an edit was based on: "“Booth” was changed by ana a moment ago, so
   * this change was not saved…". {@code by} may be null or empty (someone else).
   */
  public static WorkspaceException stale(String what, String was, String by) {
    String who = by == null || by.isEmpty() ? "someone else" : by;
    return new WorkspaceException(null, Problem.STALE, what + " " + was + " changed by " + who
        + " a moment ago, so this change was not saved. The board shows it as it is now; make the"
        + " change again if it is still needed.", null);
  }

  /** A command that only reads, pointed at {@code dir}, where there is no workspace. */
  public static WorkspaceException noWorkspace(Path dir) {
    return new WorkspaceException(dir, Problem.NO_WORKSPACE, "There is no Paceline workspace at "
        + dir + "; `paceline import` creates one.", null);
  }

  /**
   * Whether the file is beyond use as it is, so that restoring a backup (or starting afresh, the
   * file kept aside) is the way out: damaged, not a database, or another program's database.
   */
  public boolean offersRestore() {
    return problem == Problem.DAMAGED || problem == Problem.NOT_A_DATABASE
        || problem == Problem.NOT_PACELINE;
  }

  /** The workspace folder or file concerned. */
  public Path location() {
    return location;
  }

  /** What is wrong. */
  public Problem problem() {
    return problem;
  }
}

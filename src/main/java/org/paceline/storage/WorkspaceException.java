package org.paceline.storage;

import java.nio.file.Path;

/** A workspace that cannot be opened or used, with a message that says what and where. */
public class WorkspaceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path location;

  public WorkspaceException(Path location, String message, Throwable cause) {
    super(message, cause);
    this.location = location;
  }

  /** The workspace folder or file concerned. */
  public Path location() {
    return location;
  }
}

package org.paceline.io.imports.foreign;

import java.util.List;

/** A foreign table that is refused: nothing is imported; the lines say what and where. */
public class ForeignImportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<String> details;

  public ForeignImportException(String message) {
    this(message, List.of());
  }

  /** A refusal with further lines to show under it (a proposed mapping, the rows skipped). */
  public ForeignImportException(String message, List<String> details) {
    super(message);
    this.details = List.copyOf(details);
  }

  public List<String> details() {
    return details;
  }
}

package org.paceline.model;

import java.util.Locale;
import java.util.Optional;

/** Where a program stands. Only cancelled programs are left out of the analysis. */
public enum ProgramStatus {
  IDEA("idea"),
  PLANNED("planned"),
  COMMITTED("committed"),
  RUNNING("running"),
  DONE("done"),
  CANCELLED("cancelled");

  private final String code;

  ProgramStatus(String code) {
    this.code = code;
  }

  /** The word used in the plan format. */
  public String code() {
    return code;
  }

  /** True unless cancelled: only active programs count in the conflict rules. */
  public boolean isActive() {
    return this != CANCELLED;
  }

  /** The status for a plan-format word, ignoring case and surrounding spaces. */
  public static Optional<ProgramStatus> fromCode(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (ProgramStatus s : values()) {
      if (s.code.equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return code;
  }
}

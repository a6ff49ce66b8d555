package org.paceline.model;

import java.util.Locale;
import java.util.Optional;

/** What a stored plan is: the working plan, a what-if copy of it, or a frozen copy. */
public enum PlanKind {
  /** A working plan. */
  PLAN("plan"),
  /** A what-if copy of a plan: edited freely, adopted or thrown away. */
  SCENARIO("scenario"),
  /** A frozen copy (an approved version) to compare the year against; nothing changes it. */
  BASELINE("baseline");

  private final String code;

  PlanKind(String code) {
    this.code = code;
  }

  /** The word stored in the workspace and shown in lists. */
  public String code() {
    return code;
  }

  /** The kind for a stored word. */
  public static Optional<PlanKind> fromCode(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (PlanKind k : values()) {
      if (k.code.equals(t)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}

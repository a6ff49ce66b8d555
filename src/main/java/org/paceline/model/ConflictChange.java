package org.paceline.model;

/**
 * A conflict that one plan has and the other has not.
 *
 * @param change {@link Kind#NEW} (only the compared plan has it; its message) or {@link
 *     Kind#RESOLVED} (only the first plan has it; that plan's message)
 * @param conflict the conflict
 */
public record ConflictChange(Kind change, Conflict conflict) {

  /** Which side the conflict is on. */
  public enum Kind {
    /** A conflict of the compared plan that the first plan does not have. */
    NEW("new"),
    /** A conflict of the first plan that the compared plan does not have. */
    RESOLVED("resolved");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The word in the {@code change} column. */
    public String code() {
      return code;
    }
  }
}

package org.paceline.model;

/** How the marketing lanes group their programs. */
public enum Grouping {
  INITIATIVE("Initiative supported"),
  KIND("Kind"),
  OWNER("Owner"),
  STATUS("Status");

  private final String label;

  Grouping(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}

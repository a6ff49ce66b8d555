package org.paceline.model;

/**
 * An attempt to change a baseline. Baselines are frozen copies; the message says what to do
 * instead, in the words every surface (window, command line, import) shows.
 */
public final class FrozenPlanException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String planName;

  public FrozenPlanException(String planName) {
    super("baseline " + planName + " is frozen; make a scenario from it to try changes");
    this.planName = planName;
  }

  /** The baseline's name. */
  public String planName() {
    return planName;
  }
}

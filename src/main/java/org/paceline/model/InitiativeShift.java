package org.paceline.model;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Shifting an initiative (conflicts.md, "Shifting an initiative"): its start and end move by a
 * duration, each date on its own; with its programs, the start and end of every program whose
 * {@code supports} is the initiative move the same way, whatever its status. Nothing else
 * changes: sales reviews and order dates already happened; lead times, targets and budgets stay.
 */
public final class InitiativeShift {

  /**
   * What a shift made.
   *
   * @param plan the shifted plan
   * @param before the initiative as it was
   * @param after the initiative as it is now
   * @param programsMoved how many programs moved with it (0 without programs)
   */
  public record Result(Plan plan, Initiative before, Initiative after, int programsMoved) {

    /**
     * For the Edit menu and the command line: "Shift 'Product launch' and 6 programs 1 quarter
     * later".
     */
    public String describe(ShiftDuration by) {
      String programs = programsMoved == 0 ? ""
          : " and " + programsMoved + (programsMoved == 1 ? " program" : " programs");
      return "Shift \u2018" + before.name() + "\u2019" + programs + " " + by.describe();
    }
  }

  private InitiativeShift() {}

  /**
   * The plan with initiative {@code initiativeId} (its id, compared exactly) shifted by {@code by}.
   *
   * @throws IllegalArgumentException when the plan has no such initiative, or a date would leave
   *     the calendar
   */
  public static Result apply(Plan plan, String initiativeId, ShiftDuration by,
      boolean withPrograms) {
    Initiative before = plan.initiatives().stream().filter(i -> i.id().equals(initiativeId))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("The plan \"" + plan.name()
            + "\" has no initiative with the id \"" + initiativeId + "\"; the ids are in the "
            + "initiatives table (" + ids(plan) + ")."));
    try {
      Initiative after = new Initiative(before.id(), before.name(), before.segment(),
          by.applyTo(before.start()), by.applyTo(before.end()), before.owner());
      List<Initiative> initiatives = new ArrayList<>(plan.initiatives());
      initiatives.set(initiatives.indexOf(before), after);
      List<Program> programs = plan.programs();
      int moved = 0;
      if (withPrograms) {
        programs = new ArrayList<>(programs);
        for (int i = 0; i < programs.size(); i++) {
          Program p = programs.get(i);
          if (initiativeId.equals(p.supports())) {
            programs.set(i, moved(p, by));
            moved++;
          }
        }
      }
      return new Result(plan.withInitiatives(initiatives).withPrograms(programs), before, after,
          moved);
    } catch (DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException("Shifting \"" + before.name() + "\" by " + by
          + " would move it outside the calendar; choose a smaller shift.", e);
    }
  }

  private static Program moved(Program p, ShiftDuration by) {
    return p.withDates(by.applyTo(p.start()), by.applyTo(p.end()));
  }

  private static String ids(Plan plan) {
    List<String> ids = plan.initiatives().stream().map(Initiative::id).limit(12).toList();
    String list = ids.isEmpty() ? "none" : String.join(", ", ids);
    return plan.initiatives().size() > ids.size() ? list + ", …" : list;
  }
}

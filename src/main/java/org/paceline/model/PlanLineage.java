package org.paceline.model;

import java.time.LocalDateTime;

/**
 * A stored plan with where it came from, as the list of scenarios and baselines shows it.
 *
 * @param id the workspace's key for it
 * @param name its name
 * @param kind plan, scenario or baseline
 * @param originId the id of the plan it was copied from, or null (a plan of its own, or its
 *     origin was deleted since)
 * @param originName that plan's name, or "" when there is none
 * @param createdAt when it was made (imported, created or copied)
 */
public record PlanLineage(
    long id,
    String name,
    PlanKind kind,
    Long originId,
    String originName,
    LocalDateTime createdAt) {

  public PlanLineage {
    originName = originName == null ? "" : originName;
  }

  /** For choice lists: "Launch slips (scenario)". */
  @Override
  public String toString() {
    return kind == PlanKind.PLAN ? name : name + " (" + kind.code() + ")";
  }

  /** True for a frozen copy. */
  public boolean isBaseline() {
    return kind == PlanKind.BASELINE;
  }
}

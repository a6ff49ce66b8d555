package org.paceline.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A sales initiative that marketing programs prepare.
 *
 * @param id unique in the plan
 * @param name what people call it
 * @param segment the segment, or "" for the whole business
 * @param start first day, included
 * @param end last day, included
 * @param owner who in sales owns it, or ""
 */
public record Initiative(
    String id, String name, String segment, LocalDate start, LocalDate end, String owner) {

  public Initiative {
    id = Texts.required(id, TextLimit.ID);
    name = Texts.required(name, TextLimit.NAME);
    segment = Texts.optional(segment, TextLimit.SEGMENT);
    owner = Texts.optional(owner, TextLimit.OWNER);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("An initiative cannot end before it starts");
    }
  }

  /** True for an initiative of the whole business (no segment). */
  public boolean isWholeBusiness() {
    return segment.isEmpty();
  }
}

package org.paceline.model;

import java.util.AbstractList;
import java.util.List;

/**
 * A plan's conflicts in report order that can also say, without scanning, which concern one
 * program. Equal to any list with the same conflicts in the same order.
 */
public abstract class ConflictList extends AbstractList<Conflict> {

  /** The conflicts about the program with this id (LATE_START, NO_SALES_REVIEW, …). */
  public abstract List<Conflict> forProgram(String programId);
}

package org.paceline.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * A trigger that refuses every row it is asked about: a failure forced in the middle of a
 * transaction, to show that nothing written before it in the same transaction stays.
 */
public class RefusingTrigger implements Trigger {

  /** The text of the failure, to tell it from any other. */
  static final String MESSAGE = "refused by the test";

  @Override
  public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(MESSAGE);
  }
}

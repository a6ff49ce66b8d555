package org.paceline.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.h2.api.Trigger;

/**
 * A trigger loaded by class name, as a hostile backup could name one: it writes the file named
 * by the system property {@code paceline.test.marker} the moment H2 creates it.
 */
public class MarkerTrigger implements Trigger {

  @Override
  public void init(Connection c, String schema, String trigger, String table, boolean before,
      int type) throws java.sql.SQLException {
    try {
      Files.writeString(Path.of(System.getProperty("paceline.test.marker")), "class ran");
    } catch (java.io.IOException e) {
      throw new java.sql.SQLException(e);
    }
  }

  @Override
  public void fire(Connection c, Object[] oldRow, Object[] newRow) {}
}

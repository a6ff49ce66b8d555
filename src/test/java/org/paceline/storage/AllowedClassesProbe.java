package org.paceline.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Run in a child JVM started with {@code -Dh2.allowedClasses=…}: creates a trigger by class name
 * and one from Java source, and prints which of the two ran ("class ran"/"class refused",
 * "source ran"/"source refused").
 */
public final class AllowedClassesProbe {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path classMarker = dir.resolve("class-marker");
    Path sourceMarker = dir.resolve("source-marker");
    System.setProperty("paceline.test.marker", classMarker.toString());
    try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("probe"), "sa", "");
         var st = c.createStatement()) {
      st.execute("CREATE TABLE T(X INT)");
      try {
        st.execute("CREATE TRIGGER BY_CLASS BEFORE INSERT ON T FOR EACH ROW CALL '"
            + MarkerTrigger.class.getName() + "'");
      } catch (SQLException e) {
        // refused by h2.allowedClasses: the marker is not written
      }
      System.out.println(Files.exists(classMarker) ? "class ran" : "class refused");
      try {
        st.execute(BackupInspectorTest.sourceTrigger("BY_SOURCE", "T", sourceMarker));
      } catch (SQLException e) {
        // not expected: h2.allowedClasses does not cover source code
      }
      System.out.println(Files.exists(sourceMarker) ? "source ran" : "source refused");
    }
  }

  private AllowedClassesProbe() {}
}

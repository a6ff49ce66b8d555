package org.paceline.io.imports;

import java.io.IOException;
import java.io.InputStream;
import org.paceline.model.Plan;

/**
 * The realistic plan a new workspace opens with, shipped inside the application: Northwind
 * Controls' fiscal year 2027.
 */
public final class SamplePlan {

  private static final String FOLDER = "/org/paceline/sample/northwind-fy2027/";

  private SamplePlan() {}

  /** Reads the bundled sample plan. */
  public static Plan load() {
    try {
      return PlanImporter.readCsv(name -> SamplePlan.class.getResourceAsStream(FOLDER + name));
    } catch (PlanImportException e) {
      throw new IllegalStateException("The bundled sample plan is broken: " + e.getMessage(), e);
    }
  }

  /** Reads the bundled copy of one file, for tests and the user guide. */
  static byte[] file(String name) throws IOException {
    try (InputStream in = SamplePlan.class.getResourceAsStream(FOLDER + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}

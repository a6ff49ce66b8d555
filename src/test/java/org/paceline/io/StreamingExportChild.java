package org.paceline.io;

import java.nio.file.Path;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.export.XlsxPlanWriter;

/** A JVM that exports a generated plan to a workbook: {@code PROGRAMS FILE}. */
public final class StreamingExportChild {

  private StreamingExportChild() {}

  public static void main(String[] args) throws Exception {
    int programs = Integer.parseInt(args[0]);
    XlsxPlanWriter.write(PlanGenerator.generate(11, programs, programs / 5, 400, 3),
        Path.of(args[1]));
  }
}

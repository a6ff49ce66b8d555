package org.paceline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paceline.io.export.PlanTemplateWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paceline template --out FILE.xlsx}: the plan format as a workbook to fill in. */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = "Writes an empty plan workbook to fill in: every sheet of the plan format"
        + " with its headers, drop-downs for kind and status, and a read me sheet with examples.")
final class TemplateCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "FILE.xlsx", required = true,
      description = "Where to write the workbook.")
  Path out;

  @Option(names = "--force", description = "Replace the file if it exists.")
  boolean force;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      err.println("paceline: " + out + ": the template is an Excel workbook; give a name"
          + " ending in .xlsx");
      err.flush();
      return Cli.BAD_INPUT;
    }
    if (Files.exists(out) && !force) {
      err.println("paceline: " + out + " already exists; choose another name or add --force");
      err.flush();
      return Cli.BAD_INPUT;
    }
    try {
      PlanTemplateWriter.write(out);
    } catch (IOException e) {
      err.println("paceline: " + out + " could not be written: "
          + (e.getMessage() == null ? "the folder cannot be written to" : e.getMessage()));
      err.flush();
      return Cli.BAD_INPUT;
    }
    spec.commandLine().getOut().println(out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}

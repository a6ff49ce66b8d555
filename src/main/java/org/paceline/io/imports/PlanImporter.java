package org.paceline.io.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paceline.model.Plan;

/**
 * Reads a plan in the interchange format: a folder of five CSV files or one {@code .xlsx}
 * workbook. Either the whole plan is read, or a {@link PlanImportException} lists every problem.
 */
public final class PlanImporter {

  /** Files larger than this are refused before they are read. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /**
   * Most characters one CSV record (a line, or lines joined by a quoted value) may hold; a
   * record is read whole into memory, so a quote that is never closed stops here.
   */
  public static final int MAX_CSV_RECORD_CHARS = 200_000;

  /** The five tables of a plan, in the order of the format. */
  public static final List<String> TABLES = PlanTablesReader.TABLES;

  /** The tables a plan may have: {@code orders} and {@code holidays}. */
  public static final List<String> OPTIONAL_TABLES = PlanTablesReader.OPTIONAL_TABLES;

  /** How a source of CSV files hands over one file's bytes: null when there is no such file. */
  @FunctionalInterface
  public interface CsvSource {
    /** The file's bytes as a stream, or null when there is no such file. */
    InputStream open(String fileName) throws IOException;
  }

  private PlanImporter() {}

  /** A folder of CSV files or an {@code .xlsx} workbook. */
  public static Plan read(Path path) throws PlanImportException {
    if (Files.isDirectory(path)) {
      return readCsvFolder(path);
    }
    if (!Files.exists(path)) {
      throw single(path.toString(), "there is no file or folder here");
    }
    if (isWorkbookName(path)) {
      return readWorkbook(path);
    }
    throw single(path.toString(), "expected a folder holding plan.csv, targets.csv, budgets.csv,"
        + " initiatives.csv and programs.csv, or an Excel workbook (.xlsx)");
  }

  /** Whether the file's name says it is a workbook ({@code .xlsx}, {@code .xlsm}, {@code .xls}). */
  public static boolean isWorkbookName(Path path) {
    String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
  }

  /** The five CSV files of a folder. */
  public static Plan readCsvFolder(Path folder) throws PlanImportException {
    return readCsv(name -> {
      Path file = folder.resolve(name);
      if (!Files.isRegularFile(file)) {
        return null;
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new IOException("the file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
            + " MB");
      }
      return Files.newInputStream(file);
    });
  }

  /** The five CSV files handed over by {@code source} (a folder, or the bundled sample plan). */
  public static Plan readCsv(CsvSource source) throws PlanImportException {
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, RawTable> tables = new LinkedHashMap<>();
    for (String table : TABLES) {
      String file = table + ".csv";
      try (InputStream in = source.open(file)) {
        if (in == null) {
          problems.add(new ImportProblem(file, 0, "", "the file is missing; a plan folder holds "
              + "plan.csv, targets.csv, budgets.csv, initiatives.csv and programs.csv"));
          continue;
        }
        RawTable t = CsvTableReader.read(file, in, problems);
        if (t != null) {
          tables.put(table, t);
        }
      } catch (IOException e) {
        problems.add(new ImportProblem(file, 0, "", "cannot be read: " + describe(e)));
      }
    }
    for (String table : OPTIONAL_TABLES) {
      String file = table + ".csv";
      try (InputStream in = source.open(file)) {
        RawTable t = in == null ? null : CsvTableReader.read(file, in, problems);
        if (t != null) {
          tables.put(table, t);
        }
      } catch (IOException e) {
        problems.add(new ImportProblem(file, 0, "", "cannot be read: " + describe(e)));
      }
    }
    return finish(tables, problems);
  }

  /** The five sheets of a workbook. */
  public static Plan readWorkbook(Path file) throws PlanImportException {
    String name = file.getFileName().toString();
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw single(name, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
      }
    } catch (IOException e) {
      throw single(name, "cannot be read: " + describe(e));
    }
    try (WorkbookReader wb = WorkbookReader.open(file)) {
      List<ImportProblem> problems = new ArrayList<>();
      Map<String, RawTable> tables =
          XlsxTableReader.read(wb, TABLES, OPTIONAL_TABLES, problems);
      return finish(tables, problems);
    }
  }

  private static Plan finish(Map<String, RawTable> tables, List<ImportProblem> problems)
      throws PlanImportException {
    // The tables that could be read are checked even when others are missing.
    Plan plan = PlanTablesReader.read(tables, problems);
    if (plan == null && problems.isEmpty()) {
      problems.add(new ImportProblem("plan", 0, "", "the plan could not be read"));
    }
    if (!problems.isEmpty()) {
      throw new PlanImportException(problems);
    }
    return plan;
  }

  private static PlanImportException single(String source, String message) {
    return new PlanImportException(List.of(new ImportProblem(source, 0, "", message)));
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "the file does not exist";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}

package org.paceline.io.imports.foreign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Resource;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.Task;
import net.sf.mpxj.reader.UniversalProjectReader;
import org.paceline.io.imports.PlanImporter;
import org.paceline.model.Initiative;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;

/**
 * Reads a schedule from MS Project ({@code .mpp}, MSPDI {@code .xml}, {@code .mpx}),
 * GanttProject ({@code .gan}), Primavera ({@code .xer}, P6 XML) and the other formats MPXJ
 * reads. Leaf tasks become programs with the start and finish the scheduling tool computed;
 * summary tasks and milestones are skipped and reported, or summary tasks become the sales
 * initiatives their programs support.
 */
public final class ProjectFileReader {

  /** The file names MPXJ is asked to read. */
  private static final Set<String> EXTENSIONS = Set.of("mpp", "mpt", "mpx", "xml", "gan",
      "xer", "pmxml", "planner", "pp", "pod", "sdef", "fts", "cdpx", "gnt");

  /** What summary tasks become. */
  public enum Summaries { SKIP, INITIATIVES }

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ProjectFileReader.class);

  private ProjectFileReader() {}

  /** The file name endings read as schedules, without the dot. */
  public static Set<String> extensions() {
    return EXTENSIONS;
  }

  public static boolean isProjectName(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1));
  }

  /**
   * The programs (and with {@link Summaries#INITIATIVES} the initiatives) of a schedule.
   *
   * @param takenIds program ids the receiving plan already has: a clash refuses the import
   */
  public static ForeignTableReader.Result read(Path file, Summaries summaries,
      ProgramKind defaultKind, Set<String> takenIds) throws ForeignImportException {
    return read(file, summaries, defaultKind, takenIds, Audience.COMMAND_LINE);
  }

  /** As {@link #read(Path, Summaries, ProgramKind, Set)}, its advice worded for {@code to}. */
  public static ForeignTableReader.Result read(Path file, Summaries summaries,
      ProgramKind defaultKind, Set<String> takenIds, Audience to) throws ForeignImportException {
    String name = file.getFileName().toString();
    ProjectFile project;
    try {
      if (Files.size(file) > PlanImporter.MAX_FILE_BYTES) {
        throw new ForeignImportException(name + ": the file is larger than "
            + PlanImporter.MAX_FILE_BYTES / (1024 * 1024) + " MB");
      }
      project = new UniversalProjectReader().read(file.toFile());
    } catch (ForeignImportException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      LOG.info("MPXJ could not read {}", name, e);
      throw new ForeignImportException(name + ": the file cannot be read as a project schedule"
          + " (MS Project .mpp or .xml, GanttProject .gan, Primavera .xer); it may be damaged,"
          + " protected with a password, or in a format Paceline does not read");
    }
    if (project == null) {
      throw new ForeignImportException(name + " is not a project schedule Paceline can read"
          + " (MS Project .mpp or .xml, GanttProject .gan, Primavera .xer, .mpx)");
    }
    ProgramKind kind = defaultKind == null ? ProgramKind.CAMPAIGN : defaultKind;
    List<ForeignTableReader.Skipped> skipped = new ArrayList<>();
    List<Program> programs = new ArrayList<>();
    Map<Integer, Initiative> initiatives = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    int defaulted = 0;
    for (Task t : project.getTasks()) {
      if (t == null || t.getNull() || t.getUniqueID() == null) {
        continue;
      }
      int number = t.getID() != null ? t.getID() : t.getUniqueID();
      String title = t.getName() == null ? "" : t.getName().strip();
      if (t.getUniqueID() == 0 && t.hasChildTasks()) {
        skipped.add(new ForeignTableReader.Skipped(number, "the project's own summary task"
            + (title.isEmpty() ? "" : " (\"" + Words.quote(title) + "\")")));
        continue;
      }
      LocalDate start = day(t.getStart());
      LocalDate end = day(t.getFinish());
      if (t.hasChildTasks() || t.getSummary()) {
        if (summaries == Summaries.INITIATIVES && start != null && end != null
            && !title.isEmpty() && !end.isBefore(start)) {
          initiatives.put(t.getUniqueID(), new Initiative("I-task-" + t.getUniqueID(),
              cut(title, ForeignTableReader.MAX_NAME), "", start, end, ""));
        } else {
          skipped.add(new ForeignTableReader.Skipped(number, "a summary task (\""
              + Words.quote(title) + "\"), not a program"
              + (summaries == Summaries.SKIP ? "; " + to.summariesAsInitiatives() : "")));
        }
        continue;
      }
      if (t.getMilestone()) {
        skipped.add(new ForeignTableReader.Skipped(number, "a milestone (\"" + Words.quote(title)
            + "\"), not a program"));
        continue;
      }
      if (title.isEmpty()) {
        skipped.add(new ForeignTableReader.Skipped(number, "the task has no name"));
        continue;
      }
      if (title.length() > ForeignTableReader.MAX_NAME) {
        skipped.add(new ForeignTableReader.Skipped(number, "the name is longer than "
            + ForeignTableReader.MAX_NAME + " characters"));
        continue;
      }
      if (start == null || end == null) {
        skipped.add(new ForeignTableReader.Skipped(number, "the task has no start or finish"));
        continue;
      }
      if (end.isBefore(start)) {
        skipped.add(new ForeignTableReader.Skipped(number, "finishes " + end + ", before it"
            + " starts (" + start + ")"));
        continue;
      }
      String id = "task-" + t.getUniqueID();
      if (!ids.add(id)) {
        continue;
      }
      if (takenIds.contains(id)) {
        throw new ForeignImportException("the plan already has a program with the id \"" + id
            + "\" (task " + number + "); was this file imported into it before? Nothing was"
            + " imported.");
      }
      String supports = "";
      if (summaries == Summaries.INITIATIVES) {
        for (Task p = t.getParentTask(); p != null; p = p.getParentTask()) {
          if (initiatives.containsKey(p.getUniqueID())) {
            supports = initiatives.get(p.getUniqueID()).id();
            break;
          }
        }
      }
      defaulted++;
      programs.add(new Program(id, title, kind, cut(owner(t), ForeignTableReader.MAX_OWNER),
          start, end, supports, null, null, cost(t.getCost()), BigDecimal.ZERO, 0,
          ProgramStatus.PLANNED, null));
    }
    if (programs.isEmpty()) {
      List<String> details = new ArrayList<>();
      skipped.forEach(s -> details.add("task " + s.number() + ": " + s.reason()));
      throw new ForeignImportException(name + ": no task could be imported as a program",
          details);
    }
    Map<String, Integer> counts = new TreeMap<>();
    counts.put("kind", defaulted);
    List<String> notes = new ArrayList<>();
    notes.add("kind: " + defaulted + " set to " + kind.code()
        + " (a schedule has no kinds; " + to.scheduleKind() + ")");
    if (!initiatives.isEmpty()) {
      notes.add(initiatives.size() == 1 ? "1 summary task became an initiative"
          : initiatives.size() + " summary tasks became initiatives");
    }
    SourceTable table = new SourceTable(name, null, "task", List.of());
    return new ForeignTableReader.Result(table, 0, Map.of(), Map.of(), "", programs,
        new ArrayList<>(initiatives.values()), skipped, counts, notes);
  }

  private static String owner(Task t) {
    List<String> names = new ArrayList<>();
    for (ResourceAssignment a : t.getResourceAssignments()) {
      Resource r = a.getResource();
      if (r != null && r.getName() != null && !r.getName().isBlank()
          && !names.contains(r.getName().strip())) {
        names.add(r.getName().strip());
      }
    }
    return String.join(", ", names);
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  private static LocalDate day(LocalDateTime t) {
    return t == null ? null : t.toLocalDate();
  }

  private static BigDecimal cost(Number n) {
    if (n == null || Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())
        || n.doubleValue() < 0 || n.doubleValue() >= 1e14) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(n.doubleValue()).setScale(2, RoundingMode.HALF_UP);
  }
}

package org.paceline.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.paceline.model.Amounts;
import org.paceline.model.Program;
import org.paceline.model.ProgramStatus;
import org.paceline.model.Quote;
import org.paceline.model.ShiftDuration;
import org.paceline.storage.PlanRepository;
import org.paceline.storage.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paceline edit}: changes one program, relatively or absolutely. The change is worked out
 * on the program as stored, under its row lock, so parallel runs add up exactly.
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
    description = {
      "Changes one program in place, all of it or nothing (make a scenario first to keep the"
          + " original). Relative changes are applied to the program as it is stored when the"
          + " command runs, so several people (or scripts) editing the same program at once"
          + " all count: 20 runs of --cost +10 add 200.",
      "Example: paceline edit --plan \"FY2027\" --program P-03 --move-by 2w --cost +500"
    })
final class EditCommand implements Callable<Integer> {

  @Option(names = "--plan", paramLabel = "NAME",
      description = "The plan or scenario (may be left out when the workspace has one).")
  String plan;

  @Option(names = "--program", paramLabel = "ID", required = true,
      description = "The program's id, as in programs.csv.")
  String program;

  @Option(names = "--move-by", paramLabel = "D",
      description = "Move start and end: a whole number with d, w or m (days, weeks, calendar"
          + " months; no unit means months), - for earlier: 3d, -2w, 1m.")
  String moveBy;

  @Option(names = "--start", paramLabel = "yyyy-mm-dd", description = "A new start day.")
  String start;

  @Option(names = "--end", paramLabel = "yyyy-mm-dd", description = "A new end day.")
  String end;

  @Option(names = "--cost", paramLabel = "AMOUNT",
      description = "+500 or -200 add to or take from the cost; 1200 sets it.")
  String cost;

  @Option(names = "--status", paramLabel = "STATUS",
      description = "idea, planned, committed, running, done or cancelled.")
  String status;

  @Option(names = "--owner", paramLabel = "NAME", description = "A new owner (\"\" for none).")
  String owner;

  @CommandLine.Mixin Cli.WorkspaceOptions workspace = new Cli.WorkspaceOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // every value is checked before the workspace is opened: a bad one changes nothing
    UnaryOperator<Program> change = change();
    try (Workspace ws = workspace.open()) {
      long id = Cli.PlanChoice.choose(ws, plan);
      PlanRepository.ProgramEdit e = ws.plans().editProgram(id, program, p -> {
        try {
          return change.apply(p);
        } catch (IllegalArgumentException x) {
          throw new IllegalArgumentException("\u201c" + p.name() + "\u201d (" + p.id()
              + ") was not changed: " + lower(x.getMessage()) + ".", x);
        }
      });
      spec.commandLine().getOut().println("Changed \u201c" + e.after().name() + "\u201d ("
          + e.after().id() + "): " + String.join(", ", differences(e.before(), e.after()))
          + ".");
    }
    return 0;
  }

  private UnaryOperator<Program> change() {
    if (moveBy == null && start == null && end == null && cost == null && status == null
        && owner == null) {
      throw new IllegalArgumentException("Say what to change: --move-by, --start, --end,"
          + " --cost, --status or --owner (see paceline edit --help).");
    }
    if (moveBy != null && (start != null || end != null)) {
      throw new IllegalArgumentException("--move-by moves both days; give it alone, or"
          + " --start and --end.");
    }
    ShiftDuration by = moveBy == null ? null : ShiftDuration.parse(moveBy);
    LocalDate newStart = start == null ? null : date("--start", start);
    LocalDate newEnd = end == null ? null : date("--end", end);
    CostChange costChange = cost == null ? null : CostChange.parse(cost);
    ProgramStatus newStatus = status == null ? null : ProgramStatus.fromCode(status)
        .orElseThrow(() -> new IllegalArgumentException("--status " + Quote.of(status)
            + " is not a status; use idea, planned, committed, running, done or cancelled."));
    return p -> {
      LocalDate s = by != null ? by.applyTo(p.start()) : newStart != null ? newStart : p.start();
      LocalDate e = by != null ? by.applyTo(p.end()) : newEnd != null ? newEnd : p.end();
      BigDecimal c = costChange == null ? p.cost() : costChange.applyTo(p.cost());
      return new Program(p.id(), p.name(), p.kind(), owner != null ? owner : p.owner(), s, e,
          p.supports(), p.minLead(), p.maxLead(), c, p.salesShare(), p.expectedLeads(),
          newStatus != null ? newStatus : p.status(), p.salesReview());
    };
  }

  private static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " " + Quote.of(text) + " is not a day;"
          + " write yyyy-mm-dd, e.g. 2027-03-15.", e);
    }
  }

  /** A cost change: {@code +500} and {@code -200} relative, {@code 1200} absolute. */
  record CostChange(BigDecimal amount, boolean relative) {
    static CostChange parse(String text) {
      String t = text.strip();
      boolean relative = t.startsWith("+") || t.startsWith("-");
      try {
        BigDecimal a = new BigDecimal(relative && t.startsWith("+") ? t.substring(1) : t);
        if (a.scale() > 2 || (!relative && a.signum() < 0)) {
          throw new NumberFormatException();
        }
        return new CostChange(a, relative);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--cost " + Quote.of(text) + " is not an amount;"
            + " write +500 or -200 to add or take off, 1200 to set it (at most two decimals).",
            e);
      }
    }

    BigDecimal applyTo(BigDecimal cost) {
      return relative ? cost.add(amount) : amount;
    }
  }

  private static List<String> differences(Program a, Program b) {
    List<String> out = new ArrayList<>();
    if (!a.start().equals(b.start()) || !a.end().equals(b.end())) {
      out.add("now " + b.start() + " to " + b.end());
    }
    if (a.cost().compareTo(b.cost()) != 0) {
      out.add("cost " + Amounts.plain(a.cost()) + " \u2192 " + Amounts.plain(b.cost()));
    }
    if (a.status() != b.status()) {
      out.add("status " + a.status() + " \u2192 " + b.status());
    }
    if (!a.owner().equals(b.owner())) {
      out.add("owner " + Quote.of(b.owner()));
    }
    return out.isEmpty() ? List.of("nothing to change, it was so already") : out;
  }

  private static String lower(String message) {
    String m = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }
}

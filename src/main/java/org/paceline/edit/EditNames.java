package org.paceline.edit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.paceline.model.Initiative;
import org.paceline.model.LeadDuration;
import org.paceline.model.Program;
import org.paceline.model.ShiftDuration;

/**
 * The names of edits as the Edit menu and the history list show them, in the user's words:
 * "Move ‘Spring webinar series’ 3 weeks later", "Set the status of ‘Trade show’ to committed".
 */
public final class EditNames {

  private EditNames() {}

  /** A name in quotes: ‘Spring webinar series’. */
  public static String quote(String name) {
    return "\u2018" + name + "\u2019";
  }

  /**
   * How far one day is from another, in the largest whole unit: "3 weeks later", "1 month
   * earlier" (a month only when the day of the month stays, so 01-31 → 02-28 reads as days).
   */
  public static String distance(LocalDate from, LocalDate to) {
    return between(from, to).describe();
  }

  static ShiftDuration between(LocalDate from, LocalDate to) {
    long months = ChronoUnit.MONTHS.between(from, to);
    if (months != 0 && from.plusMonths(months).equals(to)) {
      return new ShiftDuration((int) months, LeadDuration.Unit.MONTHS);
    }
    long days = ChronoUnit.DAYS.between(from, to);
    if (days % 7 == 0) {
      return new ShiftDuration((int) (days / 7), LeadDuration.Unit.WEEKS);
    }
    return new ShiftDuration((int) days, LeadDuration.Unit.DAYS);
  }

  /** A drag, resize or nudge of a bar, or of an initiative. */
  public static String move(String name, LocalDate startBefore, LocalDate endBefore,
      LocalDate startAfter, LocalDate endAfter) {
    boolean startMoved = !startBefore.equals(startAfter);
    boolean endMoved = !endBefore.equals(endAfter);
    if (startMoved && endMoved) {
      if (ChronoUnit.DAYS.between(startBefore, startAfter)
          == ChronoUnit.DAYS.between(endBefore, endAfter)) {
        return "Move " + quote(name) + " " + distance(startBefore, startAfter);
      }
      return "Change the dates of " + quote(name);
    }
    if (startMoved) {
      return "Move the start of " + quote(name) + " " + distance(startBefore, startAfter);
    }
    if (endMoved) {
      return "Move the end of " + quote(name) + " " + distance(endBefore, endAfter);
    }
    return "Move " + quote(name);
  }

  /** Any change of one program, named by what changed. */
  public static String changeProgram(Program before, Program after) {
    List<String> fields = new ArrayList<>();
    boolean dates = !before.start().equals(after.start()) || !before.end().equals(after.end());
    add(fields, "id", before.id(), after.id());
    add(fields, "name", before.name(), after.name());
    add(fields, "kind", before.kind(), after.kind());
    add(fields, "owner", before.owner(), after.owner());
    add(fields, "initiative", before.supports(), after.supports());
    add(fields, "minimum lead", before.minLead(), after.minLead());
    add(fields, "maximum lead", before.maxLead(), after.maxLead());
    add(fields, "cost", before.cost(), after.cost());
    add(fields, "sales share", before.salesShare(), after.salesShare());
    add(fields, "expected leads", before.expectedLeads(), after.expectedLeads());
    add(fields, "status", before.status(), after.status());
    add(fields, "sales review", before.salesReview(), after.salesReview());
    String name = quote(before.name());
    if (fields.isEmpty()) {
      return dates ? move(before.name(), before.start(), before.end(), after.start(), after.end())
          : "Edit " + name;
    }
    if (dates) {
      fields.add(0, "dates");
    }
    if (fields.size() == 1) {
      return switch (fields.get(0)) {
        case "name" -> "Rename " + name + " to " + quote(after.name());
        case "status" -> "Set the status of " + name + " to " + after.status().code();
        case "initiative" -> after.hasSupports()
            ? "Link " + name + " to " + after.supports() : "Unlink " + name;
        default -> "Change the " + fields.get(0) + " of " + name;
      };
    }
    return "Edit " + name + " (" + String.join(", ", fields) + ")";
  }

  /** Any change of one initiative. */
  public static String changeInitiative(Initiative before, Initiative after) {
    boolean dates = !before.start().equals(after.start()) || !before.end().equals(after.end());
    List<String> fields = new ArrayList<>();
    add(fields, "id", before.id(), after.id());
    add(fields, "name", before.name(), after.name());
    add(fields, "segment", before.segment(), after.segment());
    add(fields, "owner", before.owner(), after.owner());
    if (fields.isEmpty() && dates) {
      return move(before.name(), before.start(), before.end(), after.start(), after.end());
    }
    if (fields.equals(List.of("name")) && !dates) {
      return "Rename " + quote(before.name()) + " to " + quote(after.name());
    }
    if (fields.size() == 1 && !dates) {
      return "Change the " + fields.get(0) + " of " + quote(before.name());
    }
    return "Edit " + quote(before.name());
  }

  private static void add(List<String> fields, String field, Object a, Object b) {
    boolean same = a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y
        ? x.compareTo(y) == 0 : Objects.equals(a, b);
    if (!same) {
      fields.add(field);
    }
  }
}

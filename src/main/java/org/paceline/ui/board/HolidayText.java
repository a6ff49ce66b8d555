package org.paceline.ui.board;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paceline.model.Holiday;

/**
 * The plan's holidays as the settings dialog edits them: one a line, a date {@code yyyy-mm-dd}
 * and an optional name after it ("2027-12-25 Christmas Day").
 */
final class HolidayText {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private HolidayText() {}

  static String format(List<Holiday> holidays) {
    StringBuilder sb = new StringBuilder();
    for (Holiday h : holidays) {
      sb.append(h.date()).append(h.name().isEmpty() ? "" : " " + h.name()).append('\n');
    }
    return sb.toString();
  }

  /**
   * The holidays of the text, in its order; empty lines are skipped.
   *
   * @throws IllegalArgumentException naming the line, when a line has no real date or repeats one
   */
  static List<Holiday> parse(String text) {
    List<Holiday> out = new ArrayList<>();
    Map<LocalDate, Integer> seen = new HashMap<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      int cut = line.indexOf(' ');
      String day = cut < 0 ? line : line.substring(0, cut);
      String name = cut < 0 ? "" : line.substring(cut + 1).trim();
      LocalDate date;
      try {
        date = LocalDate.parse(day, ISO);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Holidays, line " + (i + 1) + ": \"" + day
            + "\" is not a real date; expected yyyy-mm-dd and a name, e.g. 2027-12-25 Christmas.");
      }
      if (name.length() > 200) {
        throw new IllegalArgumentException("Holidays, line " + (i + 1)
            + ": the name is longer than 200 characters.");
      }
      Integer first = seen.putIfAbsent(date, i + 1);
      if (first != null) {
        throw new IllegalArgumentException("Holidays, line " + (i + 1) + ": " + date
            + " is already on line " + first + "; one line per date.");
      }
      out.add(new Holiday(date, name));
    }
    return out;
  }
}

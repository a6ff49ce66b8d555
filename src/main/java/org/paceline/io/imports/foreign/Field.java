package org.paceline.io.imports.foreign;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The program fields a foreign column can fill, with the header words people use for each,
 * best first. Only {@link #NAME} and {@link #START} are required.
 */
public enum Field {
  NAME("name", true, List.of("name", "title", "program", "programme", "program name",
      "content", "item", "activity", "task", "task name", "subject", "topic", "headline",
      "campaign name", "event name", "deliverable", "description")),
  START("start", true, List.of("start", "start date", "starts", "begin", "begins", "from",
      "date", "launch", "launch date", "go live", "publish date", "publication date",
      "send date", "event date", "live date", "when", "kick off", "planned date", "due date")),
  END("end", false, List.of("end", "end date", "ends", "finish", "finish date", "to", "until",
      "through", "deadline", "end of")),
  DURATION("duration", false, List.of("duration", "length", "days", "weeks", "duration days",
      "duration weeks")),
  KIND("kind", false, List.of("kind", "type", "channel", "category", "format", "medium",
      "program type", "content type", "activity type", "tactic")),
  STATUS("status", false, List.of("status", "state", "stage", "progress")),
  OWNER("owner", false, List.of("owner", "responsible", "assignee", "assigned to", "lead",
      "who", "author", "person", "resource names", "resources", "manager", "contact")),
  COST("cost", false, List.of("cost", "budget", "spend", "amount", "price", "estimated cost",
      "planned cost", "cost usd", "budget usd")),
  INITIATIVE("initiative", false, List.of("initiative", "sales initiative", "campaign",
      "project", "theme", "launch name")),
  ID("id", false, List.of("id", "key", "ref", "reference", "#", "no", "number", "item id",
      "task id"));

  private final String code;
  private final boolean required;
  private final List<String> words;

  Field(String code, boolean required, List<String> words) {
    this.code = code;
    this.required = required;
    this.words = words;
  }

  /** The word {@code --map} uses. */
  public String code() {
    return code;
  }

  public boolean required() {
    return required;
  }

  /**
   * How well a normalised header names this field: 0 for its first word, higher for later
   * words, 100 plus that for a header that holds the word among others ("Start date (planned)"),
   * -1 for no match.
   */
  int rank(String header) {
    for (int i = 0; i < words.size(); i++) {
      if (header.equals(words.get(i))) {
        return i;
      }
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.length() >= 3 && (" " + header + " ").contains(" " + w + " ")) {
        return 100 + i;
      }
    }
    return -1;
  }

  static Optional<Field> fromCode(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (Field f : values()) {
      if (f.code.equals(c)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  static String codes() {
    StringBuilder sb = new StringBuilder();
    for (Field f : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(f.code);
    }
    return sb.toString();
  }
}

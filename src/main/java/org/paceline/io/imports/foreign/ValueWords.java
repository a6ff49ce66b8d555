package org.paceline.io.imports.foreign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;

/**
 * Maps the words of a foreign table's kind and status columns to Paceline's: the spec's own
 * words (matched ignoring case and spacing), common synonyms, and the user's {@code --values}.
 */
final class ValueWords {

  private static final Map<String, ProgramKind> KIND_SYNONYMS = new HashMap<>();
  private static final Map<String, ProgramStatus> STATUS_SYNONYMS = new HashMap<>();

  static {
    kinds(ProgramKind.EVENT, "event", "events", "webinar", "trade show", "tradeshow",
        "conference", "expo", "exhibition", "fair", "meetup", "roadshow", "summit", "workshop",
        "customer event", "field event", "booth");
    kinds(ProgramKind.CAMPAIGN, "campaign", "email", "e mail", "newsletter", "mailing",
        "direct mail", "digital", "paid", "paid social", "ads", "advertising", "ppc", "sem",
        "display", "social", "social media", "nurture");
    kinds(ProgramKind.CONTENT, "content", "blog", "blog post", "article", "ebook", "e book",
        "whitepaper", "white paper", "case study", "video", "podcast", "infographic",
        "collateral", "landing page", "calculator", "roi calculator", "guide", "datasheet");
    kinds(ProgramKind.BRAND, "brand", "branding", "pr", "press", "press release",
        "thought leadership", "sponsorship", "awareness");
    kinds(ProgramKind.RESEARCH, "research", "market research", "survey", "audit",
        "market audit", "analysis", "study");
    kinds(ProgramKind.ENABLEMENT, "enablement", "sales enablement", "training",
        "sales training", "playbook", "onboarding", "sales kit");
    statuses(ProgramStatus.IDEA, "idea", "backlog", "proposed", "draft", "someday");
    statuses(ProgramStatus.PLANNED, "planned", "not started", "to do", "todo", "open", "new",
        "pending", "tbd", "scheduled");
    statuses(ProgramStatus.COMMITTED, "committed", "confirmed", "approved", "booked",
        "signed off");
    statuses(ProgramStatus.RUNNING, "running", "in progress", "ongoing", "active", "live",
        "started", "wip", "underway", "in flight");
    statuses(ProgramStatus.DONE, "done", "complete", "completed", "published", "finished",
        "closed", "sent", "launched", "shipped");
    statuses(ProgramStatus.CANCELLED, "cancelled", "canceled", "dropped", "abandoned",
        "killed", "scrapped");
  }

  private static void kinds(ProgramKind k, String... words) {
    for (String w : words) {
      KIND_SYNONYMS.put(key(w), k);
    }
  }

  private static void statuses(ProgramStatus s, String... words) {
    for (String w : words) {
      STATUS_SYNONYMS.put(key(w), s);
    }
  }

  /** Case, spaces and punctuation do not count: "In-Progress" = "in progress" = "INPROGRESS". */
  static String key(String s) {
    return Words.normal(s).replace(" ", "");
  }

  private final Map<String, ProgramKind> userKinds = new HashMap<>();
  private final Map<String, ProgramStatus> userStatuses = new HashMap<>();

  /**
   * The user's value maps, each {@code kind:Social=content,Webinar=event} or
   * {@code status:Live=running}; refused with a message when a word is not Paceline's.
   */
  ValueWords(List<String> specs) throws ForeignImportException {
    for (String spec : specs) {
      int colon = spec.indexOf(':');
      String field = colon < 0 ? "" : spec.substring(0, colon).trim().toLowerCase();
      if (!field.equals("kind") && !field.equals("status")) {
        throw new ForeignImportException("--values \"" + Words.quote(spec) + "\": expected"
            + " kind:WORD=KIND,… or status:WORD=STATUS,…, e.g. --values \"kind:Social=content\"");
      }
      for (String pair : spec.substring(colon + 1).split(",")) {
        if (pair.isBlank()) {
          continue;
        }
        int eq = pair.lastIndexOf('=');
        if (eq <= 0) {
          throw new ForeignImportException("--values: \"" + Words.quote(pair.trim())
              + "\" has no =; expected WORD=" + field.toUpperCase());
        }
        String from = key(pair.substring(0, eq));
        String to = pair.substring(eq + 1).trim();
        if (field.equals("kind")) {
          userKinds.put(from, ProgramKind.fromCode(to).orElseThrow(() ->
              new ForeignImportException("--values: \"" + Words.quote(to) + "\" is not a kind;"
                  + " expected one of research, brand, content, event, campaign, enablement")));
        } else {
          userStatuses.put(from, ProgramStatus.fromCode(to).orElseThrow(() ->
              new ForeignImportException("--values: \"" + Words.quote(to) + "\" is not a"
                  + " status; expected one of idea, planned, committed, running, done,"
                  + " cancelled")));
        }
      }
    }
  }

  Optional<ProgramKind> kind(String value) {
    String k = key(value);
    ProgramKind user = userKinds.get(k);
    if (user != null) {
      return Optional.of(user);
    }
    Optional<ProgramKind> exact = ProgramKind.fromCode(Words.normal(value));
    return exact.isPresent() ? exact : Optional.ofNullable(KIND_SYNONYMS.get(k));
  }

  Optional<ProgramStatus> status(String value) {
    String k = key(value);
    ProgramStatus user = userStatuses.get(k);
    if (user != null) {
      return Optional.of(user);
    }
    Optional<ProgramStatus> exact = ProgramStatus.fromCode(Words.normal(value));
    return exact.isPresent() ? exact : Optional.ofNullable(STATUS_SYNONYMS.get(k));
  }
}

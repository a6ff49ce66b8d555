package org.paceline.model;

import java.util.Locale;
import java.util.Optional;

/** What sort of marketing work a program is; each kind has a default lead window. */
public enum ProgramKind {
  RESEARCH("research", "research programs", LeadDuration.months(9), LeadDuration.months(12)),
  BRAND("brand", "brand programs", LeadDuration.months(6), LeadDuration.months(12)),
  CONTENT("content", "content programs", LeadDuration.months(2), LeadDuration.months(4)),
  EVENT("event", "events", LeadDuration.months(3), LeadDuration.months(6)),
  CAMPAIGN("campaign", "campaigns", LeadDuration.months(1), LeadDuration.months(3)),
  ENABLEMENT("enablement", "enablement programs", LeadDuration.months(1), LeadDuration.months(2));

  private final String code;
  private final String plural;
  private final LeadWindow defaultWindow;

  ProgramKind(String code, String plural, LeadDuration min, LeadDuration max) {
    this.code = code;
    this.plural = plural;
    this.defaultWindow = new LeadWindow(min, max);
  }

  /** The word used in the plan format, e.g. {@code event}. */
  public String code() {
    return code;
  }

  /** How a sentence names programs of this kind: "events need at least 3 months". */
  public String plural() {
    return plural;
  }

  /** The lead window of the plan format's table, used when a plan does not set its own. */
  public LeadWindow defaultWindow() {
    return defaultWindow;
  }

  /** The kind for a plan-format word, ignoring case and surrounding spaces. */
  public static Optional<ProgramKind> fromCode(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (ProgramKind k : values()) {
      if (k.code.equals(t)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return code;
  }
}

package org.paceline.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A plan's name and settings: fiscal calendar, currency, capacity and the default lead window of
 * each program kind.
 *
 * @param name the plan's name, unique in a workspace
 * @param fiscalYearStart the month the fiscal year starts, 1 to 12
 * @param namedBy whether a fiscal year is named by the calendar year it ends or starts in
 * @param currency ISO 4217 code, for display
 * @param capacity the most programs marketing can run at once; 0 means no limit
 * @param leadWindows the default lead window of every kind (all kinds present)
 */
public record PlanSettings(
    String name,
    int fiscalYearStart,
    FiscalYearNaming namedBy,
    String currency,
    int capacity,
    Map<ProgramKind, LeadWindow> leadWindows) {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  public PlanSettings {
    name = Objects.requireNonNull(name, "name").trim();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("A plan needs a name");
    }
    TextLimit.PLAN_NAME.check(name);
    if (fiscalYearStart < 1 || fiscalYearStart > 12) {
      throw new IllegalArgumentException("The fiscal year starts in month 1 to 12");
    }
    Objects.requireNonNull(namedBy, "namedBy");
    if (!CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException("A currency is a three-letter ISO 4217 code");
    }
    if (capacity < 0) {
      throw new IllegalArgumentException("Capacity cannot be negative");
    }
    EnumMap<ProgramKind, LeadWindow> all = defaultLeadWindows();
    all.putAll(leadWindows);
    leadWindows = Collections.unmodifiableMap(all);
  }

  /** A plan with calendar years, US dollars, no capacity limit and the default lead windows. */
  public static PlanSettings defaults(String name) {
    return new PlanSettings(name, 1, FiscalYearNaming.END, "USD", 0, Map.of());
  }

  /** The lead windows of the plan format's table. */
  public static EnumMap<ProgramKind, LeadWindow> defaultLeadWindows() {
    EnumMap<ProgramKind, LeadWindow> m = new EnumMap<>(ProgramKind.class);
    for (ProgramKind k : ProgramKind.values()) {
      m.put(k, k.defaultWindow());
    }
    return m;
  }

  /** The capacity, or empty when the plan sets no limit. */
  public OptionalInt capacityLimit() {
    return capacity == 0 ? OptionalInt.empty() : OptionalInt.of(capacity);
  }

  /** This plan's default lead window for a kind. */
  public LeadWindow leadWindow(ProgramKind kind) {
    return leadWindows.get(kind);
  }

  /** The same settings under another name. */
  public PlanSettings withName(String newName) {
    return new PlanSettings(newName, fiscalYearStart, namedBy, currency, capacity, leadWindows);
  }
}

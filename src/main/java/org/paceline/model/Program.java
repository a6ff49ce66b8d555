package org.paceline.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A marketing program.
 *
 * @param id unique in the plan
 * @param name what people call it
 * @param kind what sort of work it is
 * @param owner who in marketing owns it, or ""
 * @param start first day, included
 * @param end last day, included
 * @param supports the id of the initiative this program prepares, or "" for none
 * @param minLead at least how long before the initiative's start it must start; null: the
 *     plan's default for its kind
 * @param maxLead at most how long before the initiative's start it should start; null: the
 *     plan's default for its kind
 * @param cost total cost
 * @param salesShare the part of the cost paid from the sales budget
 * @param expectedLeads qualified leads this program is expected to hand to sales
 * @param status where it stands
 * @param salesReview the day sales reviewed it, or null
 */
public record Program(
    String id,
    String name,
    ProgramKind kind,
    String owner,
    LocalDate start,
    LocalDate end,
    String supports,
    LeadDuration minLead,
    LeadDuration maxLead,
    BigDecimal cost,
    BigDecimal salesShare,
    int expectedLeads,
    ProgramStatus status,
    LocalDate salesReview) {

  public Program {
    id = Texts.required(id, TextLimit.ID);
    name = Texts.required(name, TextLimit.NAME);
    Objects.requireNonNull(kind, "kind");
    owner = Texts.optional(owner, TextLimit.OWNER);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("A program cannot end before it starts");
    }
    supports = Texts.optional(supports, TextLimit.ID);
    cost = Amounts.cents(cost, "cost");
    salesShare = Amounts.cents(salesShare, "sales share");
    if (salesShare.compareTo(cost) > 0) {
      throw new IllegalArgumentException("The sales share cannot be more than the cost");
    }
    if (expectedLeads < 0) {
      throw new IllegalArgumentException("expected leads cannot be negative");
    }
    Objects.requireNonNull(status, "status");
  }

  /** True unless cancelled. */
  public boolean isActive() {
    return status.isActive();
  }

  /** True when it names an initiative it prepares. */
  public boolean hasSupports() {
    return !supports.isEmpty();
  }

  /** Its days, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** The part of the cost paid from the marketing budget. */
  public BigDecimal marketingCost() {
    return cost.subtract(salesShare);
  }

  /** Its lead window: its own bounds where given, else the plan's default for its kind. */
  public LeadWindow effectiveWindow(PlanSettings settings) {
    LeadWindow d = settings.leadWindow(kind);
    return new LeadWindow(
        minLead != null ? minLead : d.min(), maxLead != null ? maxLead : d.max());
  }

  /** The same program moved to other dates. */
  public Program withDates(LocalDate newStart, LocalDate newEnd) {
    return new Program(id, name, kind, owner, newStart, newEnd, supports, minLead, maxLead, cost,
        salesShare, expectedLeads, status, salesReview);
  }
}

package org.paceline.io.export;

import java.util.ArrayList;
import java.util.List;
import org.paceline.model.Holiday;
import org.paceline.model.Initiative;
import org.paceline.model.LeadDuration;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.QuarterBudget;
import org.paceline.model.QuarterTarget;

/**
 * A plan laid out as the five tables of the interchange format. Cells keep their type (text,
 * {@link java.math.BigDecimal}, {@link Integer}, {@link java.time.LocalDate}, or null for empty)
 * so that each writer can write real numbers and dates where its format has them.
 */
public final class PlanTables {

  /**
   * One table: its name, header and rows.
   *
   * @param name {@code plan}, {@code targets}, …
   * @param header the column names
   * @param rows the typed cells of each row
   */
  public record Table(String name, List<String> header, List<List<Object>> rows) {}

  private PlanTables() {}

  /** The optional tables of the format, written only when the plan has rows for them. */
  public static final List<String> OPTIONAL = List.of("orders", "holidays");

  /**
   * The tables of a plan, in the order of the format: the five, then {@code orders} and {@code
   * holidays} when the plan has any (a plan without them has none of them).
   */
  public static List<Table> of(Plan plan) {
    List<Table> out = new ArrayList<>(List.of(plan(plan.settings()), targets(plan),
        budgets(plan), initiatives(plan), programs(plan)));
    if (!plan.orders().isEmpty()) {
      out.add(orders(plan));
    }
    if (!plan.holidays().isEmpty()) {
      out.add(holidays(plan));
    }
    return out;
  }

  private static Table orders(Plan plan) {
    List<List<Object>> rows = new ArrayList<>();
    for (Order o : plan.orders()) {
      rows.add(cells(o.program(), o.item(), o.owner(), o.leadTime().toString(),
          o.neededBefore().toString(), o.ordered()));
    }
    return new Table("orders", List.of("program", "item", "owner", "lead_time", "needed_before",
        "ordered"), rows);
  }

  private static Table holidays(Plan plan) {
    List<List<Object>> rows = new ArrayList<>();
    for (Holiday h : plan.holidays()) {
      rows.add(cells(h.date(), h.name()));
    }
    return new Table("holidays", List.of("date", "name"), rows);
  }

  private static Table plan(PlanSettings s) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("name", s.name()));
    rows.add(List.of("fiscal_year_start", s.fiscalYearStart()));
    rows.add(List.of("fiscal_year_named_by", s.namedBy().code()));
    rows.add(List.of("currency", s.currency()));
    rows.add(cells("capacity", s.capacity() == 0 ? null : s.capacity()));
    for (ProgramKind k : ProgramKind.values()) {
      rows.add(List.of("lead_window_" + k.code(), s.leadWindow(k).toString()));
    }
    return new Table("plan", List.of("key", "value"), rows);
  }

  private static Table targets(Plan plan) {
    List<List<Object>> rows = new ArrayList<>();
    for (QuarterTarget t : plan.targets()) {
      rows.add(cells(t.quarter().toString(), t.segment(), t.revenue(), t.qualifiedLeads()));
    }
    return new Table("targets", List.of("quarter", "segment", "revenue", "qualified_leads"), rows);
  }

  private static Table budgets(Plan plan) {
    List<List<Object>> rows = new ArrayList<>();
    for (QuarterBudget b : plan.budgets()) {
      rows.add(cells(b.quarter().toString(), b.marketingBudget()));
    }
    return new Table("budgets", List.of("quarter", "marketing_budget"), rows);
  }

  private static Table initiatives(Plan plan) {
    List<List<Object>> rows = new ArrayList<>();
    for (Initiative i : plan.initiatives()) {
      rows.add(cells(i.id(), i.name(), i.segment(), i.start(), i.end(), i.owner()));
    }
    return new Table("initiatives",
        List.of("id", "name", "segment", "start", "end", "owner"), rows);
  }

  private static Table programs(Plan plan) {
    List<List<Object>> rows = new ArrayList<>();
    for (Program p : plan.programs()) {
      rows.add(cells(p.id(), p.name(), p.kind().code(), p.owner(), p.start(), p.end(),
          p.supports(), text(p.minLead()), text(p.maxLead()), p.cost(), p.salesShare(),
          p.expectedLeads(), p.status().code(), p.salesReview()));
    }
    return new Table("programs", List.of("id", "name", "kind", "owner", "start", "end",
        "supports", "min_lead", "max_lead", "cost", "sales_share", "expected_leads", "status",
        "sales_review"), rows);
  }

  private static String text(LeadDuration d) {
    return d == null ? null : d.toString();
  }

  /** A row that may hold nulls (List.of does not). */
  private static List<Object> cells(Object... values) {
    List<Object> row = new ArrayList<>(values.length);
    for (Object v : values) {
      row.add(v);
    }
    return row;
  }
}

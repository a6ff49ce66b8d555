package org.paceline.io.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.FiscalYearNaming;
import org.paceline.model.Holiday;
import org.paceline.model.Initiative;
import org.paceline.model.LeadDuration;
import org.paceline.model.LeadWindow;
import org.paceline.model.Order;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.model.QuarterBudget;
import org.paceline.model.QuarterTarget;
import org.paceline.model.Quote;
import org.paceline.model.TextLimit;

/**
 * Turns the five raw tables into a plan, checking every value against {@code plan-format.md}.
 * It reports every problem it finds, not only the first; a plan is built only when there are none.
 */
final class PlanTablesReader {

  static final String PLAN = "plan";
  static final String TARGETS = "targets";
  static final String BUDGETS = "budgets";
  static final String INITIATIVES = "initiatives";
  static final String PROGRAMS = "programs";
  static final List<String> TABLES = List.of(PLAN, TARGETS, BUDGETS, INITIATIVES, PROGRAMS);
  static final String ORDERS = "orders";
  static final String HOLIDAYS = "holidays";
  /** Tables a plan may leave out: a plan without them has none of them. */
  static final List<String> OPTIONAL_TABLES = List.of(ORDERS, HOLIDAYS);

  private static final Map<String, List<String>> COLUMNS = Map.of(
      PLAN, List.of("key", "value"),
      TARGETS, List.of("quarter", "segment", "revenue", "qualified_leads"),
      BUDGETS, List.of("quarter", "marketing_budget"),
      INITIATIVES, List.of("id", "name", "segment", "start", "end", "owner"),
      PROGRAMS, List.of("id", "name", "kind", "owner", "start", "end", "supports", "min_lead",
          "max_lead", "cost", "sales_share", "expected_leads", "status", "sales_review"),
      ORDERS, List.of("program", "item", "owner", "lead_time", "needed_before", "ordered"),
      HOLIDAYS, List.of("date", "name"));

  private static final Map<String, List<String>> REQUIRED = Map.of(
      PLAN, List.of("key", "value"),
      TARGETS, List.of("quarter", "revenue"),
      BUDGETS, List.of("quarter", "marketing_budget"),
      INITIATIVES, List.of("id", "name", "start", "end"),
      PROGRAMS, List.of("id", "name", "kind", "start", "end"),
      ORDERS, List.of("program", "item", "lead_time"),
      HOLIDAYS, List.of("date"));

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern ISO_SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final List<ImportProblem> problems;

  private PlanTablesReader(List<ImportProblem> problems) {
    this.problems = problems;
  }

  /**
   * The plan in {@code tables} (by table name), or null when there were problems; every problem
   * is added to {@code problems}.
   */
  static Plan read(Map<String, RawTable> tables, List<ImportProblem> problems) {
    return new PlanTablesReader(problems).build(tables);
  }

  private Plan build(Map<String, RawTable> tables) {
    int before = problems.size();
    // A table missing a required column is not read row by row (every row would repeat it);
    // the other tables still are, so that one import reports all of its problems.
    Map<String, RawTable> usable = new HashMap<>();
    for (String name : TABLES) {
      RawTable t = tables.get(name);
      if (t != null && checkColumns(name, t)) {
        usable.put(name, t);
      }
    }
    PlanSettings settings = usable.containsKey(PLAN) ? settings(usable.get(PLAN)) : null;
    List<QuarterTarget> targets =
        usable.containsKey(TARGETS) ? targets(usable.get(TARGETS)) : List.of();
    List<QuarterBudget> budgets =
        usable.containsKey(BUDGETS) ? budgets(usable.get(BUDGETS)) : List.of();
    List<Initiative> initiatives =
        usable.containsKey(INITIATIVES) ? initiatives(usable.get(INITIATIVES)) : List.of();
    Set<String> initiativeIds = null;
    if (usable.containsKey(INITIATIVES)) {
      initiativeIds = new HashSet<>();
      for (RawTable.RawRow row : usable.get(INITIATIVES).rows()) {
        initiativeIds.add(row.get("id").text());
      }
    }
    List<Program> programs = usable.containsKey(PROGRAMS)
        ? programs(usable.get(PROGRAMS), initiativeIds, settings) : List.of();
    int required = usable.size();
    for (String name : OPTIONAL_TABLES) {
      RawTable t = tables.get(name);
      if (t != null && checkColumns(name, t)) {
        usable.put(name, t);
      }
    }
    Set<String> programIds = null;
    if (usable.containsKey(PROGRAMS)) {
      programIds = new HashSet<>();
      for (RawTable.RawRow row : usable.get(PROGRAMS).rows()) {
        programIds.add(row.get("id").text());
      }
    }
    List<Order> orders =
        usable.containsKey(ORDERS) ? orders(usable.get(ORDERS), programIds) : List.of();
    List<Holiday> holidays =
        usable.containsKey(HOLIDAYS) ? holidays(usable.get(HOLIDAYS)) : List.of();
    if (problems.size() > before || settings == null || required < TABLES.size()) {
      return null;
    }
    return new Plan(settings, targets, budgets, initiatives, programs, orders, holidays);
  }

  /** Checks the header; false when a required column is missing. */
  private boolean checkColumns(String table, RawTable t) {
    List<String> known = COLUMNS.get(table);
    Set<String> seen = new HashSet<>();
    for (String c : t.columns()) {
      if (c.isEmpty()) {
        problem(t, 1, "", "a column has no name; expected the columns " + String.join(",", known));
      } else if (!known.contains(c)) {
        problem(t, 1, Quote.shown(c), "unknown column " + Quote.of(c) + "; the " + table + " table has the columns "
            + String.join(", ", known));
      } else if (!seen.add(c)) {
        problem(t, 1, Quote.shown(c), "the column appears twice");
      }
    }
    boolean complete = true;
    for (String c : REQUIRED.get(table)) {
      if (!seen.contains(c)) {
        problem(t, 1, c, "the required column \"" + c + "\" is missing");
        complete = false;
      }
    }
    return complete;
  }

  // ---------------------------------------------------------------- plan

  private PlanSettings settings(RawTable t) {
    Map<String, RawTable.RawRow> byKey = new HashMap<>();
    for (RawTable.RawRow row : t.rows()) {
      String key = row.get("key").text().toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        problem(t, row.line(), "key", "the key is empty");
      } else if (!isPlanKey(key)) {
        problem(t, row.line(), "key", "unknown key " + Quote.of(key) + "; expected name,"
            + " fiscal_year_start, fiscal_year_named_by, currency, capacity or lead_window_<kind>");
      } else if (byKey.put(key, row) != null) {
        problem(t, row.line(), "key", "the key " + Quote.of(key) + " appears twice");
      }
    }
    RawTable.RawRow nameRow = byKey.get("name");
    String name = nameRow == null ? "" : nameRow.get("value").text();
    if (name.isEmpty()) {
      problem(t, nameRow == null ? 0 : nameRow.line(), "value", "the plan needs a name (key \"name\")");
    } else if (!TextLimit.PLAN_NAME.fits(name)) {
      problem(t, nameRow.line(), "value", TextLimit.PLAN_NAME.tooLong(name));
    }
    int fyStart = 1;
    RawTable.RawRow fy = byKey.get("fiscal_year_start");
    if (fy != null && !fy.get("value").isEmpty()) {
      Integer v = wholeNumber(t, fy, "value", "the month the fiscal year starts, 1 to 12");
      if (v != null && (v < 1 || v > 12)) {
        problem(t, fy.line(), "value", "fiscal_year_start is " + v + "; expected a month, 1 to 12");
      } else if (v != null) {
        fyStart = v;
      }
    }
    FiscalYearNaming naming = FiscalYearNaming.END;
    RawTable.RawRow nb = byKey.get("fiscal_year_named_by");
    if (nb != null && !nb.get("value").isEmpty()) {
      String v = nb.get("value").text();
      naming = FiscalYearNaming.fromCode(v).orElse(null);
      if (naming == null) {
        problem(t, nb.line(), "value", "fiscal_year_named_by is " + Quote.of(v) + "; expected end or start");
        naming = FiscalYearNaming.END;
      }
    }
    String currency = "USD";
    RawTable.RawRow cur = byKey.get("currency");
    if (cur != null && !cur.get("value").isEmpty()) {
      String v = cur.get("value").text().toUpperCase(Locale.ROOT);
      if (!isCurrency(v)) {
        problem(t, cur.line(), "value", Quote.of(cur.get("value").text())
            + " is not an ISO 4217 currency code; expected e.g. USD, EUR, GBP");
      } else {
        currency = v;
      }
    }
    int capacity = 0;
    RawTable.RawRow cap = byKey.get("capacity");
    if (cap != null && !cap.get("value").isEmpty()) {
      Integer v = wholeNumber(t, cap, "value", "a whole number of programs, 1 or more");
      if (v != null && v < 1) {
        problem(t, cap.line(), "value", "capacity is " + v + "; expected 1 or more, or empty for no limit");
      } else if (v != null) {
        capacity = v;
      }
    }
    EnumMap<ProgramKind, LeadWindow> windows = PlanSettings.defaultLeadWindows();
    for (ProgramKind kind : ProgramKind.values()) {
      RawTable.RawRow row = byKey.get("lead_window_" + kind.code());
      if (row != null && !row.get("value").isEmpty()) {
        try {
          windows.put(kind, LeadWindow.parse(row.get("value").text()));
        } catch (IllegalArgumentException e) {
          problem(t, row.line(), "value", e.getMessage());
        }
      }
    }
    if (name.isEmpty() || !TextLimit.PLAN_NAME.fits(name)) {
      return null;
    }
    return new PlanSettings(name, fyStart, naming, currency, capacity, windows);
  }

  private static boolean isPlanKey(String key) {
    return switch (key) {
      case "name", "fiscal_year_start", "fiscal_year_named_by", "currency", "capacity" -> true;
      default -> key.startsWith("lead_window_")
          && ProgramKind.fromCode(key.substring("lead_window_".length())).isPresent();
    };
  }

  private static boolean isCurrency(String code) {
    if (!code.matches("[A-Z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- targets and budgets

  private List<QuarterTarget> targets(RawTable t) {
    List<QuarterTarget> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (RawTable.RawRow row : t.rows()) {
      FiscalQuarter q = quarter(t, row, "quarter");
      String segment = text(t, row, "segment", TextLimit.SEGMENT, false);
      BigDecimal revenue = amount(t, row, "revenue", true);
      Integer leads = row.get("qualified_leads").isEmpty() ? null
          : wholeNumber(t, row, "qualified_leads", "a whole number of leads, 0 or more");
      if (leads != null && leads < 0) {
        problem(t, row.line(), "qualified_leads", "qualified_leads is " + leads + "; expected 0 or more");
        leads = null;
      }
      if (q == null || revenue == null || segment == null) {
        continue;
      }
      String key = q + "|" + segment.toLowerCase(Locale.ROOT);
      Integer first = seen.putIfAbsent(key, row.line());
      if (first != null) {
        problem(t, row.line(), "segment", "a second target for " + q + " "
            + (segment.isEmpty() ? "(whole business)" : segment) + "; the first is on line " + first);
        continue;
      }
      out.add(new QuarterTarget(q, segment, revenue, leads));
    }
    return out;
  }

  private List<QuarterBudget> budgets(RawTable t) {
    List<QuarterBudget> out = new ArrayList<>();
    Map<FiscalQuarter, Integer> seen = new HashMap<>();
    for (RawTable.RawRow row : t.rows()) {
      FiscalQuarter q = quarter(t, row, "quarter");
      BigDecimal amount = amount(t, row, "marketing_budget", true);
      if (q == null || amount == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(q, row.line());
      if (first != null) {
        problem(t, row.line(), "quarter", "a second budget for " + q + "; the first is on line " + first);
        continue;
      }
      out.add(new QuarterBudget(q, amount));
    }
    return out;
  }

  // ---------------------------------------------------------------- initiatives and programs

  private List<Initiative> initiatives(RawTable t) {
    List<Initiative> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (RawTable.RawRow row : t.rows()) {
      String id = id(t, row, seen);
      String name = text(t, row, "name", TextLimit.NAME, true);
      String segment = text(t, row, "segment", TextLimit.SEGMENT, false);
      String owner = text(t, row, "owner", TextLimit.OWNER, false);
      LocalDate start = date(t, row, "start", true);
      LocalDate end = date(t, row, "end", true);
      if (start != null && end != null && end.isBefore(start)) {
        problem(t, row.line(), "end", "ends " + end + ", before it starts (" + start
            + "); expected an end on or after the start");
        continue;
      }
      if (id != null && name != null && segment != null && owner != null && start != null
          && end != null) {
        out.add(new Initiative(id, name, segment, start, end, owner));
      }
    }
    return out;
  }

  private List<Program> programs(RawTable t, Set<String> initiativeIds, PlanSettings settings) {
    List<Program> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (RawTable.RawRow row : t.rows()) {
      int before = problems.size();
      String id = id(t, row, seen);
      String name = text(t, row, "name", TextLimit.NAME, true);
      ProgramKind kind = null;
      RawCell kindCell = row.get("kind");
      if (kindCell.isEmpty()) {
        problem(t, row.line(), "kind", "the kind is required; expected one of " + kinds());
      } else {
        kind = ProgramKind.fromCode(kindCell.text()).orElse(null);
        if (kind == null) {
          problem(t, row.line(), "kind", "unknown kind " + Quote.of(kindCell.text()) + "; expected one of "
              + kinds());
        }
      }
      String owner = text(t, row, "owner", TextLimit.OWNER, false);
      LocalDate start = date(t, row, "start", true);
      LocalDate end = date(t, row, "end", true);
      if (start != null && end != null && end.isBefore(start)) {
        problem(t, row.line(), "end", "ends " + end + ", before it starts (" + start
            + "); expected an end on or after the start");
      }
      String supports = text(t, row, "supports", TextLimit.ID, false);
      if (supports != null && !supports.isEmpty() && initiativeIds != null
          && !initiativeIds.contains(supports)) {
        problem(t, row.line(), "supports", "no initiative has the id " + Quote.of(supports)
            + "; expected an id from the initiatives table, or empty");
      }
      LeadDuration minLead = duration(t, row, "min_lead");
      LeadDuration maxLead = duration(t, row, "max_lead");
      if (kind != null && settings != null && problems.size() == before) {
        LeadWindow d = settings.leadWindow(kind);
        LeadDuration min = minLead != null ? minLead : d.min();
        LeadDuration max = maxLead != null ? maxLead : d.max();
        if (min.compareTo(max) > 0) {
          problem(t, row.line(), minLead != null ? "min_lead" : "max_lead",
              "min_lead " + min + (minLead == null ? " (the " + kind + " default)" : "")
                  + " is longer than max_lead " + max
                  + (maxLead == null ? " (the " + kind + " default)" : "")
                  + "; expected min_lead ≤ max_lead");
        }
      }
      BigDecimal cost = amount(t, row, "cost", false);
      BigDecimal share = amount(t, row, "sales_share", false);
      if (cost != null && share != null && share.compareTo(cost) > 0) {
        problem(t, row.line(), "sales_share", "the sales share " + share.toPlainString()
            + " is more than the cost " + cost.toPlainString()
            + "; expected 0 ≤ sales_share ≤ cost");
      }
      Integer leads = row.get("expected_leads").isEmpty() ? Integer.valueOf(0)
          : wholeNumber(t, row, "expected_leads", "a whole number of leads, 0 or more");
      if (leads != null && leads < 0) {
        problem(t, row.line(), "expected_leads", "expected_leads is " + leads + "; expected 0 or more");
      }
      ProgramStatus status = ProgramStatus.PLANNED;
      RawCell statusCell = row.get("status");
      if (!statusCell.isEmpty()) {
        status = ProgramStatus.fromCode(statusCell.text()).orElse(null);
        if (status == null) {
          problem(t, row.line(), "status", "unknown status " + Quote.of(statusCell.text())
              + "; expected idea, planned, committed, running, done or cancelled");
        }
      }
      LocalDate review = date(t, row, "sales_review", false);
      if (problems.size() == before) {
        out.add(new Program(id, name, kind, owner, start, end, supports, minLead, maxLead,
            cost == null ? BigDecimal.ZERO : cost, share == null ? BigDecimal.ZERO : share,
            leads, status, review));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- orders and holidays

  private List<Order> orders(RawTable t, Set<String> programIds) {
    List<Order> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (RawTable.RawRow row : t.rows()) {
      int before = problems.size();
      String program = text(t, row, "program", TextLimit.ID, true);
      if (program != null && programIds != null && !programIds.contains(program)) {
        problem(t, row.line(), "program", "no program has the id " + Quote.of(program)
            + "; expected an id from the programs table");
      }
      String item = text(t, row, "item", TextLimit.ORDER_ITEM, true);
      if (program != null && item != null) {
        Integer first = seen.putIfAbsent(program + "\n" + Order.itemKey(item), row.line());
        if (first != null) {
          problem(t, row.line(), "item", "the item " + Quote.of(item) + " is already listed for program "
              + Quote.of(program) + " on line " + first + " (items are compared ignoring case); expected"
              + " each item once per program");
        }
      }
      String owner = text(t, row, "owner", TextLimit.OWNER, false);
      LeadDuration lead = orderDuration(t, row, "lead_time", true);
      LeadDuration needed = orderDuration(t, row, "needed_before", false);
      LocalDate ordered = date(t, row, "ordered", false);
      if (problems.size() == before) {
        out.add(new Order(program, item, owner, lead, needed, ordered));
      }
    }
    return out;
  }

  private List<Holiday> holidays(RawTable t) {
    List<Holiday> out = new ArrayList<>();
    Map<LocalDate, Integer> seen = new HashMap<>();
    for (RawTable.RawRow row : t.rows()) {
      LocalDate date = date(t, row, "date", true);
      String name = text(t, row, "name", TextLimit.HOLIDAY_NAME, false);
      if (date == null || name == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(date, row.line());
      if (first != null) {
        problem(t, row.line(), "date", "the date " + date + " is already a holiday on line "
            + first + "; expected one row per date");
        continue;
      }
      out.add(new Holiday(date, name));
    }
    return out;
  }

  private LeadDuration orderDuration(RawTable t, RawTable.RawRow row, String column,
      boolean required) {
    RawCell c = row.get(column);
    if (c.isEmpty()) {
      if (required) {
        problem(t, row.line(), column, "the " + column + " is required; expected a duration"
            + " with a unit, e.g. 15wd, 6w, 10d or 2m");
      }
      return required ? null : LeadDuration.days(0);
    }
    try {
      return LeadDuration.parseWithUnit(c.text());
    } catch (IllegalArgumentException e) {
      problem(t, row.line(), column, e.getMessage());
      return null;
    }
  }

  private static String kinds() {
    StringBuilder sb = new StringBuilder();
    for (ProgramKind k : ProgramKind.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(k.code());
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- values

  private String id(RawTable t, RawTable.RawRow row, Map<String, Integer> seen) {
    String id = text(t, row, "id", TextLimit.ID, true);
    if (id == null) {
      return null;
    }
    Integer first = seen.putIfAbsent(id, row.line());
    if (first != null) {
      problem(t, row.line(), "id", "the id " + Quote.of(id) + " is already used on line " + first
          + "; expected a unique id");
      return null;
    }
    return id;
  }

  private String text(RawTable t, RawTable.RawRow row, String column, TextLimit limit,
      boolean required) {
    RawCell c = row.get(column);
    if (c.isEmpty()) {
      if (required) {
        problem(t, row.line(), column, "the " + column + " is required");
        return null;
      }
      return "";
    }
    if (!limit.fits(c.text())) {
      problem(t, row.line(), column, limit.tooLong(c.text()));
      return null;
    }
    return c.text();
  }

  private FiscalQuarter quarter(RawTable t, RawTable.RawRow row, String column) {
    RawCell c = row.get(column);
    if (c.isEmpty()) {
      problem(t, row.line(), column, "the quarter is required, e.g. FY2027-Q3");
      return null;
    }
    try {
      return FiscalQuarter.parse(c.text());
    } catch (IllegalArgumentException e) {
      problem(t, row.line(), column, e.getMessage());
      return null;
    }
  }

  private LocalDate date(RawTable t, RawTable.RawRow row, String column, boolean required) {
    RawCell c = row.get(column);
    if (c.isEmpty()) {
      if (required) {
        problem(t, row.line(), column, "the " + column + " date is required (yyyy-mm-dd)");
      }
      return null;
    }
    if (c.typed() instanceof LocalDate d) {
      return d;
    }
    if (c.typed() instanceof BigDecimal) {
      problem(t, row.line(), column, "the cell holds the number " + Quote.shown(c.text())
          + "; expected a date (format the cell as a date, or write yyyy-mm-dd)");
      return null;
    }
    Matcher m = ISO_SHAPE.matcher(c.text());
    if (!m.matches()) {
      problem(t, row.line(), column, Quote.of(c.text()) + " is not a date; expected yyyy-mm-dd,"
          + " e.g. 2027-03-01");
      return null;
    }
    try {
      return LocalDate.parse(c.text(), ISO_DATE);
    } catch (DateTimeParseException e) {
      problem(t, row.line(), column, Quote.of(c.text()) + " is not a real date: "
          + whyNotADate(m) + "; expected yyyy-mm-dd");
      return null;
    }
  }

  private static String whyNotADate(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return "there is no month " + month;
    }
    YearMonth ym = YearMonth.of(year, month);
    return ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
        + year + " has " + ym.lengthOfMonth() + " days";
  }

  private BigDecimal amount(RawTable t, RawTable.RawRow row, String column, boolean required) {
    RawCell c = row.get(column);
    if (c.isEmpty()) {
      if (required) {
        problem(t, row.line(), column, "the " + column + " amount is required");
        return null;
      }
      return BigDecimal.ZERO;
    }
    BigDecimal v;
    if (c.typed() instanceof BigDecimal n) {
      v = n;
    } else if (DECIMAL.matcher(c.text()).matches() && c.text().length() <= 20) {
      v = new BigDecimal(c.text());
    } else {
      problem(t, row.line(), column, Quote.of(c.text()) + " is not an amount; expected a plain"
          + " number like 12500 or 12500.50, without currency sign or thousands separator");
      return null;
    }
    if (v.signum() < 0) {
      problem(t, row.line(), column, "the amount " + v.toPlainString()
          + " is negative; expected 0 or more");
      return null;
    }
    if (v.stripTrailingZeros().scale() > 2) {
      problem(t, row.line(), column, "the amount " + v.toPlainString()
          + " has fractions of a cent; expected at most two decimals");
      return null;
    }
    if (v.compareTo(new BigDecimal("100000000000000")) >= 0) {
      problem(t, row.line(), column, "the amount " + v.toPlainString()
          + " is too large; expected less than 100 trillion");
      return null;
    }
    return v;
  }

  private Integer wholeNumber(RawTable t, RawTable.RawRow row, String column, String expected) {
    RawCell c = row.get(column);
    BigDecimal v = null;
    if (c.typed() instanceof BigDecimal n) {
      v = n;
    } else if (DECIMAL.matcher(c.text()).matches() && c.text().length() <= 12) {
      v = new BigDecimal(c.text());
    }
    if (v == null || v.stripTrailingZeros().scale() > 0
        || v.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      problem(t, row.line(), column, Quote.of(c.text()) + " is not a whole number; expected "
          + expected);
      return null;
    }
    return v.intValueExact();
  }

  private LeadDuration duration(RawTable t, RawTable.RawRow row, String column) {
    RawCell c = row.get(column);
    if (c.isEmpty()) {
      return null;
    }
    try {
      return LeadDuration.parse(c.text());
    } catch (IllegalArgumentException e) {
      problem(t, row.line(), column, e.getMessage());
      return null;
    }
  }

  private void problem(RawTable t, int line, String column, String message) {
    problems.add(new ImportProblem(t.source(), line, column, message));
  }
}

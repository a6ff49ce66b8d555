package org.paceline.io.imports.foreign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paceline.io.imports.SheetCell;
import org.paceline.io.imports.SheetRow;
import org.paceline.model.Initiative;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.model.Program;

/**
 * Reads a table of programs that is not in the plan format: finds the header row, maps columns
 * to program fields (the user's {@code --map}, or a proposal from the header names and the
 * cells), reads dates as they really occur, maps kind and status words, and reports every row
 * it does not import with its reason. Either the rows become programs, or the table is refused
 * with a message; nothing in between.
 */
public final class ForeignTableReader {

  /** Longest texts the workspace holds (its columns, see the V1 migration). */
  static final int MAX_NAME = org.paceline.model.TextLimit.NAME.max();
  static final int MAX_OWNER = org.paceline.model.TextLimit.OWNER.max();
  static final int MAX_ID = org.paceline.model.TextLimit.ID.max();

  /** Rows above this are searched for the header row. */
  static final int HEADER_SEARCH = 30;

  /** The choices a user makes on the command line or in the wizard. */
  public record Options(String map, List<String> values, String dateOrder,
      ProgramKind defaultKind, ProgramStatus defaultStatus, Audience audience) {

    public Options {
      values = values == null ? List.of() : List.copyOf(values);
      defaultKind = defaultKind == null ? ProgramKind.CAMPAIGN : defaultKind;
      defaultStatus = defaultStatus == null ? ProgramStatus.PLANNED : defaultStatus;
      audience = audience == null ? Audience.COMMAND_LINE : audience;
    }

    /** The choices given on the command line. */
    public Options(String map, List<String> values, String dateOrder, ProgramKind defaultKind,
        ProgramStatus defaultStatus) {
      this(map, values, dateOrder, defaultKind, defaultStatus, Audience.COMMAND_LINE);
    }

    public static Options defaults() {
      return new Options(null, List.of(), null, null, null);
    }
  }

  /** A row that was not imported, and why. */
  public record Skipped(int number, String reason) {}

  /**
   * What the table gives.
   *
   * @param headerRow the row (or line) number of the header
   * @param headers the column headers as written, by column
   * @param mapping the column each field was read from
   * @param mapArgument the {@code --map} that gives the same mapping
   * @param programs the programs, in row order
   * @param newInitiatives initiatives created from the initiative column's values
   * @param skipped every row not imported
   * @param defaulted how many values were defaulted, by field ("kind", "status", "cost")
   * @param notes what else the user should know (columns not read, duplicate headers)
   */
  public record Result(SourceTable table, int headerRow, Map<Integer, String> headers,
      Map<Field, Integer> mapping, String mapArgument, List<Program> programs,
      List<Initiative> newInitiatives, List<Skipped> skipped, Map<String, Integer> defaulted,
      List<String> notes) {

    public int defaultedTotal() {
      return defaulted.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "12 programs imported, 3 rows skipped, 5 values defaulted". */
    public String summary(boolean stored) {
      return programs.size() + (programs.size() == 1 ? " program " : " programs ")
          + (stored ? "imported" : "would be imported") + ", " + skipped.size() + " "
          + table.rowWord() + (skipped.size() == 1 ? "" : "s") + " skipped, "
          + defaultedTotal() + (defaultedTotal() == 1 ? " value" : " values") + " defaulted";
    }
  }

  private final SourceTable table;
  private final Options options;
  private final ValueWords words;
  private final List<String> notes = new ArrayList<>();

  private ForeignTableReader(SourceTable table, Options options) throws ForeignImportException {
    this.table = table;
    this.options = options;
    this.words = new ValueWords(options.values());
  }

  /**
   * Reads {@code table}.
   *
   * @param existingInitiatives the initiatives of the plan the programs go into (empty for a
   *     new plan): initiative values naming one (by id or name) link to it
   * @param takenIds program ids the plan already has
   */
  public static Result read(SourceTable table, Options options,
      List<Initiative> existingInitiatives, Set<String> takenIds) throws ForeignImportException {
    return new ForeignTableReader(table, options).run(existingInitiatives, takenIds);
  }

  /** The proposal alone (header row, headers, mapping), for the wizard's preview. */
  public static Result propose(SourceTable table) throws ForeignImportException {
    ForeignTableReader r = new ForeignTableReader(table, Options.defaults());
    int headerIndex = r.headerIndex();
    Map<Integer, String> headers = r.headers(table.rows().get(headerIndex));
    Map<Field, Integer> mapping = r.proposeLenient(headers, headerIndex);
    return new Result(table, table.rows().get(headerIndex).number(), headers, mapping,
        mapArgument(mapping, headers), List.of(), List.of(), List.of(), Map.of(), r.notes);
  }

  // ---------------------------------------------------------------- the run

  private Result run(List<Initiative> existing, Set<String> takenIds)
      throws ForeignImportException {
    if (table.rows().isEmpty()) {
      throw new ForeignImportException(table.describe() + " is empty: it holds no table of"
          + " programs");
    }
    int headerIndex = headerIndex();
    SheetRow headerRow = table.rows().get(headerIndex);
    Map<Integer, String> headers = headers(headerRow);
    List<SheetRow> data = table.rows().subList(headerIndex + 1, table.rows().size());
    if (data.isEmpty()) {
      throw new ForeignImportException(table.describe() + " has no rows under its header ("
          + table.rowWord() + " " + headerRow.number() + "): the table is empty");
    }
    Map<Field, Integer> mapping = options.map() != null
        ? explicit(options.map(), headers, headerRow.number())
        : proposal(headers, headerIndex);
    List<String> unread = new ArrayList<>();
    for (Map.Entry<Integer, String> h : headers.entrySet()) {
      if (!mapping.containsValue(h.getKey())) {
        unread.add(h.getValue());
      }
    }
    if (!unread.isEmpty()) {
      notes.add("columns not imported: " + Words.list(unread));
    }
    DateReader.Order order = dateOrder(data, mapping, headers);

    List<Skipped> skipped = new ArrayList<>();
    for (int i = 0; i < headerIndex; i++) {
      SheetRow r = table.rows().get(i);
      skipped.add(new Skipped(r.number(), "above the header row (" + glimpse(r) + ")"));
    }
    Map<String, Integer> defaulted = new TreeMap<>();
    Map<String, Map<String, Integer>> defaultedWords = new TreeMap<>();
    List<Program> programs = new ArrayList<>();
    List<String> programInitiatives = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    String headerKey = rowKey(headerRow);
    for (SheetRow row : data) {
      String reason = null;
      SheetCell nameCell = cell(row, mapping, Field.NAME);
      SheetCell startCell = cell(row, mapping, Field.START);
      LocalDate start = DateReader.read(startCell, order);
      if (rowKey(row).equals(headerKey)) {
        reason = "repeats the header row";
      } else if (nameCell == null && start == null) {
        reason = "no title and no date: a separator or note row (" + glimpse(row) + ")";
      } else if (startCell == null) {
        reason = "no date in the column \"" + headers.get(mapping.get(Field.START)) + "\"";
      } else if (start == null) {
        reason = "\"" + Words.quote(startCell.text()) + "\" in the column \""
            + headers.get(mapping.get(Field.START)) + "\" is not a date"
            + (nameCell == null ? " (a separator row)" : "");
      } else if (nameCell == null) {
        reason = "no title in the column \"" + headers.get(mapping.get(Field.NAME)) + "\"";
      } else if (nameCell.text().length() > MAX_NAME) {
        reason = "the title is " + nameCell.text().length() + " characters long; at most "
            + MAX_NAME + " fit";
      }
      if (reason != null) {
        skipped.add(new Skipped(row.number(), reason));
        continue;
      }
      // the end: an end column, else a duration, else one day
      LocalDate end = start;
      SheetCell endCell = cell(row, mapping, Field.END);
      SheetCell durationCell = cell(row, mapping, Field.DURATION);
      if (endCell != null) {
        end = DateReader.read(endCell, order);
        if (end == null) {
          skipped.add(new Skipped(row.number(), "the end \"" + Words.quote(endCell.text())
              + "\" in the column \"" + headers.get(mapping.get(Field.END)) + "\" is not a date"));
          continue;
        }
      } else if (durationCell != null) {
        Integer days = days(durationCell, headers.get(mapping.get(Field.DURATION)));
        if (days == null) {
          skipped.add(new Skipped(row.number(), "the duration \""
              + Words.quote(durationCell.text()) + "\" is not a number of days, weeks or months"));
          continue;
        }
        end = start.plusDays(Math.max(0, days - 1));
      }
      if (end.isBefore(start)) {
        skipped.add(new Skipped(row.number(), "ends " + end + ", before it starts (" + start
            + ")"));
        continue;
      }
      // the id
      String id;
      SheetCell idCell = cell(row, mapping, Field.ID);
      if (idCell != null) {
        id = idCell.text();
        if (id.length() > MAX_ID) {
          skipped.add(new Skipped(row.number(), "the id is longer than " + MAX_ID
              + " characters"));
          continue;
        }
      } else {
        id = table.rowWord() + "-" + row.number();
      }
      Integer first = ids.putIfAbsent(id, row.number());
      if (first != null) {
        skipped.add(new Skipped(row.number(), "the id \"" + Words.quote(id)
            + "\" is already used on " + table.rowWord() + " " + first));
        continue;
      }
      if (takenIds.contains(id)) {
        throw new ForeignImportException("the plan already has a program with the id \""
            + Words.quote(id) + "\" (" + table.rowWord() + " " + row.number()
            + "); was this file imported into it before? Nothing was imported.");
      }
      // owner
      SheetCell ownerCell = cell(row, mapping, Field.OWNER);
      String owner = ownerCell == null ? "" : ownerCell.text();
      if (owner.length() > MAX_OWNER) {
        skipped.add(new Skipped(row.number(), "the owner is " + owner.length()
            + " characters long; at most " + MAX_OWNER + " fit"));
        continue;
      }
      // kind, status and cost, defaulted when missing or unknown
      ProgramKind kind = options.defaultKind();
      if (mapping.containsKey(Field.KIND)) {
        SheetCell k = cell(row, mapping, Field.KIND);
        ProgramKind found = k == null ? null : words.kind(k.text()).orElse(null);
        if (found != null) {
          kind = found;
        } else {
          count(defaulted, defaultedWords, "kind", k == null ? "" : k.text());
        }
      } else {
        count(defaulted, defaultedWords, "kind", "");
      }
      ProgramStatus status = options.defaultStatus();
      SheetCell s = cell(row, mapping, Field.STATUS);
      if (s != null) {
        ProgramStatus found = words.status(s.text()).orElse(null);
        if (found != null) {
          status = found;
        } else {
          count(defaulted, defaultedWords, "status", s.text());
        }
      } else if (mapping.containsKey(Field.STATUS)) {
        count(defaulted, defaultedWords, "status", "");
      }
      BigDecimal cost = BigDecimal.ZERO;
      SheetCell c = cell(row, mapping, Field.COST);
      if (c != null) {
        BigDecimal v = amount(c);
        if (v == null) {
          count(defaulted, defaultedWords, "cost", c.text());
        } else {
          cost = v;
        }
      }
      SheetCell ini = cell(row, mapping, Field.INITIATIVE);
      programInitiatives.add(ini == null ? "" : ini.text());
      programs.add(new Program(id, nameCell.text(), kind, owner, start, end, "", null, null,
          cost, BigDecimal.ZERO, 0, status, null));
    }
    if (programs.isEmpty()) {
      List<String> details = new ArrayList<>();
      for (Skipped sk : skipped) {
        details.add(table.rowWord() + " " + sk.number() + ": " + sk.reason());
      }
      throw new ForeignImportException(table.describe() + ": no row could be imported as a"
          + " program (" + options.audience().checkMapping(mapArgument(mapping, headers)) + ")",
          details);
    }
    for (Map.Entry<String, Map<String, Integer>> e : defaultedWords.entrySet()) {
      notes.add(e.getKey() + ": " + defaulted.get(e.getKey()) + " set to "
          + defaultFor(e.getKey()) + " (" + wordsCount(e.getValue()) + ")");
    }
    List<Initiative> created = new ArrayList<>();
    programs = link(programs, programInitiatives, existing, created);
    return new Result(table, headerRow.number(), headers, mapping, mapArgument(mapping, headers),
        programs, created, skipped, defaulted, notes);
  }

  private String defaultFor(String field) {
    return switch (field) {
      case "kind" -> options.defaultKind().code() + (options.defaultKind() == ProgramKind.CAMPAIGN
          ? " (" + options.audience().defaultKind() + ")" : "");
      case "status" -> options.defaultStatus().code();
      default -> "0";
    };
  }

  private static String wordsCount(Map<String, Integer> m) {
    StringBuilder sb = new StringBuilder();
    int shown = 0;
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      if (shown++ == 8) {
        sb.append(", …");
        break;
      }
      sb.append(sb.length() == 0 ? "" : ", ")
          .append(e.getKey().isEmpty() ? "empty" : "\"" + Words.quote(e.getKey()) + "\"")
          .append(" ×").append(e.getValue());
    }
    return sb.toString();
  }

  private static void count(Map<String, Integer> defaulted, Map<String, Map<String, Integer>> w,
      String field, String value) {
    defaulted.merge(field, 1, Integer::sum);
    Map<String, Integer> m = w.computeIfAbsent(field, k -> new TreeMap<>());
    if (m.size() < 1000 || m.containsKey(value)) {
      m.merge(value, 1, Integer::sum);
    }
  }

  // ---------------------------------------------------------------- header and mapping

  /** The index (in the table's rows) of the header: the early row most like one. */
  private int headerIndex() throws ForeignImportException {
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < Math.min(HEADER_SEARCH, table.rows().size()); i++) {
      SheetRow r = table.rows().get(i);
      int texts = 0;
      int fields = 0;
      boolean data = false;
      for (SheetCell c : r.cells()) {
        if (c.isDate() || c.isNumber() || DateReader.read(c, DateReader.Order.MDY) != null
            || c.text().length() > 60) {
          data = true;
          continue;
        }
        texts++;
        String n = Words.normal(c.text());
        for (Field f : Field.values()) {
          if (f.rank(n) >= 0 && f.rank(n) < 100) {
            fields++;
            break;
          }
        }
      }
      if (texts < 2) {
        continue;
      }
      int score = texts + 3 * fields - (data ? 2 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) {
      throw new ForeignImportException(table.describe() + ": no header row found; the first "
          + HEADER_SEARCH + " " + table.rowWord() + "s hold no row with two or more column"
          + " names (such as Title, Date, Type)");
    }
    return best;
  }

  private Map<Integer, String> headers(SheetRow header) {
    Map<Integer, String> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (SheetCell c : header.cells()) {
      String n = Words.normal(c.text());
      Integer first = seen.putIfAbsent(n, c.column());
      if (first != null) {
        notes.add("the header \"" + Words.quote(c.text()) + "\" appears twice (columns "
            + SheetCell.columnName(first) + " and " + SheetCell.columnName(c.column())
            + "); column " + SheetCell.columnName(first) + " is used");
        continue;
      }
      out.put(c.column(), c.text());
    }
    return out;
  }

  private Map<Field, Integer> explicit(String map, Map<Integer, String> headers, int headerRow)
      throws ForeignImportException {
    Map<Field, Integer> mapping = new EnumMap<>(Field.class);
    for (String pair : map.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new ForeignImportException("--map: \"" + Words.quote(pair.trim()) + "\" has no"
            + " =; expected FIELD=Header, e.g. --map \"name=Title,start=Date\"");
      }
      String fieldWord = pair.substring(0, eq).trim();
      Field f = Field.fromCode(fieldWord).orElseThrow(() -> new ForeignImportException(
          "--map: \"" + Words.quote(fieldWord) + "\" is not a program field; the fields are "
              + Field.codes()));
      String header = pair.substring(eq + 1);
      Integer column = null;
      for (Map.Entry<Integer, String> h : headers.entrySet()) {
        if (Words.normal(h.getValue()).equals(Words.normal(header))) {
          column = h.getKey();
          break;
        }
      }
      if (column == null) {
        throw new ForeignImportException("--map " + f.code() + "=" + Words.quote(header.trim())
            + ": " + table.describe() + " has no column \"" + Words.quote(header.trim())
            + "\" in its header row (" + table.rowWord() + " " + headerRow + "); the headers"
            + " are: " + Words.list(new ArrayList<>(headers.values())));
      }
      mapping.put(f, column);
    }
    for (Field f : List.of(Field.NAME, Field.START)) {
      if (!mapping.containsKey(f)) {
        throw new ForeignImportException(options.audience().missingColumn(f,
            Words.list(new ArrayList<>(headers.values()))));
      }
    }
    return mapping;
  }

  /** The proposal; refused, showing it and the --map to fix it, when name or start is unsure. */
  private Map<Field, Integer> proposal(Map<Integer, String> headers, int headerIndex)
      throws ForeignImportException {
    List<String> doubts = new ArrayList<>();
    Map<Field, Integer> mapping = propose(headers, headerIndex, doubts);
    boolean sure = doubts.isEmpty() && mapping.containsKey(Field.NAME)
        && mapping.containsKey(Field.START);
    if (sure) {
      return mapping;
    }
    List<String> details = new ArrayList<>();
    details.add("proposed mapping (header row: " + table.rowWord() + " "
        + table.rows().get(headerIndex).number() + "):");
    for (Field f : Field.values()) {
      Integer c = mapping.get(f);
      details.add(String.format("  %-10s ← %s", f.code(),
          c == null ? (f.required() ? "? (required)" : "—") : "\"" + headers.get(c) + "\""));
    }
    details.addAll(doubts);
    String guess = mapArgument(mapping, headers);
    StringBuilder fix = new StringBuilder(guess);
    for (Field f : List.of(Field.NAME, Field.START)) {
      if (!mapping.containsKey(f)) {
        fix.insert(0, f.code() + "=HEADER" + (fix.length() == 0 ? "" : ","));
      }
    }
    details.add("to import, say which columns to use, e.g.: --map \"" + fix + "\"");
    details.add("the headers are: " + Words.list(new ArrayList<>(headers.values())));
    throw new ForeignImportException(table.describe()
        + ": the columns for the program's name and start are not certain", details);
  }

  private Map<Field, Integer> proposeLenient(Map<Integer, String> headers, int headerIndex) {
    return propose(headers, headerIndex, new ArrayList<>());
  }

  private static final List<Field> PROPOSAL_ORDER = List.of(Field.START, Field.END, Field.NAME,
      Field.KIND, Field.STATUS, Field.OWNER, Field.COST, Field.INITIATIVE, Field.DURATION,
      Field.ID);

  private Map<Field, Integer> propose(Map<Integer, String> headers, int headerIndex,
      List<String> doubts) {
    Map<Field, Integer> mapping = new EnumMap<>(Field.class);
    Set<Integer> used = new HashSet<>();
    List<SheetRow> data = table.rows().subList(headerIndex + 1, table.rows().size());
    for (Field f : PROPOSAL_ORDER) {
      int bestRank = Integer.MAX_VALUE;
      List<Integer> best = new ArrayList<>();
      for (Map.Entry<Integer, String> h : headers.entrySet()) {
        if (used.contains(h.getKey())) {
          continue;
        }
        int r = f.rank(Words.normal(h.getValue()));
        if (r < 0) {
          continue;
        }
        if ((f == Field.START || f == Field.END) && dateShare(data, h.getKey()) < 0.3) {
          continue;
        }
        if (r < bestRank) {
          bestRank = r;
          best.clear();
        }
        if (r == bestRank) {
          best.add(h.getKey());
        }
      }
      if (best.isEmpty() && (f == Field.START || f == Field.NAME)) {
        best = byContent(f, headers, data, used);
        if (best.size() == 1) {
          notes.add("the column \"" + headers.get(best.get(0)) + "\" is read as the " + f.code()
              + " from what its cells hold");
        }
      }
      if (best.size() == 1) {
        mapping.put(f, best.get(0));
        used.add(best.get(0));
      } else if (best.size() > 1) {
        List<String> names = new ArrayList<>();
        best.forEach(c -> names.add(headers.get(c)));
        if (f.required()) {
          doubts.add("the " + f.code() + " could be any of " + Words.list(names));
        } else {
          notes.add("the " + f.code() + " could be any of " + Words.list(names)
              + "; none is used (" + options.audience().chooseColumn(f) + ")");
        }
      }
    }
    if (!mapping.containsKey(Field.START) && doubts.isEmpty()) {
      doubts.add("no column looks like the start date");
    }
    if (!mapping.containsKey(Field.NAME) && doubts.isEmpty()) {
      doubts.add("no column looks like the program's name");
    }
    return mapping;
  }

  /** Columns that hold mostly dates (for the start) or mostly distinct text (for the name). */
  private List<Integer> byContent(Field f, Map<Integer, String> headers, List<SheetRow> data,
      Set<Integer> used) {
    List<Integer> out = new ArrayList<>();
    for (Integer c : headers.keySet()) {
      if (used.contains(c)) {
        continue;
      }
      if (f == Field.START && dateShare(data, c) >= 0.6) {
        out.add(c);
      } else if (f == Field.NAME && textShare(data, c) >= 0.8) {
        out.add(c);
      }
    }
    return out;
  }

  private static double dateShare(List<SheetRow> data, int column) {
    int values = 0;
    int dates = 0;
    for (SheetRow r : data) {
      SheetCell c = r.cell(column);
      if (c == null) {
        continue;
      }
      values++;
      if (DateReader.read(c, DateReader.Order.MDY) != null
          || DateReader.read(c, DateReader.Order.DMY) != null) {
        dates++;
      }
    }
    return values == 0 ? 0 : (double) dates / values;
  }

  private static double textShare(List<SheetRow> data, int column) {
    int values = 0;
    Set<String> distinct = new HashSet<>();
    for (SheetRow r : data) {
      SheetCell c = r.cell(column);
      if (c == null) {
        continue;
      }
      values++;
      if (!c.isDate() && !c.isNumber() && DateReader.read(c, DateReader.Order.MDY) == null
          && c.text().length() >= 3) {
        distinct.add(c.text());
      }
    }
    return values == 0 ? 0 : (double) distinct.size() / values;
  }

  static String mapArgument(Map<Field, Integer> mapping, Map<Integer, String> headers) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Field, Integer> e : mapping.entrySet()) {
      sb.append(sb.length() == 0 ? "" : ",").append(e.getKey().code()).append('=')
          .append(headers.get(e.getValue()));
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- values

  private DateReader.Order dateOrder(List<SheetRow> data, Map<Field, Integer> mapping,
      Map<Integer, String> headers) throws ForeignImportException {
    if (options.dateOrder() != null) {
      return switch (options.dateOrder().trim().toLowerCase(Locale.ROOT)) {
        case "mdy" -> DateReader.Order.MDY;
        case "dmy" -> DateReader.Order.DMY;
        default -> throw new ForeignImportException("--date-order \""
            + Words.quote(options.dateOrder()) + "\": expected mdy (03/15/2027) or dmy"
            + " (15/03/2027)");
      };
    }
    String dmy = null;
    String mdy = null;
    String open = null;
    for (SheetRow r : data) {
      for (Field f : List.of(Field.START, Field.END)) {
        SheetCell c = cell(r, mapping, f);
        DateReader.Order hint = DateReader.hint(c);
        String where = table.rowWord() + " " + r.number() + " \"" + (c == null ? ""
            : Words.quote(c.text())) + "\"";
        if (hint == DateReader.Order.DMY && dmy == null) {
          dmy = where;
        } else if (hint == DateReader.Order.MDY && mdy == null) {
          mdy = where;
        } else if (hint == null && open == null && DateReader.dependsOnOrder(c)) {
          open = where + " in the column \"" + headers.get(mapping.get(f)) + "\"";
        }
      }
    }
    if (dmy != null && mdy != null) {
      throw new ForeignImportException(table.describe() + ": the dates are written both"
          + " day-first and month-first (" + dmy + " puts the day first, " + mdy
          + " the month); " + options.audience().mixedDateOrder());
    }
    if (dmy != null) {
      return DateReader.Order.DMY;
    }
    if (mdy != null) {
      return DateReader.Order.MDY;
    }
    if (open != null) {
      throw new ForeignImportException(table.describe() + ": the dates could be month/day or"
          + " day/month (e.g. " + open + ") and no date in the table settles it; "
          + options.audience().dateOrder());
    }
    return DateReader.Order.MDY;
  }

  private static final Pattern DURATION = Pattern.compile(
      "(\\d{1,4}(?:[.,]\\d+)?)\\s*(d|day|days|w|wk|wks|week|weeks|m|mo|mon|month|months|"
          + "wd|workday|workdays|edays?|ewks?)?\\??", Pattern.CASE_INSENSITIVE);

  /** A duration in days; a bare number counts in the header's unit, else days. */
  static Integer days(SheetCell cell, String header) {
    String t = cell.text().trim().toLowerCase(Locale.ROOT);
    Matcher m = DURATION.matcher(t);
    if (!m.matches()) {
      return null;
    }
    double n = Double.parseDouble(m.group(1).replace(',', '.'));
    String unit = m.group(2);
    String h = Words.normal(header);
    if (unit == null) {
      unit = h.contains("week") ? "w" : h.contains("month") ? "m" : "d";
    }
    double days = switch (unit.charAt(0)) {
      case 'w' -> unit.startsWith("wd") || unit.startsWith("workd") ? n * 7.0 / 5.0 : n * 7;
      case 'm' -> n * 30;
      default -> n;
    };
    return (int) Math.max(0, Math.min(Math.round(days), 36_600));
  }

  private static final Pattern AMOUNT = Pattern.compile("-?\\d[\\d,.' \u00a0]*");

  /** An amount: a number cell, or text with a currency sign and thousands separators. */
  static BigDecimal amount(SheetCell c) {
    BigDecimal v;
    if (c.value() instanceof BigDecimal n) {
      v = n;
    } else {
      String t = c.text().replaceAll("(?i)usd|eur|gbp|chf|cad|aud|[$€£¥]", "").trim();
      if (!AMOUNT.matcher(t).matches() || t.length() > 24) {
        return null;
      }
      t = t.replaceAll("[' \u00a0]", "");
      int lastComma = t.lastIndexOf(',');
      int lastDot = t.lastIndexOf('.');
      if (lastComma > lastDot && t.length() - lastComma - 1 != 3) {
        t = t.replace(".", "").replace(',', '.');   // 12.500,50
      } else {
        t = t.replace(",", "");                      // 12,500.50
      }
      try {
        v = new BigDecimal(t);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (v.signum() < 0 || v.compareTo(new BigDecimal("100000000000000")) >= 0) {
      return null;
    }
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  private static SheetCell cell(SheetRow row, Map<Field, Integer> mapping, Field f) {
    Integer c = mapping.get(f);
    return c == null ? null : row.cell(c);
  }

  private static String rowKey(SheetRow r) {
    StringBuilder sb = new StringBuilder();
    for (SheetCell c : r.cells()) {
      sb.append(c.column()).append('\u0000').append(Words.normal(c.text())).append('\u0000');
    }
    return sb.toString();
  }

  private static String glimpse(SheetRow r) {
    StringBuilder sb = new StringBuilder();
    for (SheetCell c : r.cells()) {
      if (sb.length() > 60) {
        sb.append(" …");
        break;
      }
      sb.append(sb.length() == 0 ? "" : " | ").append(c.text());
    }
    return "\"" + Words.quote(sb.toString()) + "\"";
  }

  // ---------------------------------------------------------------- initiatives

  private List<Program> link(List<Program> programs, List<String> values,
      List<Initiative> existing, List<Initiative> created) {
    Map<String, String> byKey = new HashMap<>();
    for (Initiative i : existing) {
      byKey.put(i.id(), i.id());
      byKey.putIfAbsent(Words.normal(i.name()), i.id());
    }
    Map<String, List<Program>> newOnes = new LinkedHashMap<>();
    Map<String, String> newNames = new HashMap<>();
    Set<String> ids = new HashSet<>(byKey.values());
    List<Program> out = new ArrayList<>();
    for (int i = 0; i < programs.size(); i++) {
      Program p = programs.get(i);
      String v = values.get(i);
      if (v.isEmpty()) {
        out.add(p);
        continue;
      }
      String id = byKey.get(v);
      if (id == null) {
        id = byKey.get(Words.normal(v));
      }
      if (id == null) {
        String base = "I-" + Words.normal(v).toUpperCase(Locale.ROOT)
            .replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
        base = base.length() > 60 ? base.substring(0, 60) : base;
        id = base;
        for (int n = 2; ids.contains(id); n++) {
          id = base + "-" + n;
        }
        ids.add(id);
        byKey.put(Words.normal(v), id);
        newNames.put(id, v.length() > MAX_NAME ? v.substring(0, MAX_NAME) : v);
      }
      Program linked = new Program(p.id(), p.name(), p.kind(), p.owner(), p.start(), p.end(),
          id, null, null, p.cost(), p.salesShare(), p.expectedLeads(), p.status(), null);
      out.add(linked);
      if (newNames.containsKey(id)) {
        newOnes.computeIfAbsent(id, k -> new ArrayList<>()).add(linked);
      }
    }
    for (Map.Entry<String, List<Program>> e : newOnes.entrySet()) {
      LocalDate start = null;
      LocalDate end = null;
      for (Program p : e.getValue()) {
        start = start == null || p.start().isBefore(start) ? p.start() : start;
        end = end == null || p.end().isAfter(end) ? p.end() : end;
      }
      created.add(new Initiative(e.getKey(), newNames.get(e.getKey()), "", start, end, ""));
    }
    if (!created.isEmpty()) {
      notes.add(created.size() + (created.size() == 1 ? " initiative" : " initiatives")
          + " made from the column \"initiative\", each dated from the first start to the last"
          + " end of its programs; check their dates: lead times are counted from them");
    }
    return out;
  }
}

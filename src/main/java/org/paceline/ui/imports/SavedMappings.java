package org.paceline.ui.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paceline.files.AtomicFiles;
import org.paceline.io.imports.foreign.Field;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import wizard's choices saved under a name, in {@code import-mappings.properties} beside
 * the view settings in the workspace folder, and found again for a file whose header row is the
 * same (compared as people write headers: case, spacing and trailing colons do not count). The
 * file is read as untrusted input: a file that is too large, unreadable, or an entry that does
 * not make sense is ignored with a log line, never shown to the user as an error. Losing the
 * file loses only these choices, never plan data.
 */
public final class SavedMappings {

  /** The file's name in the workspace folder. */
  public static final String FILE_NAME = "import-mappings.properties";

  /** A larger file is not read (a few hundred mappings are far below it). */
  static final long MAX_BYTES = 256 * 1024;
  /** Mappings kept; saving one more drops the oldest. */
  static final int MAX_MAPPINGS = 100;
  /** Longest name kept; a longer one is shortened. */
  static final int MAX_NAME = 80;
  /** Columns (and value pairs) read per mapping. */
  static final int MAX_ITEMS = 500;

  private static final Logger LOG = LoggerFactory.getLogger(SavedMappings.class);
  private static final String SEP = "\u001f"; // between list items; never in a saved text
  private static final Set<String> DATE_ORDERS = Set.of("", "mdy", "dmy");

  /**
   * One set of choices.
   *
   * @param name what the user called it
   * @param fields the field chosen for each header, in header order ("" for none)
   * @param kinds value as written → kind code
   * @param statuses value as written → status code
   * @param dateOrder "mdy", "dmy" or "" (decide from the dates)
   * @param defaultKind the code of the kind unknown values get
   */
  public record Mapping(String name, List<String> fields, Map<String, String> kinds,
      Map<String, String> statuses, String dateOrder, String defaultKind) {

    public Mapping {
      name = name.strip();
      name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
      fields = List.copyOf(fields);
      kinds = Map.copyOf(kinds);
      statuses = Map.copyOf(statuses);
      dateOrder = dateOrder == null ? "" : dateOrder;
      defaultKind = defaultKind == null ? ProgramKind.CAMPAIGN.code() : defaultKind;
    }

    /** The saved kind for a value as a file writes it, matched as headers are. */
    public Optional<String> kindFor(String value) {
      return lookUp(kinds, value);
    }

    /** The saved status for a value as a file writes it, matched as headers are. */
    public Optional<String> statusFor(String value) {
      return lookUp(statuses, value);
    }

    private static Optional<String> lookUp(Map<String, String> m, String value) {
      String want = normal(value);
      return m.entrySet().stream().filter(e -> normal(e.getKey()).equals(want))
          .map(Map.Entry::getValue).findFirst();
    }
  }

  private final Path file;

  /** The mappings of the workspace in {@code folder}. */
  public SavedMappings(Path folder) {
    this.file = folder.resolve(FILE_NAME);
  }

  /** The mapping saved for this header row, if there is one. Reads the file. */
  public synchronized Optional<Mapping> find(List<String> headers) {
    String key = key(headers);
    return readAll().stream().filter(e -> e.key().equals(key)).map(Entry::mapping)
        .reduce((first, later) -> later);
  }

  /**
   * Saves {@code mapping} for this header row, replacing what was saved for the same headers.
   * The file is written whole through a temporary file, so a failed save keeps the old one.
   */
  public synchronized void save(List<String> headers, Mapping mapping) throws IOException {
    String key = key(headers);
    List<Entry> all = new ArrayList<>(readAll());
    all.removeIf(e -> e.key().equals(key));
    all.add(new Entry(key, mapping));
    while (all.size() > MAX_MAPPINGS) {
      all.remove(0);
    }
    Properties props = new Properties();
    for (int i = 0; i < all.size(); i++) {
      Entry e = all.get(i);
      String p = "mapping." + (i + 1) + ".";
      props.setProperty(p + "name", e.mapping().name());
      props.setProperty(p + "headers", e.key());
      props.setProperty(p + "fields", String.join(SEP, e.mapping().fields()));
      props.setProperty(p + "kinds", pairs(e.mapping().kinds()));
      props.setProperty(p + "statuses", pairs(e.mapping().statuses()));
      props.setProperty(p + "dateOrder", e.mapping().dateOrder());
      props.setProperty(p + "defaultKind", e.mapping().defaultKind());
    }
    AtomicFiles.write(file, (OutputStream out) -> {
      var w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
      props.store(w, "Paceline: saved import choices");
      w.flush();
    }, true);
  }

  /** A header row as a key: each header as people write it, in order. */
  static String key(List<String> headers) {
    return headers.stream().map(SavedMappings::normal).collect(Collectors.joining(SEP));
  }

  /** Lower case, control characters and runs of spaces as one space, no trailing colons. */
  static String normal(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace('\u00a0', ' ')
        .replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
    return t.replaceAll("[:\\s]+$", "");
  }

  // ---------------------------------------------------------------- reading

  private record Entry(String key, Mapping mapping) {}

  private List<Entry> readAll() {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    Properties props = new Properties();
    try {
      if (Files.size(file) > MAX_BYTES) {
        LOG.warn("Ignoring saved import choices {}: larger than {} bytes", file, MAX_BYTES);
        return List.of();
      }
      try (InputStream in = Files.newInputStream(file);
           Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
        props.load(r);
      }
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("Ignoring unreadable saved import choices {}: {}", file, e.getMessage());
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 1; i <= MAX_MAPPINGS; i++) {
      String p = "mapping." + i + ".";
      if (props.getProperty(p + "headers") == null) {
        continue;
      }
      try {
        out.add(entry(props, p));
      } catch (IllegalArgumentException e) {
        LOG.warn("Ignoring saved import choices {} in {}: {}", p + "*", file, e.getMessage());
      }
    }
    return out;
  }

  private static Entry entry(Properties props, String p) {
    String name = required(props, p + "name");
    String headers = required(props, p + "headers");
    int columns = split(headers).size();
    List<String> fields = split(required(props, p + "fields"));
    if (fields.size() != columns || columns > MAX_ITEMS) {
      throw new IllegalArgumentException(columns + " headers but " + fields.size() + " fields");
    }
    for (String f : fields) {
      if (!f.isEmpty() && Stream.of(Field.values()).noneMatch(x -> x.code().equals(f))) {
        throw new IllegalArgumentException("unknown field " + f);
      }
    }
    Map<String, String> kinds = pairs(props.getProperty(p + "kinds", ""));
    kinds.values().forEach(k -> ProgramKind.fromCode(k)
        .orElseThrow(() -> new IllegalArgumentException("unknown kind " + k)));
    Map<String, String> statuses = pairs(props.getProperty(p + "statuses", ""));
    statuses.values().forEach(s -> ProgramStatus.fromCode(s)
        .orElseThrow(() -> new IllegalArgumentException("unknown status " + s)));
    String order = props.getProperty(p + "dateOrder", "");
    if (!DATE_ORDERS.contains(order)) {
      throw new IllegalArgumentException("unknown date order " + order);
    }
    String kind = props.getProperty(p + "defaultKind", ProgramKind.CAMPAIGN.code());
    ProgramKind.fromCode(kind).filter(k -> k.code().equals(kind))
        .orElseThrow(() -> new IllegalArgumentException("unknown default kind " + kind));
    return new Entry(headers, new Mapping(name, fields, kinds, statuses, order, kind));
  }

  private static String required(Properties props, String key) {
    String v = props.getProperty(key);
    if (v == null || v.isBlank() && !key.endsWith("fields")) {
      throw new IllegalArgumentException(key + " is missing");
    }
    return v;
  }

  private static List<String> split(String s) {
    return Arrays.asList(s.split(SEP, -1));
  }

  private static String pairs(Map<String, String> m) {
    return m.entrySet().stream().filter(e -> !e.getKey().contains(SEP))
        .map(e -> e.getKey() + SEP + e.getValue()).collect(Collectors.joining(SEP));
  }

  private static Map<String, String> pairs(String s) {
    Map<String, String> out = new LinkedHashMap<>();
    if (s.isEmpty()) {
      return out;
    }
    List<String> items = split(s);
    if (items.size() % 2 != 0 || items.size() > 2 * MAX_ITEMS) {
      throw new IllegalArgumentException("a value without its word");
    }
    for (int i = 0; i < items.size(); i += 2) {
      out.put(items.get(i), items.get(i + 1));
    }
    return out;
  }
}

package org.paceline.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;
import org.h2.value.Value;

/**
 * Decides whether a database taken out of a backup may become the workspace, without running
 * anything it contains.
 *
 * <p>Opening an H2 database replays the definitions stored in it, and some of them run code at
 * once: a trigger written as Java source is compiled and called while the database opens, and
 * H2's {@code h2.allowedClasses} does not restrict that (it covers only classes loaded by name;
 * {@code BackupInspectorTest} shows both). So a backup is never opened as a database until it
 * has passed this check: its stored definitions are read straight from the file with H2's
 * storage layer (the same way H2's recovery tool reads a file; no SQL runs), and every one of
 * them must be one that Paceline's own migrations create, word for word, for one schema version
 * this build knows. Paceline's migrations create no trigger, alias, aggregate, domain or linked
 * table, so a backup holding one is refused, and so is one whose tables, checks or defaults
 * differ in any way from Paceline's.
 */
final class BackupInspector {

  /** H2's kinds of stored definition ({@code org.h2.engine.DbObject}), in words. */
  private static final Map<Integer, String> KINDS = Map.ofEntries(
      Map.entry(0, "a table or view"), Map.entry(1, "an index"), Map.entry(2, "a database user"),
      Map.entry(3, "a sequence"), Map.entry(4, "a trigger"), Map.entry(5, "a constraint"),
      Map.entry(6, "a database setting"), Map.entry(7, "a role"), Map.entry(8, "an access right"),
      Map.entry(9, "a stored function"), Map.entry(10, "a schema"), Map.entry(11, "a constant"),
      Map.entry(12, "a domain"), Map.entry(13, "a comment"), Map.entry(14, "an aggregate function"),
      Map.entry(15, "a synonym"));
  /** Kinds whose definition is code that H2 runs. */
  private static final Set<Integer> CODE = Set.of(4, 9, 14);

  private static final Pattern NAME = Pattern.compile("\"((?:[^\"]|\"\")*)\"");

  /** One stored definition: its kind and its SQL. */
  record Definition(int kind, String sql) {}

  /** Paceline's own definitions after each migration: index 0 is schema version 1. */
  private static volatile List<Set<String>> reference;

  private BackupInspector() {}

  /**
   * Checks the database file {@code file} taken out of {@code backup}.
   *
   * @return its schema version
   * @throws WorkspaceException ({@link WorkspaceException.Problem#BAD_BACKUP}) saying why it is
   *     refused
   */
  static int check(Path file, Path backup, Path workspace) {
    List<Definition> found;
    try {
      found = definitions(file);
    } catch (RuntimeException e) {
      throw refused(workspace, backup, "its database is damaged and cannot be read", e);
    }
    List<Set<String>> known = reference();
    Set<String> all = new HashSet<>();
    known.forEach(all::addAll);
    Set<String> candidate = new HashSet<>();
    // code first: it is the reason to name when a backup holds it
    found = found.stream().sorted(Comparator.comparing(d -> !CODE.contains(d.kind()))).toList();
    for (Definition d : found) {
      String normal = normalize(d.sql());
      if (!all.contains(normal)) {
        String kind = KINDS.getOrDefault(d.kind(), "a database object");
        String name = name(d.sql());
        throw refused(workspace, backup, "it holds " + kind + (name == null ? "" : " \"" + name
            + "\"") + (CODE.contains(d.kind()) ? ", code that would run inside the database,"
            : "") + " that Paceline never makes" + (d.kind() == 0 || d.kind() == 5
            ? " (or one Paceline makes, defined differently)" : ""), null);
      }
      candidate.add(normal);
    }
    int version = known.indexOf(candidate) + 1;
    if (version == 0) {
      throw refused(workspace, backup, "it does not hold the tables of a Paceline workspace",
          null);
    }
    // Only Paceline's own definitions: now it may be opened, read-only, to read its history.
    try (Connection c = DriverManager.getConnection(H2Location.of(file.getParent()).base(),
        H2Location.readOnly())) {
      if (Workspace.schemaVersion(c) != version) {
        throw refused(workspace, backup, "its record of schema upgrades does not match its "
            + "tables", null);
      }
    } catch (SQLException e) {
      throw refused(workspace, backup, "its database is damaged and cannot be read", e);
    }
    return version;
  }

  /**
   * The stored definitions of the H2 file {@code file}, read without opening it as a database:
   * the rows of its meta table ({@code table.0}: id, head, kind, SQL).
   */
  static List<Definition> definitions(Path file) {
    List<Definition> out = new ArrayList<>();
    try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
      TransactionStore tx = new TransactionStore(store, new ValueDataType());
      tx.init();
      if (!store.hasMap("table.0")) {
        throw new IllegalStateException("no meta table");
      }
      TransactionMap<Long, Row> meta = tx.begin().openMap("table.0");
      for (var keys = meta.keyIterator(null); keys.hasNext(); ) {
        Value[] v = meta.get(keys.next()).getValueList();
        out.add(new Definition(v[2].getInt(), v[3].getString()));
      }
    }
    return out;
  }

  /**
   * A definition with what differs between two equal workspaces taken out: the user's salt and
   * password hash, the generated names of identity sequences, and a sequence's next value.
   */
  static String normalize(String sql) {
    return sql.replaceAll("SALT '[0-9a-f]*' HASH '[0-9a-f]*'", "SALT ? HASH ?")
        .replaceAll("SYSTEM_SEQUENCE_[0-9A-F_]{36}", "SYSTEM_SEQUENCE_?")
        .replaceAll(" RESTART WITH [0-9]+", "")
        // the names H2 makes up for the indexes behind keys follow its object counter, which
        // differs between two files with the same schema; an index holds no code
        .replaceAll("\"PRIMARY_KEY_[0-9A-F]+\"", "\"PRIMARY_KEY_?\"")
        .replaceAll("_INDEX_[0-9A-F]+\"", "_INDEX_?\"");
  }

  private static String name(String sql) {
    Matcher m = NAME.matcher(sql);
    String name = null;
    // "PUBLIC"."NAME": the object's own name is the second quoted word, else the first
    for (int i = 0; i < 2 && m.find(); i++) {
      if (i == 0 || "PUBLIC".equals(name)) {
        name = m.group(1).replace("\"\"", "\"");
      }
    }
    if (name == null) {
      return null;
    }
    name = name.replaceAll("\\p{Cntrl}", "?");
    return name.length() > 60 ? name.substring(0, 60) + "…" : name;
  }

  private static WorkspaceException refused(Path workspace, Path backup, String why,
      Throwable cause) {
    return new WorkspaceException(workspace, WorkspaceException.Problem.BAD_BACKUP, "The backup "
        + backup + " is not restored: " + why + ". Your workspace is left as it was.", cause);
  }

  /**
   * Paceline's definitions after each of its migrations, made once per run in a throwaway
   * database (about a second; only a restore pays for it).
   */
  static List<Set<String>> reference() {
    List<Set<String>> r = reference;
    if (r == null) {
      synchronized (BackupInspector.class) {
        r = reference;
        if (r == null) {
          r = reference = build();
        }
      }
    }
    return r;
  }

  private static List<Set<String>> build() {
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("paceline-reference-");
      H2Location at = H2Location.of(tmp);
      List<Set<String>> sets = new ArrayList<>();
      for (int v = 1; v <= Workspace.SCHEMA_VERSION; v++) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(at.url(), "paceline", "");
        try {
          Flyway.configure().dataSource(pool).locations("classpath:db/migration")
              .target(Integer.toString(v)).loggers("slf4j").load().migrate();
        } finally {
          pool.dispose();
        }
        Set<String> set = new HashSet<>();
        definitions(at.file()).forEach(d -> set.add(normalize(d.sql())));
        sets.add(Set.copyOf(set));
      }
      return List.copyOf(sets);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      deleteTree(tmp);
    }
  }

  /** Deletes a temporary folder and what is in it. */
  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary file left behind is not worth stopping for
    }
  }
}

package org.paceline.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.paceline.files.AtomicFiles;

/**
 * Compressed copies of a workspace in its {@code backups/} folder: made before every schema
 * migration and once a day on open, the newest {@value #KEEP} kept. Each is a zip holding the
 * database file (H2's online {@code BACKUP}, consistent while open) and a small
 * {@code backup.properties} with its date, reason and plan names, written to a temporary file
 * and moved into place. Restoring keeps the file it replaces.
 */
public final class Backups {

  /** How many backups are kept. */
  public static final int KEEP = 10;

  static final String FOLDER = "backups";
  private static final String MANIFEST = "backup.properties";
  private static final String DATABASE_ENTRY = Workspace.DATABASE_NAME + ".mv.db";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  /** One backup: its file, when it was made, why, and the plans it holds. */
  public record Backup(Path file, Instant created, String reason, List<String> plans) {
    /** "2026-11-22 17:53 · daily · 2 plans: A, B" for lists. */
    public String describe() {
      return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(
          LocalDateTime.ofInstant(created, ZoneId.systemDefault())) + " · " + reason + " · "
          + (plans.size() == 1 ? "1 plan" : plans.size() + " plans")
          + (plans.isEmpty() ? "" : ": " + String.join(", ", plans));
    }
  }

  private final Path workspace;

  /** The backups of the workspace in {@code workspaceDir}. */
  public Backups(Path workspaceDir) {
    this.workspace = workspaceDir.toAbsolutePath().normalize();
  }

  /** The backups folder. */
  public Path folder() {
    return workspace.resolve(FOLDER);
  }

  /** The backups, newest first; a file that is not a readable backup is left out. */
  public List<Backup> list() {
    if (!Files.isDirectory(folder())) {
      return List.of();
    }
    List<Backup> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder())) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".zip")).toList()) {
        Backup b = read(f);
        if (b != null) {
          out.add(b);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(Comparator.comparing(Backup::created).reversed()
        .thenComparing(b -> b.file().getFileName().toString(), Comparator.reverseOrder()));
    return out;
  }

  private static Backup read(Path zip) {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipEntry m = z.getEntry(MANIFEST);
      if (m == null || z.getEntry(DATABASE_ENTRY) == null) {
        return null;
      }
      Properties p = new Properties();
      try (InputStream in = z.getInputStream(m)) {
        p.load(in);
      }
      List<String> plans = new ArrayList<>();
      for (int i = 0; p.containsKey("plan." + i); i++) {
        plans.add(p.getProperty("plan." + i));
      }
      return new Backup(zip, Instant.parse(p.getProperty("created")),
          p.getProperty("reason", "backup"), List.copyOf(plans));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whether a backup was made within the last day. */
  boolean madeWithinADay() {
    List<Backup> all = list();
    return !all.isEmpty()
        && all.get(0).created().isAfter(Instant.now().minusSeconds(24 * 3600));
  }

  /**
   * Makes a backup of the open database behind {@code source} and keeps the newest
   * {@value #KEEP}.
   *
   * @param reason "daily", "before migration", "before restore", …
   * @param plans the names of the plans it holds
   */
  Path create(DataSource source, String reason, List<String> plans) throws IOException {
    boolean newFolder = !Files.exists(folder());
    Files.createDirectories(folder());
    if (newFolder) {
      Workspace.ownerOnly(folder());
    }
    Instant now = Instant.now();
    String base = "paceline-" + STAMP.format(LocalDateTime.ofInstant(now, ZoneId.systemDefault()))
        + "-" + reason.replaceAll("[^A-Za-z0-9]+", "-");
    Path target = folder().resolve(base + ".zip");
    for (int n = 2; Files.exists(target); n++) {
      target = folder().resolve(base + "-" + n + ".zip");
    }
    Path raw = Files.createTempFile(folder(), ".h2-", ".zip.part");
    try {
      Files.delete(raw);
      try (Connection c = source.getConnection(); var st = c.createStatement()) {
        st.execute("BACKUP TO '" + raw.toString().replace("'", "''") + "'");
      }
      Properties manifest = new Properties();
      manifest.setProperty("created", now.toString());
      manifest.setProperty("reason", reason);
      manifest.setProperty("schema", Integer.toString(Workspace.SCHEMA_VERSION));
      for (int i = 0; i < plans.size(); i++) {
        manifest.setProperty("plan." + i, plans.get(i));
      }
      AtomicFiles.write(target, out -> {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        manifest.store(zip, "Paceline workspace backup");
        zip.closeEntry();
        boolean copied = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(raw))) {
          for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
            if (e.getName().endsWith(".mv.db")) {
              zip.putNextEntry(new ZipEntry(DATABASE_ENTRY));
              in.transferTo(zip);
              zip.closeEntry();
              copied = true;
            }
          }
        }
        if (!copied) {
          throw new IOException("H2 wrote no database file into the backup");
        }
        zip.finish();
      }, true);
    } catch (SQLException e) {
      throw new IOException("Could not back up the workspace: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(raw);
    }
    prune();
    return target;
  }

  private void prune() throws IOException {
    List<Backup> all = list();
    for (int i = KEEP; i < all.size(); i++) {
      Files.deleteIfExists(all.get(i).file());
    }
  }

  /**
   * Puts a backup's database in place of the workspace's (which must not be open). The file it
   * replaces is kept beside it as {@code paceline.mv.db.replaced-<time>}.
   *
   * @return the kept file, or null when the workspace had no database file
   */
  public Path restore(Backup backup) throws IOException {
    Path db = workspace.resolve(DATABASE_ENTRY);
    Path kept = Files.exists(db) ? keepAside(db, "replaced") : null;
    try (ZipFile z = new ZipFile(backup.file().toFile())) {
      ZipEntry entry = z.getEntry(DATABASE_ENTRY);
      AtomicFiles.write(db, out -> {
        try (InputStream in = z.getInputStream(entry)) {
          in.transferTo(out);
        }
      }, true);
    } catch (IOException | RuntimeException e) {
      if (kept != null && !Files.exists(db)) {
        Files.move(kept, db); // nothing was restored: put the workspace back as it was
      }
      throw e;
    }
    Workspace.ownerOnly(db);
    return kept;
  }

  /** Renames a workspace file out of the way, never over another: {@code name.why-<time>}. */
  static Path keepAside(Path file, String why) throws IOException {
    String stamp = STAMP.format(LocalDateTime.now());
    Path aside = file.resolveSibling(file.getFileName() + "." + why + "-" + stamp);
    for (int n = 2; Files.exists(aside); n++) {
      aside = file.resolveSibling(file.getFileName() + "." + why + "-" + stamp + "-" + n);
    }
    Files.move(file, aside);
    return aside;
  }
}

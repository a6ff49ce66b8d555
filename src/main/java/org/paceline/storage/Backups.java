package org.paceline.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
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
  /** Most bytes a backup's database may unpack to (a 10,000-program workspace is 1.5 MB). */
  static final long MAX_UNPACKED_DATABASE = 2L << 30;

  /** Free disk space an unpacked backup leaves for everything else. */
  private static final long UNPACK_RESERVE = 64L << 20;

  /** Most bytes of a manifest: its date, reason, schema, checksum and some thousand plan names. */
  static final int MAX_MANIFEST_BYTES = 256 * 1024;
  private static final String DATABASE_ENTRY = Workspace.DATABASE_NAME + ".mv.db";
  /** The manifest's key for the SHA-256 of the database entry, in hex. */
  private static final String CHECKSUM = "sha256";
  private static final String RESTORE_PREFIX = ".restore-";
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

  /**
   * The backups, newest first; a file that is not a readable backup is left out, and so is one
   * dated in the future (see {@link #futureDated()}).
   */
  public List<Backup> list() {
    Instant latest = latestPlausible();
    return all().stream().filter(b -> !b.created().isAfter(latest)).toList();
  }

  /**
   * Backups dated later than now: made while the computer's clock was wrong, or copied from
   * another machine. They are listed apart, never offered for restoring, never count as the
   * day's backup and are never deleted by pruning.
   */
  public List<Backup> futureDated() {
    Instant latest = latestPlausible();
    return all().stream().filter(b -> b.created().isAfter(latest)).toList();
  }

  /** A backup dated up to a few minutes ahead is a clock corrected since, not the future. */
  private static Instant latestPlausible() {
    return Instant.now().plusSeconds(5 * 60);
  }

  private List<Backup> all() {
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
      Properties p = load(z, m);
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
    removeLeftovers();
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
        boolean copied = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(raw))) {
          for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
            if (e.getName().endsWith(".mv.db")) {
              zip.putNextEntry(new ZipEntry(DATABASE_ENTRY));
              MessageDigest sha = sha256();
              in.transferTo(new DigestOutputStream(zip, sha));
              zip.closeEntry();
              manifest.setProperty(CHECKSUM, HexFormat.of().formatHex(sha.digest()));
              copied = true;
            }
          }
        }
        if (!copied) {
          throw new IOException("H2 wrote no database file into the backup");
        }
        zip.putNextEntry(new ZipEntry(MANIFEST));
        manifest.store(zip, "Paceline workspace backup");
        zip.closeEntry();
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

  /**
   * Keeps the newest {@value #KEEP} backups by the date each was made, as the real clock sees
   * it: a future-dated backup neither pushes real ones out nor is deleted, and the newest good
   * backup is always kept.
   */
  private void prune() throws IOException {
    List<Backup> dated = list();
    for (int i = Math.max(KEEP, 1); i < dated.size(); i++) {
      Files.deleteIfExists(dated.get(i).file());
    }
  }

  /**
   * Deletes what a backup or restore that was killed half-way left in the backups folder: the
   * temporary files of H2's copy and of the zip being written ({@code .*.part}). Only the process
   * that has the workspace open makes backups, so none of them is still being written.
   */
  private void removeLeftovers() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (n.startsWith(".") && n.endsWith(".part") && Files.isRegularFile(f)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** Unpacked copies left by a restore that was killed before it finished. */
  private void removeUnpackedRestores() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().startsWith(RESTORE_PREFIX) && Files.isDirectory(f)) {
          BackupInspector.deleteTree(f);
        }
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * A backup's database, taken out of its zip into the backups folder, its checksum compared
   * with the manifest's and its content checked by {@link BackupInspector}: ready to be put in
   * place. Closing it deletes what is left of it.
   */
  public final class Checked implements AutoCloseable {
    private final Path folder;
    private final Backup backup;

    private Checked(Path folder, Backup backup) {
      this.folder = folder;
      this.backup = backup;
    }

    /** The backup it came from. */
    public Backup backup() {
      return backup;
    }

    Path file() {
      return folder.resolve(DATABASE_ENTRY);
    }

    @Override
    public void close() {
      BackupInspector.deleteTree(folder);
    }
  }

  /**
   * Takes {@code backup}'s database out and checks it; nothing of the workspace is touched.
   *
   * @throws WorkspaceException ({@link WorkspaceException.Problem#BAD_BACKUP}) when it does not
   *     match its checksum, is damaged, was made by a newer Paceline, or is not a Paceline
   *     workspace holding only Paceline's own definitions
   */
  public Checked check(Backup backup) throws IOException {
    Files.createDirectories(folder());
    return check(backup, unpackLimit());
  }

  /** {@link #check(Backup)} with the most bytes the database may unpack to. */
  Checked check(Backup backup, long limit) throws IOException {
    Properties manifest;
    try {
      manifest = manifest(backup.file());
    } catch (IOException e) {
      throw refused(backup, "its zip file is damaged and cannot be read");
    }
    String schema = manifest.getProperty("schema", "1");
    if (!schema.matches("[0-9]{1,6}") || Integer.parseInt(schema) > Workspace.SCHEMA_VERSION) {
      throw refused(backup, "it was made by a newer Paceline (schema version " + schema
          + "; this Paceline knows up to " + Workspace.SCHEMA_VERSION + "). Update Paceline to "
          + "restore it");
    }
    Files.createDirectories(folder());
    removeUnpackedRestores();
    Checked checked = new Checked(Files.createTempDirectory(folder(), RESTORE_PREFIX), backup);
    try {
      MessageDigest sha = sha256();
      try (ZipFile z = new ZipFile(backup.file().toFile())) {
        ZipEntry entry = z.getEntry(DATABASE_ENTRY);
        if (entry == null) {
          throw refused(backup, "it holds no database (" + DATABASE_ENTRY + " is missing)");
        }
        if (entry.getSize() > limit) {
          throw tooBig(backup, limit);
        }
        try (InputStream in = new DigestInputStream(z.getInputStream(entry), sha)) {
          copyAtMost(in, checked.file(), limit, backup);
        }
      } catch (IOException e) {
        throw refused(backup, "its zip file is damaged and cannot be read");
      }
      String expected = manifest.getProperty(CHECKSUM);
      if (expected != null
          && !expected.equalsIgnoreCase(HexFormat.of().formatHex(sha.digest()))) {
        throw refused(backup, "its database does not match the checksum written when the backup "
            + "was made, so it was changed or damaged since");
      }
      BackupInspector.check(checked.file(), backup.file(), workspace);
      return checked;
    } catch (RuntimeException e) {
      checked.close();
      throw e;
    }
  }

  /** Most bytes a backup's database may unpack to: 2 GB, and never the disk's last 64 MB. */
  private long unpackLimit() throws IOException {
    long free = Files.getFileStore(folder()).getUsableSpace() - UNPACK_RESERVE;
    return Math.max(0, Math.min(MAX_UNPACKED_DATABASE, free));
  }

  /**
   * Copies at most {@code limit} bytes: a zip's stated size may lie, so the count is kept while
   * unpacking, and a database that would pass it is refused before it fills the disk.
   */
  private void copyAtMost(InputStream in, Path target, long limit, Backup backup)
      throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long written = 0;
    try (var out = Files.newOutputStream(target)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        written += n;
        if (written > limit) {
          throw tooBig(backup, limit);
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private WorkspaceException tooBig(Backup backup, long limit) {
    return refused(backup, "its database unpacks to more than " + (limit >> 20)
        + " MB, more than a Paceline workspace holds or than the disk has free");
  }

  private WorkspaceException refused(Backup backup, String why) {
    return new WorkspaceException(workspace, WorkspaceException.Problem.BAD_BACKUP, "The backup "
        + backup.file() + " is not restored: " + why + ". Your workspace is left as it was.",
        null);
  }

  private static Properties manifest(Path zip) throws IOException {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipEntry m = z.getEntry(MANIFEST);
      return m == null ? new Properties() : load(z, m);
    }
  }

  /**
   * A manifest, read only up to {@link #MAX_MANIFEST_BYTES}: a backup from elsewhere may hold
   * one that unpacks to gigabytes, and every listing of the backups reads them all.
   */
  private static Properties load(ZipFile z, ZipEntry m) throws IOException {
    byte[] bytes;
    try (InputStream in = z.getInputStream(m)) {
      bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
    }
    if (bytes.length > MAX_MANIFEST_BYTES) {
      throw new IOException("the manifest is larger than any Paceline writes");
    }
    Properties p = new Properties();
    p.load(new java.io.ByteArrayInputStream(bytes));
    return p;
  }

  /**
   * Puts a backup's database in place of the workspace's (which must not be open), once it has
   * passed {@link #check}. The file it replaces is kept beside it as {@code
   * paceline.mv.db.replaced-<time>}.
   *
   * @return the kept file, or null when the workspace had no database file
   * @throws WorkspaceException when the backup is refused; the workspace is then untouched
   */
  public Path restore(Backup backup) throws IOException {
    try (Checked checked = check(backup)) {
      return install(checked);
    }
  }

  /** Puts a checked backup's database in place; see {@link #restore}. */
  public Path install(Checked checked) throws IOException {
    Path db = workspace.resolve(DATABASE_ENTRY);
    Path kept = Files.exists(db) ? keepAside(db, "replaced") : null;
    try {
      try {
        Files.move(checked.file(), db, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(checked.file(), db);
      }
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

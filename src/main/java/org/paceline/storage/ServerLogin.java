package org.paceline.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who logs in to a server and with which password, by PostgreSQL's own conventions: the user
 * from the address, else {@code PGUSER}, else the system user; the password from the login
 * dialog, else {@code PGPASSWORD}, else the password file ({@code PGPASSFILE}, else
 * {@code ~/.pgpass}, on Windows {@code %APPDATA%\postgresql\pgpass.conf}). The password is kept
 * as characters only as long as a connection needs it and never printed or logged.
 */
public final class ServerLogin {

  private static final Logger LOG = LoggerFactory.getLogger(ServerLogin.class);

  private final String user;
  private final char[] password;

  private ServerLogin(String user, char[] password) {
    this.user = user;
    this.password = password;
  }

  /** The login for {@code location} from the environment and the password file. */
  public static ServerLogin fromEnvironment(ServerLocation location) {
    return resolve(location, null, System.getenv(), System.getProperty("os.name", ""),
        Path.of(System.getProperty("user.home", ".")), System.getProperty("user.name", ""));
  }

  /** The login for {@code location} with a password the user typed (null: look it up). */
  public static ServerLogin withPassword(ServerLocation location, char[] typed) {
    return resolve(location, typed, System.getenv(), System.getProperty("os.name", ""),
        Path.of(System.getProperty("user.home", ".")), System.getProperty("user.name", ""));
  }

  static ServerLogin resolve(ServerLocation location, char[] typed, Map<String, String> env,
      String osName, Path home, String systemUser) {
    String user = location.user();
    if (user == null || user.isEmpty()) {
      user = env.getOrDefault("PGUSER", "");
    }
    if (user.isEmpty()) {
      user = systemUser;
    }
    if (typed != null) {
      return new ServerLogin(user, typed.clone());
    }
    String fromEnv = env.get("PGPASSWORD");
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return new ServerLogin(user, fromEnv.toCharArray());
    }
    Path file = passwordFile(env, osName, home);
    char[] fromFile = file == null ? null
        : lookUp(file, location.host(), location.port(), location.database(), user,
            !osName.toLowerCase(java.util.Locale.ROOT).contains("win")).orElse(null);
    return new ServerLogin(user, fromFile);
  }

  static Path passwordFile(Map<String, String> env, String osName, Path home) {
    String named = env.get("PGPASSFILE");
    if (named != null && !named.isBlank()) {
      return Path.of(named);
    }
    if (osName.toLowerCase(java.util.Locale.ROOT).contains("win")) {
      String appData = env.get("APPDATA");
      return appData == null ? null : Path.of(appData, "postgresql", "pgpass.conf");
    }
    return home.resolve(".pgpass");
  }

  /**
   * The password of the first line of a password file that matches, as libpq reads it:
   * {@code host:port:database:user:password}, {@code *} matching anything in the first four
   * fields, {@code \:} and {@code \\} escaped, {@code #} lines ignored. On Unix a file that
   * others may read is ignored, as libpq does.
   */
  static Optional<char[]> lookUp(Path file, String host, int port, String database, String user,
      boolean checkPermissions) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    if (checkPermissions && !ownerOnly(file)) {
      LOG.warn("The password file {} can be read by others and is ignored; "
          + "make it private with: chmod 0600 {}", file, file);
      return Optional.empty();
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      String[] wanted = {host, Integer.toString(port), database, user};
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = fields(line);
        if (fields.size() < 5) {
          continue;
        }
        boolean match = true;
        for (int i = 0; i < 4 && match; i++) {
          match = fields.get(i).equals("*") || fields.get(i).equals(wanted[i]);
        }
        if (match) {
          return Optional.of(fields.get(4).toCharArray());
        }
      }
    } catch (IOException e) {
      LOG.warn("Could not read the password file {}: {}", file, e.getMessage());
    }
    return Optional.empty();
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        sb.append(line.charAt(++i));
      } else if (c == ':' && fields.size() < 4) {
        fields.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    fields.add(sb.toString());
    return fields;
  }

  private static boolean ownerOnly(Path file) {
    try {
      if (!Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
        return true;
      }
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
      return p.stream().noneMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS"));
    } catch (IOException | UnsupportedOperationException e) {
      return true;
    }
  }

  /** The login name. */
  public String user() {
    return user;
  }

  /** Whether a password was found or typed. */
  public boolean hasPassword() {
    return password != null;
  }

  /** A copy of the password, or null; the caller clears it after use. */
  char[] password() {
    return password == null ? null : password.clone();
  }

  /** Forgets the password. */
  public void clear() {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }

  @Override
  public String toString() {
    return "login " + user; // never the password
  }
}

package org.paceline.storage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A team plan on a PostgreSQL server: {@code postgresql://[user@]host[:port]/database
 * [?sslmode=…&sslrootcert=…]}, parsed here into its parts. Only these parts ever reach the
 * driver, each through its own setter, so no text from the user becomes a driver setting (the
 * PostgreSQL driver has had code-execution flaws through such settings). A password is never
 * part of it: it comes from {@code PGPASSWORD}, {@code ~/.pgpass} or the login dialog.
 *
 * @param user the login, or null to take it from {@code PGUSER} or the system user
 * @param sslmode null for the driver's default
 * @param sslrootcert null for the driver's default
 */
public record ServerLocation(String host, int port, String database, String user,
    String sslmode, String sslrootcert) {

  /** The scheme that marks a server, recognised before any text is taken for a folder. */
  public static final String SCHEME = "postgresql://";

  /** PostgreSQL's port when none is given. */
  public static final int DEFAULT_PORT = 5432;

  private static final Set<String> SSL_MODES =
      Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})?");
  private static final Pattern NAME = Pattern.compile("[^\\x00-\\x1f/?#@:]{1,63}");

  /** Whether {@code text} names a server rather than a folder. */
  public static boolean isServer(String text) {
    return text != null && text.strip().regionMatches(true, 0, SCHEME, 0, SCHEME.length());
  }

  /**
   * Parses a server address.
   *
   * @throws IllegalArgumentException with a plain message saying what is wrong
   */
  public static ServerLocation parse(String text) {
    if (!isServer(text)) {
      throw new IllegalArgumentException("A team plan's address starts with postgresql://");
    }
    String rest = text.strip().substring(SCHEME.length());
    String query = null;
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    int slash = rest.indexOf('/');
    if (slash < 0 || slash == rest.length() - 1) {
      throw bad(text, "it names no database (postgresql://host/database)");
    }
    String authority = rest.substring(0, slash);
    String database = decode(text, rest.substring(slash + 1));
    String user = null;
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String userPart = authority.substring(0, at);
      if (userPart.contains(":")) {
        throw bad(text, "a password never goes into the address; Paceline asks for it, or"
            + " reads PGPASSWORD or ~/.pgpass");
      }
      user = decode(text, userPart);
      if (!NAME.matcher(user).matches()) {
        throw bad(text, "the user name is not valid");
      }
      authority = authority.substring(at + 1);
    }
    if (!NAME.matcher(database).matches()) {
      throw bad(text, "the database name is not valid");
    }
    int port = DEFAULT_PORT;
    String host = authority;
    int colon = authority.lastIndexOf(':');
    if (colon >= 0) {
      host = authority.substring(0, colon);
      String p = authority.substring(colon + 1);
      if (!p.matches("\\d{1,5}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535) {
        throw bad(text, "the port must be a number from 1 to 65535");
      }
      port = Integer.parseInt(p);
    }
    if (!HOST.matcher(host).matches()) {
      throw bad(text, "the server name \"" + host + "\" is not valid");
    }
    String sslmode = null;
    String sslrootcert = null;
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&", -1)) {
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : decode(text, pair.substring(eq + 1));
        switch (key) {
          case "sslmode" -> {
            if (!SSL_MODES.contains(value)) {
              throw bad(text, "sslmode must be one of disable, allow, prefer, require,"
                  + " verify-ca, verify-full");
            }
            sslmode = value;
          }
          case "sslrootcert" -> {
            if (value.isBlank() || value.chars().anyMatch(c -> c < 0x20)) {
              throw bad(text, "sslrootcert must name a certificate file");
            }
            sslrootcert = value;
          }
          default -> throw bad(text, "Paceline understands only sslmode and sslrootcert after"
              + " the ?, not \"" + key + "\"");
        }
      }
    }
    return new ServerLocation(host.toLowerCase(Locale.ROOT), port, database, user, sslmode,
        sslrootcert);
  }

  /** The same location with another login. */
  public ServerLocation withUser(String login) {
    return new ServerLocation(host, port, database, login, sslmode, sslrootcert);
  }

  /** The address as the user writes it (never with a password). */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(SCHEME);
    if (user != null) {
      sb.append(user).append('@');
    }
    sb.append(host);
    if (port != DEFAULT_PORT) {
      sb.append(':').append(port);
    }
    sb.append('/').append(database);
    String sep = "?";
    if (sslmode != null) {
      sb.append(sep).append("sslmode=").append(sslmode);
      sep = "&";
    }
    if (sslrootcert != null) {
      sb.append(sep).append("sslrootcert=").append(sslrootcert);
    }
    return sb.toString();
  }

  private static String decode(String text, String part) {
    try {
      return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad(text, "it has a broken %-escape");
    }
  }

  private static IllegalArgumentException bad(String text, String why) {
    // The text is shown back without any user:password part a user may have typed.
    String shown = text.strip().replaceFirst("//[^@/]*:[^@/]*@", "//…@");
    return new IllegalArgumentException("The team plan address " + shown + " cannot be used: "
        + why + ".");
  }
}

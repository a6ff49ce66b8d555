package org.paceline.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at a workspace file before the database opens it, so that a file that is not readable,
 * or not a database of the kind Paceline keeps, gets its own plain message instead of the
 * database engine's. It only reads the file's first block.
 */
final class WorkspaceFileCheck {

  /** Every file H2 2.x writes starts with this text block ("H:2,block:…,format:3,…"). */
  private static final String HEADER = "H:2,";
  private static final Pattern FORMAT = Pattern.compile("(?:^|,)format:([0-9a-f]+)(?:,|$)");
  /** The file format this H2 reads and writes. */
  private static final int FORMAT_READ = 3;

  private WorkspaceFileCheck() {}

  /** Refuses {@code file} with a plain message unless it looks like a workspace database. */
  static void beforeOpening(Path dir, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new WorkspaceException(dir, WorkspaceException.Problem.NOT_A_DATABASE, "The "
          + "workspace file " + file + " is not a file (a folder or another kind of entry has "
          + "that name). It is left as it is; move it away, or choose another folder.", null);
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(256);
    } catch (AccessDeniedException e) {
      throw unreadable(dir, file);
    } catch (IOException e) {
      if (!Files.isReadable(file)) {
        throw unreadable(dir, file);
      }
      throw new WorkspaceException(dir, "Cannot read the workspace file " + file + ": "
          + e.getMessage(), e);
    }
    String text = new String(head, StandardCharsets.ISO_8859_1);
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    if (!line.startsWith(HEADER)) {
      throw new WorkspaceException(dir, WorkspaceException.Problem.NOT_A_DATABASE, "The file "
          + file + " is not a Paceline workspace: it holds other data (for example a text file "
          + "or an incomplete download saved under that name). It is left as it is; restore a "
          + "backup or start a fresh workspace.", null);
    }
    long block = headerValue(line, "block");
    long blockSize = headerValue(line, "blockSize");
    long length;
    try {
      length = Files.size(file);
    } catch (IOException e) {
      length = Long.MAX_VALUE;
    }
    if (block > 0 && blockSize > 0 && length <= block * blockSize) {
      // the newest chunk the header points to is not there: cut off, e.g. a partial copy
      throw damaged(dir, file, null);
    }
    if (blockSize > 0 && length != Long.MAX_VALUE && !endsWithChunk(file, length, blockSize)) {
      // the database ends with a whole chunk, whose last 128 bytes are its footer; a copy cut
      // off anywhere else would open on an older chunk and silently lose the newer ones
      throw damaged(dir, file, null);
    }
    Matcher m = FORMAT.matcher(line);
    if (m.find() && Integer.parseInt(m.group(1), 16) != FORMAT_READ) {
      throw new WorkspaceException(dir, WorkspaceException.Problem.NOT_A_DATABASE, "The file "
          + file + " was written by another version of the database software than the one this "
          + "Paceline uses, and cannot be read by it. It is left as it is; restore a backup or "
          + "start a fresh workspace.", null);
    }
  }

  /** Whether the file's last 128 bytes are a chunk's footer, as H2 writes them. */
  private static boolean endsWithChunk(Path file, long length, long blockSize) {
    if (length % blockSize != 0 || length < 2 * blockSize + 128) {
      return false;
    }
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
      java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(128);
      while (last.hasRemaining() && ch.read(last, length - 128 + last.position()) > 0) {
        // read the whole footer
      }
      String footer = new String(last.array(), StandardCharsets.ISO_8859_1);
      return footer.startsWith("chunk:") && footer.contains(",fletcher:");
    } catch (IOException e) {
      return true; // not decided here: opening the file says what is wrong with it
    }
  }

  /** The header's value of {@code key} (hexadecimal), or -1. */
  private static long headerValue(String line, String key) {
    Matcher m = Pattern.compile("(?:^|,)" + key + ":([0-9a-f]{1,15})(?:,|$)").matcher(line);
    return m.find() ? Long.parseLong(m.group(1), 16) : -1;
  }

  /** The words for a database file that is damaged or incomplete (one truth, used by Workspace). */
  static WorkspaceException damaged(Path dir, Path file, Throwable cause) {
    return new WorkspaceException(dir, WorkspaceException.Problem.DAMAGED, "The workspace file "
        + file + " is damaged or incomplete and cannot be read. It is left as it is; restore "
        + "a backup or start a fresh workspace.", cause);
  }

  private static WorkspaceException unreadable(Path dir, Path file) {
    return new WorkspaceException(dir, WorkspaceException.Problem.UNREADABLE, "Paceline may not "
        + "read the workspace file " + file + ": its permissions do not allow it for your user. "
        + "It is left as it is; ask the folder's owner, or fix the file's permissions.", null);
  }
}

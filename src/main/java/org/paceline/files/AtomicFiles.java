package org.paceline.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file through a temporary file beside it that is flushed to disk and moved into place
 * only when complete, so a failed or interrupted export, backup or restore never leaves half a
 * file over a good one. A small package of its own so that every layer may use it.
 */
public final class AtomicFiles {

  /** Writes the content of one file to the stream it is handed. */
  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /** rw-r--r--: temporary files start as owner-only, an export should not stay so. */
  private static void shareable(Path file) {
    try {
      if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // no Unix permissions here
    }
  }

  /**
   * Writes {@code target} with {@code writer}, replacing it only once the writing succeeded and
   * the content is on disk. The file is readable by others as an export normally is.
   */
  public static void write(Path target, Writer writer) throws IOException {
    write(target, writer, false);
  }

  /**
   * As {@link #write(Path, Writer)}; a private file (a backup) is readable by its owner only.
   */
  public static void write(Path target, Writer writer, boolean privateFile) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
           OutputStream out = Channels.newOutputStream(channel)) {
        writer.write(out);
        out.flush();
        channel.force(true); // on disk before the rename makes it the file
      }
      if (!privateFile) {
        shareable(tmp);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

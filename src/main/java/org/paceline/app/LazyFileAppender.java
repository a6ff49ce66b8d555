package org.paceline.app;

import ch.qos.logback.core.OutputStreamAppender;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A log file appender that creates its folder and file only when the first event is written, so
 * that starting Paceline creates nothing and costs nothing while there is nothing to log
 * (logback 1.5's FileAppender opens its file at start-up).
 *
 * @param <E> the event type
 */
public final class LazyFileAppender<E> extends OutputStreamAppender<E> {

  private String file;

  /** The log file, from logback.xml. */
  public void setFile(String file) {
    this.file = file;
  }

  @Override
  public void start() {
    if (file == null) {
      addError("No file set for the appender named [" + name + "].");
      return;
    }
    setOutputStream(new LazyStream(Path.of(file)));
    super.start();
  }

  /** Opens the file for appending on the first write. */
  private static final class LazyStream extends OutputStream {
    private final Path path;
    private OutputStream out;

    LazyStream(Path path) {
      this.path = path;
    }

    private OutputStream out() throws IOException {
      if (out == null) {
        Files.createDirectories(path.toAbsolutePath().getParent());
        out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
      return out;
    }

    @Override
    public void write(int b) throws IOException {
      out().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (out != null) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (out != null) {
        out.close();
      }
    }
  }
}

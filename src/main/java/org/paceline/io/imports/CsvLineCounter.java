package org.paceline.io.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * The text of a CSV file on its way to the parser, counted once for both CSV readers (the plan
 * format's and the foreign tables'): it keeps the starts of the lines the parser has not reached
 * yet (it reads ahead), so that a record's line can be named, and refuses text past the limits
 * ({@link WorkbookReader#MAX_CHARS} in all, {@link PlanImporter#MAX_CSV_RECORD_CHARS} a record)
 * while it is read, so that a file of any size is refused within a bounded heap.
 */
public final class CsvLineCounter extends FilterReader {

  /** A file refused while it is read, with the line where that became clear. */
  public static final class Refused extends RuntimeException {
    private final int line;

    Refused(int line, String message) {
      super(message, null, false, false);
      this.line = line;
    }

    /** The line of the file where the limit was passed (0: the file as a whole). */
    public int line() {
      return line;
    }
  }

  private final boolean refuseNul;
  private final ArrayDeque<long[]> starts = new ArrayDeque<>();
  private long position;
  private long recordStart;
  private int line = 1;
  private boolean lastWasCr;

  /**
   * Counts the text of {@code in}; with {@code refuseNul} a NUL character refuses the file as
   * not text.
   */
  public CsvLineCounter(Reader in, boolean refuseNul) {
    super(in);
    this.refuseNul = refuseNul;
    starts.add(new long[] {0, 1});
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    for (int i = 0; i < n; i++) {
      see(buf[off + i]);
    }
    return n;
  }

  private void see(char c) {
    position++;
    if (refuseNul && c == '\0') {
      throw new Refused(0, "the file is not text (it holds NUL bytes)");
    }
    if (position > WorkbookReader.MAX_CHARS) {
      throw new Refused(line, "the file holds more text than a plan can (over "
          + String.format("%,d", WorkbookReader.MAX_CHARS) + " characters); is this the right"
          + " file?");
    }
    if (position - recordStart > PlanImporter.MAX_CSV_RECORD_CHARS + 16_384) {
      throw new Refused(line, "a line holds more than " + String.format("%,d",
          PlanImporter.MAX_CSV_RECORD_CHARS) + " characters (is a quote not closed?)");
    }
    if (c == '\n') {
      if (!lastWasCr) {
        line++;
      }
      starts.add(new long[] {position, line});
      lastWasCr = false;
    } else if (c == '\r') {
      line++;
      starts.add(new long[] {position, line});
      lastWasCr = true;
    } else {
      lastWasCr = false;
    }
  }

  /**
   * The line of the record that starts at character {@code pos}, which also starts the count
   * of that record's length; positions must come in increasing order (earlier line starts are
   * forgotten).
   */
  public int recordAt(long pos) {
    recordStart = pos;
    while (starts.size() > 1) {
      long[] first = starts.pollFirst();
      if (starts.peekFirst()[0] > pos) {
        starts.addFirst(first);
        break;
      }
    }
    return (int) starts.peekFirst()[1];
  }

  /** The line being read now (for a problem found in the middle of one). */
  public int line() {
    return line;
  }
}

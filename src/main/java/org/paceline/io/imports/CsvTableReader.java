package org.paceline.io.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.MalformedInputException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.paceline.io.export.FormulaGuard;

/**
 * Reads one table of the plan format from CSV: RFC 4180, UTF-8 with or without a byte-order mark,
 * comma- or semicolon-separated. Problems are added to a list rather than thrown, so that a file
 * reports all of them.
 */
final class CsvTableReader {

  private CsvTableReader() {}

  /**
   * The table in the UTF-8 bytes of {@code in}, read as a stream, or null when the file cannot
   * be read as CSV at all. At most {@link RawTable#MAX_ROWS} rows,
   * {@link PlanImporter#MAX_CSV_RECORD_CHARS} characters a record and
   * {@link WorkbookReader#MAX_CHARS} characters in all are read, so a file of any size is refused
   * within a bounded heap.
   */
  static RawTable read(String source, InputStream in, List<ImportProblem> problems) {
    CsvLineCounter counter;
    try {
      counter = new CsvLineCounter(new StrictUtf8(skipBom(in)), true);
    } catch (IOException e) {
      problems.add(new ImportProblem(source, 0, "", "cannot be read"));
      return null;
    }
    List<String> columns = null;
    List<RawTable.RawRow> rows = new ArrayList<>();
    try (BufferedReader text = new BufferedReader(counter, 8192)) {
      CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(header(text))).get();
      CSVParser parser = CSVParser.parse(text, format);
      for (CSVRecord rec : parser) {
        int line = counter.recordAt(rec.getCharacterPosition());
        if (isBlank(rec)) {
          continue;
        }
        if (columns == null) {
          columns = new ArrayList<>();
          for (String name : rec) {
            columns.add(name.trim().toLowerCase(Locale.ROOT));
          }
          continue;
        }
        if (rows.size() >= RawTable.MAX_ROWS) {
          problems.add(RawTable.tooManyRows(source, line));
          return null;
        }
        Map<String, RawCell> cells = new LinkedHashMap<>();
        for (int c = 0; c < rec.size(); c++) {
          if (c < columns.size()) {
            cells.put(columns.get(c), RawCell.text(FormulaGuard.restore(rec.get(c))));
          } else if (!rec.get(c).isBlank()) {
            problems.add(new ImportProblem(source, line, "",
                "this line has " + rec.size() + " values but the header has " + columns.size()
                    + " columns (is a comma inside a value not quoted?)"));
            break;
          }
        }
        rows.add(new RawTable.RawRow(line, cells));
      }
    } catch (CsvLineCounter.Refused r) {
      problems.add(new ImportProblem(source, r.line(), "", r.getMessage()));
      return null;
    } catch (UncheckedIOException | IOException | IllegalStateException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      if (cause instanceof CharacterCodingException) {
        problems.add(new ImportProblem(source, counter.line(), "",
            "the file is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\""));
        return null;
      }
      problems.add(new ImportProblem(source, 0, "",
          "the file is not valid CSV: " + cleanParserMessage(e)
              + "; check the quotes around values"));
      return null;
    }
    if (columns == null) {
      problems.add(new ImportProblem(source, 1, "", "the file is empty; expected a header line"));
      return null;
    }
    return new RawTable(source, columns, rows);
  }

  private static InputStream skipBom(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in);
    b.mark(3);
    byte[] head = b.readNBytes(3);
    if (head.length < 3 || (head[0] & 0xFF) != 0xEF || (head[1] & 0xFF) != 0xBB
        || (head[2] & 0xFF) != 0xBF) {
      b.reset();
    }
    return b;
  }

  /** The start of the file, up to 8,000 characters, left unread. */
  private static String header(BufferedReader text) throws IOException {
    text.mark(8192);
    char[] buf = new char[8000];
    int n = text.read(buf, 0, buf.length);
    text.reset();
    return n <= 0 ? "" : new String(buf, 0, n);
  }

  /**
   * UTF-8 that refuses a byte sequence that is not: the characters before it are handed over
   * first, so the line counted when it is refused is the line that holds it.
   */
  private static final class StrictUtf8 extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean eof;
    private boolean bad;
    private boolean done;

    StrictUtf8(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (bad) {
        throw new MalformedInputException(1);
      }
      if (done) {
        return -1;
      }
      CharBuffer out = CharBuffer.wrap(buf, off, len);
      while (true) {
        CoderResult r = decoder.decode(bytes, out, eof);
        if (r.isError()) {
          bad = true;
          if (out.position() > off) {
            return out.position() - off;
          }
          throw new MalformedInputException(r.length());
        }
        if (out.position() > off) {
          return out.position() - off;
        }
        if (eof) {
          decoder.flush(out);
          done = true;
          return out.position() > off ? out.position() - off : -1;
        }
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Semicolons when the header line has more of them than commas (European Excel). */
  private static char delimiter(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && (ch == '\n' || ch == '\r')) {
        if (commas + semicolons > 0) {
          break;
        }
      } else if (!quoted && ch == ',') {
        commas++;
      } else if (!quoted && ch == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private static boolean isBlank(CSVRecord rec) {
    for (String v : rec) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String cleanParserMessage(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replace("java.io.IOException: ", "");
  }
}

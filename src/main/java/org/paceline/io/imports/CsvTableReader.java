package org.paceline.io.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** The table in {@code bytes}, or null when the file cannot be read as CSV at all. */
  static RawTable read(String source, byte[] bytes, List<ImportProblem> problems) {
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      problems.add(new ImportProblem(source, lineAt(bytes), "",
          "the file is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\""));
      return null;
    }
    if (text.indexOf('\0') >= 0) {
      problems.add(new ImportProblem(source, 0, "", "the file is not text (it holds NUL bytes)"));
      return null;
    }
    int[] lineStarts = lineStarts(text);
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).get();
    List<String> columns = null;
    List<RawTable.RawRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord rec : parser) {
        int line = lineOf(lineStarts, rec.getCharacterPosition());
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
    } catch (UncheckedIOException | IOException | IllegalStateException e) {
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

  private static String decode(byte[] bytes) throws CharacterCodingException {
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
        .toString();
  }

  /** The line of the first byte that is not UTF-8, for the error message. */
  private static int lineAt(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    for (int end = 0; end < bytes.length; end++) {
      if (bytes[end] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, 0, end));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
      }
    }
    return line;
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

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean lineEnd = ch == '\n' || (ch == '\r'
          && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  private static int lineOf(int[] lineStarts, long position) {
    int i = Arrays.binarySearch(lineStarts, (int) position);
    return (i >= 0 ? i : -i - 2) + 1;
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

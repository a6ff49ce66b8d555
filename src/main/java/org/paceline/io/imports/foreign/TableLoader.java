package org.paceline.io.imports.foreign;

import org.paceline.io.imports.CsvLineCounter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.paceline.io.imports.PlanImporter;
import org.paceline.io.imports.SheetCell;
import org.paceline.io.imports.SheetRow;
import org.paceline.io.imports.WorkbookReader;

/**
 * Loads the table of a foreign file: the chosen sheet of a workbook, or a CSV file (read as a
 * stream, comma, semicolon or tab separated, UTF-8 or, when the bytes are not UTF-8, Windows
 * Latin-1 as older Excel writes it). The same row limit as the plan format applies.
 */
public final class TableLoader {

  /** Rows past this many are refused, as in the plan format. */
  public static final int MAX_ROWS = 100_000;

  private TableLoader() {}

  /** Whether the file's name says it is CSV (or tab-separated text). */
  public static boolean isCsvName(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt");
  }

  /**
   * The sheet {@code sheet} of an open workbook; with no name, the only sheet or the one that
   * looks most like a table (most rows with two or more values). The choice is added to
   * {@code notes}.
   */
  public static SourceTable sheet(WorkbookReader wb, String sheet, List<String> notes)
      throws ForeignImportException {
    List<String> names = wb.sheetNames();
    if (names.isEmpty()) {
      throw new ForeignImportException(wb.fileName() + ": the workbook has no sheets");
    }
    String chosen;
    if (sheet != null) {
      chosen = wb.findSheet(sheet);
      if (chosen == null) {
        throw new ForeignImportException(wb.fileName() + " has no sheet named \""
            + Words.quote(sheet) + "\"; its sheets are: " + Words.list(names));
      }
      return new SourceTable(wb.fileName(), chosen, "row", rows(wb, chosen));
    }
    if (names.size() == 1) {
      return new SourceTable(wb.fileName(), names.get(0), "row", rows(wb, names.get(0)));
    }
    SourceTable best = null;
    int bestScore = -1;
    for (String name : names) {
      List<SheetRow> rows = rows(wb, name);
      int score = 0;
      for (SheetRow r : rows) {
        if (r.cells().size() >= 2) {
          score++;
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = new SourceTable(wb.fileName(), name, "row", rows);
      }
    }
    notes.add("read the sheet \"" + best.sheet() + "\" (the workbook's sheets: "
        + Words.list(names) + "; choose another with --sheet NAME)");
    return best;
  }

  private static List<SheetRow> rows(WorkbookReader wb, String sheet)
      throws ForeignImportException {
    try {
      List<SheetRow> rows = wb.rows(sheet, "sheet \"" + sheet + "\"");
      return MergedHeaders.apply(rows, wb.merges(sheet));
    } catch (org.paceline.io.imports.PlanImportException e) {
      throw new ForeignImportException(wb.fileName() + ", " + e.problems().get(0));
    }
  }

  /** A CSV file as one table; its line numbers are the file's lines. */
  public static SourceTable csv(Path file) throws ForeignImportException {
    String name = file.getFileName().toString();
    try {
      if (Files.size(file) > PlanImporter.MAX_FILE_BYTES) {
        throw new ForeignImportException(name + ": the file is larger than "
            + PlanImporter.MAX_FILE_BYTES / (1024 * 1024) + " MB");
      }
      Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
      char delimiter = delimiter(file, charset);
      List<SheetRow> rows = new ArrayList<>();
      try (InputStream in = Files.newInputStream(file);
          CsvLineCounter reader = new CsvLineCounter(new InputStreamReader(skipBom(in), charset),
              false);
          CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180.builder()
              .setDelimiter(delimiter).get())) {
        long cells = 0;
        for (CSVRecord rec : parser) {
          int line = reader.recordAt(rec.getCharacterPosition());
          List<SheetCell> cellsOfRow = new ArrayList<>();
          for (int c = 0; c < rec.size(); c++) {
            String v = rec.get(c).strip();
            if (!v.isEmpty()) {
              if (v.length() > 32_767) {
                throw new ForeignImportException(name + ", line " + line
                    + ": a value is longer than 32,767 characters; is this the right file?");
              }
              cellsOfRow.add(new SheetCell(c, v, v, false));
            }
          }
          if (cellsOfRow.isEmpty()) {
            continue;
          }
          if (rows.size() > MAX_ROWS) {
            throw new ForeignImportException(name + ", line " + line + ": more than "
                + String.format("%,d", MAX_ROWS) + " rows; a plan holds at most "
                + String.format("%,d", MAX_ROWS) + " programs (is this the right file?)");
          }
          cells += cellsOfRow.size();
          if (cells > WorkbookReader.MAX_CELLS) {
            throw new ForeignImportException(name + ", line " + line
                + ": the file holds more values than a plan can; is this the right file?");
          }
          rows.add(new SheetRow(line, cellsOfRow));
        }
      } catch (CsvLineCounter.Refused e) {
        throw new ForeignImportException(name + ", line " + e.line() + ": " + e.getMessage());
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new ForeignImportException(name + ": the file is not valid CSV (check the quotes"
            + " around values)");
      }
      return new SourceTable(name, null, "line", rows);
    } catch (IOException e) {
      throw new ForeignImportException(name + ": cannot be read");
    }
  }

  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader r = new InputStreamReader(Files.newInputStream(file), d)) {
      char[] buf = new char[8192];
      while (r.read(buf) >= 0) {
        // read to the end: a bad byte anywhere throws
      }
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /** The separator the first line with one uses most: comma, semicolon or tab. */
  private static char delimiter(Path file, Charset charset) throws IOException {
    try (Reader r = new InputStreamReader(skipBom(Files.newInputStream(file)), charset)) {
      int commas = 0;
      int semis = 0;
      int tabs = 0;
      boolean quoted = false;
      int ch;
      int read = 0;
      while ((ch = r.read()) >= 0 && read++ < 1_000_000) {
        if (ch == '"') {
          quoted = !quoted;
        } else if (!quoted && (ch == '\n' || ch == '\r')) {
          if (commas + semis + tabs > 0) {
            break;
          }
        } else if (!quoted && ch == ',') {
          commas++;
        } else if (!quoted && ch == ';') {
          semis++;
        } else if (!quoted && ch == '\t') {
          tabs++;
        }
      }
      if (tabs > commas && tabs > semis) {
        return '\t';
      }
      return semis > commas ? ';' : ',';
    }
  }

  private static InputStream skipBom(InputStream in) throws IOException {
    java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
    byte[] b = new byte[3];
    int n = p.readNBytes(b, 0, 3);
    if (!(n == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
      p.unread(b, 0, n);
    }
    return p;
  }
}

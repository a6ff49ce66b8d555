package org.paceline.io.imports;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an {@code .xlsx} workbook as a stream (POI's event API and SAX), so that a workbook of
 * any size is read within a bounded heap: shared strings and styles are read only when a sheet
 * is, and only what a cell needs is kept (the text of each shared string, the number format of
 * each style). A sheet past {@link RawTable#MAX_ROWS} rows, or holding more cells or text than
 * {@link #MAX_CELLS} and {@link #MAX_CHARS}, is refused where the limit is passed, before
 * anything is imported.
 *
 * <p>A formula is read as the result the spreadsheet program saved with it. A formula saved
 * without a result is evaluated with POI's evaluator when that is safe (a small workbook, no
 * link to another file, no function whose result depends on the day or on chance); otherwise
 * the sheet is refused naming the cell and the formula. A password-protected workbook and an
 * old binary {@code .xls} are told apart from a damaged file, each with its own message.
 */
public final class WorkbookReader implements Closeable {

  /** Most non-empty cells kept from one sheet (a plan at the row limit with its 14 columns). */
  public static final int MAX_CELLS = 1_500_000;

  /** Most characters of cell text kept from one sheet, shared strings included. */
  public static final int MAX_CHARS = 24_000_000;

  /** Formulas without a result are evaluated only in workbooks up to this size. */
  static final long MAX_EVALUATED_BYTES = 4L * 1024 * 1024;

  private static final Pattern UNSAFE_FORMULA = Pattern.compile(
      "\\[|\\b(INDIRECT|OFFSET|NOW|TODAY|RAND|RANDBETWEEN|RANDARRAY|CELL|INFO|WEBSERVICE"
          + "|FILTERXML|HYPERLINK|CALL|REGISTER|REGISTER\\.ID|RTD|DDE|EXEC)\\s*\\(",
      Pattern.CASE_INSENSITIVE);

  private final Path file;
  private final String fileName;
  private final OPCPackage pkg;
  private final XSSFReader reader;
  private final List<String> sheetNames;
  private final boolean date1904;
  private List<String> sharedStrings;
  private Styles styles;

  private WorkbookReader(Path file, OPCPackage pkg, XSSFReader reader, List<String> sheetNames,
      boolean date1904) {
    this.file = file;
    this.fileName = file.getFileName().toString();
    this.pkg = pkg;
    this.reader = reader;
    this.sheetNames = List.copyOf(sheetNames);
    this.date1904 = date1904;
  }

  /**
   * Opens the workbook; only its list of sheets is read. Refused with a plain message when the
   * file is a protected workbook, an old {@code .xls}, or no workbook at all.
   */
  public static WorkbookReader open(Path file) throws PlanImportException {
    String name = file.getFileName().toString();
    FileMagic magic;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      throw single(name, "cannot be read: " + PlanImporter.describe(e));
    }
    if (magic == FileMagic.OLE2) {
      throw single(name, ole2Kind(file));
    }
    if (magic == FileMagic.BIFF2 || magic == FileMagic.BIFF3 || magic == FileMagic.BIFF4) {
      throw single(name, oldXls());
    }
    if (magic != FileMagic.OOXML) {
      throw single(name, notAWorkbook("it is not a zip archive"));
    }
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(pkg);
      List<String> names = new ArrayList<>();
      XSSFReader.SheetIterator it = reader.getSheetIterator();
      while (it.hasNext()) {
        try (InputStream ignored = it.next()) {
          names.add(it.getSheetName());
        }
      }
      boolean date1904 = readDate1904(reader);
      return new WorkbookReader(file, pkg, reader, names, date1904);
    } catch (Exception | LinkageError e) {
      closeQuietly(pkg);
      throw single(name, notAWorkbook(reason(e)));
    }
  }

  /** The names of the sheets, in the workbook's order. */
  public List<String> sheetNames() {
    return sheetNames;
  }

  /** The file's name, as messages show it. */
  public String fileName() {
    return fileName;
  }

  /** The sheet whose name matches {@code name} ignoring case and surrounding spaces, or null. */
  public String findSheet(String name) {
    for (String s : sheetNames) {
      if (s.trim().equalsIgnoreCase(name.trim())) {
        return s;
      }
    }
    return null;
  }

  /**
   * Every row of {@code sheet} (a name from {@link #sheetNames()}) that holds a value.
   *
   * @param source how problems name the sheet, e.g. {@code programs sheet}
   */
  /**
   * A merged range of a sheet ({@code <mergeCell ref="B1:C1"/>}): rows as Excel numbers them
   * (1 for the first), columns from 0 for A. Only its top-left cell holds the value.
   */
  public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {}

  /** At most this many merged ranges of a sheet are kept; more are ignored. */
  static final int MAX_MERGES = 10_000;

  private final Map<String, List<Merge>> merges = new HashMap<>();

  /** The merged ranges of {@code sheet}, as its last {@link #rows} read them (else none). */
  public List<Merge> merges(String sheet) {
    return merges.getOrDefault(sheet, List.of());
  }

  public List<SheetRow> rows(String sheet, String source) throws PlanImportException {
    int index = sheetNames.indexOf(sheet);
    if (index < 0) {
      throw single(fileName, "the workbook has no sheet named \"" + sheet + "\"");
    }
    SheetHandler handler;
    try {
      loadSharedParts(source);
      XSSFReader.SheetIterator it = reader.getSheetIterator();
      int i = 0;
      handler = null;
      while (it.hasNext()) {
        try (InputStream in = it.next()) {
          if (i++ == index) {
            handler = new SheetHandler(source);
            parse(in, handler);
            break;
          }
        }
      }
      if (handler == null) {
        throw single(fileName, "the sheet \"" + sheet + "\" cannot be read");
      }
    } catch (Refusal r) {
      throw new PlanImportException(List.of(r.problem));
    } catch (PlanImportException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      throw single(source, "the sheet cannot be read; the workbook is damaged (" + reason(e) + ")");
    }
    if (!handler.pending.isEmpty()) {
      evaluate(index, source, handler);
    }
    merges.put(sheet, List.copyOf(handler.merges));
    return handler.finishedRows();
  }

  @Override
  public void close() {
    closeQuietly(pkg);
  }

  // ---------------------------------------------------------------- file kinds

  private static String ole2Kind(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        return "the workbook is protected with a password, which Paceline cannot open; open it"
            + " in your spreadsheet program and save it as .xlsx without a password";
      }
      if (root.hasEntry("Workbook") || root.hasEntry("Book") || root.hasEntry("WORKBOOK")) {
        return oldXls();
      }
      return "the file is an old Microsoft Office file, not an Excel workbook (.xlsx)";
    } catch (IOException | RuntimeException e) {
      return notAWorkbook("it looks like an old Office file but cannot be read");
    }
  }

  private static String oldXls() {
    return "the file is an old Excel 97-2003 workbook (.xls), which Paceline does not read; open"
        + " it in your spreadsheet program and save it as .xlsx without a password";
  }

  private static String notAWorkbook(String why) {
    return "the file is not an Excel workbook (.xlsx) or is damaged (" + why + ")";
  }

  // ---------------------------------------------------------------- shared parts

  private void loadSharedParts(String source) throws Exception {
    if (styles != null) {
      return;
    }
    Styles st = new Styles();
    try (InputStream in = reader.getStylesData()) {
      parse(in, st);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
        | java.util.NoSuchElementException e) {
      // a workbook without styles: every cell has the general format
    }
    SharedStrings ss = new SharedStrings(source);
    try (InputStream in = reader.getSharedStringsData()) {
      if (in != null) {
        parse(in, ss);
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
        | java.util.NoSuchElementException e) {
      // a workbook whose cells hold no shared text
    }
    sharedStrings = ss.strings;
    styles = st;
  }

  private static boolean readDate1904(XSSFReader reader) throws Exception {
    boolean[] result = new boolean[1];
    try (InputStream in = reader.getWorkbookData()) {
      parse(in, new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
          if (local.equals("workbookPr")) {
            String v = a.getValue("date1904");
            result[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
          }
        }
      });
    }
    return result[0];
  }

  private static void parse(InputStream in, DefaultHandler handler) throws Exception {
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(handler);
    xml.parse(new InputSource(in));
  }

  /** The number format of each cell style, enough to tell date cells from numbers. */
  private static final class Styles extends DefaultHandler {
    final Map<Integer, String> formats = new HashMap<>();
    final List<Integer> xfFormats = new ArrayList<>();
    private boolean inCellXfs;

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      if (local.equals("numFmt")) {
        Integer id = intOrNull(a.getValue("numFmtId"));
        if (id != null && formats.size() < 10_000) {
          formats.put(id, String.valueOf(a.getValue("formatCode")));
        }
      } else if (local.equals("cellXfs")) {
        inCellXfs = true;
      } else if (inCellXfs && local.equals("xf") && xfFormats.size() < 100_000) {
        Integer id = intOrNull(a.getValue("numFmtId"));
        xfFormats.add(id == null ? 0 : id);
      }
    }

    @Override
    public void endElement(String uri, String local, String q) {
      if (local.equals("cellXfs")) {
        inCellXfs = false;
      }
    }

    boolean isDate(int style) {
      if (style < 0 || style >= xfFormats.size()) {
        return false;
      }
      int id = xfFormats.get(style);
      String code = formats.get(id);
      if (code == null) {
        code = org.apache.poi.ss.usermodel.BuiltinFormats.getBuiltinFormat(id);
      }
      return DateUtil.isADateFormat(id, code);
    }
  }

  /** The text of every shared string, within {@link #MAX_CHARS}. */
  private static final class SharedStrings extends DefaultHandler {
    final List<String> strings = new ArrayList<>();
    private final String source;
    private final StringBuilder current = new StringBuilder();
    private boolean inText;
    private int phonetic;
    private long chars;

    SharedStrings(String source) {
      this.source = source;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      switch (local) {
        case "si" -> current.setLength(0);
        case "rPh" -> phonetic++;
        case "t" -> inText = phonetic == 0;
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String local, String q) {
      switch (local) {
        case "si" -> {
          chars += current.length();
          if (chars > MAX_CHARS || strings.size() >= MAX_CELLS) {
            throw new Refusal(new ImportProblem(source, 0, "", "the workbook holds more text"
                + " than a plan can (over " + String.format("%,d", MAX_CHARS)
                + " characters); is this the right file?"));
          }
          strings.add(current.toString());
        }
        case "rPh" -> phonetic--;
        case "t" -> inText = false;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText) {
        current.append(ch, start, length);
      }
    }
  }

  // ---------------------------------------------------------------- the sheet

  /** A formula cell saved without its result, waiting to be evaluated. */
  private record Pending(int rowIndex, int row, int column, String formula, int style) {}

  private final class SheetHandler extends DefaultHandler {
    private final String source;
    private final List<Row0> rows = new ArrayList<>();
    final List<Pending> pending = new ArrayList<>();
    final List<Merge> merges = new ArrayList<>();
    private final Map<String, String> sharedFormulas = new HashMap<>();
    private long cells;
    private long chars;

    private int rowNumber;
    private List<SheetCell> rowCells;
    private int column;
    private String type;
    private int style;
    private boolean hasValue;
    private boolean hasFormula;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private boolean inValue;
    private boolean inFormula;
    private boolean inInlineText;
    private int phonetic;

    SheetHandler(String source) {
      this.source = source;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      switch (local) {
        case "row" -> {
          Integer r = intOrNull(a.getValue("r"));
          rowNumber = r != null ? r : rowNumber + 1;
          rowCells = new ArrayList<>();
          column = -1;
        }
        case "c" -> {
          String ref = a.getValue("r");
          int c = -1;
          if (ref != null) {
            try {
              c = new CellReference(ref).getCol();
            } catch (RuntimeException e) {
              c = -1;
            }
          }
          column = c >= 0 ? c : column + 1;
          type = a.getValue("t");
          Integer s = intOrNull(a.getValue("s"));
          style = s == null ? 0 : s;
          hasValue = false;
          hasFormula = false;
          value.setLength(0);
          formula.setLength(0);
        }
        case "v" -> {
          inValue = true;
          hasValue = true;
        }
        case "f" -> {
          inFormula = true;
          hasFormula = true;
          String si = a.getValue("si");
          if ("shared".equals(a.getValue("t")) && si != null) {
            formula.append('\u0000').append(si).append('\u0000');
          }
        }
        case "is" -> hasValue = true;
        case "mergeCell" -> merge(a.getValue("ref"));
        case "rPh" -> phonetic++;
        case "t" -> inInlineText = phonetic == 0 && "inlineStr".equals(type);
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue || inInlineText) {
        value.append(ch, start, length);
        if (value.length() > 40_000) {
          refuse(rowNumber, "cell " + SheetCell.columnName(column) + rowNumber
              + " holds more text than a cell can (over 32,767 characters)");
        }
      } else if (inFormula && formula.length() < 10_000) {
        formula.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String q) {
      switch (local) {
        case "v" -> inValue = false;
        case "f" -> inFormula = false;
        case "t" -> inInlineText = false;
        case "rPh" -> phonetic--;
        case "c" -> endCell();
        case "row" -> {
          if (!rowCells.isEmpty() || hasPendingIn(rowNumber)) {
            if (rowNumber > RawTable.MAX_ROWS + 1) {
              throw new Refusal(RawTable.tooManyRows(source, rowNumber));
            }
            rows.add(new Row0(rowNumber, rowCells));
          }
          rowCells = null;
        }
        default -> { }
      }
    }

    private void merge(String ref) {
      if (ref == null || merges.size() >= MAX_MERGES) {
        return;
      }
      try {
        org.apache.poi.ss.util.CellRangeAddress r =
            org.apache.poi.ss.util.CellRangeAddress.valueOf(ref);
        if (r.getFirstRow() >= 0 && r.getFirstColumn() >= 0 && r.getLastRow() >= r.getFirstRow()
            && r.getLastColumn() >= r.getFirstColumn()) {
          merges.add(new Merge(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn(),
              r.getLastColumn()));
        }
      } catch (RuntimeException e) {
        // a damaged range is ignored: it only says how cells are drawn
      }
    }

    private boolean hasPendingIn(int row) {
      return !pending.isEmpty() && pending.get(pending.size() - 1).row() == row;
    }

    private void endCell() {
      if (rowCells == null) {
        return;
      }
      String f = sharedFormula(formula.toString());
      if (hasFormula && (!hasValue || (value.length() == 0 && !"str".equals(type)))) {
        if (pending.size() >= 10_000) {
          refuse(rowNumber, noResult(column, rowNumber, f));
        }
        pending.add(new Pending(rows.size(), rowNumber, column, f, style));
        return;
      }
      if (!hasValue) {
        return;
      }
      SheetCell cell = cell(value.toString());
      if (cell == null) {
        return;
      }
      if (++cells > MAX_CELLS || (chars += cell.text().length()) > MAX_CHARS) {
        refuse(rowNumber, "the sheet holds more values than a plan can (over "
            + String.format("%,d", MAX_CELLS) + " cells or "
            + String.format("%,d", MAX_CHARS) + " characters); is this the right file?");
      }
      rowCells.add(cell);
    }

    /** The text of a shared formula that only points at its first cell. */
    private String sharedFormula(String f) {
      if (!f.startsWith("\u0000")) {
        return f;
      }
      int end = f.indexOf('\u0000', 1);
      String si = f.substring(1, end);
      String text = f.substring(end + 1);
      if (!text.isBlank()) {
        sharedFormulas.putIfAbsent(si, text);
        return text;
      }
      return sharedFormulas.getOrDefault(si, "");
    }

    private SheetCell cell(String v) {
      String t = type == null ? "n" : type;
      switch (t) {
        case "s" -> {
          Integer i = intOrNull(v.trim());
          if (i == null || i < 0 || i >= sharedStrings.size()) {
            refuse(rowNumber, "cell " + SheetCell.columnName(column) + rowNumber
                + " points at text the workbook does not hold; the workbook is damaged");
          }
          return text(sharedStrings.get(i));
        }
        case "inlineStr", "str" -> {
          return text(v);
        }
        case "b" -> {
          String b = v.trim();
          return b.isEmpty() ? null
              : new SheetCell(column, b.equals("1") || b.equalsIgnoreCase("true") ? "TRUE"
                  : "FALSE", Boolean.valueOf(b.equals("1") || b.equalsIgnoreCase("true")), false);
        }
        case "e" -> {
          return new SheetCell(column, v.trim(), v.trim(), true);
        }
        case "d" -> {
          String iso = v.trim();
          try {
            LocalDate d = LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso);
            return new SheetCell(column, d.toString(), d, false);
          } catch (RuntimeException e) {
            return text(iso);
          }
        }
        default -> {
          return number(v.trim(), style);
        }
      }
    }

    private SheetCell text(String s) {
      String trimmed = s == null ? "" : s.strip();
      return trimmed.isEmpty() ? null : new SheetCell(column, trimmed, trimmed, false);
    }

    private SheetCell number(String v, int styleIndex) {
      if (v.isEmpty()) {
        return null;
      }
      BigDecimal n;
      try {
        n = new BigDecimal(v);
      } catch (NumberFormatException e) {
        return new SheetCell(column, "#NUM!", "#NUM!", true);
      }
      if (styles.isDate(styleIndex)) {
        LocalDate d = serialToDate(n.doubleValue());
        if (d == null) {
          return new SheetCell(column, plain(n), n, false);
        }
        return new SheetCell(column, d.toString(), d, false);
      }
      return new SheetCell(column, plain(n), n, false);
    }

    private void refuse(int row, String message) {
      throw new Refusal(new ImportProblem(source, row, "", message));
    }

    List<SheetRow> finishedRows() {
      List<SheetRow> out = new ArrayList<>(rows.size());
      for (Row0 r : rows) {
        out.add(new SheetRow(r.number, r.cells));
      }
      return out;
    }
  }

  /** A row while the sheet is read; cells of evaluated formulas are added afterwards. */
  private record Row0(int number, List<SheetCell> cells) {}

  private LocalDate serialToDate(double serial) {
    if (!DateUtil.isValidExcelDate(serial) || serial < 1) {
      return null;
    }
    return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
  }

  static String plain(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  // ---------------------------------------------------------------- formulas without results

  private static String noResult(int column, int row, String formula) {
    String shown = formula.isBlank() ? "" : " (=" + Texts0.shorten(formula) + ")";
    return "cell " + SheetCell.columnName(column) + row + " has a formula with no saved result"
        + shown + "; open and save the file in a spreadsheet program, or type the value";
  }

  private void evaluate(int sheetIndex, String source, SheetHandler h) throws PlanImportException {
    Pending first = h.pending.get(0);
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = Long.MAX_VALUE;
    }
    for (Pending p : h.pending) {
      if (p.formula().isBlank() || UNSAFE_FORMULA.matcher(p.formula()).find()) {
        throw single(source, p.row(), noResult(p.column(), p.row(), p.formula()));
      }
    }
    if (size > MAX_EVALUATED_BYTES) {
      throw single(source, first.row(), noResult(first.column(), first.row(), first.formula()));
    }
    try (OPCPackage copy = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFWorkbook wb = new XSSFWorkbook(copy)) {
      Sheet sheet = wb.getSheetAt(sheetIndex);
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      for (Pending p : h.pending) {
        Row row = sheet.getRow(p.row() - 1);
        Cell cell = row == null ? null : row.getCell(p.column());
        CellValue v;
        try {
          v = cell == null ? null : ev.evaluate(cell);
        } catch (RuntimeException | StackOverflowError e) {
          v = null;
        }
        if (v == null) {
          throw single(source, p.row(), noResult(p.column(), p.row(), p.formula()));
        }
        SheetCell result = switch (v.getCellType()) {
          case NUMERIC -> {
            BigDecimal n = BigDecimal.valueOf(v.getNumberValue());
            LocalDate d = styles.isDate(p.style()) ? serialToDate(v.getNumberValue()) : null;
            yield d != null ? new SheetCell(p.column(), d.toString(), d, false)
                : new SheetCell(p.column(), plain(n), n, false);
          }
          case STRING -> v.getStringValue() == null || v.getStringValue().isBlank() ? null
              : new SheetCell(p.column(), v.getStringValue().strip(), v.getStringValue().strip(),
                  false);
          case BOOLEAN -> new SheetCell(p.column(), v.getBooleanValue() ? "TRUE" : "FALSE",
              v.getBooleanValue(), false);
          case ERROR -> new SheetCell(p.column(), errorText(v.getErrorValue()),
              errorText(v.getErrorValue()), true);
          default -> null;
        };
        if (result != null) {
          insert(h, p, result);
        }
      }
    } catch (PlanImportException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      throw single(source, first.row(), noResult(first.column(), first.row(), first.formula()));
    }
  }

  private static void insert(SheetHandler h, Pending p, SheetCell cell) {
    Row0 row = null;
    int at = Math.min(p.rowIndex(), h.rows.size() - 1);
    for (int i = Math.max(0, at); i < h.rows.size(); i++) {
      if (h.rows.get(i).number() == p.row()) {
        row = h.rows.get(i);
        break;
      }
    }
    if (row == null) {
      row = new Row0(p.row(), new ArrayList<>());
      int pos = 0;
      while (pos < h.rows.size() && h.rows.get(pos).number() < p.row()) {
        pos++;
      }
      h.rows.add(pos, row);
    }
    int pos = 0;
    while (pos < row.cells().size() && row.cells().get(pos).column() < cell.column()) {
      pos++;
    }
    row.cells().add(pos, cell);
  }

  static String errorText(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR";
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Stops a SAX parse with a problem the user gets to see. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ImportProblem problem;

    Refusal(ImportProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /** Shortens a value quoted back in a message. */
  private static final class Texts0 {
    static String shorten(String s) {
      String one = s.replaceAll("\\p{Cntrl}", " ");
      return one.length() > 80 ? one.substring(0, 79) + "…" : one;
    }
  }

  private static Integer intOrNull(String s) {
    if (s == null || s.isEmpty() || s.length() > 9) {
      return null;
    }
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String reason(Throwable e) {
    if (e instanceof SAXException && e.getCause() instanceof Refusal) {
      return e.getCause().getMessage();
    }
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return "the file's contents are not what a workbook holds";
    }
    String line = m.lines().findFirst().orElse("").trim();
    // messages from the zip and XML parsers can name classes; keep only plain words
    if (line.matches(".*\\b[a-z]+\\.[a-z]+\\.[A-Za-z.]+.*") || line.length() > 160) {
      return "the file's contents are not what a workbook holds";
    }
    return line.toLowerCase(Locale.ROOT).startsWith("zip bomb")
        ? "it expands to far more data than it holds" : line;
  }

  private static PlanImportException single(String source, String message) {
    return new PlanImportException(List.of(new ImportProblem(source, 0, "", message)));
  }

  private static PlanImportException single(String source, int line, String message) {
    return new PlanImportException(List.of(new ImportProblem(source, line, "", message)));
  }

  private static void closeQuietly(OPCPackage pkg) {
    if (pkg != null) {
      try {
        pkg.revert();
      } catch (RuntimeException e) {
        // nothing to keep
      }
    }
  }
}

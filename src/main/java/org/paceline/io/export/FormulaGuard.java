package org.paceline.io.export;

/**
 * Keeps exported text from running as a formula in the reader's spreadsheet (OWASP "CSV
 * injection"): a text cell that begins with {@code = + - @}, a tab or a carriage return is
 * written with a leading apostrophe in CSV, which spreadsheets show as text; the importer
 * takes the apostrophe off again, so a plan survives the round trip. Numbers are never text
 * cells, so they stay numbers. In a workbook the cell is marked "quote prefixed" instead, which
 * keeps the exact text.
 */
public final class FormulaGuard {

  private FormulaGuard() {}

  /** Whether a spreadsheet could take this text for a formula. */
  public static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** The text as it is written to a CSV cell. */
  public static String neutralise(String text) {
    return looksLikeFormula(text) ? "'" + text : text;
  }

  /** The text read back from a CSV cell that {@link #neutralise} wrote. */
  public static String restore(String cell) {
    return cell != null && cell.length() > 1 && cell.charAt(0) == '\''
        && looksLikeFormula(cell.substring(1)) ? cell.substring(1) : cell;
  }
}

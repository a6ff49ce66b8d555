package org.paceline.io.export;

/**
 * Keeps exported text from running as a formula in the reader's spreadsheet (OWASP "CSV
 * injection"): a text cell that begins with {@code = + - @}, a tab or a carriage return is
 * written with a leading apostrophe in CSV, which spreadsheets show as text; the importer
 * takes the apostrophe off again, so a plan survives the round trip. Numbers are never text
 * cells, so they stay numbers. In a workbook the cell is marked "quote prefixed" instead, which
 * keeps the exact text.
 *
 * <p>The rule that tells the guard's apostrophe from a real one: on export, text that starts
 * with a formula character <em>or with an apostrophe</em> gets one more apostrophe in front; on
 * import, a leading apostrophe is taken off only when what follows starts with a formula
 * character or another apostrophe. So {@code 'Tis} is written {@code ''Tis} and read back as
 * {@code 'Tis}, {@code =1+1} is written {@code '=1+1} and read back as {@code =1+1}, and a
 * hand-made {@code 'quoted} cell (an apostrophe before an ordinary character) is kept as it is.
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

  /**
   * Whether the text needs the guard's apostrophe in CSV (and the "quote prefixed" mark in a
   * workbook): it could be taken for a formula, or it starts with an apostrophe of its own, which
   * a spreadsheet would otherwise swallow and {@link #restore} could not tell from the guard's.
   */
  public static boolean needsGuard(String text) {
    return looksLikeFormula(text) || (text != null && text.startsWith("'"));
  }

  /** The text as it is written to a CSV cell. */
  public static String neutralise(String text) {
    return needsGuard(text) ? "'" + text : text;
  }

  /** The text read back from a CSV cell that {@link #neutralise} wrote. */
  public static String restore(String cell) {
    return cell != null && cell.length() > 1 && cell.charAt(0) == '\''
        && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
  }
}

package org.paceline.io.imports;

/**
 * One thing wrong with an import, located as a person would look for it.
 *
 * @param source the file or sheet, e.g. {@code programs.csv} or {@code programs sheet}
 * @param line the line (CSV) or sheet row, counting the header as 1; 0 for the whole file
 * @param column the column's name, or "" when the problem is not in one column
 * @param message what is wrong and what was expected
 */
public record ImportProblem(String source, int line, String column, String message) {

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(", line ").append(line);
    }
    if (!column.isEmpty()) {
      sb.append(", column ").append(column);
    }
    return sb.append(": ").append(message).toString();
  }
}

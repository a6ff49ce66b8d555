package org.paceline.layout;

/** What a text on the board is, named as a reader would name it in a warning. */
public enum TextRole {
  TITLE("the plan's name"),
  YEAR("fiscal year names"),
  QUARTER("quarter names"),
  MONTH("month names"),
  SEGMENT("segment names"),
  TARGET("target figures"),
  INITIATIVE("initiative names"),
  GROUP("group headings"),
  PROGRAM("program names"),
  MARK("conflict marks"),
  STRIP("pace strip figures"),
  STRIP_NAME("pace strip names"),
  NOTE("notes");

  private final String words;

  TextRole(String words) {
    this.words = words;
  }

  /** The plural noun phrase, e.g. "program names". */
  public String words() {
    return words;
  }
}

package org.paceline.layout;

/**
 * How wide a text is in a medium's font. The layout fits and elides labels with it; each medium
 * passes the metrics of the font it embeds, so a label that fits in the layout fits on the page.
 */
@FunctionalInterface
public interface TextMeasure {

  /** The width of {@code text} at {@code size} points, in points. */
  double width(String text, double size, boolean bold);

  /** Every character {@code em} ems wide: for tests and rough estimates. */
  static TextMeasure fixed(double em) {
    return (text, size, bold) -> text.codePointCount(0, text.length()) * size * em
        * (bold ? 1.1 : 1);
  }
}

package org.paceline.ui.timeline.impl;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.paceline.layout.TextMeasure;

/** Text widths in the screen's font, for the layout to fit and elide labels. */
final class FxTextMeasure implements TextMeasure {

  private final Text probe = new Text();

  private static final java.util.Map<Double, Font> FONTS = new java.util.HashMap<>();

  /** The screen's font at a size (negative sizes key the bold faces in the cache). */
  static Font font(double size, boolean bold) {
    return FONTS.computeIfAbsent(bold ? -size : size,
        k -> Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
  }

  @Override
  public double width(String text, double size, boolean bold) {
    probe.setFont(font(size, bold));
    probe.setText(text);
    return probe.getLayoutBounds().getWidth();
  }
}

package org.paceline.io.export.print;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.paceline.layout.TextMeasure;

/**
 * The bundled DejaVu fonts' widths, for laying out media that do not embed them (slides): a
 * label that fits in DejaVu also fits in the narrower fonts a slide program substitutes.
 */
public final class PrintFonts implements TextMeasure, AutoCloseable {

  private final PDDocument scratch;
  private final Pen.Fonts fonts;

  /** Loads the fonts; close when done. */
  public PrintFonts() throws IOException {
    scratch = new PDDocument();
    try {
      fonts = new Pen.Fonts(scratch);
    } catch (IOException | RuntimeException e) {
      scratch.close();
      throw e;
    }
  }

  @Override
  public double width(String text, double size, boolean bold) {
    return fonts.width(text, size, bold);
  }

  @Override
  public void close() throws IOException {
    scratch.close();
  }
}

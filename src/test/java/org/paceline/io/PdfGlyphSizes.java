package org.paceline.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The size a reader sees of every glyph in a PDF, read back from the file: the text matrix's
 * vertical scaling (font size times every transform, the page's included), not the size the
 * writer meant.
 */
final class PdfGlyphSizes {

  /**
   * One glyph: its page (1-based), the character, its size in points, and whether it lies on
   * the paper from top to bottom (a name beside a bar may run on past the right edge of a tile,
   * where the tile's clip hides it).
   */
  record Glyph(int page, String text, double size, boolean onPaper) {}

  private PdfGlyphSizes() {}

  static List<Glyph> read(Path pdf) throws IOException {
    List<Glyph> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper s = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (TextPosition p : positions) {
            if (!p.getUnicode().isBlank()) {
              boolean on = p.getYDirAdj() - p.getHeightDir() >= 0
                  && p.getYDirAdj() <= p.getPageHeight();
              out.add(new Glyph(getCurrentPageNo(), p.getUnicode(),
                  p.getTextMatrix().getScalingFactorY(), on));
            }
          }
        }
      };
      s.getText(doc);
    }
    return out;
  }

  static double smallest(Path pdf) throws IOException {
    return read(pdf).stream().mapToDouble(Glyph::size).min().orElse(Double.NaN);
  }
}

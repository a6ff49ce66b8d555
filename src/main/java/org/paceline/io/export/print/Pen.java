package org.paceline.io.export.print;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws on one PDF page in board units: a top-left origin and y going down, scaled by the page's
 * scale. Text is real text in the embedded DejaVu font, so it can be selected and searched.
 */
final class Pen {

  /** The fonts of one document, embedded as subsets. */
  static final class Fonts {
    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    Fonts(PDDocument doc) throws IOException {
      regular = load(doc, "DejaVuSans.ttf");
      bold = load(doc, "DejaVuSans-Bold.ttf");
    }

    private static PDType0Font load(PDDocument doc, String name) throws IOException {
      try (InputStream in = Pen.class.getResourceAsStream("/org/paceline/fonts/" + name)) {
        if (in == null) {
          throw new IOException("The bundled font " + name + " is missing");
        }
        return PDType0Font.load(doc, in);
      }
    }

    /** The text with characters the font cannot show replaced by '?'. */
    String printable(String s) {
      StringBuilder sb = new StringBuilder(s.length());
      s.codePoints().forEach(cp -> {
        boolean ok = glyphs.computeIfAbsent(cp, c -> {
          try {
            regular.encode(new String(Character.toChars(c)));
            return c >= 32;
          } catch (IOException | IllegalArgumentException e) {
            return false;
          }
        });
        sb.append(ok ? new String(Character.toChars(cp)) : cp == '\n' ? " " : "?");
      });
      return sb.toString();
    }

    /** The width of text at a size, in points. */
    double width(String s, double size, boolean isBold) {
      try {
        return (isBold ? bold : regular).getStringWidth(printable(s)) / 1000 * size;
      } catch (IOException e) {
        return s.length() * size * 0.55;
      }
    }
  }

  private final PDPageContentStream out;
  private final Fonts fonts;
  private final double ox;
  private final double oy;
  private final double scale;

  /**
   * @param ox left edge of the board area on the page, in points
   * @param oy top edge of the board area, in PDF points from the bottom of the page
   */
  Pen(PDPageContentStream out, Fonts fonts, double ox, double oy, double scale) {
    this.out = out;
    this.fonts = fonts;
    this.ox = ox;
    this.oy = oy;
    this.scale = scale;
  }

  double scale() {
    return scale;
  }

  Fonts fonts() {
    return fonts;
  }

  private float px(double x) {
    return (float) (ox + x * scale);
  }

  private float py(double y) {
    return (float) (oy - y * scale);
  }

  void clip(double x, double y, double w, double h) throws IOException {
    out.saveGraphicsState();
    out.addRect(px(x), py(y + h), (float) (w * scale), (float) (h * scale));
    out.clip();
  }

  void unclip() throws IOException {
    out.restoreGraphicsState();
  }

  void fill(double x, double y, double w, double h, Color c) throws IOException {
    out.setNonStrokingColor(c);
    out.addRect(px(x), py(y + h), (float) (w * scale), (float) (h * scale));
    out.fill();
  }

  void frame(double x, double y, double w, double h, Color c, double width) throws IOException {
    out.setStrokingColor(c);
    out.setLineWidth((float) (width * scale));
    out.addRect(px(x), py(y + h), (float) (w * scale), (float) (h * scale));
    out.stroke();
  }

  void dashedFrame(double x, double y, double w, double h, Color c, double width)
      throws IOException {
    out.setLineDashPattern(new float[] {(float) (3 * scale), (float) (2 * scale)}, 0);
    frame(x, y, w, h, c, width);
    out.setLineDashPattern(new float[0], 0);
  }

  void line(double x1, double y1, double x2, double y2, Color c, double width, boolean dashed)
      throws IOException {
    out.setStrokingColor(c);
    out.setLineWidth((float) (width * scale));
    if (dashed) {
      out.setLineDashPattern(new float[] {(float) (2 * scale), (float) (2 * scale)}, 0);
    }
    out.moveTo(px(x1), py(y1));
    out.lineTo(px(x2), py(y2));
    out.stroke();
    if (dashed) {
      out.setLineDashPattern(new float[0], 0);
    }
  }

  void dot(double cx, double cy, double r, Color c) throws IOException {
    // a circle from four Bézier arcs
    double k = 0.5523 * r;
    out.setNonStrokingColor(c);
    out.moveTo(px(cx + r), py(cy));
    out.curveTo(px(cx + r), py(cy + k), px(cx + k), py(cy + r), px(cx), py(cy + r));
    out.curveTo(px(cx - k), py(cy + r), px(cx - r), py(cy + k), px(cx - r), py(cy));
    out.curveTo(px(cx - r), py(cy - k), px(cx - k), py(cy - r), px(cx), py(cy - r));
    out.curveTo(px(cx + k), py(cy - r), px(cx + r), py(cy - k), px(cx + r), py(cy));
    out.fill();
  }

  /** Text with its vertical middle at {@code y}. */
  void text(double x, double y, String s, double size, boolean bold, Color c) throws IOException {
    String t = fonts.printable(s);
    if (t.isEmpty()) {
      return;
    }
    out.beginText();
    out.setFont(bold ? fonts.bold : fonts.regular, (float) (size * scale));
    out.setNonStrokingColor(c);
    out.newLineAtOffset(px(x), py(y + size * 0.36));
    out.showText(t);
    out.endText();
  }

  /** Text shortened with "…" to fit {@code max} board units. */
  void fitText(double x, double y, String s, double max, double size, boolean bold, Color c)
      throws IOException {
    if (max < size) {
      return;
    }
    String t = s;
    if (width(t, size, bold) > max) {
      // the longest prefix that fits with "…", found by halving rather than a character at a time
      int lo = 1;
      int hi = t.length() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (width(t.substring(0, mid) + "…", size, bold) <= max) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      t = t.substring(0, lo) + "…";
    }
    text(x, y, t, size, bold, c);
  }

  /** Text centred on {@code cx}. */
  void centred(double cx, double y, String s, double size, boolean bold, Color c)
      throws IOException {
    text(cx - width(s, size, bold) / 2, y, s, size, bold, c);
  }

  /** A width in board units. */
  double width(String s, double size, boolean bold) {
    return fonts.width(s, size, bold);
  }
}

package org.paceline.io.export.print;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.paceline.io.export.BoardPalette;
import org.paceline.layout.Shape;
import org.paceline.layout.TextMeasure;

/**
 * Paints the layout's shapes on one PDF page: a top-left origin and y going down, in points.
 * It only translates style names to the palette; where things go is the layout's business. Text
 * is real text in the embedded DejaVu font, so it can be selected and searched.
 */
final class Pen {

  /** The fonts of one document, embedded as subsets; the layout measures text with them. */
  static final class Fonts implements TextMeasure {
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
    @Override
    public double width(String s, double size, boolean isBold) {
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

  /**
   * @param ox left edge of the area on the page, in points
   * @param oy top edge of the area, in PDF points from the bottom of the page
   */
  Pen(PDPageContentStream out, Fonts fonts, double ox, double oy) {
    this.out = out;
    this.fonts = fonts;
    this.ox = ox;
    this.oy = oy;
  }

  private float px(double x) {
    return (float) (ox + x);
  }

  private float py(double y) {
    return (float) (oy - y);
  }

  /** Paints shapes in order, each in the look its style has in the palette. */
  void paint(List<? extends Shape> shapes) throws IOException {
    for (Shape s : shapes) {
      paint(s);
    }
  }

  void paint(Shape shape) throws IOException {
    if (shape instanceof Shape.Box b) {
      box(b);
    } else if (shape instanceof Shape.Line l) {
      line(l);
    } else if (shape instanceof Shape.Dot d) {
      dot(d);
    } else if (shape instanceof Shape.Text t) {
      text(t);
    }
  }

  void clip(double x, double y, double w, double h) throws IOException {
    out.saveGraphicsState();
    out.addRect(px(x), py(y + h), (float) w, (float) h);
    out.clip();
  }

  void unclip() throws IOException {
    out.restoreGraphicsState();
  }

  private void box(Shape.Box b) throws IOException {
    BoardPalette.Ink ink = BoardPalette.ink(b.style());
    if (ink.fill() != null) {
      out.setNonStrokingColor(ink.fill());
      out.addRect(px(b.x()), py(b.y() + b.h()), (float) b.w(), (float) b.h());
      out.fill();
    }
    if (ink.stroke() != null) {
      dashes(ink.dashed(), 3, 2);
      out.setStrokingColor(ink.stroke());
      out.setLineWidth((float) ink.lineWidth());
      out.addRect(px(b.x()), py(b.y() + b.h()), (float) b.w(), (float) b.h());
      out.stroke();
      dashes(false, 0, 0);
    }
  }

  private void line(Shape.Line l) throws IOException {
    BoardPalette.Ink ink = BoardPalette.ink(l.style());
    if (ink.stroke() == null) {
      return;
    }
    dashes(ink.dashed(), 2, 2);
    out.setStrokingColor(ink.stroke());
    out.setLineWidth((float) ink.lineWidth());
    out.moveTo(px(l.x1()), py(l.y1()));
    out.lineTo(px(l.x2()), py(l.y2()));
    out.stroke();
    dashes(false, 0, 0);
  }

  private void dashes(boolean on, double dash, double gap) throws IOException {
    out.setLineDashPattern(on ? new float[] {(float) dash, (float) gap} : new float[0], 0);
  }

  private void dot(Shape.Dot d) throws IOException {
    // a circle from four Bézier arcs
    double cx = d.cx();
    double cy = d.cy();
    double r = d.r();
    double k = 0.5523 * r;
    BoardPalette.Ink ink = BoardPalette.ink(d.style());
    out.setNonStrokingColor(ink.fill() != null ? ink.fill() : BoardPalette.INK);
    out.moveTo(px(cx + r), py(cy));
    out.curveTo(px(cx + r), py(cy + k), px(cx + k), py(cy + r), px(cx), py(cy + r));
    out.curveTo(px(cx - k), py(cy + r), px(cx - r), py(cy + k), px(cx - r), py(cy));
    out.curveTo(px(cx - r), py(cy - k), px(cx - k), py(cy - r), px(cx), py(cy - r));
    out.curveTo(px(cx + k), py(cy - r), px(cx + r), py(cy - k), px(cx + r), py(cy));
    out.fill();
  }

  /** Text with its vertical middle at the shape's {@code y}. */
  private void text(Shape.Text t) throws IOException {
    String shown = fonts.printable(t.text());
    if (shown.isEmpty()) {
      return;
    }
    out.beginText();
    out.setFont(t.bold() ? fonts.bold : fonts.regular, (float) t.size());
    out.setNonStrokingColor(BoardPalette.text(t.style()));
    out.newLineAtOffset(px(t.x()), py(t.y() + t.size() * 0.36));
    out.showText(shown);
    out.endText();
  }
}

package org.paceline.io.export.slides;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.presentationml.x2006.main.CTConnector;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paceline.io.export.BoardPalette;
import org.paceline.layout.Shape;
import org.paceline.layout.Styles;

/**
 * Paints the layout's shapes onto a slide as editable PowerPoint shapes: every box a rectangle,
 * every bar a rectangle named after its program, with the name as its text when it fits inside
 * (the full name always in the alt text),
 * every label a text box, every mark a circle with its glyph. Only translates style names to the
 * palette; where things go is the layout's business. Fonts are set on every run.
 */
final class SlidePen {

  /** The font every run names: on every PowerPoint, and metric-close to the layout's. */
  static final String FONT = "Arial";

  private final XSLFSlide slide;
  private final double ox;
  private final double oy;

  /** Program and initiative names by id: for a bar whose name the layout left out. */
  private final Map<String, String> programNames;
  private final Map<String, String> initiativeNames;

  SlidePen(XSLFSlide slide, double ox, double oy) {
    this(slide, ox, oy, Map.of(), Map.of());
  }

  /**
   * A pen that names every bar: a bar whose name the layout left out (it would have run into
   * another text) still gets its program's or initiative's name, from these maps by id, as its
   * shape name and alt text.
   */
  SlidePen(XSLFSlide slide, double ox, double oy, Map<String, String> programNames,
      Map<String, String> initiativeNames) {
    this.slide = slide;
    this.ox = ox;
    this.oy = oy;
    this.programNames = programNames;
    this.initiativeNames = initiativeNames;
  }

  /**
   * Paints {@code shapes}; a program's or initiative's name that fits inside its bar goes into
   * the bar as its text instead of a text box of its own; a name beside a bar is a text box, and
   * the bar carries the name as its shape name and alt text.
   */
  void paint(List<Shape> shapes) {
    Map<String, Shape.Text> names = new HashMap<>();
    for (Shape s : shapes) {
      if (s instanceof Shape.Text t && !t.ref().isEmpty() && (t.role()
          == org.paceline.layout.TextRole.PROGRAM || t.role()
          == org.paceline.layout.TextRole.INITIATIVE)) {
        names.putIfAbsent(t.ref(), t);
      }
    }
    java.util.Set<String> placed = new java.util.HashSet<>();
    for (Shape s : shapes) {
      if (s instanceof Shape.Box b) {
        Shape.Text name = names.get(b.ref());
        boolean bar = Styles.is(b.style(), Styles.BAR) || b.style().equals(Styles.INITIATIVE);
        boolean inside = name != null && (name.style().equals(Styles.TEXT_ON_BAR)
            || name.style().equals(Styles.TEXT_ON_INITIATIVE) || name.x() < b.x() + b.w());
        if (bar && inside && placed.add(b.ref())) {
          bar(b, name);
        } else if (bar && (name != null || droppedName(b) != null)) {
          // the name did not fit inside: it stands beside the bar as the layout placed it (or
          // was left out as it would run into another text), and the bar is named after the
          // program or initiative
          String full = name != null ? name.full() : droppedName(b);
          XSLFAutoShape r = rect(b.x(), b.y(), b.w(), b.h(), b.style());
          name(r, full);
          altText(r, full);
        } else {
          box(b);
        }
      } else if (s instanceof Shape.Line l) {
        line(l);
      } else if (s instanceof Shape.Dot d) {
        dot(d, shapes);
      } else if (s instanceof Shape.Text t) {
        if (names.get(t.ref()) == t && placed.contains(t.ref())) {
          continue;
        }
        if (t.role() == org.paceline.layout.TextRole.MARK) {
          continue; // inside its dot
        }
        text(t);
      }
    }
  }

  /** The name of a bar's program or initiative, by the bar's id; null when unknown. */
  private String droppedName(Shape.Box b) {
    return (b.style().equals(Styles.INITIATIVE) ? initiativeNames : programNames).get(b.ref());
  }

  private XSLFAutoShape rect(double x, double y, double w, double h, String style) {
    XSLFAutoShape r = slide.createAutoShape();
    r.setShapeType(ShapeType.RECT);
    r.setAnchor(new Rectangle2D.Double(ox + x, oy + y, Math.max(0.5, w), Math.max(0.5, h)));
    style(r, style);
    return r;
  }

  private static void style(XSLFSimpleShape r, String style) {
    BoardPalette.Ink ink = BoardPalette.ink(style);
    r.setFillColor(ink.fill());
    if (ink.stroke() != null) {
      r.setLineColor(ink.stroke());
      r.setLineWidth(ink.lineWidth());
      if (ink.dashed()) {
        r.setLineDash(StrokeStyle.LineDash.DASH);
      }
    } else {
      r.setLineColor(null);
    }
  }

  private void box(Shape.Box b) {
    XSLFAutoShape r = rect(b.x(), b.y(), b.w(), b.h(), b.style());
    name(r, b.style() + (b.ref().isEmpty() ? "" : " " + b.ref()));
  }

  /**
   * A bar holding its name: inside in the bar's text colour when the layout put it inside, else
   * starting just right of the bar, in ink, as the layout placed it.
   */
  private void bar(Shape.Box b, Shape.Text name) {
    XSLFAutoShape r = rect(b.x(), b.y(), b.w(), b.h(), b.style());
    name(r, name.full());
    r.setWordWrap(false);
    r.setVerticalAlignment(VerticalAlignment.MIDDLE);
    r.setTopInset(0);
    r.setBottomInset(0);
    r.setRightInset(0);
    r.setLeftInset(Math.max(0, name.x() - b.x()));
    r.clearText();
    XSLFTextParagraph p = r.addNewTextParagraph();
    p.setTextAlign(TextParagraph.TextAlign.LEFT);
    run(p, name);
    altText(r, name.full());
  }

  private void line(Shape.Line l) {
    BoardPalette.Ink ink = BoardPalette.ink(l.style());
    if (ink.stroke() == null) {
      return;
    }
    XSLFConnectorShape c = slide.createConnector();
    double x = Math.min(l.x1(), l.x2());
    double y = Math.min(l.y1(), l.y2());
    c.setAnchor(new Rectangle2D.Double(ox + x, oy + y, Math.abs(l.x2() - l.x1()),
        Math.abs(l.y2() - l.y1())));
    c.setLineColor(ink.stroke());
    c.setLineWidth(Math.max(0.5, ink.lineWidth()));
    if (ink.dashed()) {
      c.setLineDash(StrokeStyle.LineDash.DASH);
    }
    ((CTConnector) c.getXmlObject()).getNvCxnSpPr().getCNvPr().setName(l.style());
  }

  private void dot(Shape.Dot d, List<Shape> all) {
    XSLFAutoShape e = slide.createAutoShape();
    e.setShapeType(ShapeType.ELLIPSE);
    e.setAnchor(new Rectangle2D.Double(ox + d.cx() - d.r(), oy + d.cy() - d.r(), 2 * d.r(),
        2 * d.r()));
    style(e, d.style());
    e.setLineColor(null);
    name(e, d.style());
    // its glyph is the text drawn at its centre
    for (Shape s : all) {
      if (s instanceof Shape.Text t && t.role() == org.paceline.layout.TextRole.MARK
          && Math.abs(t.x() + t.w() / 2 - d.cx()) < 0.5 && Math.abs(t.y() - d.cy()) < 0.5) {
        e.setWordWrap(false);
        e.setLeftInset(0);
        e.setRightInset(0);
        e.setTopInset(0);
        e.setBottomInset(0);
        e.setVerticalAlignment(VerticalAlignment.MIDDLE);
        e.clearText();
        XSLFTextParagraph p = e.addNewTextParagraph();
        p.setTextAlign(TextParagraph.TextAlign.CENTER);
        run(p, t);
        altText(e, switch (d.style()) {
          case "mark.error" -> "Error";
          case "mark.warning" -> "Warning";
          default -> "Note";
        });
        break;
      }
    }
  }

  /** A text box around a text run: its middle at the run's y. */
  XSLFTextBox text(Shape.Text t) {
    XSLFTextBox box = slide.createTextBox();
    double h = t.size() * 1.3;
    box.setAnchor(new Rectangle2D.Double(ox + t.x(), oy + t.y() - h / 2, t.w() + t.size() * 0.4,
        h));
    box.setWordWrap(false);
    box.setInsets(new org.apache.poi.sl.usermodel.Insets2D(0, 0, 0, 0));
    box.setVerticalAlignment(VerticalAlignment.MIDDLE);
    name(box, t.role().words());
    box.clearText();
    XSLFTextParagraph p = box.addNewTextParagraph();
    run(p, t);
    if (t.elided()) {
      altText(box, t.full());
    }
    return box;
  }

  private static void run(XSLFTextParagraph p, Shape.Text t) {
    XSLFTextRun r = p.addNewTextRun();
    r.setText(t.text());
    font(r, t.size(), t.bold(), BoardPalette.text(t.style()));
  }

  /** Sets the font on a run, so no slide program substitutes its own. */
  static void font(XSLFTextRun r, double size, boolean bold, Color colour) {
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    r.setFontColor(colour);
  }

  /** The shape's alt text (its description), e.g. a long name in full. */
  static void altText(XSLFShape s, String text) {
    Object xml = s.getXmlObject();
    if (xml instanceof CTShape sp) {
      sp.getNvSpPr().getCNvPr().setDescr(text);
    } else if (xml instanceof org.openxmlformats.schemas.presentationml.x2006.main.CTPicture pic) {
      pic.getNvPicPr().getCNvPr().setDescr(text);
    }
  }

  /** The shape's name, as the selection pane lists it. */
  static void name(XSLFShape s, String name) {
    if (s.getXmlObject() instanceof CTShape sp) {
      sp.getNvSpPr().getCNvPr().setName(name);
    }
  }
}

package org.paceline.layout;

/**
 * One thing a painter draws, in points, with a top-left origin and y going down. A shape names
 * its look by a semantic style ({@code bar.event}, {@code window.late}, {@code
 * strip.over-capacity}…), never by a colour: each medium maps style names to its own colours.
 * {@code ref} names what the shape stands for (a program or initiative id), or "".
 */
public sealed interface Shape {

  /** The leftmost x the shape reaches. */
  double minX();

  /** The rightmost x the shape reaches. */
  double maxX();

  /** The style name. */
  String style();

  /** The same shape moved by {@code dx, dy}. */
  Shape moved(double dx, double dy);

  /** A filled (or, by its style, framed or dashed) rectangle. */
  record Box(double x, double y, double w, double h, String style, String ref) implements Shape {
    @Override
    public double minX() {
      return x;
    }

    @Override
    public double maxX() {
      return x + w;
    }

    @Override
    public Box moved(double dx, double dy) {
      return new Box(x + dx, y + dy, w, h, style, ref);
    }
  }

  /** A straight line; its width and dashes come from its style. */
  record Line(double x1, double y1, double x2, double y2, String style) implements Shape {
    @Override
    public double minX() {
      return Math.min(x1, x2);
    }

    @Override
    public double maxX() {
      return Math.max(x1, x2);
    }

    @Override
    public Line moved(double dx, double dy) {
      return new Line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, style);
    }
  }

  /** A filled circle, e.g. a conflict mark. */
  record Dot(double cx, double cy, double r, String style, String ref) implements Shape {
    @Override
    public double minX() {
      return cx - r;
    }

    @Override
    public double maxX() {
      return cx + r;
    }

    @Override
    public Dot moved(double dx, double dy) {
      return new Dot(cx + dx, cy + dy, r, style, ref);
    }
  }

  /**
   * A run of text, already fitted: {@code text} is what is shown (maybe shortened with "…"),
   * {@code full} the whole text (for alt text and tooltips).
   *
   * @param x left edge
   * @param y vertical middle
   * @param w the width of {@code text} as measured when laid out
   * @param size the font size in points
   * @param role what the text is, in words a reader understands (for "too small" warnings)
   */
  record Text(double x, double y, double w, String text, String full, double size, boolean bold,
      String style, TextRole role, String ref) implements Shape {
    @Override
    public double minX() {
      return x;
    }

    @Override
    public double maxX() {
      return x + w;
    }

    @Override
    public Text moved(double dx, double dy) {
      return new Text(x + dx, y + dy, w, text, full, size, bold, style, role, ref);
    }

    /** True when the text had to be shortened to fit. */
    public boolean elided() {
      return !text.equals(full);
    }
  }
}

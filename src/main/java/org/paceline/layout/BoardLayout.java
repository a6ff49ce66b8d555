package org.paceline.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole board laid out once, in points, for one time range, width and type scale: what every
 * painter draws. The board is a stack of sections: the time {@link #header}, the {@link #sales}
 * lane (a section per segment), the marketing {@link #rows} (each its own section, so pages can break between them) and
 * the pace {@link #strips}. Each section has shapes in the time area (x from {@link
 * #labelWidth()} on, clipped to a page's time tile) and shapes in the label column (x below
 * {@code labelWidth}, repeated on every page), with y measured from the section's top.
 * {@link #verticals} are the month and quarter lines, drawn down the whole height of a page.
 *
 * @param axis date ⇄ x in the time area
 * @param metrics the sizes at the layout's type scale
 */
public record BoardLayout(TimeAxis axis, Metrics metrics, Section header, List<Section> sales,
    List<Section> rows, Section strips, List<Shape.Line> verticals) {

  /**
   * One band of the board.
   *
   * @param ref what the band stands for: a program id, an initiative group's key, or ""
   */
  public record Section(double height, List<Shape> timeArea, List<Shape> labels, String ref) {
    public Section {
      timeArea = List.copyOf(timeArea);
      labels = List.copyOf(labels);
    }
  }

  /** The left edge of the time area. */
  public double labelWidth() {
    return metrics.labelWidth();
  }

  /** The width of the whole board. */
  public double width() {
    return axis.right();
  }

  /** The height of the whole board: every section stacked, with the gap before the rows. */
  public double height() {
    double h = header.height() + salesHeight() + metrics.gap() + strips.height();
    for (Section r : rows) {
      h += r.height();
    }
    return h;
  }

  /** The height of the sales lane. */
  public double salesHeight() {
    return sales.stream().mapToDouble(Section::height).sum();
  }

  /** Every section top to bottom. */
  public List<Section> sections() {
    List<Section> all = new ArrayList<>(rows.size() + sales.size() + 2);
    all.add(header);
    all.addAll(sales);
    all.addAll(rows);
    all.add(strips);
    return all;
  }

  /** The smallest size of each kind of text, for those smaller than {@code pt}. */
  public Map<TextRole, Double> textBelow(double pt) {
    Map<TextRole, Double> small = new EnumMap<>(TextRole.class);
    for (Section s : sections()) {
      for (List<Shape> list : List.of(s.timeArea(), s.labels())) {
        for (Shape shape : list) {
          if (shape instanceof Shape.Text t && t.size() < pt) {
            small.merge(t.role(), t.size(), Math::min);
          }
        }
      }
    }
    return small;
  }

  /** The kinds of text the board shows. */
  public java.util.Set<TextRole> textRoles() {
    java.util.Set<TextRole> roles = java.util.EnumSet.noneOf(TextRole.class);
    for (Section s : sections()) {
      for (List<Shape> list : List.of(s.timeArea(), s.labels())) {
        for (Shape shape : list) {
          if (shape instanceof Shape.Text t) {
            roles.add(t.role());
          }
        }
      }
    }
    return roles;
  }

  /** The smallest text on the board, in points. */
  public double smallestText() {
    double min = Double.MAX_VALUE;
    for (Section s : sections()) {
      for (List<Shape> list : List.of(s.timeArea(), s.labels())) {
        for (Shape shape : list) {
          if (shape instanceof Shape.Text t) {
            min = Math.min(min, t.size());
          }
        }
      }
    }
    return min == Double.MAX_VALUE ? metrics.small() : min;
  }

  /**
   * Lays out a board.
   *
   * @param data the plan and its analysis
   * @param from the first day shown
   * @param to the last day shown
   * @param width the whole board's width in points, label column included
   * @param typeScale 1 gives 7.5 pt small text (see {@link Metrics})
   * @param measure the text widths of the medium's font
   */
  public static BoardLayout of(BoardData data, LocalDate from, LocalDate to, double width,
      double typeScale, TextMeasure measure) {
    Metrics m = new Metrics(typeScale);
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    double ppd = Math.max(1e-3, (width - m.labelWidth()) / days);
    return of(data, new TimeAxis(from, to, m.labelWidth(), ppd), typeScale, List.of(), measure);
  }

  /**
   * Lays out a board on a given axis (its {@code left} must be the label column's width at the
   * type scale). Bands, target cells and strip cells that run across one of {@code breaks}
   * (the first days of page tiles) are cut there and labelled on each side, so every page
   * names what it shows.
   */
  public static BoardLayout of(BoardData data, TimeAxis axis, double typeScale,
      List<LocalDate> breaks, TextMeasure measure) {
    Metrics m = new Metrics(typeScale);
    if (Math.abs(axis.left() - m.labelWidth()) > 1e-6) {
      throw new IllegalArgumentException("The time axis must start after the label column");
    }
    return new BoardLayouter(data, axis, m, measure, breaks).layout();
  }
}

package org.paceline.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a laid-out board into pages: time tiles side by side (cut on month starts, so months are
 * never split) and bands of rows down. Every page repeats the time header, the sales lane, the
 * label column and the pace strips; pages break only between rows.
 */
public final class Pagination {

  private Pagination() {}

  /**
   * One page of the board, in page points from the board area's top-left corner.
   *
   * @param column the tile, 0 = leftmost
   * @param band the band of rows, 0 = top
   * @param from the first day of the tile
   * @param to the last day of the tile
   * @param timeArea drawn clipped to {@code clipX .. clipX + clipW}, the tile's time area
   * @param fixed drawn on top, unclipped: label column, frame
   */
  public record Page(int column, int band, LocalDate from, LocalDate to, double width,
      double height, double clipX, double clipW, List<Shape> timeArea, List<Shape> fixed) {}

  /**
   * The first days of {@code across} tiles of {@code from..to} of about equal length, on month
   * starts where a month start is near; the list ends with the day after {@code to}.
   */
  public static List<LocalDate> cuts(LocalDate from, LocalDate to, int across) {
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    LocalDate end = to.plusDays(1);
    List<LocalDate> cuts = new ArrayList<>();
    cuts.add(from);
    for (int h = 1; h < across; h++) {
      LocalDate even = from.plusDays(days * h / across);
      LocalDate month = even.getDayOfMonth() > 15 ? even.withDayOfMonth(1).plusMonths(1)
          : even.withDayOfMonth(1);
      LocalDate cut = month.isAfter(cuts.get(h - 1)) && month.isBefore(end) ? month : even;
      if (!cut.isAfter(cuts.get(h - 1)) || !cut.isBefore(end)) {
        break; // a range too short for so many tiles
      }
      cuts.add(cut);
    }
    cuts.add(end);
    return cuts;
  }

  /** The longest tile of {@code cuts}, in days. */
  public static long widestTile(List<LocalDate> cuts) {
    long widest = 1;
    for (int i = 0; i + 1 < cuts.size(); i++) {
      widest = Math.max(widest, cuts.get(i + 1).toEpochDay() - cuts.get(i).toEpochDay());
    }
    return widest;
  }

  /**
   * True when the sales lane is repeated on every page: when it takes at most half of the
   * page and leaves room for at least three rows under it. A taller lane (many segments and
   * overlapping initiatives) is printed once, flowing onto pages ahead of the rows, instead of
   * pushing the rows off the paper or multiplying the pages (a lane of two thirds of a tall
   * sheet repeated on each made a 1,000-program plan 380 Legal pages instead of about 100).
   */
  public static boolean repeatsSales(BoardLayout layout, double areaHeight) {
    return layout.salesHeight() <= areaHeight / 2 + 1e-9
        && fixedHeight(layout, true) + 3 * layout.metrics().row() <= areaHeight + 1e-9;
  }

  private static double fixedHeight(BoardLayout l, boolean withSales) {
    return l.header().height() + (withSales ? l.salesHeight() : 0) + l.metrics().gap()
        + l.strips().height();
  }

  /**
   * The pages, band by band (each band left to right): every page is at most {@code
   * areaHeight} high unless a single row is taller than a whole page.
   */
  public static List<Page> pages(BoardLayout layout, List<LocalDate> cuts, double areaHeight) {
    boolean repeat = repeatsSales(layout, areaHeight);
    List<BoardLayout.Section> flowing = new ArrayList<>();
    if (!repeat) {
      flowing.addAll(layout.sales());
    }
    flowing.addAll(layout.rows());
    double room = areaHeight - fixedHeight(layout, repeat);
    List<List<BoardLayout.Section>> bands = new ArrayList<>();
    List<BoardLayout.Section> band = new ArrayList<>();
    double used = 0;
    for (BoardLayout.Section s : flowing) {
      if (!band.isEmpty() && used + s.height() > room + 1e-9) {
        bands.add(band);
        band = new ArrayList<>();
        used = 0;
      }
      band.add(s);
      used += s.height();
    }
    bands.add(band);
    List<Page> pages = new ArrayList<>();
    for (int v = 0; v < bands.size(); v++) {
      for (int h = 0; h + 1 < cuts.size(); h++) {
        pages.add(page(layout, h, v, cuts.get(h), cuts.get(h + 1).minusDays(1),
            repeat ? layout.sales() : List.of(), bands.get(v)));
      }
    }
    return pages;
  }

  private static Page page(BoardLayout l, int column, int band, LocalDate a, LocalDate b,
      List<BoardLayout.Section> sales, List<BoardLayout.Section> rows) {
    TimeAxis axis = l.axis();
    double lw = l.labelWidth();
    double x0 = Math.max(lw, axis.x(a));
    double x1 = Math.min(axis.right(), axis.xEnd(b));
    double dx = lw - x0;
    double width = lw + (x1 - x0);
    List<Shape> time = new ArrayList<>();
    List<Shape> fixed = new ArrayList<>();
    List<BoardLayout.Section> stack = new ArrayList<>();
    stack.add(l.header());
    stack.addAll(sales);
    stack.addAll(rows);
    stack.add(l.strips());
    double y = 0;
    double rowsTop = 0;
    double stripsTop = 0;
    for (int i = 0; i < stack.size(); i++) {
      BoardLayout.Section s = stack.get(i);
      if (i == 1 + sales.size()) {
        y += l.metrics().gap();
        rowsTop = y;
      }
      if (i == stack.size() - 1) {
        stripsTop = y;
      }
      for (Shape shape : s.timeArea()) {
        if (shape.maxX() >= x0 && shape.minX() <= x1) {
          time.add(shape.moved(dx, y));
        }
      }
      for (Shape shape : s.labels()) {
        fixed.add(shape.moved(0, y));
      }
      y += s.height();
    }
    double height = y;
    double headerH = l.header().height();
    List<Shape> grid = new ArrayList<>();
    for (Shape.Line v : l.verticals()) {
      if (v.x1() >= x0 && v.x1() <= x1) {
        grid.add(new Shape.Line(v.x1() + dx, headerH, v.x1() + dx, height, v.style()));
      }
    }
    time.addAll(0, grid);
    List<Shape> frame = new ArrayList<>();
    frame.add(new Shape.Box(0, 0, lw, height, Styles.LABELS, ""));
    frame.add(new Shape.Line(lw, 0, lw, height, Styles.FRAME));
    frame.add(new Shape.Line(0, rowsTop - l.metrics().gap() / 2, width,
        rowsTop - l.metrics().gap() / 2, Styles.HEADER_RULE));
    frame.add(new Shape.Line(0, stripsTop, lw, stripsTop, Styles.HEADER_RULE));
    fixed.addAll(0, frame);
    fixed.add(new Shape.Box(0, 0, width, height, Styles.FRAME, ""));
    return new Page(column, band, a, b, width, height, lw, x1 - x0, time, fixed);
  }
}

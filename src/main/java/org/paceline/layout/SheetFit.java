package org.paceline.layout;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a board goes onto sheets of a given printable area: the type scale, the time tiles side by
 * side, a day's width and the rows per page. Pure arithmetic on the layout's metrics, which all
 * grow linearly with the type scale.
 *
 * @param typeScale the layout's type scale (1 = 7.5 pt small text)
 * @param cuts the first day of every tile, and the day after the last one
 * @param pointsPerDay a day's width on paper
 * @param areaHeight the height the board may take on one page
 */
public record SheetFit(double typeScale, List<LocalDate> cuts, double pointsPerDay,
    double areaHeight) {

  /** No text on paper is smaller than this, in points, unless the reader asks for it. */
  public static final double MIN_TEXT_PT = 7;

  /** The type scale at which the smallest text is exactly {@link #MIN_TEXT_PT}. */
  public static final double MIN_SCALE = MIN_TEXT_PT / Metrics.SMALL_AT_1;

  /** The kinds of text in the order a reader misses them most. */
  private static final List<TextRole> IMPORTANCE = List.of(TextRole.PROGRAM, TextRole.TARGET,
      TextRole.MONTH, TextRole.STRIP, TextRole.QUARTER, TextRole.INITIATIVE, TextRole.GROUP,
      TextRole.MARK, TextRole.YEAR, TextRole.SEGMENT, TextRole.STRIP_NAME, TextRole.TITLE,
      TextRole.NOTE);

  /** Tiles side by side. */
  public int across() {
    return cuts.size() - 1;
  }

  /** The height of everything repeated on each page (header, sales lane, gap, strips). */
  public static double fixedHeight(BoardData data, double typeScale) {
    Metrics m = new Metrics(typeScale);
    double sales = 0;
    for (int lanes : data.lanes().lanesPerSegment()) {
      sales += m.segmentRow() + (lanes - 1) * m.initiativeLane();
    }
    return m.headerHeight() + sales + m.gap() + m.stripsHeight();
  }

  private static int rowCount(BoardData data) {
    return Math.max(1, data.rows().rows().size());
  }

  /** The largest scale (at most 1) at which the whole board fits one page. */
  private static double onePageScale(BoardData data, LocalDate from, LocalDate to, double areaW,
      double areaH) {
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    double w = areaW / (new Metrics(1).labelWidth() + Metrics.MIN_PT_PER_DAY * days);
    double h = areaH / (fixedHeight(data, 1) + rowCount(data) * new Metrics(1).row());
    return Math.min(1, Math.min(w, h));
  }

  /** Everything on one page, however small the text gets. */
  public static SheetFit onePage(BoardData data, LocalDate from, LocalDate to, double areaW,
      double areaH) {
    double k = onePageScale(data, from, to, areaW, areaH);
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    return new SheetFit(k, List.of(from, to.plusDays(1)),
        (areaW - new Metrics(k).labelWidth()) / days, Double.MAX_VALUE);
  }

  /**
   * The default: one page when the whole board fits at {@link #MIN_TEXT_PT} or more, otherwise
   * full-size text on the fewest pages wide that keep a day at least {@link
   * Metrics#MIN_PT_PER_DAY} wide, rows flowing onto further pages.
   */
  public static SheetFit readable(BoardData data, LocalDate from, LocalDate to, double areaW,
      double areaH) {
    if (onePageScale(data, from, to, areaW, areaH) >= MIN_SCALE) {
      return onePage(data, from, to, areaW, areaH);
    }
    double lw = new Metrics(1).labelWidth();
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    for (int n = 1; ; n++) {
      List<LocalDate> cuts = Pagination.cuts(from, to, n);
      double ppd = (areaW - lw) / Pagination.widestTile(cuts);
      if (ppd >= Metrics.MIN_PT_PER_DAY || n >= days || cuts.size() - 1 < n) {
        return new SheetFit(1, cuts, ppd, areaH);
      }
    }
  }

  /** {@code n} pages wide: full-size text when it fits, smaller text when it must. */
  public static SheetFit pagesWide(BoardData data, LocalDate from, LocalDate to, int n,
      double areaW, double areaH) {
    List<LocalDate> cuts = Pagination.cuts(from, to, n);
    long widest = Pagination.widestTile(cuts);
    double k = Math.min(1, areaW / (new Metrics(1).labelWidth()
        + Metrics.MIN_PT_PER_DAY * widest));
    return new SheetFit(k, cuts, (areaW - new Metrics(k).labelWidth()) / widest,
        areaH);
  }

  /** A fixed type scale at the natural day width; as many pages wide as that needs. */
  public static SheetFit scale(BoardData data, LocalDate from, LocalDate to, double k,
      double areaW, double areaH) {
    Metrics m = new Metrics(k);
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    double natural = Metrics.NATURAL_PT_PER_DAY * k;
    double room = Math.max(natural, areaW - m.labelWidth());
    int across = (int) Math.max(1, Math.ceil(days * natural / room));
    List<LocalDate> cuts = Pagination.cuts(from, to, across);
    double ppd = Math.min(natural, room / Pagination.widestTile(cuts));
    return new SheetFit(k, cuts, ppd, areaH);
  }

  /** The board laid out for these sheets. */
  public BoardLayout layout(BoardData data, TextMeasure measure) {
    LocalDate from = cuts.get(0);
    LocalDate to = cuts.get(cuts.size() - 1).minusDays(1);
    return BoardLayout.of(data, new TimeAxis(from, to, new Metrics(typeScale).labelWidth(),
        pointsPerDay), typeScale, cuts.subList(1, cuts.size() - 1), measure);
  }

  /**
   * A plain sentence naming the text under {@link #MIN_TEXT_PT}, smallest size first, e.g.
   * "Program names, month names and conflict marks would be printed at 5.2 pt, below 7 pt"; ""
   * when none is.
   */
  public static String smallTextSentence(Map<TextRole, Double> below) {
    return smallTextSentence(below, java.util.Set.of());
  }

  /** The same, saying "All text on the board" when every kind it {@code shows} is too small. */
  public static String smallTextSentence(Map<TextRole, Double> below,
      java.util.Set<TextRole> shows) {
    if (below.isEmpty()) {
      return "";
    }
    double smallest = below.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    if (!shows.isEmpty() && below.keySet().containsAll(shows)) {
      return String.format(Locale.ROOT, "All text on the board would be printed at %.1f pt,"
          + " below %.0f pt", smallest, MIN_TEXT_PT);
    }
    List<String> names = IMPORTANCE.stream().filter(below::containsKey).map(TextRole::words)
        .collect(Collectors.toList());
    String list;
    if (names.size() > 4) {
      list = String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3)
          + " other kinds of text";
    } else {
      list = names.size() == 1 ? names.get(0)
          : String.join(", ", names.subList(0, names.size() - 1)) + " and "
              + names.get(names.size() - 1);
    }
    list = Character.toUpperCase(list.charAt(0)) + list.substring(1);
    return String.format(Locale.ROOT, "%s would be printed at %.1f pt, below %.0f pt", list,
        smallest, MIN_TEXT_PT);
  }
}

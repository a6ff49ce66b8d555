package org.paceline.io.export.print;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * How the board is laid out on paper: paper size and orientation, margins, how it is fitted, the
 * time range, and whether the legend and the conflict summary are added.
 *
 * @param paper the paper size
 * @param landscape true for landscape (the default)
 * @param marginPt the margin on every side, in points (1/72 inch)
 * @param fit how the board is scaled onto pages
 * @param from the first day shown, or null for the plan's first day
 * @param to the last day shown, or null for the plan's last day
 * @param legend whether a legend page is added
 * @param conflictSummary whether the conflict summary pages are added
 */
public record PageSetup(Paper paper, boolean landscape, double marginPt, Fit fit, LocalDate from,
    LocalDate to, boolean legend, boolean conflictSummary) {

  /** Paper sizes, in points. */
  public enum Paper {
    A4(595.28, 841.89),
    A3(841.89, 1190.55),
    LETTER(612, 792),
    LEGAL(612, 1008),
    TABLOID(792, 1224);

    private final double width;
    private final double height;

    Paper(double width, double height) {
      this.width = width;
      this.height = height;
    }

    /** The short side, in points. */
    public double shortSide() {
      return width;
    }

    /** The long side, in points. */
    public double longSide() {
      return height;
    }

    /** The paper for a name such as {@code a3} or {@code Letter}. */
    public static Paper parse(String name) {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
  }

  /**
   * How the board is scaled: readable (the default: no text under 7 pt, as few pages wide as
   * that allows), onto one page, onto {@code pagesWide} pages side by side (rows flow onto
   * further pages), or at a fixed scale.
   *
   * @param pagesWide pages side by side; 0 when readable or a fixed scale is used
   * @param scale the fixed scale; 0 when fitting
   * @param single true to fit everything onto one page
   */
  public record Fit(int pagesWide, double scale, boolean single) {

    /** No text under 7 pt: one page when the board fits so, else the fewest pages wide. */
    public static Fit readableFit() {
      return new Fit(0, 0, false);
    }

    /** True for the readable fit. */
    public boolean readable() {
      return pagesWide == 0 && scale == 0 && !single;
    }

    /** Most pages side by side (the print dialog offers as many); more only exhausts memory. */
    public static final int MAX_PAGES_WIDE = 20;

    /** Largest fixed scale (1 = natural size). */
    public static final double MAX_SCALE = 10;

    /** Everything on one page. */
    public static Fit onePage() {
      return new Fit(1, 0, true);
    }

    /** {@code n} pages side by side; rows flow onto further pages. */
    public static Fit pagesWide(int n) {
      if (n < 1 || n > MAX_PAGES_WIDE) {
        throw new IllegalArgumentException("The pages wide must be 1 to " + MAX_PAGES_WIDE
            + ", not " + n);
      }
      return new Fit(n, 0, false);
    }

    /** A fixed scale (1 = the board's natural print size). */
    public static Fit scale(double s) {
      if (!(s > 0 && s <= MAX_SCALE)) { // NaN too
        throw new IllegalArgumentException("The scale must be more than 0 and at most "
            + (int) MAX_SCALE + ", not " + s);
      }
      return new Fit(0, s, false);
    }
  }

  public PageSetup {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(fit, "fit");
    if (marginPt < 0) {
      throw new IllegalArgumentException("Margins cannot be negative");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("The time range ends (" + to + ") before it starts ("
          + from + ")");
    }
  }

  /**
   * A4 landscape, 1 cm margins, the readable fit (no text under 7 pt), the whole plan, legend and
   * conflicts included.
   */
  public static PageSetup defaults() {
    return new PageSetup(Paper.A4, true, 28.35, Fit.readableFit(), null, null, true, true);
  }

  /** The page width in points. */
  public double pageWidth() {
    return landscape ? paper.longSide() : paper.shortSide();
  }

  /** The page height in points. */
  public double pageHeight() {
    return landscape ? paper.shortSide() : paper.longSide();
  }

  public PageSetup withPaper(Paper p) {
    return new PageSetup(p, landscape, marginPt, fit, from, to, legend, conflictSummary);
  }

  public PageSetup withLandscape(boolean l) {
    return new PageSetup(paper, l, marginPt, fit, from, to, legend, conflictSummary);
  }

  public PageSetup withFit(Fit f) {
    return new PageSetup(paper, landscape, marginPt, f, from, to, legend, conflictSummary);
  }

  public PageSetup withRange(LocalDate f, LocalDate t) {
    return new PageSetup(paper, landscape, marginPt, fit, f, t, legend, conflictSummary);
  }

  public PageSetup withExtras(boolean withLegend, boolean withConflicts) {
    return new PageSetup(paper, landscape, marginPt, fit, from, to, withLegend, withConflicts);
  }
}

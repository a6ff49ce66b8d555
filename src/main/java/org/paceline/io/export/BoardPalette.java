package org.paceline.io.export;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.paceline.layout.Styles;

/**
 * The one light, print-safe palette of paper and slides: what each style name of the layout looks
 * like. Colours are chosen to survive a black-and-white copier (fills are light, marks dark) and
 * to match the board's screen theme in spirit. Defined once, used by the PDF, PNG and PowerPoint
 * painters.
 */
public final class BoardPalette {

  /**
   * How one style looks.
   *
   * @param fill the fill (or the text colour for a text style), or null for none
   * @param stroke the outline or line colour, or null for none
   * @param lineWidth the outline or line width, in points
   * @param dashed true for a dashed outline or line
   */
  public record Ink(Color fill, Color stroke, double lineWidth, boolean dashed) {}

  public static final Color INK = new Color(0x1f, 0x23, 0x28);
  public static final Color MUTED = new Color(0x65, 0x6d, 0x76);
  static final Color GRID = new Color(0xd0, 0xd7, 0xde);
  static final Color HEADER = new Color(0xf3, 0xf5, 0xf7);
  static final Color BAR = new Color(0x21, 0x6e, 0xd6);
  static final Color BAR_DONE = new Color(0x7f, 0xa8, 0xe6);
  static final Color BAND = new Color(0xd3, 0xe9, 0xfb);
  static final Color INITIATIVE = new Color(0x6e, 0x77, 0x81);
  static final Color GOOD = new Color(0xd7, 0xf3, 0xdd);
  static final Color SHORT = new Color(0xfd, 0xf1, 0xc4);
  static final Color BAD = new Color(0xfc, 0xdd, 0xda);
  static final Color ERROR = new Color(0xcf, 0x22, 0x2e);
  static final Color WARNING = new Color(0xb0, 0x75, 0x00);
  static final Color INFO = new Color(0x09, 0x69, 0xda);
  static final Color AMBER = new Color(0xf0, 0xc2, 0x5e);
  static final Color ADDED = new Color(0x1a, 0x7f, 0x37);

  private static final Map<String, Ink> INKS = new HashMap<>();
  private static final Map<String, Ink> RESOLVED = new ConcurrentHashMap<>();
  private static final Ink NONE = new Ink(null, null, 0, false);

  static {
    fill(Styles.HEADER, HEADER);
    line(Styles.HEADER_RULE, GRID, 0.6, false);
    line(Styles.GRID_MONTH, GRID, 0.3, false);
    line(Styles.GRID_QUARTER, GRID, 0.8, false);
    line(Styles.GRID_ROW, GRID, 0.5, false);
    line(Styles.FRAME, GRID, 0.8, false);
    fill(Styles.LABELS, HEADER);
    fill(Styles.ROW_GROUP, HEADER);
    INKS.put(Styles.TARGET_MET, new Ink(GOOD, null, 0, false));
    INKS.put(Styles.TARGET_SHORT, new Ink(SHORT, WARNING, 0.8, false));
    INKS.put(Styles.TARGET_MISSING, new Ink(BAD, ERROR, 0.8, false));
    fill(Styles.INITIATIVE, INITIATIVE);
    fill(Styles.BAR, BAR);
    INKS.put(Styles.BAR + ".idea", new Ink(Color.WHITE, BAR, 0.9, true));
    fill(Styles.BAR + ".done", BAR_DONE);
    fill(Styles.WINDOW, BAND);
    INKS.put(Styles.WINDOW_LATE, new Ink(BAD, ERROR, 0.5, false));
    INKS.put(Styles.WINDOW_EARLY, new Ink(SHORT, WARNING, 0.5, false));
    line(Styles.LINK, MUTED, 0.4, true);
    line(Styles.INITIATIVE_START, MUTED, 0.6, false);
    fill(Styles.STRIP_BACKGROUND, HEADER);
    fill(Styles.STRIP_LOAD, BAND);
    fill(Styles.STRIP_OVER_CAPACITY, AMBER);
    line(Styles.STRIP_CAPACITY, ERROR, 0.6, true);
    fill(Styles.STRIP_SPEND, GOOD);
    INKS.put(Styles.STRIP_OVER_BUDGET, new Ink(BAD, WARNING, 0.8, false));
    fill(Styles.STRIP_LEADS, GOOD);
    INKS.put(Styles.STRIP_SHORT_LEADS, new Ink(BAD, WARNING, 0.8, false));
    fill("mark.error", ERROR);
    fill("mark.warning", WARNING);
    fill("mark.info", INFO);
    fill("mark", WARNING);
    INKS.put(Styles.GHOST_MOVED, new Ink(null, INK, 1.1, true));
    INKS.put(Styles.MARK_ADDED, new Ink(null, ADDED, 1.4, false));
    fill(Styles.TARGET_CHANGE_UP, ADDED);
    fill(Styles.TARGET_CHANGE_DOWN, ERROR);
    INKS.put(Styles.TARGET_CHANGE_GONE, new Ink(null, ERROR, 0.9, true));
    fill(Styles.TEXT_CHANGE_UP, ADDED);
    fill(Styles.TEXT_CHANGE_DOWN, ERROR);
    fill(Styles.TEXT, INK);
    fill(Styles.TEXT_HEADING, INK);
    fill(Styles.TEXT_MUTED, MUTED);
    fill(Styles.TEXT_WARNING, WARNING);
    fill(Styles.TEXT_ON_BAR, Color.WHITE);
    fill(Styles.TEXT_ON_INITIATIVE, Color.WHITE);
    fill(Styles.TEXT_ON_MARK, Color.WHITE);
  }

  private BoardPalette() {}

  private static void fill(String style, Color c) {
    INKS.put(style, new Ink(c, null, 0, false));
  }

  private static void line(String style, Color c, double width, boolean dashed) {
    INKS.put(style, new Ink(null, c, width, dashed));
  }

  /**
   * The look of a style: its own, else its family with its state ({@code bar.idea} for
   * {@code bar.event.idea}), else its longest known prefix; nothing for an unknown family.
   */
  public static Ink ink(String style) {
    return RESOLVED.computeIfAbsent(style, BoardPalette::resolve);
  }

  private static Ink resolve(String style) {
    Ink exact = INKS.get(style);
    if (exact != null) {
      return exact;
    }
    String[] parts = style.split("\\.");
    if (parts.length >= 3) {
      Ink state = INKS.get(parts[0] + "." + parts[parts.length - 1]);
      if (state != null) {
        return state;
      }
    }
    for (int n = parts.length - 1; n > 0; n--) {
      Ink prefix = INKS.get(String.join(".", java.util.Arrays.copyOf(parts, n)));
      if (prefix != null) {
        return prefix;
      }
    }
    return NONE;
  }

  /** The colour of a text style (the ink colour when the style has none). */
  public static Color text(String style) {
    Ink i = ink(style);
    return i.fill() != null ? i.fill() : i.stroke() != null ? i.stroke() : INK;
  }
}

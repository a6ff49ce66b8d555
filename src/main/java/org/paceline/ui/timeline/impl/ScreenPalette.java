package org.paceline.ui.timeline.impl;

import javafx.scene.paint.Paint;
import org.paceline.layout.Styles;
import org.paceline.ui.timeline.PlanTimeline;

/**
 * The layout's style names in the theme's colours: each name maps to one of the timeline's CSS
 * colour properties ({@code -pl-…}, set from AtlantaFX tokens in {@code timeline.css}), trying
 * ever shorter prefixes as the print palette does, so the dark theme needs no code.
 */
final class ScreenPalette {

  private final PlanTimeline c;

  ScreenPalette(PlanTimeline c) {
    this.c = c;
  }

  /** The fill of a style. */
  Paint fill(String style) {
    for (String s = style; ; s = s.substring(0, s.lastIndexOf('.'))) {
      Paint p = exact(s);
      if (p != null) {
        return p;
      }
      if (s.indexOf('.') < 0) {
        return c.textFill();
      }
    }
  }

  private Paint exact(String style) {
    return switch (style) {
      case Styles.TARGET_MISSING, Styles.STRIP_SHORT_LEADS, Styles.STRIP_OVER_BUDGET ->
          c.unsupportedFill();
      case Styles.TARGET_SHORT -> c.shortFill();
      case Styles.TARGET_MET, Styles.STRIP_SPEND, Styles.STRIP_LEADS -> c.supportedFill();
      case Styles.INITIATIVE -> c.initiativeFill();
      case Styles.BAR -> c.barFill();
      case Styles.WINDOW -> c.bandFill();
      case Styles.LINK, Styles.INITIATIVE_START, Styles.GHOST_MOVED, Styles.TEXT_MUTED ->
          c.mutedTextFill();
      case Styles.STRIP_LOAD -> c.stripFill();
      case Styles.STRIP_OVER_CAPACITY, "mark.warning" -> c.warningFill();
      case Styles.STRIP_CAPACITY, "mark.error" -> c.errorFill();
      case "mark.info" -> c.infoFill();
      case Styles.TEXT_ON_BAR, Styles.TEXT_ON_INITIATIVE -> c.barTextFill();
      case Styles.TEXT, Styles.TEXT_HEADING -> c.textFill();
      case Styles.GRID_MONTH, Styles.GRID_QUARTER, Styles.GRID_ROW, Styles.HEADER_RULE ->
          c.gridColor();
      case Styles.HEADER, Styles.ROW_GROUP, Styles.STRIP_BACKGROUND, Styles.LABELS ->
          c.headerFill();
      case Styles.MARK_ADDED, "selection" -> c.selectionFill();
      case "holiday" -> c.holidayFill();
      case "today" -> c.todayFill();
      case "order.ordered-in-time", Styles.TARGET_CHANGE_UP, Styles.TEXT_CHANGE_UP ->
          c.orderInTimeFill();
      case Styles.TARGET_CHANGE_DOWN, Styles.TARGET_CHANGE_GONE, Styles.TEXT_CHANGE_DOWN ->
          c.errorFill();
      case "order.ordered-late" -> c.orderLateFill();
      case "order.due" -> c.orderDueFill();
      case "order.overdue" -> c.orderOverdueFill();
      case "order.later" -> c.orderLaterFill();
      default -> null;
    };
  }
}

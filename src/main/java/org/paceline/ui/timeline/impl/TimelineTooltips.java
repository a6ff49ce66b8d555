package org.paceline.ui.timeline.impl;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.paceline.layout.BoardTexts;
import org.paceline.layout.ScreenBoard;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.ui.timeline.PlanTimeline;
import org.paceline.ui.timeline.TimelineSelection;

/**
 * The timeline's one tooltip: what is under the pointer in words (from {@link BoardTexts}), the
 * dates of a drag under way, and the selection as text for screen readers.
 */
final class TimelineTooltips {

  /** Said on an initiative's tooltip when it can be shifted with its programs. */
  static final String SHIFT_HINT = "Shift+drag moves it with its programs";

  private final Tooltip tooltip = new Tooltip();
  private final Node owner;

  TimelineTooltips(Node owner) {
    this.owner = owner;
    tooltip.setShowDelay(Duration.millis(350));
    tooltip.setWrapText(true);
    tooltip.setMaxWidth(420);
    Tooltip.install(owner, tooltip);
  }

  void dispose() {
    Tooltip.uninstall(owner, tooltip);
  }

  /** Shows {@code text}, or hides the tooltip for null. */
  void show(String text) {
    tooltip.setText(text == null ? "" : text);
    if (text == null) {
      tooltip.hide();
    }
  }

  /** The words for what a hit is over, or null. */
  static String describe(ScreenBoard board, PlanTimeline c, HitTester.Hit h) {
    BoardTexts t = new BoardTexts(board);
    if (h instanceof HitTester.ProgramHit ph) {
      return t.program(ph.program());
    } else if (h instanceof HitTester.TargetHit th) {
      return t.target(th.target());
    } else if (h instanceof HitTester.EmptyTargetHit et) {
      return t.emptyTarget(et.quarter(), et.segment());
    } else if (h instanceof HitTester.InitiativeHit ih) {
      return t.initiative(ih.initiative()) + (c.isEditable()
          && c.onInitiativeShiftedProperty().get() != null ? "\n" + SHIFT_HINT : "");
    } else if (h instanceof HitTester.MonthHit mh) {
      return t.month(mh.month());
    } else if (h instanceof HitTester.QuarterHit qh) {
      return t.quarter(qh.quarter(), qh.strip());
    }
    return null;
  }

  /** The selected item as text, for screen readers: the canvas has no node per bar. */
  static String selection(ScreenBoard board, PlanTimeline c) {
    TimelineSelection s = c.getSelection();
    Plan plan = c.getPlan();
    HitTester.Hit h = null;
    if (plan != null && s instanceof TimelineSelection.ProgramItem pi) {
      h = plan.programs().stream().filter(p -> p.id().equals(pi.id())).findFirst()
          .map(p -> (HitTester.Hit) new HitTester.ProgramHit(p, null)).orElse(null);
    } else if (plan != null && s instanceof TimelineSelection.InitiativeItem ii) {
      Initiative i = board.ready() ? board.initiative(ii.id()) : null;
      h = i == null ? null : new HitTester.InitiativeHit(i);
    } else if (plan != null && s instanceof TimelineSelection.TargetItem ti) {
      h = plan.targets().stream().filter(t -> t.quarter().equals(ti.quarter())
          && t.segment().equalsIgnoreCase(ti.segment())).findFirst()
          .map(t -> (HitTester.Hit) new HitTester.TargetHit(t)).orElse(null);
    } else if (s instanceof TimelineSelection.MonthItem mi) {
      h = new HitTester.MonthHit(mi.month());
    } else if (s instanceof TimelineSelection.QuarterItem qi) {
      h = new HitTester.QuarterHit(qi.quarter(), 1);
    }
    String text = h == null || !board.ready() ? null : describe(board, c, h);
    return text == null ? "Planning board timeline" : text;
  }
}

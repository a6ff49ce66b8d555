package org.paceline.ui.timeline.impl;

import org.paceline.layout.ScreenLayout;
import org.paceline.layout.TextMeasure;
import org.paceline.model.Initiative;
import org.paceline.model.Program;

/**
 * A Shift+drag of an initiative under way: the initiative and every program supporting it drawn
 * {@code days} whole days away from where they are stored, until the release asks the board to
 * shift them as one step.
 */
record InitiativeDrag(Initiative initiative, int days) {

  /** The initiative as dragged. */
  Initiative moved() {
    return new Initiative(initiative.id(), initiative.name(), initiative.segment(),
        initiative.start().plusDays(days), initiative.end().plusDays(days), initiative.owner());
  }

  /** A program as dragged along: moved when it supports the initiative. */
  Program shifted(Program p) {
    return days != 0 && initiative.id().equals(p.supports())
        ? p.withDates(p.start().plusDays(days), p.end().plusDays(days)) : p;
  }

  /** An initiative's bar as dragged, or as it is when it is another one. */
  ScreenLayout.InitiativeBar preview(ScreenLayout l, ScreenLayout.InitiativeBar bar,
      TextMeasure measure) {
    return days == 0 || !bar.initiative().id().equals(initiative.id()) ? bar
        : l.initiativeBar(moved(), measure);
  }
}

package org.paceline.ui.timeline;

import java.time.YearMonth;
import org.paceline.model.FiscalQuarter;

/** What is selected on the timeline: a program, an initiative, a target block or a month. */
public sealed interface TimelineSelection {

  /** A program bar. */
  record ProgramItem(String id) implements TimelineSelection {}

  /** An initiative bar in the sales lane. */
  record InitiativeItem(String id) implements TimelineSelection {}

  /** A quarter block of the sales lane; segment "" is the whole business. */
  record TargetItem(FiscalQuarter quarter, String segment) implements TimelineSelection {}

  /** A quarter of the spend strip. */
  record QuarterItem(FiscalQuarter quarter) implements TimelineSelection {}

  /** A month of the programs-per-month strip. */
  record MonthItem(YearMonth month) implements TimelineSelection {}
}

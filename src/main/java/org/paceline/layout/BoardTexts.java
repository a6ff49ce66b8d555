package org.paceline.layout;

import java.time.YearMonth;
import java.util.List;
import org.paceline.analysis.Money;
import org.paceline.model.Conflict;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Initiative;
import org.paceline.model.LeadWindow;
import org.paceline.model.Program;
import org.paceline.model.QuarterTarget;

/**
 * What the board says about a thing in words: a tooltip, the text a screen reader gets for the
 * selection. The figures are the board's own (pace as drawn, conflicts as marked).
 */
public final class BoardTexts {

  private final ScreenBoard board;

  public BoardTexts(ScreenBoard board) {
    this.board = board;
  }

  /** A program: kind, status, dates, the initiative it supports and its start window. */
  public String program(Program p) {
    StringBuilder sb = new StringBuilder();
    sb.append(p.name()).append("\n").append(p.kind().code()).append(", ")
        .append(p.status().code()).append(": ").append(p.start()).append(" – ").append(p.end());
    Initiative i = board.initiative(p.supports());
    if (i != null) {
      LeadWindow w = p.effectiveWindow(board.plan().settings());
      sb.append("\nSupports \u201c").append(i.name()).append("\u201d from ").append(i.start())
          .append("; start between ").append(w.max().before(i.start())).append(" and ")
          .append(w.min().before(i.start()));
    }
    return withConflicts(sb, board.conflicts().program(p.id()));
  }

  /** A quarter's target with its figures. */
  public String target(QuarterTarget t) {
    StringBuilder sb = new StringBuilder();
    sb.append(t.quarter()).append(" ").append(t.isWholeBusiness() ? "whole business"
        : t.segment()).append(": ").append(Money.format(t.revenue(),
        board.plan().settings().currency()));
    if (t.qualifiedLeads() != null) {
      sb.append(", ").append(t.qualifiedLeads()).append(" qualified leads");
    }
    return withConflicts(sb, board.conflicts().target(t.quarter(), t.segment()));
  }

  /** A quarter of a segment row that has no target yet. */
  public String emptyTarget(FiscalQuarter q, String segment) {
    return q + " " + (segment.isEmpty() ? "whole business" : segment)
        + ": no target yet (select to add one)";
  }

  /** An initiative: its dates and segment. */
  public String initiative(Initiative i) {
    StringBuilder sb = new StringBuilder();
    sb.append(i.name()).append("\n").append(i.start()).append(" – ").append(i.end());
    if (!i.segment().isEmpty()) {
      sb.append(", ").append(i.segment());
    }
    return sb.toString();
  }

  /** A month of the load strip: programs running, and an over-capacity conflict. */
  public String month(YearMonth m) {
    Integer n = board.pace() == null ? null : board.pace().programsPerMonth().get(m);
    return withConflicts(new StringBuilder().append(m).append(": ").append(n == null ? 0 : n)
        .append(" programs running"), board.conflicts().month(m));
  }

  /** A quarter of the spend ({@code strip} 1) or leads strip. */
  public String quarter(FiscalQuarter q, int strip) {
    return withConflicts(new StringBuilder().append(q),
        strip == 1 ? board.conflicts().budget(q) : List.of());
  }

  private static String withConflicts(StringBuilder sb, List<Conflict> found) {
    for (Conflict x : found) {
      sb.append("\n\u2022 ").append(x.severity().code()).append(": ").append(x.message());
    }
    return sb.toString();
  }
}

package org.paceline.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paceline.model.Conflict;
import org.paceline.model.ConflictRule;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.QuarterTarget;

/**
 * One row of the "Quarter summary" report for each target row: the revenue target, what stands
 * behind it (by the same matching as the conflict rules), leads expected against needed, the
 * quarter's marketing spend against its budget, and how many conflicts concern it.
 *
 * @param quarter the fiscal quarter
 * @param segment the target's segment, "" for the whole business
 * @param revenueTarget the revenue target
 * @param initiatives how many initiatives the target row matches
 * @param programs how many active programs stand behind it
 * @param expectedLeads the expected leads of those programs
 * @param neededLeads the qualified leads the target asks for (0 when not given)
 * @param quarterSpend the quarter's marketing spend (all programs), to the cent
 * @param quarterBudget the quarter's budget, or null when it has none
 * @param conflicts conflicts about this target row, plus the quarter's budget conflict
 */
public record QuarterSummary(
    FiscalQuarter quarter,
    String segment,
    BigDecimal revenueTarget,
    int initiatives,
    int programs,
    long expectedLeads,
    int neededLeads,
    BigDecimal quarterSpend,
    BigDecimal quarterBudget,
    int conflicts) {

  /** The rows of a plan, in the order of its targets table. */
  public static List<QuarterSummary> of(Plan plan, List<Conflict> conflicts) {
    FiscalCalendar cal = FiscalCalendar.of(plan.settings());
    PaceSummary pace = PaceSummary.of(plan);
    Map<FiscalQuarter, BigDecimal> spend = pace.spendPerQuarter();
    Map<String, List<Program>> behind = new HashMap<>();
    for (Program p : plan.programs()) {
      if (p.isActive() && p.hasSupports()) {
        behind.computeIfAbsent(p.supports(), k -> new ArrayList<>()).add(p);
      }
    }
    List<QuarterSummary> rows = new ArrayList<>();
    for (QuarterTarget t : plan.targets()) {
      int initiatives = 0;
      int programs = 0;
      long leads = 0;
      for (Initiative i : plan.initiatives()) {
        boolean matches = cal.quarterOf(i.start()).equals(t.quarter()) && (t.isWholeBusiness()
            || i.isWholeBusiness() || i.segment().equalsIgnoreCase(t.segment()));
        if (matches) {
          initiatives++;
          for (Program p : behind.getOrDefault(i.id(), List.of())) {
            programs++;
            leads += p.expectedLeads();
          }
        }
      }
      int about = 0;
      for (Conflict c : conflicts) {
        boolean target = (c.rule() == ConflictRule.UNSUPPORTED_QUARTER
            || c.rule() == ConflictRule.LEADS_SHORTFALL) && t.quarter().equals(c.quarter())
            && c.segment().equalsIgnoreCase(t.segment());
        boolean budget = c.rule() == ConflictRule.OVER_BUDGET && t.quarter().equals(c.quarter());
        if (target || budget) {
          about++;
        }
      }
      rows.add(new QuarterSummary(t.quarter(), t.segment(), t.revenue(), initiatives, programs,
          leads, t.leadsNeeded(), spend.getOrDefault(t.quarter(), BigDecimal.ZERO.setScale(2)),
          pace.budgetPerQuarter().get(t.quarter()), about));
    }
    return rows;
  }
}

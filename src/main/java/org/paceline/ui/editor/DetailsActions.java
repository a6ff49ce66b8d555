package org.paceline.ui.editor;

import java.math.BigDecimal;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.Initiative;
import org.paceline.model.Program;

/** What the details panel can change; each call is one undoable, stored edit. */
public interface DetailsActions {

  void changeProgram(Program before, Program after);

  void changeInitiative(Initiative before, Initiative after);

  /** Sets (or with a null revenue, removes) the target of a quarter and segment. */
  void setTarget(FiscalQuarter quarter, String segment, BigDecimal revenue, Integer leads);

  /** Sets (or with null, removes) the marketing budget of a quarter. */
  void setBudget(FiscalQuarter quarter, BigDecimal budget);
}

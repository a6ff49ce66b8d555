package org.paceline.app;

import java.util.List;
import org.paceline.io.imports.foreign.ForeignTableReader;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.storage.Workspace;
import org.paceline.ui.imports.ImportWizard;

/**
 * Where the import wizard's programs go in the window: a new plan named after the file (made
 * unique), stored in one transaction like every import.
 */
public final class WizardImportStore implements ImportWizard.Store {

  private final Workspace ws;

  public WizardImportStore(Workspace ws) {
    this.ws = ws;
  }

  @Override
  public void store(ForeignTableReader.Result r) {
    String base = r.table().fileName().replaceFirst("\\.[^.]+$", "");
    ws.plans().insert(new Plan(PlanSettings.defaults(ws.plans().uniqueName(
        base.isBlank() ? "Imported plan" : base)), List.of(), List.of(), r.newInitiatives(),
        r.programs()));
  }
}

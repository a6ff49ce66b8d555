package org.paceline.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.paceline.io.imports.foreign.ForeignTableReader;
import org.paceline.model.FrozenPlanException;
import org.paceline.model.Initiative;
import org.paceline.model.Plan;
import org.paceline.model.PlanSettings;
import org.paceline.model.PlanSummary;
import org.paceline.model.Program;
import org.paceline.model.TextLimit;
import org.paceline.storage.Workspace;
import org.paceline.ui.imports.ImportWizard;

/**
 * Where the import wizard's programs go in the window: a new plan of the name typed, or the
 * existing plan chosen, in one transaction like every import. What the user can act on (a name
 * taken, a frozen baseline, ids already in the plan) is refused in plain words.
 */
public final class WizardImportStore implements ImportWizard.Store {

  private final Workspace ws;
  private final Supplier<List<String>> planNames;

  /** @param planNames the plans' names as the window knows them (no database read) */
  public WizardImportStore(Workspace ws, Supplier<List<String>> planNames) {
    this.ws = ws;
    this.planNames = planNames;
  }

  @Override
  public List<String> plans() {
    return planNames.get();
  }

  @Override
  public void store(ForeignTableReader.Result r, ImportWizard.Target target,
      BooleanSupplier cancelled) throws ImportWizard.Refused {
    if (target.newPlan() != null) {
      String name = target.newPlan().strip();
      if (!TextLimit.PLAN_NAME.fits(name)) {
        throw new ImportWizard.Refused(TextLimit.PLAN_NAME.tooLong(name)
            + ". Type a shorter name for the new plan.");
      }
      if (find(name) != null) {
        throw nameTaken(name);
      }
      try {
        ws.plans().insert(new Plan(PlanSettings.defaults(name), List.of(), List.of(),
            r.newInitiatives(), r.programs()), cancelled);
      } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
        if (find(name) != null) { // another window took the name a moment ago
          throw nameTaken(name);
        }
        throw e;
      }
      return;
    }
    PlanSummary plan = find(target.existingPlan());
    if (plan == null) {
      throw new ImportWizard.Refused("the plan \u201c" + target.existingPlan() + "\u201d is no"
          + " longer in the workspace. Choose another plan, or a new plan.");
    }
    Plan current = ws.plans().load(plan.id());
    Set<String> ids = new HashSet<>();
    current.programs().forEach(p -> ids.add(p.id()));
    current.initiatives().forEach(i -> ids.add(i.id()));
    List<String> clashes = new ArrayList<>();
    for (Program p : r.programs()) {
      if (ids.contains(p.id())) {
        clashes.add(p.id());
      }
    }
    for (Initiative i : r.newInitiatives()) {
      if (ids.contains(i.id())) {
        clashes.add(i.id());
      }
    }
    if (!clashes.isEmpty()) {
      throw new ImportWizard.Refused("\u201c" + plan.name() + "\u201d already has "
          + (clashes.size() == 1 ? "an entry with the id " : clashes.size() + " entries with the"
              + " ids of this file, e.g. ") + clashes.get(0) + "; was this file imported into it"
          + " before? Choose a new plan instead.");
    }
    try {
      ws.plans().replace(plan.id(), current.withAdded(r.newInitiatives(), r.programs()),
          cancelled);
    } catch (FrozenPlanException e) {
      throw new ImportWizard.Refused("\u201c" + plan.name() + "\u201d is a baseline: a frozen"
          + " copy kept to compare against, so nothing can be added to it. Choose another plan,"
          + " or a new plan.");
    }
  }

  private PlanSummary find(String name) {
    for (PlanSummary p : ws.plans().list()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  private static ImportWizard.Refused nameTaken(String name) {
    return new ImportWizard.Refused("a plan named \u201c" + name + "\u201d already exists. Type"
        + " another name for the new plan, or choose \u201c" + name + "\u201d under Import into"
        + " to add the programs to it.");
  }
}

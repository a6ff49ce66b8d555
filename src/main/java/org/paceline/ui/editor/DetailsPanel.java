package org.paceline.ui.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.paceline.analysis.Money;
import org.paceline.model.Conflict;
import org.paceline.model.Initiative;
import org.paceline.model.LeadDuration;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.model.QuarterTarget;
import org.paceline.model.TextLimit;
import org.paceline.ui.timeline.TimelineSelection;

/**
 * The details of the selection. A program's fields are editable in place, checked as they are
 * typed (ControlsFX validation), and applied with Enter or Apply as one undoable edit; the
 * conflicts that concern the selection are listed below.
 */
public final class DetailsPanel extends VBox {

  private final Label title = new Label("Nothing selected");
  private final Label info = new Label("Select a bar, a quarter block or a conflict.");
  private final FormGrid form = new FormGrid();
  private final Label problems = new Label();
  private final VBox conflictBox = new VBox(4);
  private final DetailsActions actions;

  private final TextField name = new TextField();
  private final ComboBox<ProgramKind> kind = new ComboBox<>();
  private final TextField owner = new TextField();
  private final DatePicker start = FormGrid.isoDatePicker();
  private final DatePicker end = FormGrid.isoDatePicker();
  private final ComboBox<String> supports = new ComboBox<>();
  private final TextField minLead = new TextField();
  private final TextField maxLead = new TextField();
  private final TextField cost = new TextField();
  private final TextField share = new TextField();
  private final TextField leads = new TextField();
  private final ComboBox<ProgramStatus> status = new ComboBox<>();
  private final DatePicker review = FormGrid.isoDatePicker();
  private final Button apply = new Button("Apply");
  private final ValidationSupport validation = new ValidationSupport();
  private final ValidationSupport initiativeValidation = new ValidationSupport();
  private Program shown;

  // initiative, target and budget forms
  private final FormGrid initiativeForm = new FormGrid();
  private final TextField iId = FormGrid.field("initiativeId");
  private final TextField iName = FormGrid.field("initiativeName");
  private final TextField iSegment = FormGrid.field("initiativeSegment");
  private final DatePicker iStart = FormGrid.isoDatePicker();
  private final DatePicker iEnd = FormGrid.isoDatePicker();
  private final TextField iOwner = FormGrid.field("initiativeOwner");
  private Initiative shownInitiative;
  private final FormGrid targetForm = new FormGrid();
  private final TextField tRevenue = FormGrid.field("targetRevenue");
  private final TextField tLeads = FormGrid.field("targetLeads");
  private TimelineSelection.TargetItem shownTarget;
  private final FormGrid budgetForm = new FormGrid();
  private final TextField bAmount = FormGrid.field("budgetAmount");
  private TimelineSelection.QuarterItem shownQuarter;

  private final OrdersTable orders;
  private final javafx.beans.property.BooleanProperty editable =
      new javafx.beans.property.SimpleBooleanProperty(this, "editable", true);

  public DetailsPanel(DetailsActions actions) {
    this.actions = actions;
    this.orders = actions instanceof OrderActions oa ? new OrdersTable(oa) : null;
    getStyleClass().add("details-panel");
    setSpacing(8);
    setPadding(new Insets(10));
    title.getStyleClass().add("panel-heading");
    title.setWrapText(true);
    info.setWrapText(true);
    problems.getStyleClass().add("form-problem");
    problems.setWrapText(true);
    name.setId("detailName");
    start.setId("detailStart");
    end.setId("detailEnd");
    apply.setId("detailApply");
    apply.setDefaultButton(false);
    kind.getItems().setAll(ProgramKind.values());
    status.getItems().setAll(ProgramStatus.values());
    buildForm();
    validation.registerValidator(name, Validator.combine(
        Validator.createEmptyValidator("A program needs a name"),
        FormGrid.limitValidator("Name", TextLimit.NAME)));
    validation.registerValidator(owner, false, FormGrid.limitValidator("Owner", TextLimit.OWNER));
    validation.registerValidator(minLead, false, durationValidator());
    validation.registerValidator(maxLead, false, durationValidator());
    validation.registerValidator(cost, false, amountValidator());
    validation.registerValidator(share, false, amountValidator());
    validation.registerValidator(leads, false, (Control c, String v) -> ValidationResult.fromErrorIf(
        c, "A whole number of leads, 0 or more", v != null && !v.isBlank()
            && !v.trim().matches("\\d{1,9}")));
    apply.setOnAction(e -> applyEdits());
    FormGrid.keys(List.of(name, owner, minLead, maxLead, cost, share, leads), this::applyEdits,
        () -> show(shown));
    buildOtherForms();
    for (FormGrid f : List.of(form, initiativeForm, targetForm, budgetForm)) {
      f.disableProperty().bind(editable.not());
    }
    if (orders != null) {
      orders.editableProperty().bind(editable);
    }
    getChildren().setAll(title, info);
  }

  /**
   * Whether the fields may be changed: when false (a viewer, a baseline) every field and Apply
   * button is disabled, and the values are only shown.
   */
  public javafx.beans.property.BooleanProperty editableProperty() {
    return editable;
  }

  private void buildOtherForms() {
    initiativeForm.row("Id", iId);
    initiativeForm.row("Name", iName);
    initiativeForm.row("Segment", iSegment).setPromptText("empty: whole business");
    initiativeForm.row("Start", iStart);
    initiativeForm.row("End", iEnd);
    initiativeForm.row("Owner", iOwner);
    Button iApply = new Button("Apply");
    iApply.setOnAction(e -> applyInitiative());
    initiativeForm.buttons(iApply);
    initiativeValidation.registerValidator(iId, false, FormGrid.limitValidator("Id", TextLimit.ID));
    initiativeValidation.registerValidator(iName, false,
        FormGrid.limitValidator("Name", TextLimit.NAME));
    initiativeValidation.registerValidator(iSegment, false,
        FormGrid.limitValidator("Segment", TextLimit.SEGMENT));
    initiativeValidation.registerValidator(iOwner, false,
        FormGrid.limitValidator("Owner", TextLimit.OWNER));
    FormGrid.keys(List.of(iId, iName, iSegment, iOwner), this::applyInitiative,
        () -> showInitiative(shownInitiative));

    targetForm.row("Revenue", tRevenue).setPromptText("e.g. 2400000");
    targetForm.row("Qualified leads", tLeads).setPromptText("optional");
    Button tApply = new Button("Apply");
    tApply.setId("targetApply");
    tApply.setOnAction(e -> applyTarget());
    Button tRemove = new Button("Remove target");
    tRemove.setOnAction(e -> {
      if (shownTarget != null) {
        actions.setTarget(shownTarget.quarter(), shownTarget.segment(), null, null);
      }
    });
    targetForm.buttons(new javafx.scene.layout.HBox(8, tApply, tRemove));
    FormGrid.keys(List.of(tRevenue, tLeads), this::applyTarget, () -> { });

    budgetForm.row("Marketing budget", bAmount).setPromptText("empty: no limit");
    Button bApply = new Button("Apply");
    bApply.setId("budgetApply");
    bApply.setOnAction(e -> applyBudget());
    budgetForm.buttons(bApply);
    FormGrid.keys(List.of(bAmount), this::applyBudget, () -> { });
  }

  private void showInitiative(Initiative i) {
    shownInitiative = i;
    if (i == null) {
      return;
    }
    iId.setText(i.id());
    iName.setText(i.name());
    iSegment.setText(i.segment());
    iStart.setValue(i.start());
    iEnd.setValue(i.end());
    iOwner.setText(i.owner());
  }

  private void applyInitiative() {
    if (shownInitiative == null || !editable.get()) {
      return;
    }
    if (FormGrid.refused(initiativeValidation, problems)) {
      return;
    }
    try {
      Initiative edited = new Initiative(iId.getText(), iName.getText(), iSegment.getText(),
          FormGrid.date(iStart), FormGrid.date(iEnd), iOwner.getText());
      problems.setText("");
      actions.changeInitiative(shownInitiative, edited);
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.setText(e.getMessage() == null ? "Some values do not fit." : e.getMessage());
    }
  }

  private void applyTarget() {
    if (shownTarget == null || !editable.get()) {
      return;
    }
    try {
      java.math.BigDecimal revenue = FormGrid.amount(tRevenue, "Revenue");
      if (revenue == null) {
        throw new IllegalArgumentException("Revenue: a target needs an amount (0 or more)");
      }
      actions.setTarget(shownTarget.quarter(), shownTarget.segment(), revenue,
          FormGrid.whole(tLeads, "Qualified leads"));
      problems.setText("");
    } catch (IllegalArgumentException e) {
      problems.setText(e.getMessage());
    }
  }

  private void applyBudget() {
    if (shownQuarter == null || !editable.get()) {
      return;
    }
    try {
      actions.setBudget(shownQuarter.quarter(), FormGrid.amount(bAmount, "Budget"));
      problems.setText("");
    } catch (IllegalArgumentException e) {
      problems.setText(e.getMessage());
    }
  }

  private static Validator<String> durationValidator() {
    return (c, v) -> ValidationResult.fromErrorIf(c,
        "A duration such as 8w, 3m or 10d; empty for the kind's default",
        v != null && !v.isBlank() && !isDuration(v));
  }

  private static Validator<String> amountValidator() {
    return (c, v) -> ValidationResult.fromErrorIf(c,
        "A plain amount such as 12500 or 12500.50", v != null && !v.isBlank()
            && !v.trim().matches("\\d{1,14}(\\.\\d{1,2})?"));
  }

  private static boolean isDuration(String v) {
    try {
      LeadDuration.parse(v);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void buildForm() {
    form.row("Name", name);
    form.row("Kind", kind);
    form.row("Owner", owner);
    form.row("Start", start);
    form.row("End", end);
    form.row("Supports", supports);
    form.row("Min lead", minLead).setPromptText("kind default");
    form.row("Max lead", maxLead).setPromptText("kind default");
    form.row("Cost", cost);
    form.row("Sales share", share);
    form.row("Expected leads", leads);
    form.row("Status", status);
    form.row("Sales review", review);
    form.buttons(apply);
  }

  /** Shows the selection of the board. */
  public void show(TimelineSelection selection, Plan plan, List<Conflict> conflicts) {
    shown = null;
    shownInitiative = null;
    shownTarget = null;
    shownQuarter = null;
    problems.setText("");
    if (plan == null || selection == null) {
      title.setText("Nothing selected");
      info.setText("Select a bar, a quarter block or a conflict to see its details here.");
      getChildren().setAll(title, info);
      return;
    }
    List<Conflict> mine = new ArrayList<>();
    if (selection instanceof TimelineSelection.ProgramItem pi) {
      Program p = plan.programs().stream().filter(x -> x.id().equals(pi.id())).findFirst()
          .orElse(null);
      if (p == null) {
        show(null, plan, conflicts);
        return;
      }
      supports.getItems().setAll(initiativeChoices(plan));
      show(p);
      conflicts.stream().filter(c -> c.program().equals(p.id())).forEach(mine::add);
      getChildren().setAll(title, form, problems, conflictBox);
      if (orders != null) {
        orders.show(p, plan);
        getChildren().add(3, orders);
      }
    } else if (selection instanceof TimelineSelection.TargetItem ti) {
      QuarterTarget t = plan.targets().stream().filter(x -> x.quarter().equals(ti.quarter())
          && x.segment().equalsIgnoreCase(ti.segment())).findFirst().orElse(null);
      title.setText(ti.quarter() + " · " + (ti.segment().isEmpty() ? "Whole business"
          : ti.segment()) + " target");
      info.setText(t == null ? "No target yet: enter one to add it." : "Revenue target "
          + Money.format(t.revenue(), plan.settings().currency()) + ".");
      shownTarget = ti;
      tRevenue.setText(t == null ? "" : org.paceline.model.Amounts.plain(t.revenue()));
      tLeads.setText(t == null || t.qualifiedLeads() == null ? "" : t.qualifiedLeads().toString());
      conflicts.stream().filter(c -> ti.quarter().equals(c.quarter())
          && c.segment().equalsIgnoreCase(ti.segment()) && c.program().isEmpty()
          && c.rule() != org.paceline.model.ConflictRule.OVER_BUDGET).forEach(mine::add);
      getChildren().setAll(title, info, targetForm, problems, conflictBox);
    } else if (selection instanceof TimelineSelection.InitiativeItem ii) {
      Initiative i = plan.initiatives().stream().filter(x -> x.id().equals(ii.id())).findFirst()
          .orElse(null);
      title.setText(i == null ? ii.id() : "Sales initiative · " + i.name());
      long programs = plan.programs().stream().filter(p -> p.supports().equals(ii.id())).count();
      info.setText(programs == 0 ? "No marketing program supports it yet."
          : programs + (programs == 1 ? " program supports it." : " programs support it."));
      showInitiative(i);
      conflicts.stream().filter(c -> c.initiative().equals(ii.id())).forEach(mine::add);
      getChildren().setAll(title, info, initiativeForm, problems, conflictBox);
    } else if (selection instanceof TimelineSelection.MonthItem mi) {
      title.setText(mi.month().toString());
      info.setText("Programs running in this month, against the plan's capacity.");
      conflicts.stream().filter(c -> mi.month().equals(c.month())).forEach(mine::add);
      getChildren().setAll(title, info, conflictBox);
    } else if (selection instanceof TimelineSelection.QuarterItem qi) {
      title.setText(qi.quarter() + " marketing budget");
      info.setText("The quarter's marketing spend is compared with this budget.");
      shownQuarter = qi;
      bAmount.setText(plan.budgets().stream().filter(b -> b.quarter().equals(qi.quarter()))
          .findFirst().map(b -> org.paceline.model.Amounts.plain(b.marketingBudget()))
          .orElse(""));
      conflicts.stream().filter(c -> qi.quarter().equals(c.quarter())
          && c.rule() == org.paceline.model.ConflictRule.OVER_BUDGET).forEach(mine::add);
      getChildren().setAll(title, info, budgetForm, problems, conflictBox);
    }
    conflictBox.getChildren().clear();
    if (!mine.isEmpty()) {
      Label h = new Label("Conflicts");
      h.getStyleClass().add("panel-subheading");
      conflictBox.getChildren().add(h);
      for (Conflict c : mine) {
        Label l = new Label(c.rule().title() + ": " + c.message());
        l.setWrapText(true);
        l.getStyleClass().add("severity-" + c.severity().code());
        conflictBox.getChildren().add(l);
      }
    }
  }

  private static List<String> initiativeChoices(Plan plan) {
    List<String> ids = new ArrayList<>();
    ids.add("");
    plan.initiatives().forEach(i -> ids.add(i.id()));
    return ids;
  }

  private void show(Program p) {
    shown = p;
    problems.setText("");
    if (p == null) {
      return;
    }
    title.setText(p.id() + " · " + p.name());
    name.setText(p.name());
    kind.setValue(p.kind());
    owner.setText(p.owner());
    start.setValue(p.start());
    end.setValue(p.end());
    supports.setValue(p.supports());
    minLead.setText(p.minLead() == null ? "" : p.minLead().toString());
    maxLead.setText(p.maxLead() == null ? "" : p.maxLead().toString());
    cost.setText(org.paceline.model.Amounts.plain(p.cost()));
    share.setText(org.paceline.model.Amounts.plain(p.salesShare()));
    leads.setText(String.valueOf(p.expectedLeads()));
    status.setValue(p.status());
    review.setValue(p.salesReview());
  }

  /** Builds the edited program and hands it on; a value that does not fit is explained. */
  public void applyEdits() {
    if (shown == null || !editable.get()) {
      return;
    }
    if (FormGrid.refused(validation, problems)) {
      return;
    }
    try {
      Program edited = new Program(shown.id(), name.getText(), kind.getValue(), owner.getText(),
          FormGrid.date(start), FormGrid.date(end), supports.getValue(), duration(minLead), duration(maxLead),
          amount(cost), amount(share), leads.getText().isBlank() ? 0
              : Integer.parseInt(leads.getText().trim()), status.getValue(), review.getValue());
      problems.setText("");
      actions.changeProgram(shown, edited);
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.setText(e.getMessage() == null ? "Some values do not fit." : e.getMessage());
    }
  }

  private static LeadDuration duration(TextField f) {
    return f.getText().isBlank() ? null : LeadDuration.parse(f.getText());
  }

  private static BigDecimal amount(TextField f) {
    return f.getText().isBlank() ? BigDecimal.ZERO : new BigDecimal(f.getText().trim());
  }

  /** The program being shown, or null. */
  public Program shownProgram() {
    return shown;
  }
}

package org.paceline.ui.editor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.converter.LocalDateStringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.paceline.model.Quote;
import org.paceline.model.TextLimit;

/** A two-column form (label, field) where Enter applies and Escape reverts. */
final class FormGrid extends GridPane {

  private int rows;

  FormGrid() {
    setHgap(8);
    setVgap(6);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(96);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    getColumnConstraints().setAll(labels, fields);
  }

  /** Adds a labelled field. */
  <T extends Control> T row(String label, T field) {
    Label l = new Label(label);
    l.setLabelFor(field);
    field.setMaxWidth(Double.MAX_VALUE);
    add(l, 0, rows);
    add(field, 1, rows++);
    return field;
  }

  /** Adds a row of buttons under the fields. */
  void buttons(Node node) {
    add(node, 1, rows++);
  }

  /** Enter applies, Escape reverts, in every text field given. */
  static void keys(List<? extends Control> fields, Runnable apply, Runnable revert) {
    for (Control c : fields) {
      c.setOnKeyPressed(e -> {
        if (e.getCode() == KeyCode.ENTER) {
          apply.run();
          e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
          revert.run();
          e.consume();
        }
      });
    }
  }

  /** A date picker that reads and writes yyyy-mm-dd, like the plan format. */
  static DatePicker isoDatePicker() {
    DatePicker d = new DatePicker();
    d.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
    d.setPromptText("yyyy-mm-dd");
    return d;
  }

  /** The picker's date, counting what is typed but not yet committed. */
  static LocalDate date(DatePicker p) {
    try {
      LocalDate typed = p.getConverter().fromString(p.getEditor().getText());
      return typed != null ? typed : p.getValue();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(Quote.of(p.getEditor().getText())
          + " is not a date; expected yyyy-mm-dd, e.g. 2027-03-01");
    }
  }

  /** An amount field's value, null when empty. */
  static java.math.BigDecimal amount(TextField f, String what) {
    String t = f.getText().trim();
    if (t.isEmpty()) {
      return null;
    }
    if (!t.matches("\\d{1,14}(\\.\\d{1,2})?")) {
      throw new IllegalArgumentException(what + ": " + Quote.of(t)
          + " is not an amount; expected a plain number like 12500 or 12500.50");
    }
    return new java.math.BigDecimal(t);
  }

  /** A whole number field's value, null when empty. */
  static Integer whole(TextField f, String what) {
    String t = f.getText().trim();
    if (t.isEmpty()) {
      return null;
    }
    if (!t.matches("\\d{1,9}")) {
      throw new IllegalArgumentException(what + ": " + Quote.of(t)
          + " is not a whole number, 0 or more");
    }
    return Integer.parseInt(t);
  }

  /**
   * A check, as the user types, that a text stays within its field's limit (the model's
   * {@link TextLimit}, the same one the importers and the database hold).
   */
  static Validator<String> limitValidator(String label, TextLimit limit) {
    return (c, v) -> {
      String t = v == null ? "" : v.trim();
      return ValidationResult.fromErrorIf(c, label + ": " + limit.tooLong(t), !limit.fits(t));
    };
  }

  /** True when the form has a value that does not fit; its first error is shown. */
  static boolean refused(ValidationSupport validation, Label problems) {
    if (validation.isInvalid() == null || !validation.isInvalid()) {
      return false;
    }
    problems.setText(validation.getValidationResult().getMessages().stream()
        .filter(m -> m.getSeverity() == Severity.ERROR).map(m -> m.getText()).findFirst()
        .orElse("Some values do not fit."));
    return true;
  }

  static TextField field(String id) {
    TextField f = new TextField();
    f.setId(id);
    return f;
  }
}

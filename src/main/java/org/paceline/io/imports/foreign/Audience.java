package org.paceline.io.imports.foreign;

/**
 * Who reads a note or a refusal, and so how it says what to do: on the command line an option
 * to give ({@code --date-order dmy}), in the window's import wizard a choice to make on one of
 * its pages. The facts in a message are the same for both; only the advice differs.
 */
public enum Audience {
  COMMAND_LINE {
    @Override
    String dateOrder() {
      return "say which with --date-order mdy (03/04/2027 is March 4) or --date-order dmy"
          + " (3 April)";
    }

    @Override
    String mixedDateOrder() {
      return "correct the file, or say which with --date-order mdy|dmy";
    }

    @Override
    String defaultKind() {
      return "change with --default-kind KIND";
    }

    @Override
    String scheduleKind() {
      return defaultKind();
    }

    @Override
    String checkMapping(String mapArgument) {
      return "read with --map \"" + mapArgument + "\"";
    }

    @Override
    String chooseColumn(Field field) {
      return "choose with --map " + field.code() + "=HEADER";
    }

    @Override
    String missingColumn(Field field, String headers) {
      return "--map does not say which column holds the " + field.code() + "; add "
          + field.code() + "=Header (the headers are: " + headers + ")";
    }

    @Override
    String summariesAsInitiatives() {
      return "--summaries initiatives makes summary tasks the initiatives their programs support";
    }
  },

  WINDOW {
    @Override
    String dateOrder() {
      return "choose the date order on page 2 (the columns), at"
          + " \u201cDates like 03/04/2027 are\u201d";
    }

    @Override
    String mixedDateOrder() {
      return "correct the file, or choose the date order on page 2 (the columns)";
    }

    @Override
    String defaultKind() {
      return "change it on page 3, at \u201cKind for missing or unknown values\u201d";
    }

    @Override
    String scheduleKind() {
      return "choose the kind on this page";
    }

    @Override
    String checkMapping(String mapArgument) {
      return "check the columns chosen for the name and the start on page 2 (the columns)";
    }

    @Override
    String chooseColumn(Field field) {
      return "pick the column for " + field.code() + " on page 2 (the columns)";
    }

    @Override
    String missingColumn(Field field, String headers) {
      return "no column is chosen for the " + field.code() + ": pick a column for "
          + field.code() + " on page 2 (the columns) (the headers are: " + headers + ")";
    }

    @Override
    String summariesAsInitiatives() {
      return "tick \u201cSummary tasks become initiatives\u201d to make them the initiatives"
          + " their programs support";
    }
  };

  /** What to do when the dates could be month/day or day/month. */
  abstract String dateOrder();

  /** What to do when the dates are written both ways. */
  abstract String mixedDateOrder();

  /** How to change the kind that missing or unknown values get. */
  abstract String defaultKind();

  /** How to change the kind every program of a schedule gets. */
  abstract String scheduleKind();

  /** What to check when no row could be read with the columns used. */
  abstract String checkMapping(String mapArgument);

  /** How to choose one of several columns that could hold {@code field}. */
  abstract String chooseColumn(Field field);

  /** The refusal when the choices name no column for a required field. */
  abstract String missingColumn(Field field, String headers);

  /** How to make summary tasks initiatives instead of skipping them. */
  abstract String summariesAsInitiatives();
}

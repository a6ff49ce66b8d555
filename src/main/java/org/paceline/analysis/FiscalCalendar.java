package org.paceline.analysis;

import java.time.LocalDate;
import java.util.Objects;
import org.paceline.model.FiscalQuarter;
import org.paceline.model.FiscalYearNaming;
import org.paceline.model.PlanSettings;

/**
 * A plan's fiscal calendar: a fiscal year runs twelve months from the first of its start month and
 * is named by the calendar year it ends in or starts in; quarter n is its n-th run of three
 * months. All quarter ⇄ date maths lives here.
 */
public final class FiscalCalendar {

  private final int startMonth;
  private final FiscalYearNaming naming;

  /**
   * A calendar whose years start in {@code startMonth} (1–12).
   *
   * @param naming whether a fiscal year is named by the year it ends or starts in
   */
  public FiscalCalendar(int startMonth, FiscalYearNaming naming) {
    if (startMonth < 1 || startMonth > 12) {
      throw new IllegalArgumentException("The fiscal year starts in month 1 to 12");
    }
    this.startMonth = startMonth;
    this.naming = Objects.requireNonNull(naming, "naming");
  }

  /** The calendar of a plan. */
  public static FiscalCalendar of(PlanSettings settings) {
    return new FiscalCalendar(settings.fiscalYearStart(), settings.namedBy());
  }

  /** The calendar year in which fiscal year {@code fiscalYear} starts. */
  private int startCalendarYear(int fiscalYear) {
    return naming == FiscalYearNaming.START || startMonth == 1 ? fiscalYear : fiscalYear - 1;
  }

  /** The first day of a fiscal year. */
  public LocalDate startOfYear(int fiscalYear) {
    return LocalDate.of(startCalendarYear(fiscalYear), startMonth, 1);
  }

  /** The last day of a fiscal year. */
  public LocalDate endOfYear(int fiscalYear) {
    return startOfYear(fiscalYear).plusYears(1).minusDays(1);
  }

  /** The first day of a quarter. */
  public LocalDate startOf(FiscalQuarter q) {
    return startOfYear(q.fiscalYear()).plusMonths(3L * (q.quarter() - 1));
  }

  /** The last day of a quarter. */
  public LocalDate endOf(FiscalQuarter q) {
    return startOf(q).plusMonths(3).minusDays(1);
  }

  /** The fiscal quarter a day lies in. */
  public FiscalQuarter quarterOf(LocalDate day) {
    int month = day.getMonthValue();
    int startYear = month >= startMonth ? day.getYear() : day.getYear() - 1;
    int fiscalYear =
        naming == FiscalYearNaming.START || startMonth == 1 ? startYear : startYear + 1;
    int monthsIn = Math.floorMod(month - startMonth, 12);
    return new FiscalQuarter(fiscalYear, monthsIn / 3 + 1);
  }

  /** The fiscal year a day lies in. */
  public int fiscalYearOf(LocalDate day) {
    return quarterOf(day).fiscalYear();
  }

  /** True when {@code day} lies in quarter {@code q}. */
  public boolean contains(FiscalQuarter q, LocalDate day) {
    return !day.isBefore(startOf(q)) && !day.isAfter(endOf(q));
  }
}

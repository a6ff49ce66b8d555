package org.paceline.layout;

import java.util.List;
import org.paceline.model.ProgramKind;
import org.paceline.model.ProgramStatus;
import org.paceline.model.Severity;

/** What the board's marks mean: each item a sample in the board's own style and a sentence. */
public final class Legend {

  private Legend() {}

  /**
   * One line of the legend.
   *
   * @param style the sample's style
   * @param dot true when the sample is a conflict mark (a dot), else a box
   * @param glyph the mark's glyph ("!", "i") or ""
   * @param text what it means
   */
  public record Item(String style, boolean dot, String glyph, String text) {}

  /** The legend, in reading order. */
  public static List<Item> items() {
    return List.of(
        new Item(Styles.bar(ProgramKind.CAMPAIGN, ProgramStatus.PLANNED), false, "",
            "A marketing program (planned, committed, running)."),
        new Item(Styles.bar(ProgramKind.CAMPAIGN, ProgramStatus.IDEA), false, "",
            "A program that is still an idea (dashed)."),
        new Item(Styles.bar(ProgramKind.CAMPAIGN, ProgramStatus.DONE), false, "",
            "A program that is done."),
        new Item(Styles.WINDOW, false, "", "Its lead window: from the initiative's start minus"
            + " the maximum lead to its start minus the minimum lead. A bar that starts inside"
            + " the band is on pace."),
        new Item(Styles.WINDOW_LATE, false, "", "A lead window the program starts after: too"
            + " late for its initiative."),
        new Item(Styles.INITIATIVE, false, "", "A sales initiative, in its segment's row."),
        new Item(Styles.TARGET_MET, false, "", "A quarter's target with marketing ramping into"
            + " it."),
        new Item(Styles.TARGET_SHORT, false, "", "A target short of the qualified leads it"
            + " needs."),
        new Item(Styles.TARGET_MISSING, false, "", "A target with no marketing program behind"
            + " it."),
        new Item(Styles.STRIP_OVER_CAPACITY, false, "", "A month with more programs than the"
            + " team's capacity."),
        new Item(Styles.mark(Severity.ERROR), true, "!", "Error: fix before the planning"
            + " meeting."),
        new Item(Styles.mark(Severity.WARNING), true, "!", "Warning: worth a look."),
        new Item(Styles.mark(Severity.INFO), true, "i", "Note."));
  }
}

package org.paceline.io.imports.foreign;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same facts for both audiences; the advice as an option or as a choice in the window. */
class AudienceTest {

  @TempDir Path dir;

  ForeignTableReader.Options options(String map, Audience to) {
    return new ForeignTableReader.Options(map, List.of(), null, null, null, to);
  }

  String refusal(String csv, String map, Audience to) throws Exception {
    Path file = dir.resolve("calendar.csv");
    Files.writeString(file, csv);
    SourceTable t = TableLoader.csv(file);
    return assertThrows(ForeignImportException.class,
        () -> ForeignTableReader.read(t, options(map, to), List.of(), Set.of())).getMessage();
  }

  @Test
  void anUnsettledDateOrderAsksForTheOptionOrForTheChoiceOnThePage() throws Exception {
    String csv = "Date,Title\n03/04/2027,Spring mail\n05/06/2027,Partner day\n";
    String cli = refusal(csv, null, Audience.COMMAND_LINE);
    assertTrue(cli.endsWith("say which with --date-order mdy (03/04/2027 is March 4) or"
        + " --date-order dmy (3 April)"), cli);
    String window = refusal(csv, null, Audience.WINDOW);
    assertTrue(window.contains("no date in the table settles it; choose the date order on page"
        + " 2 (the columns)"), window);
    assertFalse(window.contains("--"), window);
    assertTrue(window.startsWith(cli.substring(0, cli.indexOf("; say which"))), "same facts");
  }

  @Test
  void aMissingRequiredColumnAsksForTheMapOrForAColumnToBePicked() throws Exception {
    String csv = "Date,Title\n2027-03-02,Spring mail\n";
    String cli = refusal(csv, "start=Date", Audience.COMMAND_LINE);
    assertTrue(cli.startsWith("--map does not say which column holds the name; add name=Header"),
        cli);
    String window = refusal(csv, "start=Date", Audience.WINDOW);
    assertTrue(window.startsWith("no column is chosen for the name: pick a column for name on"
        + " page 2"), window);
    assertFalse(window.contains("--"), window);
  }

  @Test
  void defaultedKindsAndScheduleSummariesSayWhatToChange() throws Exception {
    Path file = dir.resolve("calendar.csv");
    Files.writeString(file, "Date,Title,Type\n2027-03-02,Spring mail,Gala\n");
    SourceTable t = TableLoader.csv(file);
    String cli = String.join("\n", ForeignTableReader.read(t, options(null,
        Audience.COMMAND_LINE), List.of(), Set.of()).notes());
    assertTrue(cli.contains("(change with --default-kind KIND)"), cli);
    String window = String.join("\n", ForeignTableReader.read(t, options(null, Audience.WINDOW),
        List.of(), Set.of()).notes());
    assertTrue(window.contains("change it on page 3"), window);
    assertFalse(window.contains("--"), window);

    Path gan = dir.resolve("events.gan");
    Files.writeString(gan, org.paceline.app.ProjectImportTest.GAN);
    ForeignTableReader.Result r = ProjectFileReader.read(gan, ProjectFileReader.Summaries.SKIP,
        null, Set.of(), Audience.WINDOW);
    String all = String.join("\n", r.notes()) + r.skipped();
    assertTrue(all.contains("tick \u201cSummary tasks become initiatives\u201d"), all);
    assertFalse(all.contains("--"), all);
    String cliAll = String.join("\n", ProjectFileReader.read(gan,
        ProjectFileReader.Summaries.SKIP, null, Set.of()).notes());
    assertTrue(cliAll.contains("--default-kind KIND"), cliAll);
  }
}

package org.paceline.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's saved choices: a round trip, headers as people write them, damaged files. */
class SavedMappingsTest {

  @TempDir Path dir;

  static final List<String> HEADERS = List.of("Date", "Title", "Type", "Notes");

  static SavedMappings.Mapping calendar() {
    return new SavedMappings.Mapping("Team calendar", List.of("start", "name", "kind", ""),
        Map.of("Partner", "event", "Social = post", "content"), Map.of("Ongoing", "running"),
        "dmy", "brand");
  }

  @Test
  void aSavedMappingComesBackWhole() throws Exception {
    new SavedMappings(dir).save(HEADERS, calendar());
    Optional<SavedMappings.Mapping> back = new SavedMappings(dir).find(HEADERS);
    assertEquals(Optional.of(calendar()), back);
    assertEquals(Optional.of("event"), back.get().kindFor(" partner "));
    assertEquals(Optional.of("running"), back.get().statusFor("ONGOING"));
    assertTrue(Files.readString(dir.resolve(SavedMappings.FILE_NAME)).contains("Team calendar"));
  }

  @Test
  void theSameHeadersInOtherCaseAndSpacingFindIt() throws Exception {
    new SavedMappings(dir).save(HEADERS, calendar());
    SavedMappings store = new SavedMappings(dir);
    assertEquals("Team calendar",
        store.find(List.of(" DATE:", "title ", "type", "Notes")).orElseThrow().name());
    assertEquals(Optional.empty(), store.find(List.of("Date", "Title", "Type")), "one fewer");
    assertEquals(Optional.empty(), store.find(List.of("Title", "Date", "Type", "Notes")),
        "another order");
  }

  @Test
  void savingForTheSameHeadersReplacesAndOtherHeadersAreKept() throws Exception {
    SavedMappings store = new SavedMappings(dir);
    store.save(HEADERS, calendar());
    store.save(List.of("Task", "Start"), new SavedMappings.Mapping("Project",
        List.of("name", "start"), Map.of(), Map.of(), "", "campaign"));
    store.save(List.of("date", "TITLE", "type", "notes"), new SavedMappings.Mapping("Renamed",
        List.of("start", "name", "", ""), Map.of(), Map.of(), "mdy", "event"));
    assertEquals("Renamed", store.find(HEADERS).orElseThrow().name());
    assertEquals("Project", store.find(List.of("task", "start")).orElseThrow().name());
  }

  @Test
  void aDamagedFileIsIgnoredAndSavingStillWorks() throws Exception {
    Path file = dir.resolve(SavedMappings.FILE_NAME);
    SavedMappings store = new SavedMappings(dir);
    Files.write(file, new byte[] {'m', '\\', 'u', '0', '0', 'z', 'z', '=', 1, 2, (byte) 0xff});
    assertEquals(Optional.empty(), store.find(HEADERS), "malformed escape: ignored");
    Files.writeString(file, "garbage without structure\n\u0000\u0001");
    assertEquals(Optional.empty(), store.find(HEADERS));
    store.save(HEADERS, calendar());
    assertEquals(Optional.of(calendar()), store.find(HEADERS), "a save replaces the damage");
  }

  @Test
  void entriesThatDoNotMakeSenseAreSkippedOneByOne() throws Exception {
    SavedMappings store = new SavedMappings(dir);
    store.save(HEADERS, calendar());
    Path file = dir.resolve(SavedMappings.FILE_NAME);
    String good = Files.readString(file);
    String sep = "\\u001F";
    Files.writeString(file, good
        + "mapping.2.name=Bad field\nmapping.2.headers=a" + sep + "b\nmapping.2.fields=start"
        + sep + "droptable\n"
        + "mapping.3.name=Too few fields\nmapping.3.headers=c" + sep + "d\nmapping.3.fields=name\n"
        + "mapping.4.name=Bad kind\nmapping.4.headers=e\nmapping.4.fields=name\n"
        + "mapping.4.kinds=x" + sep + "rocket\n"
        + "mapping.5.name=Bad order\nmapping.5.headers=f\nmapping.5.fields=name\n"
        + "mapping.5.dateOrder=ymd\n"
        + "mapping.6.headers=g\nmapping.6.fields=name\n");
    assertEquals(Optional.of(calendar()), store.find(HEADERS), "the good one survives");
    for (List<String> h : List.of(List.of("a", "b"), List.of("c", "d"), List.of("e"),
        List.of("f"), List.of("g"))) {
      assertEquals(Optional.empty(), store.find(h), h.toString());
    }
  }

  @Test
  void aFileOverTheLimitIsNotRead() throws Exception {
    SavedMappings store = new SavedMappings(dir);
    store.save(HEADERS, calendar());
    Path file = dir.resolve(SavedMappings.FILE_NAME);
    Files.writeString(file, Files.readString(file) + "#" + "x".repeat(
        (int) SavedMappings.MAX_BYTES) + "\n");
    assertEquals(Optional.empty(), store.find(HEADERS));
  }

  @Test
  void onlyTheNewestHundredAreKept() throws Exception {
    SavedMappings store = new SavedMappings(dir);
    for (int i = 0; i <= SavedMappings.MAX_MAPPINGS; i++) {
      store.save(List.of("h" + i), new SavedMappings.Mapping("m" + i, List.of("name"), Map.of(),
          Map.of(), "", "campaign"));
    }
    assertEquals(Optional.empty(), store.find(List.of("h0")), "the oldest is dropped");
    assertEquals("m1", store.find(List.of("h1")).orElseThrow().name());
    assertEquals("m100", store.find(List.of("h100")).orElseThrow().name());
    assertTrue(Files.size(dir.resolve(SavedMappings.FILE_NAME)) < SavedMappings.MAX_BYTES);
  }
}

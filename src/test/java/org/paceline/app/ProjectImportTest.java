package org.paceline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.model.Plan;
import org.paceline.model.Program;
import org.paceline.storage.Workspace;

/** MS Project (MSPDI) and GanttProject schedules, written by hand with nested tasks. */
public class ProjectImportTest {

  @TempDir Path dir;

  public static final String MSPDI = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Project xmlns="http://schemas.microsoft.com/project">
        <Name>launch.xml</Name>
        <Title>Spring launch</Title>
        <StartDate>2027-03-01T08:00:00</StartDate>
        <Tasks>
          <Task><UID>0</UID><ID>0</ID><Name>Spring launch</Name><OutlineNumber>0</OutlineNumber>
            <OutlineLevel>0</OutlineLevel><Summary>1</Summary>
            <Start>2027-03-01T08:00:00</Start><Finish>2027-04-30T17:00:00</Finish></Task>
          <Task><UID>1</UID><ID>1</ID><Name>Launch campaign</Name><OutlineNumber>1</OutlineNumber>
            <OutlineLevel>1</OutlineLevel><Summary>1</Summary>
            <Start>2027-03-01T08:00:00</Start><Finish>2027-03-26T17:00:00</Finish></Task>
          <Task><UID>2</UID><ID>2</ID><Name>Email wave 1</Name><OutlineNumber>1.1</OutlineNumber>
            <OutlineLevel>2</OutlineLevel><Summary>0</Summary>
            <Start>2027-03-01T08:00:00</Start><Finish>2027-03-12T17:00:00</Finish>
            <Cost>250000</Cost></Task>
          <Task><UID>3</UID><ID>3</ID><Name>Booth graphics</Name><OutlineNumber>1.2</OutlineNumber>
            <OutlineLevel>2</OutlineLevel><Summary>0</Summary>
            <Start>2027-03-08T08:00:00</Start><Finish>2027-03-26T17:00:00</Finish></Task>
          <Task><UID>4</UID><ID>4</ID><Name>Go live</Name><OutlineNumber>2</OutlineNumber>
            <OutlineLevel>1</OutlineLevel><Summary>0</Summary><Milestone>1</Milestone>
            <Start>2027-04-01T08:00:00</Start><Finish>2027-04-01T08:00:00</Finish></Task>
          <Task><UID>5</UID><ID>5</ID><Name>Press tour</Name><OutlineNumber>3</OutlineNumber>
            <OutlineLevel>1</OutlineLevel><Summary>0</Summary>
            <Start>2027-04-05T08:00:00</Start><Finish>2027-04-30T17:00:00</Finish></Task>
        </Tasks>
        <Resources>
          <Resource><UID>1</UID><ID>1</ID><Name>Dana</Name></Resource>
          <Resource><UID>2</UID><ID>2</ID><Name>Lee</Name></Resource>
        </Resources>
        <Assignments>
          <Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID></Assignment>
          <Assignment><UID>2</UID><TaskUID>2</TaskUID><ResourceUID>2</ResourceUID></Assignment>
        </Assignments>
      </Project>
      """;

  public static final String GAN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project name="Events 2027" company="" webLink="" view-date="2027-01-01" view-index="0"
          gantt-divider-location="300" resource-divider-location="300" version="3.2.3240"
          locale="en">
        <calendars>
          <day-types>
            <day-type id="0"/>
            <day-type id="1"/>
            <default-week id="1" name="default" sun="1" mon="0" tue="0" wed="0" thu="0" fri="0"
                sat="1"/>
            <only-show-weekends value="false"/>
            <overriden-day-types/>
            <days/>
          </day-types>
        </calendars>
        <tasks empty-milestones="true">
          <taskproperties>
            <taskproperty id="tpd0" name="type" type="default" valuetype="icon"/>
            <taskproperty id="tpd1" name="priority" type="default" valuetype="icon"/>
            <taskproperty id="tpd2" name="info" type="default" valuetype="icon"/>
            <taskproperty id="tpd3" name="name" type="default" valuetype="text"/>
            <taskproperty id="tpd4" name="begindate" type="default" valuetype="date"/>
            <taskproperty id="tpd5" name="enddate" type="default" valuetype="date"/>
            <taskproperty id="tpd6" name="duration" type="default" valuetype="int"/>
            <taskproperty id="tpd7" name="completion" type="default" valuetype="int"/>
            <taskproperty id="tpd8" name="coordinator" type="default" valuetype="text"/>
            <taskproperty id="tpd9" name="predecessorsr" type="default" valuetype="text"/>
          </taskproperties>
          <task id="0" name="Trade shows" color="#8cb6ce" meeting="false" start="2027-04-05"
              duration="15" complete="0" expand="true">
            <task id="1" name="Booth design" meeting="false" start="2027-04-05" duration="5"
                complete="0" expand="true"/>
            <task id="2" name="Expo Berlin" meeting="false" start="2027-04-19" duration="3"
                complete="0" expand="true"/>
          </task>
          <task id="3" name="Press day" meeting="true" start="2027-05-03" duration="0"
              complete="0" expand="true"/>
        </tasks>
        <resources>
          <resource id="0" name="Sam" function="Default:0" contacts="" phone=""/>
        </resources>
        <allocations>
          <allocation task-id="1" resource-id="0" function="Default:0" responsible="true"
              load="100.0"/>
        </allocations>
      </project>
      """;

  Map<String, Program> programs() {
    try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
      Plan plan = ws.plans().load(ws.plans().list().get(0).id());
      Map<String, Program> m = new HashMap<>();
      plan.programs().forEach(p -> m.put(p.id(), p));
      return m;
    }
  }

  @Test
  void anMsProjectXmlFileImportsItsLeafTasksAndReportsSummariesAndMilestones()
      throws Exception {
    Path file = dir.resolve("launch.xml");
    Files.writeString(file, MSPDI);
    CliTest.Run r = CliTest.run("import", file.toString(), "--db", dir.resolve("ws").toString());
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("task 0: the project's own summary task"), r.out());
    assertTrue(r.out().contains("task 1: a summary task (\"Launch campaign\"), not a program"),
        r.out());
    assertTrue(r.out().contains("task 4: a milestone (\"Go live\")"), r.out());
    assertTrue(r.out().contains("3 programs imported, 3 tasks skipped, 3 values defaulted"),
        r.out());
    Map<String, Program> p = programs();
    Program email = p.get("task-2");
    assertEquals("Email wave 1", email.name());
    assertEquals(LocalDate.of(2027, 3, 1), email.start());
    assertEquals(LocalDate.of(2027, 3, 12), email.end());
    assertEquals("Dana, Lee", email.owner());
    assertEquals(0, new BigDecimal("2500").compareTo(email.cost()), email.cost().toString());
    assertEquals("", email.supports());
    assertEquals(LocalDate.of(2027, 4, 30), p.get("task-5").end());
  }

  @Test
  void summaryTasksCanBecomeTheInitiativesTheirTasksSupport() throws Exception {
    Path file = dir.resolve("launch.xml");
    Files.writeString(file, MSPDI);
    CliTest.Run r = CliTest.run("import", file.toString(), "--db", dir.resolve("ws").toString(),
        "--summaries", "initiatives", "--default-kind", "event");
    assertEquals(0, r.code(), r.err() + r.out());
    Map<String, Program> p = programs();
    assertEquals("I-task-1", p.get("task-2").supports());
    assertEquals("I-task-1", p.get("task-3").supports());
    assertEquals("", p.get("task-5").supports(), "a top-level task supports nothing");
    assertEquals("event", p.get("task-3").kind().code());
  }

  @Test
  void aGanttProjectFileWithNestedTasks() throws Exception {
    Path file = dir.resolve("events.gan");
    Files.writeString(file, GAN);
    CliTest.Run r = CliTest.run("import", file.toString(), "--db", dir.resolve("ws").toString());
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("a summary task (\"Trade shows\")"), r.out());
    assertTrue(r.out().contains("a milestone (\"Press day\")"), r.out());
    Map<String, Program> p = programs();
    assertEquals(2, p.size(), p.toString());
    Program booth = p.values().stream().filter(x -> x.name().equals("Booth design"))
        .findFirst().orElseThrow();
    assertEquals(LocalDate.of(2027, 4, 5), booth.start());
    assertEquals(LocalDate.of(2027, 4, 9), booth.end(), "5 working days");
    assertEquals("Sam", booth.owner());
  }

  @Test
  void aFileThatIsNoScheduleIsRefusedPlainly() throws Exception {
    Path file = dir.resolve("notes.xml");
    Files.writeString(file, "<notes><note>hello</note></notes>");
    CliTest.Run r = CliTest.run("import", file.toString(), "--db", dir.resolve("ws").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("notes.xml"), r.err());
    assertTrue(r.err().contains("project schedule"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(dir.resolve("ws")));
  }

  @Test
  void aScheduleCannotMakeTheReaderFetchAnotherFile() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    Path file = dir.resolve("xxe.xml");
    Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]>\n<Project xmlns=\"http://schemas.microsoft.com/project\">"
        + "<Tasks><Task><UID>1</UID><ID>1</ID><Name>A&x;B</Name><OutlineLevel>1</OutlineLevel>"
        + "<Start>2027-03-01T08:00:00</Start><Finish>2027-03-02T17:00:00</Finish></Task>"
        + "</Tasks></Project>");
    CliTest.Run r = CliTest.run("import", file.toString(), "--db", dir.resolve("ws").toString());
    assertEquals(2, r.code(), r.out());
    assertFalse((r.out() + r.err()).contains("TOP-SECRET"));
    assertFalse(Files.exists(dir.resolve("ws")));
  }
}

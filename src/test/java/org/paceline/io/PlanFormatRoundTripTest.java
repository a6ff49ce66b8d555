package org.paceline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paceline.analysis.ConflictAnalyzer;
import org.paceline.analysis.PlanGenerator;
import org.paceline.io.export.CsvPlanWriter;
import org.paceline.io.export.XlsxPlanWriter;
import org.paceline.io.imports.PlanImporter;
import org.paceline.io.imports.SamplePlan;
import org.paceline.model.Plan;

class PlanFormatRoundTripTest {

  @TempDir Path dir;

  @Test
  void sampleReadsLikeTheSharedExample() throws Exception {
    Plan sample = SamplePlan.load();
    assertEquals("Northwind Controls FY2027", sample.name());
    assertEquals(18, sample.programs().size());
    assertEquals(6, sample.initiatives().size());
    assertEquals(8, sample.targets().size());
    assertEquals(4, sample.budgets().size());
  }

  @Test
  void samplePlanSurvivesCsvExportAndImport() throws Exception {
    Plan sample = SamplePlan.load();
    CsvPlanWriter.write(sample, dir.resolve("csv"));
    Plan back = PlanImporter.read(dir.resolve("csv"));
    assertEquals(sample, back);
    assertEquals(ConflictAnalyzer.analyze(sample), ConflictAnalyzer.analyze(back));
  }

  @Test
  void samplePlanSurvivesXlsxExportAndImport() throws Exception {
    Plan sample = SamplePlan.load();
    XlsxPlanWriter.write(sample, dir.resolve("plan.xlsx"));
    Plan back = PlanImporter.read(dir.resolve("plan.xlsx"));
    assertEquals(sample, back);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2027})
  void generatedPlansSurviveBothFormats(long seed) throws Exception {
    Plan plan = PlanGenerator.generate(seed, 300, 60, 40, 3);
    CsvPlanWriter.write(plan, dir.resolve("csv"));
    assertEquals(plan, PlanImporter.read(dir.resolve("csv")));
    XlsxPlanWriter.write(plan, dir.resolve("plan.xlsx"));
    assertEquals(plan, PlanImporter.read(dir.resolve("plan.xlsx")));
  }
}

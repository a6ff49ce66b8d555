package org.paceline;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the house style's layers: dependencies only point down. */
@AnalyzeClasses(packages = "org.paceline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("App").definedBy("org.paceline.app..")
      .layer("Ui").definedBy("org.paceline.ui..")
      .layer("Edit").definedBy("org.paceline.edit..")
      .layer("Analysis").definedBy("org.paceline.analysis..")
      .layer("Storage").definedBy("org.paceline.storage..")
      .layer("Io").definedBy("org.paceline.io..")
      .layer("Layout").definedBy("org.paceline.layout..")
      .layer("Model").definedBy("org.paceline.model..")
      .layer("Files").definedBy("org.paceline.files..")
      .whereLayer("App").mayNotBeAccessedByAnyLayer()
      .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
      .whereLayer("Edit").mayOnlyBeAccessedByLayers("App", "Ui")
      .whereLayer("Storage").mayOnlyBeAccessedByLayers("App", "Edit")
      .whereLayer("Io").mayOnlyBeAccessedByLayers("App", "Ui")
      .whereLayer("Layout").mayOnlyBeAccessedByLayers("App", "Ui", "Io")
      .whereLayer("Analysis").mayOnlyBeAccessedByLayers("App", "Ui", "Edit", "Io", "Layout")
      .whereLayer("Files").mayOnlyBeAccessedByLayers("App", "Ui", "Edit", "Analysis",
          "Storage", "Io", "Layout", "Model")
      .because("layers point downward: model at the bottom, the composition root at the top");

  @ArchTest
  static final ArchRule timelinePaintsTheLayout = noClasses().that()
      .resideInAPackage("org.paceline.ui.timeline..")
      .should().dependOnClassesThat().resideInAPackage("org.paceline.analysis..")
      .allowEmptyShould(false)
      .because("the timeline paints the board's layout; dates, rows and conflicts are placed"
          + " once, in org.paceline.layout, for screen and paper alike");

  @ArchTest
  static final ArchRule layoutIsPlainGeometry = noClasses().that()
      .resideInAPackage("org.paceline.layout..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache..", "java.awt..",
          "java.sql..", "org.paceline.files..")
      .because("the board's geometry is computed once, in plain records every medium paints");

  @ArchTest
  static final ArchRule filesStandsAlone = noClasses().that()
      .resideInAPackage("org.paceline.files..")
      .should().dependOnClassesThat().resideInAnyPackage("org.paceline.app..", "org.paceline.ui..",
          "org.paceline.edit..", "org.paceline.storage..", "org.paceline.io..",
          "org.paceline.layout..", "org.paceline.analysis..", "org.paceline.model..", "javafx..")
      .because("atomic file writing is a leaf every layer may use, so it uses none of them");

  @ArchTest
  static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("org.paceline.model..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.h2..")
      .because("model records are plain values usable everywhere");

  @ArchTest
  static final ArchRule analysisIsPure = noClasses().that()
      .resideInAPackage("org.paceline.analysis..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
          "org.paceline.storage..")
      .because("conflict analysis is pure code: no JavaFX, no database");

  @ArchTest
  static final ArchRule jooqStaysInStorage = noClasses().that()
      .resideOutsideOfPackage("org.paceline.storage..")
      .should().dependOnClassesThat().resideInAnyPackage("org.jooq..")
      .because("jOOQ types never leave the storage package");

  @ArchTest
  static final ArchRule noDatabaseServer = noClasses().that().resideInAPackage("org.paceline..")
      .should().dependOnClassesThat().resideInAnyPackage("org.h2.tools..", "org.h2.server..")
      .because("the workspace is an embedded file: no H2 TCP or web server is ever started");

  @ArchTest
  static final ArchRule uiSlicesHaveNoCycles = slices()
      .matching("org.paceline.ui.(*)..")
      .should().beFreeOfCycles()
      .because("each UI slice is a feature that may use the ones below it, never one that uses"
          + " it back: a cycle would make two slices one");
}

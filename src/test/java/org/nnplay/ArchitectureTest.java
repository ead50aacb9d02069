package org.nnplay;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The logic packages stay free of the GUI, so they can run headless and be tested without a display. */
@AnalyzeClasses(packages = "org.nnplay", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] LOGIC = {"org.nnplay.engine..", "org.nnplay.data..", "org.nnplay.experiment..", "org.nnplay.training..",
            "org.nnplay.io.."};

    @ArchTest
    static final ArchRule logicDoesNotUseJavaFx = noClasses().that().resideInAnyPackage(LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "eu.hansolo..")
            .because("engine, data, experiment and training must run without a GUI");

    @ArchTest
    static final ArchRule logicDoesNotUseTheUi = noClasses().that().resideInAnyPackage(LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage("org.nnplay.ui..")
            .because("the UI depends on the logic, never the reverse");

    /** ArchUnit before 1.4.1 could not read Java 25 class files and then passed every rule on zero classes. */
    @org.junit.jupiter.api.Test
    void theRulesSeeTheCompiledClasses() {
        var classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.nnplay");
        org.assertj.core.api.Assertions.assertThat(classes.contain("org.nnplay.engine.Tensor")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.size()).isGreaterThan(200);
    }

    @ArchTest
    static final ArchRule cliDoesNotUseJavaFx = noClasses().that().resideInAnyPackage("org.nnplay.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.nnplay.ui..")
            .because("headless commands must work without a display");
}

package org.nnplay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.PrintStream;
import org.nnplay.cli.Command;
import org.nnplay.engine.nd4j.Backends;
import org.nnplay.engine.nd4j.Nd4jRuntime;

/**
 * The layers, checked on the compiled classes: the logic packages stay free of the GUI (they run headless and are
 * tested without a display), the window computes nothing with the engine's machinery itself (it goes through the
 * training layer), the headless commands all live in {@code cli} and nothing below them depends on them, and ND4J is
 * reached only through its runtime (nothing else can make the window wait for it).
 */
@AnalyzeClasses(packages = "org.nnplay", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] LOGIC = {"org.nnplay.engine..", "org.nnplay.data..", "org.nnplay.experiment..",
            "org.nnplay.training..", "org.nnplay.io.."};
    private static final String[] ND4J = {"org.nd4j..", "org.bytedeco.."};

    /**
     * Who may use whom, bottom to top: io (shared by all) ← engine ← data ← experiment ← training ← bench, cli, ui
     * ← Launcher's package. The commands and the window are siblings: neither uses the other. One call goes up:
     * the window's error dialog words an exception as the command line does ({@code Launcher.message}).
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("launcher").definedBy("org.nnplay")
            .layer("ui").definedBy("org.nnplay.ui..")
            .layer("cli").definedBy("org.nnplay.cli..")
            .layer("bench").definedBy("org.nnplay.bench..")
            .layer("training").definedBy("org.nnplay.training..")
            .layer("experiment").definedBy("org.nnplay.experiment..")
            .layer("data").definedBy("org.nnplay.data..")
            .layer("engine").definedBy("org.nnplay.engine..")
            .layer("io").definedBy("org.nnplay.io..")
            .whereLayer("launcher").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("training").mayOnlyBeAccessedByLayers("bench", "cli", "ui", "launcher")
            .whereLayer("experiment").mayOnlyBeAccessedByLayers("training", "bench", "cli", "ui", "launcher")
            .whereLayer("data").mayOnlyBeAccessedByLayers("experiment", "training", "bench", "cli", "ui", "launcher")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("data", "experiment", "training", "bench", "cli", "ui",
                    "launcher")
            .whereLayer("io").mayOnlyBeAccessedByLayers("engine", "data", "experiment", "training", "bench", "cli",
                    "ui", "launcher")
            .because("each layer builds on the ones below it and never calls up");

    @ArchTest
    static final ArchRule logicDoesNotUseJavaFx = noClasses().that().resideInAnyPackage(LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "eu.hansolo..")
            .because("engine, data, experiment and training must run without a GUI");

    @ArchTest
    static final ArchRule logicDoesNotUseTheUi = noClasses().that().resideInAnyPackage(LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage("org.nnplay.ui..")
            .because("the UI depends on the logic, never the reverse");

    @ArchTest
    static final ArchRule cliDoesNotUseJavaFx = noClasses().that().resideInAnyPackage("org.nnplay.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.nnplay.ui..")
            .because("headless commands must work without a display");

    @ArchTest
    static final ArchRule commandsAreClassesOfCli = classes().that().implement(Command.class)
            .should().resideInAPackage("org.nnplay.cli")
            .because("every headless command is a class of org.nnplay.cli, listed in its registry, Commands");

    @ArchTest
    static final ArchRule commandLineEntriesLiveInCli = methods().that().haveName("run")
            .and().haveRawParameterTypes(String[].class, PrintStream.class, PrintStream.class)
            .and().areDeclaredInClassesThat().doNotBelongToAnyOf(Launcher.class)
            .should().beDeclaredInClassesThat().resideInAPackage("org.nnplay.cli")
            .because("reading arguments, printing and exit statuses are the commands' part; the computation "
                    + "they call lives in training, bench or engine.check (Launcher only dispatches to them)");

    @ArchTest
    static final ArchRule nothingBelowDependsOnTheCommands = noClasses()
            .that().resideInAnyPackage(LOGIC).or().resideInAnyPackage("org.nnplay.bench..", "org.nnplay.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.nnplay.cli..")
            .because("the commands sit on top of the layers they run, beside the window");

    @ArchTest
    static final ArchRule uiComputesThroughTraining = noClasses().that().resideInAnyPackage("org.nnplay.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nnplay.engine.jvm..", "org.nnplay.engine.nd4j..",
                    "org.nnplay.engine.train..")
            .because("the window's side computations go through the training layer (training.Model), so they "
                    + "cannot disagree with training");

    @ArchTest
    static final ArchRule onlyTheNd4jBackendAndTheChecksUseNd4j = noClasses()
            .that().resideOutsideOfPackages("org.nnplay.engine.nd4j..", "org.nnplay.engine.check..")
            .should().dependOnClassesThat().resideInAnyPackage(ND4J)
            .because("ND4J's native library takes seconds to load: it is reached only through Nd4jRuntime");

    @ArchTest
    static final ArchRule theNd4jDoorNamesNoNd4jType = noClasses()
            .that().belongToAnyOf(Nd4jRuntime.class, Backends.class)
            .should().dependOnClassesThat().resideInAnyPackage(ND4J)
            .because("loading these classes must not load ND4J: its classes are first touched on the loader thread");

    /** Guards the rules above: ArchUnit before 1.4.1 read no Java 25 class file and passed every rule on nothing. */
    @ArchTest
    static void theRulesSeeTheCompiledClasses(JavaClasses classes) {
        assertThat(classes.contain(Nd4jRuntime.class)).isTrue();
        assertThat(classes.contain(Launcher.class)).isTrue();
        assertThat(classes.size()).isGreaterThan(200);
    }
}

package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnplay.Launcher;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.ui.Display;
import org.nnplay.ui.files.AppDirs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The app runs as a child process on an experiment and trains; it is killed with SIGKILL in the middle of training.
 * The next start offers the autosaved session, and restoring it brings back the trained weights, the epoch and the
 * optimizer's state as of the last autosave, marked as modified.
 */
class CrashRestoreTest extends WindowTestBase {
    private static Path appHome;
    private static Experiment autosaved;

    @BeforeAll
    static void runTheAppAndKillIt() throws Exception {
        Display.require();
        appHome = Files.createTempDirectory("nnplay-crash");
        Path file = appHome.resolve("lesson.json");
        new ExperimentIO().write(Experiment.defaults().withName("Killed mid-training")
                .withTraining(t -> t.withOptimizer(OptimizerKind.ADAM).withLearningRate(0.01).withSpeed(200)), file);
        Path log = appHome.resolve("child.log");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dnnplay.home=" + appHome.resolve("home"), "-Dnnplay.autosaveSeconds=1",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--open", file.toString(), "--play")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            AppDirs dirs = new AppDirs(appHome.resolve("home"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline && app.isAlive()) {
                Experiment e = read(dirs.autosave());
                if (e != null && e.weights() != null && Files.exists(dirs.sessionMarker())) {
                    autosaved = e;
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(app.isAlive()).as("the app still runs: " + Files.readString(log)).isTrue();
            assertThat(autosaved).as("an autosave with trained weights within 90 s: " + Files.readString(log)).isNotNull();
        } finally {
            app.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean exit
            app.waitFor(10, TimeUnit.SECONDS);
        }
        autosaved = read(new AppDirs(appHome.resolve("home")).autosave()); // the last one before the kill
    }

    private static Experiment read(Path file) {
        try {
            return Files.exists(file) ? new ExperimentIO().read(file).experiment() : null;
        } catch (IOException e) {
            return null; // being replaced at this moment
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (appHome == null) return;
        try (var files = Files.walk(appHome)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Override AppDirs dirs() { return new AppDirs(appHome.resolve("home")); }

    @Start
    void start(Stage stage) { startWindow(stage); }

    @Test
    void theRestoredSessionHasItsWeightsEpochAndIsModified(FxRobot robot) {
        waitUntil(10, () -> robot.lookup("#restore-dialog").tryQuery().isPresent());
        robot.clickOn(FilesWindowTest.shown(robot, "Restore"));
        waitUntil(10, () -> snapshot() != null && snapshot().epoch() > 0);
        assertThat(experiment().name()).isEqualTo("Killed mid-training");
        assertThat(model().document().isDirty()).as("restored work is unsaved work").isTrue();
        assertThat(window.stage().getTitle()).startsWith("•");
        double[] restored = model().trained().engineWeights().flatten();
        double[] saved = org.nnplay.training.ExperimentMapping.weights(autosaved.weights()).flatten();
        assertThat(restored).containsExactly(saved);
    }
}

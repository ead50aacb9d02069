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
import org.nnplay.training.Metric;
import org.nnplay.training.RunCheckpoint;
import org.nnplay.ui.Display;
import org.nnplay.ui.files.AppDirs;
import org.nnplay.ui.files.Autosave;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The app runs as a child process on an experiment and trains; it is killed with SIGKILL in the middle of training.
 * The next start offers the autosaved session, and restoring it brings back the trained weights, the epoch and the
 * optimizer's state as of the last autosave, marked as modified.
 */
class CrashRestoreTest extends WindowTestBase {
    private static Path appHome;
    private static Autosave.Restored autosaved;

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
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline && app.isAlive()) {
                Autosave.Restored r = read();
                if (r != null && r.run() != null && r.run().epoch() >= 20) {
                    autosaved = r;
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(app.isAlive()).as("the app still runs: " + Files.readString(log)).isTrue();
            assertThat(autosaved).as("an autosaved run of 20 epochs within 180 s: " + Files.readString(log)).isNotNull();
        } finally {
            app.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean exit
            app.waitFor(10, TimeUnit.SECONDS);
        }
        autosaved = read(); // the last autosave before the kill
        assertThat(autosaved.run()).as("the last autosave has its run").isNotNull();
    }

    /** The autosave as the next start reads it; null while it is missing or being replaced. */
    private static Autosave.Restored read() {
        try (Autosave a = new Autosave(new AppDirs(appHome.resolve("home")), 0)) {
            return a.restore();
        } catch (IOException e) {
            return null;
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
    void theRestoredSessionHasItsWeightsOptimizerStateEpochAndHistoryAndIsModified(FxRobot robot) {
        RunCheckpoint saved = autosaved.run();
        waitUntil(10, () -> robot.lookup("#restore-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#restore-dialog").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("Killed mid-training").contains("trained for " + saved.epoch() + " epochs");
        robot.clickOn(FilesWindowTest.shown(robot, "Restore"));
        waitUntil(10, () -> snapshot() != null && snapshot().epoch() == saved.epoch());
        assertThat(experiment().name()).isEqualTo("Killed mid-training");
        assertThat(model().document().isDirty()).as("restored work is unsaved work").isTrue();
        assertThat(window.stage().getTitle()).startsWith("•");
        assertThat(model().trained().engineWeights().flatten()).containsExactly(saved.weights().flatten());
        assertThat(snapshot().history().series().get(Metric.TRAIN_LOSS).points())
                .isEqualTo(saved.history().series().get(Metric.TRAIN_LOSS).points());

        RunCheckpoint now = model().checkpoint(); // the service's own state, taken on its thread
        assertThat(now.epoch()).isEqualTo(saved.epoch());
        assertThat(now.steps()).isEqualTo(saved.steps());
        assertThat(now.optimizer().kind()).isEqualTo(OptimizerKind.ADAM);
        assertThat(now.optimizer().steps()).isEqualTo(saved.optimizer().steps()).isPositive();
        for (int i = 0; i < now.optimizer().first().size(); i++) {
            assertThat(now.optimizer().first().get(i)).containsExactly(saved.optimizer().first().get(i));
            assertThat(now.optimizer().second().get(i)).containsExactly(saved.optimizer().second().get(i));
        }
        assertThat(Files.exists(dirs().sessionMarker())).as("a crash now would offer it again").isTrue();
    }
}

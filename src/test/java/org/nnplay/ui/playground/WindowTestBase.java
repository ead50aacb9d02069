package org.nnplay.ui.playground;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.Display;
import org.nnplay.ui.files.AppDirs;
import org.nnplay.ui.FxTestSupport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real playground window under Xvfb, with a fake file chooser and a temporary home for autosave and recents.
 * Each subclass has {@code @Start void start(Stage s) { startWindow(s); }}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {
    @TempDir static Path home;
    final FakeFileChooser chooser = new FakeFileChooser();
    PlaygroundWindow window;

    @BeforeAll
    static void display() {
        Display.require();
    }

    /** Subclasses call this from their own {@code @Start} method (TestFX only looks at the test class's own methods). */
    void startWindow(Stage stage) {
        FxTestSupport.resetStage(stage); // the stage is shared with the tests before
        window = PlaygroundWindow.open(stage, options(), chooser, dirs());
    }

    /** Where the window keeps autosave and recent files: a fresh folder for each test unless overridden. */
    AppDirs dirs() { return new AppDirs(home.resolve("nnplay-" + System.nanoTime())); }

    /** The start-up flags of the window under test. */
    StartOptions options() { return StartOptions.NONE; }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            window.close();
            // notifications and dialogs of this test must not cover the next test's window
            List.copyOf(javafx.stage.Window.getWindows()).stream().filter(w -> w != window.stage()).forEach(javafx.stage.Window::hide);
        });
    }

    PlaygroundModel model() { return window.model(); }

    Experiment experiment() { return model().currentExperiment(); }

    Snapshot snapshot() { return model().snapshotProperty().get(); }

    static void waitUntil(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    <T extends Node> T node(FxRobot robot, String query) { return robot.lookup(query).query(); }
}

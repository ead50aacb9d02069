package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.experiment.Theme;
import org.nnplay.training.RunState;
import org.nnplay.ui.files.ImageExport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The main scenes as pictures (target/screenshots, or the folder in {@code nnplay.screenshotDir}); the ones in
 * docs/ are copies. Each also checks that the scene is what it should show.
 */
class ScreenshotsTest extends WindowTestBase {
    private static final Path DIR = Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));

    @Start
    void start(Stage stage) { startWindow(stage); }

    /** TestFX keeps one stage for all tests: each picture says its own window size. */
    private void size(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(w);
            window.stage().setHeight(h);
        });
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        robot.sleep(400);
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = window.stage().getScene().snapshot(null));
        Files.createDirectories(DIR);
        ImageExport.writePng(img[0], DIR.resolve(name));
        assertThat(DIR.resolve(name)).exists();
    }

    /** The spiral with the seven features TensorFlow Playground offers, trained until the test accuracy is high. */
    private void trainSpiral(FxRobot robot) {
        robot.interact(() -> model().edit(e -> e.withDataset(DatasetKind.SPIRAL)
                .withFeatures(f -> f.withInputs(List.of(Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ,
                        Feature.X1X2, Feature.SINX1, Feature.SINX2)))
                .withNetwork(n -> n.withHidden(List.of(8, 6)))
                .withTraining(t -> t.withLearningRate(0.03))
                .withView(v -> v.withShowTest(true))));
        robot.interact(() -> model().play());
        waitUntil(120, () -> snapshot() != null && snapshot().setup().data().name().contains("piral")
                && snapshot().test().accuracy() >= 0.93);
        robot.interact(() -> model().pause());
        waitUntil(10, () -> snapshot().state() == RunState.PAUSED);
    }

    @Test
    void lightPlaygroundAndPresentationMode(FxRobot robot) throws Exception {
        size(robot, PlaygroundWindow.WIDTH, PlaygroundWindow.HEIGHT);
        trainSpiral(robot);
        shoot(robot, "playground-light.png");
        robot.interact(() -> { // a projector's full screen (Xvfb has no window manager to do it)
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(1600);
            window.stage().setHeight(1000);
            window.view().setPresentation(true);
        });
        shoot(robot, "playground-presentation.png");
        robot.interact(() -> window.view().setPresentation(false));
        robot.interact(() -> model().edit(e -> e.withView(v -> v.withTheme(Theme.DARK))));
        shoot(robot, "playground-dark.png");
    }

    /** A 1280 × 800 projector with a six-layer network: nothing of the builder is cut off, the legend stays off the plot. */
    @Test
    void smallProjectorWithADeepNetwork(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
            model().edit(e -> e.withDataset(DatasetKind.SPIRAL)
                    .withFeatures(f -> f.withInputs(List.of(Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ,
                            Feature.X1X2, Feature.SINX1, Feature.SINX2)))
                    .withNetwork(n -> n.withHidden(List.of(8, 8, 8, 8, 8, 8))));
            model().play();
        });
        waitUntil(60, () -> snapshot() != null && snapshot().epoch() > 300);
        robot.interact(() -> model().pause());
        waitUntil(10, () -> snapshot().state() == RunState.PAUSED);
        shoot(robot, "playground-1280x800.png");
        var network = window.view().network();
        var bounds = network.getLayoutBounds();
        for (javafx.scene.Node tile : network.lookupAll(".feature-tile")) {
            var b = tile.getBoundsInParent();
            assertThat(b.getMaxY()).as("feature tile inside the builder").isLessThanOrEqualTo(bounds.getMaxY() + 0.5);
        }
        var plot = window.view().boundaryPanel().view();
        assertThat(plot.isLegendBelow()).as("legend under the plot, not over it").isTrue();
    }

    @Test
    void lossLandscapeWithAGhostBoundary(FxRobot robot) throws Exception {
        size(robot, 1472, 920);
        robot.interact(() -> model().replace(org.nnplay.experiment.Lessons.load("06-learning-rate-good")
                .withTraining(t -> t.withMaxEpochs(0).withSpeed(0)), null));
        robot.interact(() -> model().play());
        waitUntil(60, () -> snapshot() != null && snapshot().epoch() > 150);
        robot.interact(() -> model().pause());
        waitUntil(10, () -> snapshot().state() == RunState.PAUSED);
        robot.interact(() -> window.view().showView(org.nnplay.experiment.StageView.LANDSCAPE));
        robot.sleep(6000);
        var heat = robot.lookup("#landscape-view .landscape-heatmap").tryQuery();
        heat.ifPresent(h -> robot.moveTo(h).moveBy(40, -30));
        robot.sleep(1500);
        shoot(robot, "landscape.png");
    }
}

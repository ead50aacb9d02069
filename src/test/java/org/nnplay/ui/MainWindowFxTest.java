package org.nnplay.ui;

import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.data.DataSet;
import org.nnplay.data.Sample;
import org.nnplay.ui.plot.BoundaryView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the real window (under a display, e.g. Xvfb) and checks what the plane draws by reading its pixels. */
@ExtendWith(RequiresDisplay.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainWindowFxTest {
    private static Stage stage;
    private static javafx.application.Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(NNPlayApp::new);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void closeWindow() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        if (stage != null) FxToolkit.cleanupStages();
    }

    private BoundaryView plane() { return robot.lookup("#boundary-view").queryAs(BoundaryView.class); }

    private static <T> T onFx(Callable<T> call) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(call).get();
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    @Test @Order(1)
    void windowIsTitledSizedAndHasTheIcon() {
        assertThat(stage.getTitle()).isEqualTo("NNPlay");
        assertThat(stage.getScene().getWidth()).isEqualTo(NNPlayApp.DEFAULT_WIDTH);
        assertThat(stage.getScene().getHeight()).isEqualTo(NNPlayApp.DEFAULT_HEIGHT);
        assertThat(stage.isResizable()).isTrue();
        assertThat(stage.getMinWidth()).isEqualTo(NNPlayApp.MIN_WIDTH);
        assertThat(stage.getIcons()).hasSize(7);
    }

    @Test @Order(2)
    void planeShowsGreenPointsInsideAndRedPointsOnTheRing() throws Exception {
        BoundaryView plane = plane();
        DataSet data = plane.getData();
        assertThat(data.name()).isEqualTo("circle");
        assertThat(data.train()).hasSize(250);
        assertThat(data.test()).hasSize(250);
        assertThat(robot.lookup("#status-data").queryLabeled().getText()).contains("circle").contains("500");

        WritableImage shot = onFx(() -> plane.snapshot(null, null));
        expectTrainingPoints(plane, shot, 1, MainWindowFxTest::isGreen, MainWindowFxTest::isRed);
        expectTrainingPoints(plane, shot, 0, MainWindowFxTest::isRed, MainWindowFxTest::isGreen);

        Path file = FxTestSupport.writeScreenshot(onFx(() -> stage.getScene().snapshot(null)), "main-window");
        assertThat(Files.size(file)).isPositive();
    }

    @Test @Order(3)
    void heatMapFollowsTheGridWithRowZeroAtTheTop() throws Exception {
        BoundaryView plane = plane();
        int n = 25;
        double extent = plane.getData().extent();
        double[] grid = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double s = BoundaryView.gridX1(c, n, extent) + BoundaryView.gridX2(r, n, extent);
                grid[r * n + c] = 1 / (1 + Math.exp(-s));
            }
        }
        WritableImage shot = onFx(() -> {
            plane.setGrid(grid, n);
            return plane.snapshot(null, null);
        });
        FxTestSupport.writeScreenshot(onFx(() -> stage.getScene().snapshot(null)), "main-window-heatmap");
        Color topRight = colorAt(plane, shot, 5.6, 5.6);
        Color bottomLeft = colorAt(plane, shot, -5.6, -5.6);
        Color topLeft = colorAt(plane, shot, -5.6, 5.6);
        assertThat(topRight.getGreen()).as("top right is P = 1, a green tint: %s", topRight).isGreaterThan(topRight.getRed() + 0.2);
        assertThat(bottomLeft.getRed()).as("bottom left is P = 0, a red tint: %s", bottomLeft).isGreaterThan(bottomLeft.getGreen() + 0.2);
        assertThat(topLeft.getBrightness()).as("on the boundary P = 0.5 is white: %s", topLeft).isGreaterThan(0.95);
        assertThat(topLeft.getSaturation()).isLessThan(0.1);
        onFx(() -> { plane.clearGrid(); return null; });
    }

    @Test @Order(4)
    void colourBlindSwitchRedrawsInBlueAndOrange() throws Exception {
        robot.clickOn("#colour-blind");
        BoundaryView plane = plane();
        WritableImage shot = onFx(() -> plane.snapshot(null, null));
        Predicate<Color> blue = c -> c.getBlue() > c.getRed() + 0.3;
        Predicate<Color> orange = c -> c.getRed() > c.getBlue() + 0.3 && c.getGreen() > 0.3;
        expectTrainingPoints(plane, shot, 1, blue, orange);
        expectTrainingPoints(plane, shot, 0, orange, blue);
        robot.clickOn("#colour-blind");
    }

    @Test @Order(5)
    void darkThemeSwitchesTheStylesheet() throws Exception {
        robot.clickOn("#dark-theme");
        assertThat(stage.getScene().getStylesheets()).anyMatch(u -> u.endsWith("dark.css")).noneMatch(u -> u.endsWith("light.css"));
        FxTestSupport.writeScreenshot(onFx(() -> stage.getScene().snapshot(null)), "main-window-dark");
        robot.clickOn("#dark-theme");
        assertThat(stage.getScene().getStylesheets()).anyMatch(u -> u.endsWith("light.css"));
    }

    @Test @Order(6)
    void unexpectedErrorShowsAFriendlyDialog() throws Exception {
        javafx.application.Platform.runLater(() -> { throw new IllegalStateException("the grid has the wrong size"); });
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(".error-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".error-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong");
        assertThat(pane.getContentText()).isEqualTo("the grid has the wrong size");
        assertThat(pane.getExpandableContent()).isNotNull();
        onFx(() -> { pane.getScene().getWindow().hide(); return null; });
    }

    /**
     * Each training point of the class must show its colour at its centre. Points overlap, so a neighbour's dark
     * outline may cross a centre: at least 90% must match, and none may show the other class's colour.
     */
    private static void expectTrainingPoints(BoundaryView plane, WritableImage shot, int label, Predicate<Color> expected,
                                             Predicate<Color> otherClass) {
        List<Sample> points = plane.getData().train().stream().filter(s -> s.label() == label).toList();
        assertThat(points).isNotEmpty();
        int matching = 0;
        for (Sample s : points) {
            Color c = colorAt(plane, shot, s.x1(), s.x2());
            if (expected.test(c)) matching++;
            assertThat(otherClass.test(c)).as("class %d point at (%.2f, %.2f) drawn as %s", label, s.x1(), s.x2(), c).isFalse();
        }
        assertThat(matching).as("class %d points drawn in their colour", label).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * points.size()));
    }

    private static Color colorAt(BoundaryView plane, WritableImage shot, double x1, double x2) {
        Point2D p = plane.toLocal(x1, x2);
        PixelReader reader = shot.getPixelReader();
        return reader.getColor((int) Math.round(p.getX()), (int) Math.round(p.getY()));
    }

    private static boolean isGreen(Color c) { return c.getGreen() > c.getRed() + 0.3 && c.getGreen() > c.getBlue() + 0.2; }

    private static boolean isRed(Color c) { return c.getRed() > c.getGreen() + 0.4 && c.getRed() > c.getBlue() + 0.4; }
}

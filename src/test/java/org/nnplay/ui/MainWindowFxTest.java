package org.nnplay.ui;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.data.DataSet;
import org.nnplay.data.Grid;
import org.nnplay.data.Sample;
import org.nnplay.ui.playground.PlaygroundWindow;
import org.nnplay.ui.plot.BoundaryView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the real window the way the application does (NNPlayApp, no arguments) under a display, e.g. Xvfb, and
 * checks what the decision-boundary view draws by reading its pixels. The primary stage is shared with the other
 * TestFX classes of the JVM, so it is reset before the app starts and other windows are hidden.
 */
@ExtendWith(RequiresDisplay.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainWindowFxTest {
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);
    @TempDir static Path home;
    private static Stage stage;
    private static NNPlayApp app;
    private static String previousHome;
    private static Thread.UncaughtExceptionHandler previousHandler;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void openWindow() throws Exception {
        previousHome = System.getProperty("nnplay.home");
        System.setProperty("nnplay.home", home.toString()); // no autosave of a real session, no restore prompt
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            List.copyOf(Window.getWindows()).forEach(Window::hide); // what earlier test classes left open
            FxTestSupport.resetStage(stage);
        });
        app = (NNPlayApp) FxToolkit.setupApplication(NNPlayApp::new);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.isShowing() && plane().getData() != null);
        onFx(() -> { stage.toFront(); return null; });
    }

    @AfterAll
    static void closeWindow() throws Exception {
        try {
            if (app != null) FxToolkit.cleanupApplication(app); // stop(): the window closes its loop and autosave
            FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previousHandler);
            if (previousHome == null) System.clearProperty("nnplay.home");
            else System.setProperty("nnplay.home", previousHome);
        }
    }

    private static BoundaryView plane() {
        return new FxRobot().lookup("#boundary-view").queryAs(BoundaryView.class);
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    @Test @Order(1)
    void windowIsTitledSizedAndHasTheIcons() {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("NNPlay");
        assertThat(stage.isResizable()).isTrue();
        assertThat(stage.getMinWidth()).isBetween(800.0, PlaygroundWindow.WIDTH);
        assertThat(stage.getMinHeight()).isBetween(500.0, PlaygroundWindow.HEIGHT);
        assertThat(stage.getIcons()).hasSize(ICON_SIZES.size());
        assertThat(stage.getIcons().stream().map(Image::getWidth).map(Double::intValue).toList()).isEqualTo(ICON_SIZES);
        assertThat(NNPlayApp.DEFAULT_WIDTH).isEqualTo(1280);
        assertThat(NNPlayApp.DEFAULT_HEIGHT).isEqualTo(800);
        if (!stage.isMaximized()) {
            assertThat(stage.getScene().getWidth()).isEqualTo(PlaygroundWindow.WIDTH);
            assertThat(stage.getScene().getHeight()).isEqualTo(PlaygroundWindow.HEIGHT);
        }
    }

    @Test @Order(2)
    void planeShowsTheCircleWithGreenPointsInsideAndRedPointsOnTheRing() throws Exception {
        BoundaryView plane = plane();
        DataSet data = plane.getData();
        assertThat(data.name()).containsIgnoringCase("circle");
        assertThat(data.size()).isEqualTo(500);
        assertThat(data.train()).hasSize(250);
        assertThat(data.test()).hasSize(250);
        assertThat(data.train()).allSatisfy(s -> assertThat(Math.hypot(s.x1(), s.x2()))
                .isBetween(s.label() == 1 ? 0.0 : 3.5, s.label() == 1 ? 2.5 : 5.0));
        assertThat(robot.lookup("#status-data").queryLabeled().getText()).containsIgnoringCase("circle").contains("500");

        Path file = FxTestSupport.writeScreenshot(onFx(() -> stage.getScene().snapshot(null)), "main-window");
        assertThat(Files.size(file)).isPositive();

        WritableImage shot = onFx(() -> plane.snapshot(null, null));
        FxTestSupport.writeScreenshot(shot, "main-window-plane");
        expectTrainingPoints(plane, shot, 1, MainWindowFxTest::isGreen, MainWindowFxTest::isRed);
        expectTrainingPoints(plane, shot, 0, MainWindowFxTest::isRed, MainWindowFxTest::isGreen);
    }

    @Test @Order(3)
    void heatMapFollowsTheGridWithRowZeroAtTheTop() throws Exception {
        BoundaryView plane = plane();
        Grid cells = new Grid(plane.domain(), 25);
        double[] values = new double[cells.n() * cells.n()];
        for (int r = 0; r < cells.n(); r++) {
            for (int c = 0; c < cells.n(); c++) {
                double s = 2 * (cells.x2(r) - cells.x1(c)); // P = 1 at the top left, 0 at the bottom right
                values[cells.index(r, c)] = 1 / (1 + Math.exp(-s));
            }
        }
        // set and read in one FX runnable, so that no frame of the training loop replaces the grid in between
        WritableImage shot = onFx(() -> {
            plane.setGrid(values, cells.n());
            return plane.snapshot(null, null);
        });
        FxTestSupport.writeScreenshot(shot, "main-window-heatmap");
        Color topLeft = colorAt(plane, shot, -5.6, 5.6);
        Color bottomRight = colorAt(plane, shot, 5.6, -5.6);
        Color bottomLeft = colorAt(plane, shot, -5.6, -5.6);
        assertThat(topLeft.getGreen()).as("top left is P = 1, a green tint: %s", topLeft).isGreaterThan(topLeft.getRed() + 0.2);
        assertThat(bottomRight.getRed()).as("bottom right is P = 0, a red tint: %s", bottomRight)
                .isGreaterThan(bottomRight.getGreen() + 0.2);
        assertThat(bottomLeft.getBrightness()).as("on the boundary P = 0.5 is white: %s", bottomLeft).isGreaterThan(0.95);
        assertThat(bottomLeft.getSaturation()).isLessThan(0.1);
    }

    @Test @Order(4)
    void colourBlindSwitchRedrawsInBlueAndOrange() throws Exception {
        robot.clickOn("#palette-blue-orange");
        try {
            BoundaryView plane = plane();
            assertThat(plane.getPalette()).isEqualTo(org.nnplay.ui.plot.Palette.BLUE_ORANGE);
            WritableImage shot = onFx(() -> plane.snapshot(null, null));
            Predicate<Color> blue = c -> c.getBlue() > c.getRed() + 0.3;
            Predicate<Color> orange = c -> c.getRed() > c.getBlue() + 0.3 && c.getGreen() > 0.3;
            expectTrainingPoints(plane, shot, 1, blue, orange);
            expectTrainingPoints(plane, shot, 0, orange, blue);
        } finally {
            robot.clickOn("#palette-red-green");
        }
        assertThat(plane().getPalette()).isEqualTo(org.nnplay.ui.plot.Palette.RED_GREEN);
    }

    @Test @Order(5)
    void darkThemeSwitchesTheStylesheet() throws Exception {
        assertThat(stage.getScene().getStylesheets()).anyMatch(u -> u.endsWith("light.css"));
        toggleDarkTheme();
        assertThat(stage.getScene().getStylesheets()).anyMatch(u -> u.endsWith("dark.css")).noneMatch(u -> u.endsWith("light.css"));
        FxTestSupport.writeScreenshot(onFx(() -> stage.getScene().snapshot(null)), "main-window-dark");
        toggleDarkTheme();
        assertThat(stage.getScene().getStylesheets()).anyMatch(u -> u.endsWith("light.css")).noneMatch(u -> u.endsWith("dark.css"));
    }

    /** View ▸ Dark theme (#menu-view, #menu-dark), chosen from the menu bar. */
    private void toggleDarkTheme() {
        FxTestSupport.chooseMenuItem(robot, stage, "menu-view", "menu-dark");
    }

    @Test @Order(6)
    void unexpectedErrorShowsAFriendlyDialog() throws Exception {
        Platform.runLater(() -> { throw new IllegalStateException("the grid has the wrong size"); });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".error-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".error-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong");
        assertThat(pane.getContentText()).isEqualTo("the grid has the wrong size");
        assertThat(pane.getExpandableContent()).isNotNull();
        onFx(() -> { pane.getScene().getWindow().hide(); return null; });
    }

    /**
     * Each training point of the class must show its colour at its centre. Points overlap (the inner disc of the
     * circle is dense), so a neighbour's dark outline may cross a centre: a point counts when its colour shows within
     * 2 px of its centre, at least 90% must, and none may show the other class's colour there.
     */
    private static void expectTrainingPoints(BoundaryView plane, WritableImage shot, int label, Predicate<Color> expected,
                                             Predicate<Color> otherClass) {
        List<Sample> points = plane.getData().train().stream().filter(s -> s.label() == label).toList();
        assertThat(points).isNotEmpty();
        int matching = 0;
        for (Sample s : points) {
            List<Color> centre = around(plane, shot, s.x1(), s.x2(), 2);
            if (centre.stream().anyMatch(expected)) matching++;
            assertThat(centre).as("class %d point at (%.2f, %.2f)", label, s.x1(), s.x2()).noneMatch(otherClass);
        }
        assertThat(matching).as("class %d points drawn in their colour", label).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * points.size()));
    }

    /** The pixels within {@code d} px (a square) of where data point (x1, x2) is drawn. */
    private static List<Color> around(BoundaryView plane, WritableImage shot, double x1, double x2, int d) {
        Point2D p = plane.toLocal(x1, x2);
        int x = (int) Math.round(p.getX());
        int y = (int) Math.round(p.getY());
        PixelReader reader = shot.getPixelReader();
        List<Color> colors = new java.util.ArrayList<>();
        for (int dy = -d; dy <= d; dy++) for (int dx = -d; dx <= d; dx++) colors.add(reader.getColor(x + dx, y + dy));
        return colors;
    }

    private static Color colorAt(BoundaryView plane, WritableImage shot, double x1, double x2) {
        return around(plane, shot, x1, x2, 0).getFirst();
    }

    private static boolean isGreen(Color c) { return c.getGreen() > c.getRed() + 0.3 && c.getGreen() > c.getBlue() + 0.2; }

    private static boolean isRed(Color c) { return c.getRed() > c.getGreen() + 0.4 && c.getRed() > c.getBlue() + 0.4; }
}

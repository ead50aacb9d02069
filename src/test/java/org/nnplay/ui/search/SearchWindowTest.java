package org.nnplay.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.Lessons;
import org.nnplay.training.search.HyperSearch;
import org.nnplay.ui.Display;
import org.nnplay.ui.Theme;
import org.nnplay.ui.files.ImageExport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search window in a real window: a tiny search fills the table, rings the best and hands its rate back. */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {
    /** Scene 6's linear neuron on the plane: fast, and rates above 3 diverge. */
    private final SimpleObjectProperty<Experiment> experiment =
            new SimpleObjectProperty<>(Lessons.load("06-learning-rate-too-large"));
    private SearchPane pane;

    @BeforeAll
    static void display() {
        Display.require();
    }

    @Start
    void start(Stage stage) {
        pane = new SearchPane(experiment::get, change -> experiment.set(change.apply(experiment.get())),
                new HyperSearch(2));
        Scene scene = new Scene(pane, 1280, 760);
        Theme.LIGHT.applyTo(scene);
        org.nnplay.ui.FxTestSupport.show(stage, scene);
    }

    private void waitForRows(int n) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pane.table().size() == n && !pane.controller().running());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void set(FxRobot robot, String id, Object value) {
        robot.interact(() -> ((Spinner<Object>) robot.lookup(id).query()).getValueFactory().setValue(value));
    }

    @Test
    void aTinyGridSearchFillsTheTableMarksTheBestAndUsesIt(FxRobot robot) throws Exception {
        robot.clickOn("#search-grid");
        set(robot, "#search-trials", 5);
        set(robot, "#search-epochs", 20);
        set(robot, "#search-lr-hi", 2.3);
        robot.clickOn("#search-start");
        waitForRows(5);

        Row best = pane.table().best();
        assertThat(best).isNotNull();
        assertThat(best.result().diverged()).isFalse();
        assertThat(pane.table().getItems().getFirst()).as("sorted by test loss").isSameAs(best);
        assertThat(pane.table().getItems().getLast().result().diverged()).as("e^2.3 diverges").isTrue();
        assertThat(robot.lookup(".table-row-cell:best").queryAll()).hasSize(1);
        assertThat(robot.lookup("★ 1." + best.trial()).tryQuery()).isPresent();
        assertThat(robot.lookup("diverged").tryQuery()).isPresent();

        ScatterPlot plot = pane.plot();
        double x = plot.xOf(best.learningRate());
        double y = plot.yOf(best.result());
        Color ring = WaitForAsyncUtils.asyncFx(() -> ringColour(plot, x, y)).get();
        assertThat(ring.getBrightness()).as("a dark ring around the best").isLessThan(0.3);
        Row diverged = pane.table().getItems().getLast();
        assertThat(plot.yOf(diverged.result())).as("diverged in the band on top").isLessThan(ScatterPlot.TOP);

        robot.clickOn("#search-use-best");
        assertThat(experiment.get().training().learningRate())
                .isCloseTo(best.learningRate(), org.assertj.core.data.Percentage.withPercentage(0.5));

        robot.clickOn("#search-zoom");
        double lo = (Double) robot.lookup("#search-lr-lo").queryAs(Spinner.class).getValue();
        double hi = (Double) robot.lookup("#search-lr-hi").queryAs(Spinner.class).getValue();
        assertThat(hi - lo).as("narrower than the 7.3 searched").isLessThan(3.7);
        assertThat(Math.log(best.learningRate())).isBetween(lo, hi);

        robot.clickOn("#search-random");
        set(robot, "#search-trials", 4);
        robot.clickOn("#search-start");
        waitForRows(9);
        assertThat(pane.table().getItems()).extracting(r -> r.result().trial().strategy().key())
                .contains("grid", "random");
    }

    /** docs/search.png: the playground's default circle, a coarse grid then a random round over e^-7 … e^2.3. */
    @Test
    void screenshotOfAGridAndARandomRoundOnTheCircle(FxRobot robot) throws Exception {
        robot.interact(() -> experiment.set(Experiment.defaults()));
        robot.clickOn("#search-grid");
        set(robot, "#search-trials", 8);
        set(robot, "#search-epochs", 40);
        set(robot, "#search-lr-lo", -7.0);
        set(robot, "#search-lr-hi", 2.3);
        robot.clickOn("#search-start");
        waitForRows(8);
        robot.clickOn("#search-random");
        set(robot, "#search-trials", 16);
        robot.clickOn("#search-start");
        waitForRows(24);
        Row best = pane.table().best();
        assertThat(best.result().testAccuracy()).isGreaterThan(0.95);
        assertThat(Math.log(best.learningRate())).as("the valley of the circle").isBetween(-4.0, 0.0);
        screenshot("search.png");
        robot.interact(() -> {
            Theme.DARK.applyTo(pane.getScene());
            pane.setDark(true);
        });
        screenshot("search-dark.png");
    }

    @Test
    void theWindowFollowsThePlaygroundsTheme(FxRobot robot) {
        Experiment dark = experiment.get().withView(v -> v.withTheme(org.nnplay.experiment.Theme.DARK));
        Stage[] stage = new Stage[1];
        robot.interact(() -> stage[0] = SearchWindow.show(null, experiment, change -> experiment.set(change.apply(experiment.get()))));
        try {
            assertThat(stage[0].getScene().getStylesheets()).contains(Theme.LIGHT.stylesheet());
            robot.interact(() -> experiment.set(dark));
            assertThat(stage[0].getScene().getStylesheets()).contains(Theme.DARK.stylesheet())
                    .doesNotContain(Theme.LIGHT.stylesheet());
            Stage[] again = new Stage[1];
            robot.interact(() -> again[0] = SearchWindow.show(null, experiment, change -> { }));
            assertThat(again[0]).as("one window at a time").isSameAs(stage[0]);
        } finally {
            robot.interact(() -> stage[0].close());
        }
    }

    @Test
    void cancelStopsALongSearch(FxRobot robot) throws Exception {
        set(robot, "#search-trials", 50);
        set(robot, "#search-epochs", 10_000);
        robot.clickOn("#search-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#search-progress")
                .queryAs(javafx.scene.control.ProgressBar.class).getProgress() > 0);
        robot.clickOn("#search-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !pane.controller().running());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.table().size()).isLessThan(50);
        assertThat(robot.lookup("#search-status").queryLabeled().getText()).contains("cancelled");
        assertThat(robot.lookup("#search-start").queryButton().isDisabled()).isFalse();
    }

    private static Color ringColour(ScatterPlot plot, double x, double y) {
        WritableImage img = plot.snapshot(null, null);
        Color darkest = Color.WHITE;
        for (int a = 0; a < 360; a += 10) {
            int px = (int) Math.round(x + 14 * Math.cos(Math.toRadians(a)));
            int py = (int) Math.round(y + 14 * Math.sin(Math.toRadians(a)));
            Color c = img.getPixelReader().getColor(px, py);
            if (c.getBrightness() < darkest.getBrightness()) darkest = c;
        }
        return darkest;
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
        Files.createDirectories(dir);
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> pane.getScene().getRoot().snapshot(null, null)).get();
        ImageExport.writePng(shot, dir.resolve(name));
        assertThat(Files.size(dir.resolve(name))).isPositive();
    }
}

package org.nnplay.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.training.HistoryView;
import org.nnplay.training.Metric;
import org.nnplay.training.SeriesView;
import org.nnplay.ui.Display;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CurvesViewTest {
    private final HistoryView history = SyntheticHistory.longRun();
    private CurvesView view;

    @BeforeAll
    static void display() {
        Display.require();
    }

    @Start
    void start(Stage stage) {
        view = new CurvesView();
        view.setHistory(history);
        BorderPane root = new BorderPane(view, view.controls(), null, null, null);
        org.nnplay.ui.FxTestSupport.show(stage, new Scene(root, 1280, 720));
    }

    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private WritableImage snapshot() {
        return fx(() -> view.snapshot(null, null));
    }

    /** The topmost coloured (not grey) pixel of a column in the loss panel, below the panel title. */
    private static int topInk(PixelReader r, int x, Plot.Panel p) {
        for (int y = (int) p.top() + 1; y < p.bottom() - 1; y++) {
            int argb = r.getArgb(x, y);
            int red = argb >> 16 & 255;
            int green = argb >> 8 & 255;
            int blue = argb & 255;
            if (Math.max(Math.abs(red - green), Math.max(Math.abs(green - blue), Math.abs(red - blue))) > 24) {
                return y;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Test
    void theSpikeAtEpochHalfAMillionIsDrawnAboveItsNeighbours() {
        WritableImage img = snapshot();
        Plot plot = view.plot();
        Plot.Panel loss = plot.panels().getFirst();
        int x = (int) Math.round(plot.x().toPixel(SyntheticHistory.SPIKE));
        int spike = topInk(img.getPixelReader(), x, loss);
        int before = topInk(img.getPixelReader(), x - 25, loss);
        int after = topInk(img.getPixelReader(), x + 25, loss);
        assertThat(spike).isLessThan(before - 100).isLessThan(after - 100);
        assertThat((double) spike).as("the test loss spike, 3.2, is the highest").isCloseTo(loss.y().toPixel(3.2), org.assertj.core.data.Offset.offset(6.0));
    }

    @Test
    void hoveringShowsTheBucketsValues(FxRobot robot) {
        Plot plot = view.plot();
        Plot.Panel loss = plot.panels().getFirst();
        double x = plot.x().toPixel(SyntheticHistory.SPIKE);
        Point2D screen = fx(() -> view.localToScreen(x, (loss.top() + loss.bottom()) / 2));
        long before = view.redrawCount();
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
        SeriesView train = history.get(Metric.TRAIN_LOSS);
        double epoch = plot.x().toValue(x);
        int b = Readout.bucketAt(train, epoch);
        assertThat(train.x0()[b]).isLessThanOrEqualTo(SyntheticHistory.SPIKE + 4000);
        assertThat(view.readoutText()).startsWith(String.format("Epochs %,d – %,d", train.x0()[b], train.x1()[b]))
                .contains("Training loss  " + Axis.formatValue(train.mean()[b]))
                .contains("Test accuracy");
        assertThat(view.redrawCount()).as("hover repaints only the overlay").isEqualTo(before);
        robot.moveTo(fx(() -> view.localToScreen(plot.x().toPixel(1_200_000), loss.top() + 20)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.readoutText()).contains("D  epoch 1,200,000: loss became infinite");
        saveScreenshot("curves.png");
    }

    @Test
    void theLogButtonSwitchesTheYMapping(FxRobot robot) {
        Axis linear = view.plot().panels().getFirst().y();
        robot.clickOn("Log");
        WaitForAsyncUtils.waitForFxEvents();
        Axis log = view.plot().panels().getFirst().y();
        assertThat(view.getScale()).isEqualTo(Scale.LOG);
        assertThat(log.scale()).isEqualTo(Scale.LOG);
        assertThat(log.toPixel(0.1)).isLessThan(linear.toPixel(0.1) - 50);
        robot.clickOn("Log");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getScale()).as("one of the two always stays selected").isEqualTo(Scale.LOG);
        robot.clickOn("Linear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.plot().panels().getFirst().y().scale()).isEqualTo(Scale.LINEAR);
    }

    @Test
    void theAccuracyPanelCanBeHidden(FxRobot robot) {
        assertThat(view.plot().panels()).hasSize(2);
        robot.clickOn("#curves-accuracy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.plot().panels()).hasSize(1);
        assertThat(view.isShowAccuracy()).isFalse();
    }

    @Test
    void theSameHistoryIsNotRedrawn() {
        long before = view.redrawCount();
        fx(() -> {
            view.setHistory(history);
            view.setHistory(new HistoryView(history.version(), history.series(), history.events(), null, null));
            return null;
        });
        assertThat(view.redrawCount()).isEqualTo(before);
        fx(() -> {
            view.setHistory(new HistoryView(history.version() + 1, history.series(), history.events(), null, null));
            return null;
        });
        assertThat(view.redrawCount()).isEqualTo(before + 1);
    }

    @Test
    void exportsTheShownHistory() throws IOException {
        StringWriter out = new StringWriter();
        view.exportCsv(out);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(SyntheticHistory.BUCKETS + 1);
        assertThat(lines[0]).startsWith("epoch_from,epoch_to,train_loss_min,train_loss_max,train_loss_mean,train_loss_last");
        assertThat(lines[1]).startsWith("1,3907,");
    }

    @Test
    void darkAndPresentationScreenshot() {
        fx(() -> {
            view.setDark(true);
            view.setFontScale(1.5);
            view.setScale(Scale.LOG);
            return null;
        });
        saveScreenshot("curves-dark.png");
        assertThat(view.plot().fontScale()).isEqualTo(1.5);
    }

    private void saveScreenshot(String name) {
        WritableImage img = fx(() -> view.getScene().getRoot().snapshot(null, null));
        File dir = new File(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
        dir.mkdirs();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", new File(dir, name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

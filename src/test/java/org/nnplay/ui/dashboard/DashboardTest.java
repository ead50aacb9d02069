package org.nnplay.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.training.Metrics;
import org.nnplay.training.HistoryView;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.Display;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DashboardTest {
    private static final long MS = 1_000_000;
    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private Dashboard dashboard;
    private StackPane root;

    @BeforeAll
    static void display() {
        Display.require();
    }

    @Start
    void start(Stage stage) {
        dashboard = new Dashboard(now::get);
        root = new StackPane(dashboard);
        root.setPadding(new Insets(10));
        org.nnplay.ui.FxTestSupport.show(stage, new Scene(root, 1400, 190));
    }

    static Snapshot snapshot(long seq, long generation, RunState state, long epoch, double trainLoss, double testLoss,
                             double testAccuracy, double eps) {
        Metrics train = new Metrics(trainLoss, 0, trainLoss, testAccuracy + 0.02, null, Double.NaN, Double.NaN, 400);
        Metrics test = new Metrics(testLoss, 0, testLoss, testAccuracy, null, Double.NaN, Double.NaN, 100);
        return new Snapshot(seq, 0, generation, state, epoch, epoch * 40, train, test, null, null, 0.03, null, null,
                null, null, "jvm", eps, HistoryView.EMPTY, null);
    }

    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(Snapshot s) {
        fx(() -> {
            dashboard.update(s);
            return null;
        });
    }

    private List<Double> values() {
        return fx(() -> dashboard.tiles().stream().map(Tile::getValue).toList());
    }

    @Test
    void updateSetsEveryTile() {
        update(snapshot(1, 0, RunState.RUNNING, 1_234_567, 0.25, 0.3125, 0.9, 850));
        dashboard.showEpoch(1_234_567);
        assertThat(values()).containsExactly(1_234_567.0, 0.25, 0.3125, 90.0);
        assertThat(dashboard.tiles().getFirst().getText()).isEqualTo("training");
        assertThat(dashboard.tiles().get(1).getDecimals()).isEqualTo(3);
    }

    @Test
    void theSparklineTilesAreFedAtMostFourTimesASecond() {
        update(snapshot(1, 0, RunState.RUNNING, 10, 0.5, 0.6, 0.5, 100));
        now.addAndGet(100 * MS);
        update(snapshot(2, 0, RunState.RUNNING, 20, 0.4, 0.5, 0.6, 110));
        assertThat(values().subList(1, 4)).containsExactly(0.5, 0.6, 50.0);
        now.addAndGet(200 * MS);
        update(snapshot(3, 0, RunState.RUNNING, 30, 0.3, 0.4, 0.7, 120));
        assertThat(values().subList(1, 4)).containsExactly(0.3, 0.4, 70.0);
    }

    @Test
    void theEpochTileShowsWhatTheCounterShows() {
        fx(() -> {
            dashboard.showEpoch(30);
            return null;
        });
        assertThat(values().getFirst()).isEqualTo(30.0);
    }

    private String shown(int tile) {
        return fx(() -> {
            Tile t = dashboard.tiles().get(tile);
            return t.getCustomDecimalFormat().format(t.getValue());
        });
    }

    @Test
    void hugeTinyAndMissingValuesReadAsFigures() {
        update(snapshot(1, 0, RunState.DIVERGED, 10, 1e15, Double.NaN, 0.5, 0));
        assertThat(shown(1)).isEqualTo("1.0e15");
        assertThat(shown(2)).isEqualTo("\u2014");
        update(snapshot(2, 0, RunState.DIVERGED, 10, 3.2e-7, Double.POSITIVE_INFINITY, 0.5, 0));
        assertThat(shown(1)).isEqualTo("3.2e\u22127");
        assertThat(shown(2)).isEqualTo("\u221e");
    }

    @Test
    void aPauseOrARestartIsShownAtOnceAndTheSameSnapshotIsIgnored() {
        update(snapshot(1, 0, RunState.RUNNING, 10, 0.5, 0.6, 0.5, 100));
        update(snapshot(2, 0, RunState.PAUSED, 11, 0.45, 0.55, 0.75, 0));
        assertThat(values().subList(1, 4)).containsExactly(0.45, 0.55, 75.0);
        assertThat(dashboard.tiles().getFirst().getText()).isEqualTo("paused");
        update(snapshot(3, 1, RunState.RUNNING, 1, 0.7, 0.7, 0.5, 90));
        assertThat(values().subList(1, 4)).containsExactly(0.7, 0.7, 50.0);
        update(snapshot(3, 2, RunState.RUNNING, 99, 9, 9, 0.1, 1));
        assertThat(values().subList(1, 4)).as("same sequence: nothing changes").containsExactly(0.7, 0.7, 50.0);
    }

    @SuppressWarnings("unchecked")
    private List<Double> sparkData(int tile) {
        return fx(() -> {
            Object skin = dashboard.tiles().get(tile).getSkin();
            var f = skin.getClass().getSuperclass().getDeclaredField("dataList");
            f.setAccessible(true);
            return List.copyOf((List<Double>) f.get(skin));
        });
    }

    @Test
    void eachFeedIsOnePointOfTheSparklineAndARunStartsAFreshLine() {
        for (int i = 1; i <= 5; i++) {
            now.addAndGet(300 * MS);
            update(snapshot(i, 0, RunState.RUNNING, i, 1 - i / 10.0, 1, 0.5, 100 + i));
        }
        List<Double> loss = sparkData(1);
        assertThat(loss).hasSize(Dashboard.SPARK_POINTS).doesNotContain(0.0);
        assertThat(loss.subList(loss.size() - 5, loss.size())).containsExactly(0.9, 0.8, 0.7, 0.6, 0.5);
        update(snapshot(6, 1, RunState.RUNNING, 1, 0.25, 1, 0.5, 7));
        assertThat(sparkData(1)).containsOnly(0.25);
    }

    @Test
    void regressionShowsRSquared() {
        Metrics train = new Metrics(0.1, 0, 0.1, Double.NaN, null, 0.32, 0.8, 400);
        Metrics test = new Metrics(0.2, 0, 0.2, Double.NaN, null, 0.45, 0.7, 100);
        update(new Snapshot(1, 0, 0, RunState.RUNNING, 5, 5, train, test, null, null, 0.01, null, null, null, null,
                "jvm", 50, HistoryView.EMPTY, null));
        Tile quality = dashboard.tiles().get(3);
        assertThat(quality.getTitle()).isEqualTo("Test R²");
        assertThat(quality.getValue()).isEqualTo(0.7);
        assertThat(quality.getText()).isEqualTo("RMSE 0.45");
        update(snapshot(2, 1, RunState.RUNNING, 1, 0.7, 0.7, 0.5, 90));
        assertThat(quality.getTitle()).isEqualTo("Test accuracy");
        assertThat(quality.getText()).as("no stale RMSE line on a classification tile").isEmpty();
    }

    @Test
    void screenshotsLightAndDark() {
        for (int i = 0; i <= 60; i++) {
            long epoch = i * 2_500L;
            double train = 0.04 + 0.65 * Math.exp(-i / 12.0) + 0.01 * Math.sin(i);
            double test = 0.09 + 0.62 * Math.exp(-i / 11.0) + 0.015 * Math.cos(i * 1.3);
            now.addAndGet(250 * MS);
            update(snapshot(i + 1, 0, RunState.RUNNING, epoch, train, test, 0.965 - 0.4 * Math.exp(-i / 9.0),
                    5_200 + 300 * Math.sin(i / 4.0)));
        }
        save("dashboard.png");
        fx(() -> {
            dashboard.setDark(true);
            root.setStyle("-fx-background-color: #1f1f1f;");
            dashboard.setFontScale(1.3);
            root.getScene().getWindow().setHeight(250);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        save("dashboard-dark.png");
        assertThat(dashboard.isDark()).isTrue();
        assertThat(fx(() -> dashboard.getHeight())).isGreaterThanOrEqualTo(195);
    }

    private void save(String name) {
        WritableImage img = fx(() -> root.snapshot(null, null));
        File dir = new File(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
        dir.mkdirs();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", new File(dir, name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

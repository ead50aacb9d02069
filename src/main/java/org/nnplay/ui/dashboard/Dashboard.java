package org.nnplay.ui.dashboard;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.nnplay.training.Metrics;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;

/**
 * A row of TilesFX tiles: epoch, training loss and test loss (with sparklines), test accuracy (R² for regression)
 * and epochs per second (with a sparkline). {@link #update} is meant to be called every frame and is cheap: nothing
 * happens unless the snapshot's sequence changed; the epoch follows every snapshot, the other tiles (and so the
 * sparklines) at most {@value #FEEDS_PER_SECOND} times a second while running, and at once when a run pauses,
 * stops or restarts. Animations are off, so a frame only redraws the tiles whose value changed.
 */
public final class Dashboard extends Region {
    static final int FEEDS_PER_SECOND = 4;
    /** Points a sparkline keeps: {@value} feeds, 15 s of training. */
    static final int SPARK_POINTS = 60;
    private static final long FEED_NANOS = 1_000_000_000L / FEEDS_PER_SECOND;
    /** The epoch tile follows a running model 15 times a second: its digits move, a redraw a frame buys nothing. */
    private static final long EPOCH_NANOS = 1_000_000_000L / 15;
    private static final double BASE_HEIGHT = 150;

    private final Tile epoch = tile(SkinType.NUMBER, "Epoch", "");
    private final Tile trainLoss = tile(SkinType.SPARK_LINE, "Training loss", "");
    private final Tile testLoss = tile(SkinType.SPARK_LINE, "Test loss", "");
    private final Tile accuracy = tile(SkinType.NUMBER, "Test accuracy", "%");
    private final Tile speed = tile(SkinType.SPARK_LINE, "Epochs / second", "");
    private final HBox row = new HBox(epoch, trainLoss, testLoss, accuracy, speed);
    private final LongSupplier clock;
    private long sequence = Long.MIN_VALUE;
    private long generation = Long.MIN_VALUE;
    private long lastFeed;
    private long lastEpoch = Long.MIN_VALUE / 2;
    private boolean dark;
    private double fontScale = 1;

    public Dashboard() { this(System::nanoTime); }

    Dashboard(LongSupplier clock) {
        this.clock = clock;
        getStyleClass().add("dashboard");
        epoch.setCustomDecimalFormat(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        epoch.setCustomDecimalFormatEnabled(true);
        epoch.setDecimals(0);
        speed.setDecimals(0);
        accuracy.setDecimals(1);
        accuracy.setMaxValue(100);
        for (Tile t : tiles()) {
            HBox.setHgrow(t, Priority.ALWAYS);
            t.setMaxWidth(Double.MAX_VALUE);
            t.setMinWidth(120);
        }
        getChildren().add(row);
        applyTheme();
        applySize();
    }

    private static Tile tile(SkinType skin, String title, String unit) {
        Tile t = new Tile(skin);
        t.setAnimated(false);
        t.setSmoothing(false);
        t.setTitle(title);
        t.setUnit(unit);
        t.setMinValue(0);
        t.setMaxValue(1e15);
        t.setTextVisible(true);
        t.setTextSize(Tile.TextSize.BIGGER);
        t.setText("");
        t.setValue(0);
        if (skin == SkinType.SPARK_LINE) {
            t.setAveragingPeriod(SPARK_POINTS);
            t.setAverageVisible(false);
            t.setSkin(new SparkSkin(t));
        }
        return t;
    }

    /** Shows a snapshot; call it every frame, with the latest snapshot (or the same one again). */
    public void update(Snapshot s) {
        if (s == null || s.sequence() == sequence) {
            return;
        }
        sequence = s.sequence();
        long now = clock.getAsLong();
        if (s.state() != RunState.RUNNING || s.generation() != generation || now - lastEpoch >= EPOCH_NANOS) {
            lastEpoch = now;
            epoch.setValue(s.epoch());
        }
        epoch.setText(stateText(s.state()));
        if (s.generation() != generation) {
            generation = s.generation();
            lastFeed = now;
            feed(s);
            for (Tile t : List.of(trainLoss, testLoss, speed)) {
                ((SparkSkin) t.getSkin()).restart();
            }
        } else if (s.state() != RunState.RUNNING || now - lastFeed >= FEED_NANOS) {
            lastFeed = now;
            feed(s);
        }
    }

    private void feed(Snapshot s) {
        loss(trainLoss, s.train());
        loss(testLoss, s.test());
        Metrics quality = s.test() != null && s.test().rows() > 0 ? s.test() : s.train();
        String split = quality == s.test() ? "Test" : "Training";
        if (quality != null && Double.isFinite(quality.accuracy())) {
            accuracy.setTitle(split + " accuracy");
            accuracy.setUnit("%");
            accuracy.setDecimals(1);
            accuracy.setValue(quality.accuracy() * 100);
        } else if (quality != null && Double.isFinite(quality.r2())) {
            accuracy.setTitle(split + " R²");
            accuracy.setUnit("");
            accuracy.setDecimals(3);
            accuracy.setMinValue(-1e15);
            accuracy.setValue(quality.r2());
            accuracy.setText(String.format(Locale.ROOT, "RMSE %.4g", quality.rmse()));
        }
        if (Double.isFinite(s.epochsPerSecond())) {
            speed.setValue(s.epochsPerSecond());
        }
    }

    private static void loss(Tile t, Metrics e) {
        if (e == null || e.rows() == 0 || !Double.isFinite(e.total())) {
            return;
        }
        double v = e.total();
        t.setDecimals(v <= 0 ? 3 : (int) Math.clamp(2 - Math.floor(Math.log10(v)), 0, 6));
        t.setValue(v);
    }

    private static String stateText(RunState s) {
        return switch (s) {
            case RUNNING -> "training";
            case PAUSED -> "paused";
            case STOPPED -> "stopped";
            case DIVERGED -> "diverged";
        };
    }

    /** Light or dark tiles (TilesFX's own look is dark). */
    public void setDark(boolean d) {
        dark = d;
        applyTheme();
    }

    public boolean isDark() { return dark; }

    /** Presentation mode: the tiles (and so their numbers, which TilesFX sizes to the tile) grow with the scale. */
    public void setFontScale(double s) {
        fontScale = Math.clamp(s, 0.5, 4);
        applySize();
    }

    public double getFontScale() { return fontScale; }

    private void applySize() {
        row.setSpacing(8 * fontScale);
        for (Tile t : tiles()) {
            t.setPrefSize(260 * fontScale, BASE_HEIGHT * fontScale);
            t.setMinHeight(BASE_HEIGHT * fontScale);
        }
        requestLayout();
    }

    private void applyTheme() {
        Color bg = dark ? Color.web("#2a2a2a") : Color.web("#f3f4f6");
        Color title = dark ? Color.web("#c8c8c8") : Color.web("#4a4a4a");
        Color value = dark ? Color.web("#ffffff") : Color.web("#111111");
        for (Tile t : tiles()) {
            t.setBackgroundColor(bg);
            t.setTitleColor(title);
            t.setValueColor(value);
            t.setUnitColor(title);
            t.setTextColor(title);
            t.setForegroundColor(value);
            t.setBorderColor(dark ? Color.TRANSPARENT : Color.web("#d5d8dc"));
            t.setBorderWidth(dark ? 0 : 1);
        }
        trainLoss.setBarColor(dark ? Color.web("#56B4E9") : Color.web("#0072B2"));
        testLoss.setBarColor(dark ? Color.web("#E69F00") : Color.web("#D55E00"));
        speed.setBarColor(dark ? Color.web("#2BD1A0") : Color.web("#009E73"));
    }

    /** The tiles, left to right: epoch, training loss, test loss, accuracy (or R²), epochs per second. */
    public List<Tile> tiles() { return List.of(epoch, trainLoss, testLoss, accuracy, speed); }

    @Override
    protected void layoutChildren() { row.resizeRelocate(0, 0, getWidth(), getHeight()); }

    @Override
    protected double computePrefWidth(double height) { return row.prefWidth(height); }

    @Override
    protected double computePrefHeight(double width) { return BASE_HEIGHT * fontScale; }

    @Override
    protected double computeMinHeight(double width) { return BASE_HEIGHT * fontScale; }
}

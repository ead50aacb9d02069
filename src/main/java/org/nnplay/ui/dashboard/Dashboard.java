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
 * A row of TilesFX tiles: epoch, training loss and test loss (with sparklines) and test accuracy (R² for
 * regression). {@link #update} is meant to be called every frame and is cheap: nothing happens unless the
 * snapshot's sequence changed; the tiles (and so the sparklines) follow at most {@value #FEEDS_PER_SECOND} times a
 * second while running, and at once when a run pauses, stops or restarts; the epoch tile shows what the window's
 * epoch counter shows ({@link #showEpoch}). Animations are off, so a frame only redraws the tiles whose value
 * changed. Huge, tiny and non-finite values read "1.0e15", "3.2e−7", "—", "∞".
 *
 * <p>TilesFX sizes a tile's title to 8 % of the tile, so a readable title needs a large tile: the window shows the
 * row only where {@link #heightFor} finds room for that, and otherwise the curves' header carries the figures.
 */
public final class Dashboard extends Region {
    static final int FEEDS_PER_SECOND = 4;
    /** Points a sparkline keeps: {@value} feeds, 15 s of training. */
    static final int SPARK_POINTS = 60;
    private static final long FEED_NANOS = 1_000_000_000L / FEEDS_PER_SECOND;
    private static final double BASE_HEIGHT = 150;
    /** TilesFX's title size as a share of the tile's size (text size BIGGER). */
    static final double TITLE_SHARE = 0.08;
    /** The least title size in px, normally (×{@link #fontScale} in presentation mode). */
    static final double MIN_TITLE = 14;

    private final Tile epoch = tile(SkinType.NUMBER, "Epoch", "");
    private final Tile trainLoss = tile(SkinType.SPARK_LINE, "Training loss", "");
    private final Tile testLoss = tile(SkinType.SPARK_LINE, "Test loss", "");
    private final Tile accuracy = tile(SkinType.NUMBER, "Test accuracy", "%");
    private final HBox row = new HBox(epoch, trainLoss, testLoss, accuracy);
    private final LongSupplier clock;
    private long sequence = Long.MIN_VALUE;
    private long generation = Long.MIN_VALUE;
    private long lastFeed;
    private boolean dark;
    private double fontScale = 1;

    public Dashboard() { this(System::nanoTime); }

    Dashboard(LongSupplier clock) {
        this.clock = clock;
        getStyleClass().add("dashboard");
        epoch.setCustomDecimalFormat(new DecimalFormat("#,##0", SYMBOLS));
        epoch.setCustomDecimalFormatEnabled(true);
        epoch.setDecimals(0);
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
        // wide enough for any figure, narrow enough that TilesFX's range arithmetic (max − min) stays finite
        t.setMinValue(-1e300);
        t.setMaxValue(1e300);
        t.setCustomDecimalFormatEnabled(true);
        t.setCustomDecimalFormat(format(0));
        t.setTextVisible(true);
        t.setTextSize(Tile.TextSize.BIGGER);
        t.setText("");
        t.setValue(0);
        if (skin == SkinType.SPARK_LINE) {
            t.setAveragingPeriod(SPARK_POINTS);
            t.setAverageVisible(false);
            t.setSkin(new SparkSkin(t));
            // the skin's dotted grid lines ran past the tile, across the window's left column (1920 × 1080)
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(t.widthProperty());
            clip.heightProperty().bind(t.heightProperty());
            t.setClip(clip);
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
        epoch.setText(stateText(s.state()));
        if (s.generation() != generation) {
            generation = s.generation();
            lastFeed = now;
            feed(s);
            for (Tile t : List.of(trainLoss, testLoss)) {
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
        boolean regression = quality != null && Double.isNaN(quality.accuracy()) && !Double.isNaN(quality.r2());
        if (quality != null && !regression) {
            accuracy.setTitle(split + " accuracy");
            accuracy.setUnit("%");
            accuracy.setText("");
            show(accuracy, quality.accuracy() * 100, 1);
        } else if (quality != null) {
            accuracy.setTitle(split + " R²");
            accuracy.setUnit("");
            accuracy.setText("RMSE " + figure(quality.rmse()));
            show(accuracy, quality.r2(), 3);
        }
    }

    /** The epoch tile, in step with the window's epoch counter (the window calls both at once). */
    public void showEpoch(long epochs) { epoch.setValue(epochs); }

    private static void loss(Tile t, Metrics e) {
        if (e == null || e.rows() == 0) {
            return;
        }
        double v = e.total();
        show(t, v, !Double.isFinite(v) || v <= 0 ? 3 : (int) Math.clamp(2 - Math.floor(Math.log10(v)), 0, 6));
    }

    /** Shows {@code v} with {@code decimals}, in exponent form when huge or tiny, "—" or "∞" when not finite. */
    private static void show(Tile t, double v, int decimals) {
        if (!Double.isFinite(v)) {
            // a tile clamps its value to its range, so no value can say "no value": the format says it instead
            t.setCustomDecimalFormat(new Fixed(Double.isNaN(v) ? "\u2014" : v > 0 ? "\u221e" : "\u2212\u221e"));
            t.setValue(t.getValue() + 0.0); // redraw with the new format; the sparkline keeps its points
            return;
        }
        double a = Math.abs(v);
        boolean exponent = Double.isFinite(v) && a != 0 && (a >= 1e6 || a < 1e-4);
        DecimalFormat f = exponent ? new DecimalFormat("0.0E0", SYMBOLS) : format(decimals);
        if (t.getCustomDecimalFormat() instanceof Fixed
                || !f.toPattern().equals(((DecimalFormat) t.getCustomDecimalFormat()).toPattern())) {
            t.setCustomDecimalFormat(f);
        }
        t.setDecimals(decimals);
        t.setValue(v);
    }

    /** A format that writes one text whatever the number (what a tile shows for a value that is not finite). */
    static final class Fixed extends DecimalFormat {
        private final String text;

        Fixed(String text) {
            super("0", SYMBOLS);
            this.text = text;
        }

        @Override public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(text);
        }

        @Override public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(text);
        }

        @Override public boolean equals(Object o) { return o instanceof Fixed f && f.text.equals(text); }

        @Override public int hashCode() { return text.hashCode(); }
    }

    private static final DecimalFormatSymbols SYMBOLS = symbols();

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
        s.setNaN("\u2014");
        s.setInfinity("\u221e");
        s.setMinusSign('\u2212');
        s.setExponentSeparator("e");
        return s;
    }

    private static DecimalFormat format(int decimals) {
        return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
    }

    /** The text of {@code v} as the tiles show it (for the RMSE line). */
    static String figure(double v) {
        double a = Math.abs(v);
        boolean exponent = Double.isFinite(v) && a != 0 && (a >= 1e6 || a < 1e-4);
        return (exponent ? new DecimalFormat("0.0E0", SYMBOLS) : new DecimalFormat("#,##0.####", SYMBOLS)).format(v);
    }

    /**
     * The row's height when tiles large enough for readable titles (≥ {@value #MIN_TITLE} px, × the font scale) fit
     * in {@code width} and {@code room} px of height; 0 when they do not (the window then hides the row).
     */
    public double heightFor(double width, double room) {
        double size = MIN_TITLE * fontScale / TITLE_SHARE;
        double pad = 8 * fontScale;
        double each = (width - 2 * pad - (tiles().size() - 1) * pad) / tiles().size();
        return each >= size && room >= size + pad ? Math.ceil(size + pad) : 0;
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
            t.setMinHeight(0);
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
    }

    /** The tiles, left to right: epoch, training loss, test loss, accuracy (or R²). */
    public List<Tile> tiles() { return List.of(epoch, trainLoss, testLoss, accuracy); }

    @Override
    protected void layoutChildren() {
        double pad = 8 * fontScale;
        row.resizeRelocate(pad, pad / 2, Math.max(0, getWidth() - 2 * pad), Math.max(0, getHeight() - pad));
    }

    @Override
    protected double computePrefWidth(double height) { return row.prefWidth(height); }

    @Override
    protected double computePrefHeight(double width) { return BASE_HEIGHT * fontScale; }

    @Override
    protected double computeMinHeight(double width) { return 0; }
}

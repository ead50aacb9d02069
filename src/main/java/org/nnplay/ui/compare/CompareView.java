package org.nnplay.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import org.nnplay.data.ProblemType;
import org.nnplay.experiment.ComparedSetting;
import org.nnplay.experiment.Comparison;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.Metric;
import org.nnplay.training.RunState;
import org.nnplay.training.SeriesView;
import org.nnplay.training.Snapshot;
import org.nnplay.training.TrainingEvent;
import org.nnplay.training.compare.Variant;

/**
 * The compare view: which setting and values ({@link SettingChooser}), one live decision boundary per variant
 * ({@link VariantTile}, small multiples titled with the value, test loss and accuracy), one learning-curve chart
 * with every variant overlaid ({@link OverlayChart}) and a sortable table of figures ({@link FiguresTable}). It
 * shows what its {@link CompareModel} publishes once per frame and reports the user's requests through a
 * {@link CompareListener}; it computes nothing itself (the grids come with the snapshots). Sizes:
 * {@link CompareLayout}. FX thread only.
 */
public final class CompareView extends Region {
    /** Words (titles) are refreshed at most this often, the table less: each text change is a layout pass. */
    private static final long WORDS_NANOS = 125_000_000L;
    private static final long TABLE_NANOS = 250_000_000L;
    private static final long CHART_NANOS = 50_000_000L;

    private final CompareModel model;
    private final CompareListener listener;
    private final SettingChooser chooser;
    private final OverlayChart chart = new OverlayChart();
    private final FiguresTable table;
    private final List<VariantTile> tiles = new ArrayList<>();
    private final Label explanation = new Label();
    private double fs = 1;
    private boolean dark;
    private long wordsAt;
    private long tableAt;
    private long chartAt;
    private long[] histories = new long[0];
    private RunState[] states = new RunState[0];
    private CompareLayout layout;

    public CompareView(CompareModel model, CompareListener listener) {
        this.model = model;
        this.listener = listener;
        getStyleClass().add("compare-view");
        setId("compare-view");
        chooser = new SettingChooser(e -> chooser().say(e, true), this::compare, listener::addPlaygroundRequested);
        table = new FiguresTable(this::open);
        explanation.setId("compare-explanation");
        explanation.setWrapText(true);
        explanation.setStyle("-fx-text-fill: #d1001b;");
        explanation.setVisible(false);
        getChildren().addAll(chooser, chart, table, explanation);
        model.baseProperty().addListener((o, was, now) -> {
            if (now != null) chooser.show(now);
        });
        model.variantsProperty().addListener((o, was, now) -> rebuild(now));
        model.snapshotsProperty().addListener((o, was, now) -> show(now, false));
        model.messageProperty().addListener((o, was, now) -> {
            explanation.setText(now);
            explanation.setVisible(!now.isEmpty());
            requestLayout();
        });
        if (model.base() != null) chooser.show(model.base());
        rebuild(model.variantsProperty().get());
        setFontScale(1);
    }

    /** Each variant's plot square, in the variants' order (for {@code --print-layout}: compare.1, compare.2, …). */
    public List<Node> plots() {
        List<Node> out = new ArrayList<>(tiles.size());
        for (VariantTile t : tiles) out.add(t.plot());
        return out;
    }

    /** Presentation mode: 1 normally, larger on a projector; text, lines, points and least sizes grow with it. */
    public void setFontScale(double s) {
        fs = Math.clamp(s, 0.5, 4);
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", VariantTile.TEXT * fs));
        tiles.forEach(t -> t.setFontScale(fs));
        chart.setFontScale(fs);
        table.setFontScale(fs);
        requestLayout();
    }

    public double getFontScale() { return fs; }

    /** Colours of the chart for the dark theme. */
    public void setDark(boolean d) {
        dark = d;
        chart.setDark(d);
        rebuild(model.variantsProperty().get());
    }

    SettingChooser chooser() { return chooser; }

    OverlayChart chart() { return chart; }

    FiguresTable table() { return table; }

    List<VariantTile> tiles() { return tiles; }

    CompareLayout currentLayout() { return layout; }

    /** Why a variant stopped by itself, shown under the table; "" when none did. */
    String explanation() { return explanation.isVisible() ? explanation.getText() : ""; }

    private void compare(Comparison c) {
        try {
            model.setComparison(c);
            listener.comparisonChanged(c);
        } catch (IllegalArgumentException e) {
            chooser.say(e.getMessage(), true);
        }
    }

    private void open(int k) {
        if (k < model.variantsProperty().get().size()) listener.openInPlayground(model.trainedExperiment(k));
    }

    private void rebuild(List<Variant> variants) {
        getChildren().removeAll(tiles);
        tiles.clear();
        Experiment base = model.base();
        ComparedSetting setting = base == null || base.compare() == null ? ComparedSetting.LR : base.compare().setting();
        List<FiguresTable.Row> rows = new ArrayList<>();
        for (Variant v : variants) {
            String title = VariantStyle.title(setting, v);
            VariantTile t = new VariantTile(title, VariantStyle.color(v.index(), dark), v.experiment(), null);
            t.setFontScale(fs);
            int k = v.index();
            t.plot().setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) open(k);
            });
            tiles.add(t);
            rows.add(new FiguresTable.Row(k, title, VariantStyle.color(k, dark)));
        }
        getChildren().addAll(tiles);
        boolean regression = base != null && base.data().problem() == ProblemType.REGRESSION;
        table.setVariants(rows, regression);
        histories = new long[variants.size()];
        states = new RunState[variants.size()];
        // more than four pairs of curves are hard to tell apart: the training curves alone, test one click away
        chart.setShown(variants.size() > 4 ? OverlayChart.Shown.TRAIN : OverlayChart.Shown.BOTH);
        show(model.snapshotsProperty().get(), true);
        requestLayout();
    }

    /**
     * A frame's snapshots: grids at once, the words, chart and table at their own pace, and at once when a variant
     * starts, stops or diverges (so the last figures of a run are always the ones shown).
     */
    private void show(List<Snapshot> snapshots, boolean now) {
        long t = System.nanoTime();
        for (int k = 0; k < snapshots.size() && k < states.length; k++) {
            Snapshot s = snapshots.get(k);
            if (s != null && s.state() != states[k]) {
                states[k] = s.state();
                now = true;
            }
        }
        boolean words = now || t - wordsAt >= WORDS_NANOS;
        if (words) wordsAt = t;
        for (int k = 0; k < tiles.size() && k < snapshots.size(); k++) {
            Snapshot s = snapshots.get(k);
            VariantTile tile = tiles.get(k);
            if (s != null && tile.plot().getData() != s.setup().data()) tile.plot().setData(s.setup().data());
            tile.show(s, model.explanation(k), words);
        }
        if (now || t - chartAt >= CHART_NANOS) {
            boolean changed = now;
            for (int k = 0; k < snapshots.size() && k < histories.length; k++) {
                Snapshot s = snapshots.get(k);
                if (s != null && s.history().version() != histories[k]) {
                    histories[k] = s.history().version();
                    changed = true;
                }
            }
            if (changed) {
                chartAt = t;
                chart.setSeries(series(snapshots));
            }
        }
        if (now || t - tableAt >= TABLE_NANOS) {
            tableAt = t;
            table.update(snapshots, model::explanation);
        }
    }

    private List<OverlayChart.Series> series(List<Snapshot> snapshots) {
        List<OverlayChart.Series> out = new ArrayList<>();
        for (int k = 0; k < tiles.size() && k < snapshots.size(); k++) {
            Snapshot s = snapshots.get(k);
            if (s == null) continue;
            long diverged = -1;
            if (s.state() == RunState.DIVERGED) {
                for (TrainingEvent e : s.history().events()) {
                    if (e.kind() == TrainingEvent.Kind.DIVERGED) diverged = e.epoch();
                }
            }
            SeriesView train = s.history().get(Metric.TRAIN_DATA_LOSS);
            SeriesView test = s.history().get(Metric.TEST_DATA_LOSS);
            out.add(new OverlayChart.Series(tiles.get(k).title(), VariantStyle.color(k, dark), train, test, diverged));
        }
        return out;
    }

    private double titleHeight() { return Math.ceil(2 * VariantTile.TEXT * fs * 1.35 + 4 * fs); }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double chooserH = Math.ceil(chooser.prefHeight(w));
        layout = CompareLayout.plan(w, h, tiles.size(), chooserH, titleHeight(), fs, table.leastWidth());
        chooser.resizeRelocate(0, 0, w, chooserH);
        for (int i = 0; i < tiles.size(); i++) {
            CompareLayout.Box b = layout.tiles().get(i);
            tiles.get(i).setTitleHeight(titleHeight());
            tiles.get(i).resizeRelocate(b.x(), b.y(), b.w(), b.h());
        }
        CompareLayout.Box c = layout.chart();
        chart.resizeRelocate(c.x(), c.y(), c.w(), c.h());
        CompareLayout.Box t = layout.table();
        double below = 0;
        if (explanation.isVisible()) {
            below = Math.min(Math.ceil(explanation.prefHeight(t.w())), t.h() / 2);
            explanation.resizeRelocate(t.x(), t.bottom() - below, t.w(), below);
            below += 4 * fs;
        }
        table.resizeRelocate(t.x(), t.y(), t.w(), t.h() - below);
    }

    @Override protected double computePrefWidth(double height) { return 1230; }

    @Override protected double computePrefHeight(double width) { return 690; }

    @Override protected double computeMinWidth(double height) { return 600; }

    @Override protected double computeMinHeight(double width) { return 400; }
}

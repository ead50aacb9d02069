package org.nnplay.ui.playground;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.nnplay.training.Metrics;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.curves.CurvesView;

/**
 * The learning curves with a header line: the run's figures (training and test loss, accuracy or R², the learning
 * rate where a schedule moves it) and the curves' own options. The figures live here rather than in a strip of
 * tiles, so the curves keep the height their panels need on a small projector.
 */
final class CurvesPanel extends Region {
    private final CurvesView curves = new CurvesView();
    private final FlowPane header = new FlowPane();
    private final Label trainLoss = figure("figure-train-loss");
    private final Label testLoss = figure("figure-test-loss");
    private final Label quality = figure("figure-quality");
    private final Label rate = figure("figure-rate");
    private final Node controls;
    private final Cadence cadence = new Cadence(12);
    private final Cadence figures = new Cadence(4);
    private double scale = 1;

    private final javafx.scene.canvas.Canvas trainKey = new javafx.scene.canvas.Canvas(28, 8);
    private final javafx.scene.canvas.Canvas testKey = new javafx.scene.canvas.Canvas(28, 8);
    private boolean dark;

    CurvesPanel() {
        getStyleClass().add("curves-panel");
        curves.setId("curves-view");
        curves.setLegendRow(false); // the header is the key: a line for each curve with its figure
        trainLoss.setGraphic(trainKey);
        testLoss.setGraphic(testKey);
        setDark(false);
        controls = options();
        header.getStyleClass().add("curves-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.getChildren().addAll(trainLoss, testLoss, quality, rate);
        getChildren().addAll(header, controls, curves);
        setScale(1);
    }

    /** The curves' options in one small menu: the loss axis's scale and the accuracy panel. */
    private Node options() {
        javafx.scene.control.CheckMenuItem log = new javafx.scene.control.CheckMenuItem("Logarithmic loss axis");
        log.setId("curves-log");
        log.setSelected(curves.getScale() == org.nnplay.ui.curves.Scale.LOG);
        log.setOnAction(e -> curves.setScale(log.isSelected() ? org.nnplay.ui.curves.Scale.LOG
                : org.nnplay.ui.curves.Scale.LINEAR));
        curves.scaleProperty().addListener((o, was, now) -> log.setSelected(now == org.nnplay.ui.curves.Scale.LOG));
        javafx.scene.control.CheckMenuItem accuracy = new javafx.scene.control.CheckMenuItem("Accuracy panel");
        accuracy.setId("curves-accuracy");
        accuracy.selectedProperty().bindBidirectional(curves.showAccuracyProperty());
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(null, Icons.icon(Icons.MORE), log,
                accuracy);
        menu.setId("curves-options");
        menu.getStyleClass().add("curves-controls");
        menu.setFocusTraversable(false);
        menu.setTooltip(ChoiceField.tooltip("Curve options: logarithmic loss axis, accuracy panel"));
        return menu;
    }

    /** Light or dark curves, and the key in the same colours. */
    void setDark(boolean dark) {
        this.dark = dark;
        curves.setDark(dark);
        drawKey(trainKey, false);
        drawKey(testKey, true);
    }

    /** A short line as the curve is drawn: solid for training, dashed for test (never colour alone). */
    private void drawKey(javafx.scene.canvas.Canvas c, boolean test) {
        c.setWidth(Math.round(30 * scale));
        c.setHeight(Math.round(8 * scale));
        var g = c.getGraphicsContext2D();
        g.clearRect(0, 0, c.getWidth(), c.getHeight());
        g.setStroke(CurvesView.seriesColor(test, dark));
        g.setLineWidth(3 * scale);
        g.setLineDashes(test ? new double[] {7 * scale, 4 * scale} : null);
        g.strokeLine(0, c.getHeight() / 2, c.getWidth(), c.getHeight() / 2);
    }

    private static Label figure(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("figure");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    CurvesView curves() { return curves; }

    /** The header: a double-click on it puts the curves alone on the stage. */
    Node title() { return header; }

    /** Once per frame with the latest snapshot. */
    /**
     * Follows the snapshot at the curves' cadence; while {@code frameBusy} (another costly view redraws in this frame)
     * the curves wait for the next frame, so two costly redraws never make one long frame.
     */
    void onFrame(Snapshot s, boolean frameBusy) {
        if (s == null) return;
        long now = System.nanoTime();
        if (!frameBusy && cadence.due(s, now)) curves.update(s);
        if (figures.due(s, now)) showFigures(s);
    }

    private void showFigures(Snapshot s) {
        set(trainLoss, "Training loss " + Numbers.figure(loss(s.train())));
        set(testLoss, s.test() == null || s.test().rows() == 0 ? "" : "Test loss " + Numbers.figure(loss(s.test())));
        Metrics q = s.test() != null && s.test().rows() > 0 ? s.test() : s.train();
        String split = q == s.test() ? "Test" : "Training";
        if (q != null && Double.isFinite(q.accuracy())) {
            set(quality, split + " accuracy " + String.format(Locale.ROOT, "%.1f %%", q.accuracy() * 100));
        } else if (q != null && !Double.isNaN(q.r2())) {
            set(quality, split + " R² " + Numbers.figure(q.r2()) + "  RMSE " + Numbers.figure(q.rmse()));
        } else {
            set(quality, s.state() == RunState.DIVERGED ? "diverged" : "");
        }
        set(rate, s.learningRateMoved() ? "Learning rate now " + Numbers.figure(s.learningRate()) : "");
    }

    private static double loss(Metrics e) { return e == null || e.rows() == 0 ? Double.NaN : e.total(); }

    private static void set(Label l, String text) {
        if (!text.equals(l.getText())) l.setText(text);
        boolean on = !text.isEmpty();
        if (l.isManaged() != on) {
            l.setManaged(on);
            l.setVisible(on);
        }
    }

    /** Presentation mode: type, lines and margins of the curves and the header grow with {@code s}. */
    void setScale(double s) {
        scale = s;
        curves.setFontScale(s);
        header.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 14 * s));
        controls.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 12 * s));
        drawKey(trainKey, false);
        drawKey(testKey, true);
        requestLayout();
    }

    double scale() { return scale; }

    /** The panels' least heights (loss, accuracy) in the normal layout, and in presentation mode (larger type). */
    static final double LOSS = 162;
    static final double ACCURACY = 122;

    /**
     * The height the curves take in the normal layout of a stage {@code stageHeight} tall: what their loss and
     * accuracy panels need ({@link #LOSS}, {@link #ACCURACY}) with the header, or more on a tall stage.
     */
    double heightFor(double stageHeight, boolean presentation) {
        double need = CurvesView.heightFor(LOSS, ACCURACY, scale, false) + headerHeight(Math.max(300, getWidth()));
        return Math.max(need, stageHeight * 0.42);
    }

    /** The height the header takes at this width (one line, or two where the figures do not fit in one). */
    double headerHeight(double width) {
        double figures = Math.max(50, width - controls.prefWidth(-1) - 8);
        header.setPrefWrapLength(figures);
        return Math.max(controls.prefHeight(-1) + 4, header.prefHeight(figures));
    }

    @Override protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        // whole pixels: a canvas placed at a fractional y is resampled, and every line and glyph of the curves blurs
        double hh = Math.ceil(headerHeight(w));
        double cw = Math.ceil(controls.prefWidth(-1));
        double ch = Math.ceil(controls.prefHeight(-1));
        header.resizeRelocate(0, 0, Math.max(0, w - cw - 8), hh);
        controls.resizeRelocate(Math.round(w - cw - 6), Math.round((hh - ch) / 2), cw, ch);
        curves.resizeRelocate(0, hh, w, Math.max(0, Math.floor(h - hh)));
    }

    @Override protected double computePrefWidth(double height) { return 600; }

    @Override protected double computePrefHeight(double width) { return 340; }

    @Override protected double computeMinHeight(double width) { return 0; }

    @Override protected double computeMinWidth(double height) { return 0; }
}

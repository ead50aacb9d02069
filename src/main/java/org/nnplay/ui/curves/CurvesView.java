package org.nnplay.ui.curves;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.nnplay.training.HistoryView;
import org.nnplay.training.Snapshot;

/**
 * Learning curves: training and test loss per epoch (linear or log), accuracy (or R² for regression) in a panel
 * below, event markers, and a hover readout with the exact values of the bucket under the pointer. Draws from the
 * history's min/max buckets, so a run of millions of epochs costs the same as one of five hundred. Two canvases:
 * the curves are redrawn only when the history, the size or a setting changes; the hover only repaints the overlay.
 */
public final class CurvesView extends Region {
    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Label readout = new Label();
    private final ObjectProperty<Scale> scale = new SimpleObjectProperty<>(this, "scale", Scale.LINEAR);
    private final BooleanProperty showAccuracy = new SimpleBooleanProperty(this, "showAccuracy", true);
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private HistoryView history = HistoryView.EMPTY;
    private Plot plot;
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;
    private long redraws;
    private HBox controls;
    private boolean legendRow = true;

    public CurvesView() {
        getStyleClass().add("curves-view");
        overlay.setMouseTransparent(true);
        readout.setMouseTransparent(true);
        readout.setManaged(false);
        readout.setVisible(false);
        readout.setId("curves-readout");
        getChildren().addAll(base, overlay, readout);
        scale.addListener((o, a, b) -> redraw());
        showAccuracy.addListener((o, a, b) -> redraw());
        fontScale.addListener((o, a, b) -> redraw());
        dark.addListener((o, a, b) -> redraw());
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseDragged(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> hover(Double.NaN, Double.NaN));
    }

    /** Shows this history; does nothing (no redraw) when it is the one shown or has the same version and content. */
    public void setHistory(HistoryView h) {
        Objects.requireNonNull(h, "history");
        if (h == history || h.version() == history.version() && h.series().equals(history.series())
                && h.events().equals(history.events())) {
            return;
        }
        history = h;
        redraw();
    }

    /** Convenience for the per-frame update: shows the snapshot's history. */
    public void update(Snapshot s) {
        if (s != null && s.history() != null) {
            setHistory(s.history());
        }
    }

    public HistoryView getHistory() { return history; }

    public void setScale(Scale s) { scale.set(Objects.requireNonNull(s)); }

    public Scale getScale() { return scale.get(); }

    public ObjectProperty<Scale> scaleProperty() { return scale; }

    public void setShowAccuracy(boolean show) { showAccuracy.set(show); }

    public boolean isShowAccuracy() { return showAccuracy.get(); }

    public BooleanProperty showAccuracyProperty() { return showAccuracy; }

    /** Presentation mode: 1 = normal, 1.5–2 for a projector. Scales text, lines, markers and margins. */
    public void setFontScale(double s) { fontScale.set(Math.clamp(s, 0.5, 4)); }

    public double getFontScale() { return fontScale.get(); }

    public DoubleProperty fontScaleProperty() { return fontScale; }

    public void setDark(boolean d) { dark.set(d); }

    /** The colour of the training or the test curve in the light or dark theme (for a key drawn elsewhere). */
    public static javafx.scene.paint.Color seriesColor(boolean test, boolean dark) {
        CurveTheme t = CurveTheme.of(dark);
        return test ? t.test() : t.train();
    }

    /** Whether the training/test key gets a row at the top (false: a header beside the view shows it). */
    public void setLegendRow(boolean on) {
        legendRow = on;
        redraw();
    }

    /**
     * The view's height at which the loss panel is {@code loss} px tall and the accuracy panel {@code accuracy} px
     * (0: the loss alone), at this font scale.
     */
    public static double heightFor(double loss, double accuracy, double fontScale, boolean legendRow) {
        return Plot.heightFor(loss, accuracy, fontScale, legendRow);
    }

    /** Each panel's plot area in this view's coordinates: the loss first, then the accuracy (or R²) when shown. */
    public java.util.List<javafx.geometry.Bounds> panelBounds() {
        if (plot == null) return java.util.List.of();
        return plot.panels().stream().<javafx.geometry.Bounds>map(p -> new javafx.geometry.BoundingBox(plot.left(),
                p.top(), plot.right() - plot.left(), p.bottom() - p.top())).toList();
    }

    public BooleanProperty darkProperty() { return dark; }

    /** Writes the shown history as CSV (see {@link CurvesCsv}): epoch_from, epoch_to, then per metric min,max,mean,last. */
    public void exportCsv(Writer out) throws IOException { CurvesCsv.write(history, out); }

    /** The toolbar: Linear/Log (a segmented button that always has one selected) and the accuracy panel toggle. */
    public Node controls() {
        if (controls == null) {
            ToggleButton lin = new ToggleButton("Linear");
            ToggleButton log = new ToggleButton("Log");
            lin.setUserData(Scale.LINEAR);
            log.setUserData(Scale.LOG);
            SegmentedButton seg = new SegmentedButton(lin, log);
            seg.setId("curves-scale");
            (scale.get() == Scale.LOG ? log : lin).setSelected(true);
            seg.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
                if (now == null) {
                    was.setSelected(true);
                } else {
                    scale.set((Scale) now.getUserData());
                }
            });
            scale.addListener((o, a, b) -> (b == Scale.LOG ? log : lin).setSelected(true));
            ToggleButton acc = new ToggleButton("Accuracy");
            acc.setId("curves-accuracy");
            acc.selectedProperty().bindBidirectional(showAccuracy);
            seg.setTooltip(new javafx.scene.control.Tooltip("The loss axis: linear or logarithmic"));
            controls = new HBox(8, seg, acc);
            controls.setAlignment(Pos.CENTER_LEFT);
            controls.setPadding(new Insets(4));
            fontScale.addListener((o, a, b) -> styleControls());
            styleControls();
        }
        return controls;
    }

    private void styleControls() {
        controls.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 13 * fontScale.get()));
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != base.getWidth() || h != base.getHeight()) {
            base.setWidth(w);
            base.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) { return 900; }

    @Override
    protected double computePrefHeight(double width) { return 480; }

    @Override
    protected double computeMinWidth(double height) { return 240; }

    @Override
    protected double computeMinHeight(double width) { return 100; } // the loss alone fits (Plot drops accuracy first)

    private void redraw() {
        double w = base.getWidth();
        double h = base.getHeight();
        if (w < 2 || h < 2) {
            return;
        }
        CurveTheme theme = CurveTheme.of(dark.get());
        plot = Plot.plan(history, w, h, scale.get(), showAccuracy.get(), fontScale.get(), legendRow);
        CurvesPainter.paint(base.getGraphicsContext2D(), plot, history, theme);
        redraws++;
        hover(hoverX, hoverY);
    }

    private void hover(double x, double y) {
        hoverX = x;
        hoverY = y;
        var g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (plot == null || Double.isNaN(x) || !plot.inside(x, y) || history.series().isEmpty()) {
            readout.setVisible(false);
            return;
        }
        CurveTheme theme = CurveTheme.of(dark.get());
        Readout.paint(g, plot, history, theme, x, y);
        double tolerance = Math.abs(plot.x().toValue(x + 6 * fontScale.get()) - plot.x().toValue(x));
        readout.setText(Readout.text(history, plot.x().toValue(x), tolerance));
        styleReadout(theme);
        readout.setVisible(true);
        readout.applyCss();
        readout.autosize();
        double gap = 18 * fontScale.get();
        double rx = x + gap + readout.getWidth() <= getWidth() ? x + gap : x - gap - readout.getWidth();
        double ry = Math.clamp(y + gap, 0, Math.max(0, getHeight() - readout.getHeight()));
        readout.relocate(Math.max(0, rx), ry);
    }

    private void styleReadout(CurveTheme t) {
        readout.setStyle(String.format(Locale.ROOT, "-fx-font-family: 'Monospaced'; -fx-font-size: %.1fpx;"
                        + " -fx-text-fill: %s; -fx-background-color: %s; -fx-border-color: %s;"
                        + " -fx-background-radius: 6; -fx-border-radius: 6; -fx-padding: %.1f %.1f;",
                13 * fontScale.get(), web(t.text()), web(t.readoutBackground()), web(t.axis()),
                6 * fontScale.get(), 10 * fontScale.get()));
    }

    private static String web(javafx.scene.paint.Color c) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255), c.getOpacity());
    }

    /** The readout's text while hovering, else null. */
    String readoutText() { return readout.isVisible() ? readout.getText() : null; }

    /** How often the curves themselves were drawn (for tests: hover and repeated histories must not redraw). */
    long redrawCount() { return redraws; }

    Plot plot() { return plot; }
}

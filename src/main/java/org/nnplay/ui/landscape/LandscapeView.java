package org.nnplay.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.nnplay.experiment.LandscapeMode;
import org.nnplay.training.Snapshot;
import org.nnplay.training.landscape.LandscapeComputer;
import org.nnplay.training.landscape.LandscapeGrid;
import org.nnplay.training.landscape.LineInterpolation;
import org.nnplay.training.landscape.PathPoint;
import org.nnplay.ui.plot.PlotFrame;
import org.nnplay.ui.plot.TextBox;

/**
 * The loss-landscape view: a 2-D slice around the current weights or through the training path (heat map, contours,
 * colour bar, the path coloured by its loss, the current point), the loss on the line from the initial to the
 * current weights, a rotatable 3-D surface, and an optimizer race on the slice.
 *
 * <pre>{@code
 * LandscapeView view = new LandscapeView();
 * view.setSource(source);                 // LandscapeSource: current loss, trajectory, initial weights, test loss
 * view.setInteraction(interaction);       // hover → previewWeights (ghost boundary), click → loadWeights
 * service frame: view.onSnapshot(s);      // FX thread, once per frame; moves the point, recomputes when due
 * view.dataChanged(); view.refresh();     // the data changed / recompute now
 * view.setFontScale(1.25);                // presentation: every text and mark 1.25 × (1 normally)
 * view.plotBounds(); view.raceMapBounds(); // where the plot and the race's map are, in scene coordinates
 * view.dispose();                         // on close: stops its threads
 * }</pre>
 *
 * <p>A self-contained Region that lays itself out at any size: its toolbar (modes, race, recompute and the settings)
 * wraps into as many rows as the width needs; the plot below takes the rest, as the largest square that leaves room
 * for its axes and colour bar; the race's table stands beside the map when there is room for both, else under it.
 * Progress shows over the top of the plot while a computation is slow. Type is 15 px at font scale 1. Everything
 * heavy runs off the FX thread; any change cancels the computation in progress.
 */
public class LandscapeView extends Region {
    /** A computation shorter than this shows no progress (recomputing while training would flicker). */
    private static final long BUSY_DELAY_NANOS = 300_000_000L;
    private static final double GAP = 10;
    private final LandscapeSettings settings = new LandscapeSettings();
    private final HeatmapView heat = new HeatmapView();
    private final LinePlot line = new LinePlot();
    private final Surface3D surface = new Surface3D();
    private final RacePanel race = new RacePanel();
    private final ObjectProperty<LandscapeMode> mode = new SimpleObjectProperty<>(this, "mode", LandscapeMode.AROUND);
    private final ToggleButton raceToggle = new ToggleButton("Optimizer race");
    private final SegmentedButton modes = new SegmentedButton();
    private final FlowPane toolbar = new FlowPane();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressLabel = new Label();
    private final HBox busyBox;
    private final LandscapeController controller;
    private Region centre = heat;
    private double fontScale = 1;
    private String busyText;
    private long busySince = -1;

    /** With a computer of its own (two daemon threads), closed by {@link #dispose()}. */
    public LandscapeView() {
        this(new LandscapeComputer(), true);
    }

    /** On a shared computer, which the caller closes. */
    public LandscapeView(LandscapeComputer computer) {
        this(computer, false);
    }

    private LandscapeView(LandscapeComputer computer, boolean owns) {
        getStyleClass().add("landscape-view");
        getStylesheets().add(Objects.requireNonNull(LandscapeView.class.getResource("landscape.css")).toExternalForm());
        controller = new LandscapeController(this, settings, computer, owns);
        for (LandscapeMode m : LandscapeMode.values()) {
            ToggleButton b = new ToggleButton(org.nnplay.ui.Formulas.name(m));
            b.setUserData(m);
            b.setId("landscape-mode-" + m.name().toLowerCase(Locale.ROOT));
            b.setSelected(m == LandscapeMode.AROUND);
            modes.getButtons().add(b);
        }
        modes.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one mode is always chosen
            } else {
                mode.set((LandscapeMode) now.getUserData());
            }
        });
        mode.addListener((o, a, m) -> {
            modes.getButtons().forEach(b -> b.setSelected(b.getUserData() == m));
            showMode();
            controller.modeChanged(m);
        });
        raceToggle.setId("landscape-race-toggle");
        raceToggle.setTooltip(new Tooltip("Click the map to start SGD, momentum, Adam, … from one point"));
        raceToggle.selectedProperty().addListener((o, a, b) -> showMode());
        Button refresh = new Button("Recompute");
        refresh.setId("landscape-refresh");
        refresh.setOnAction(e -> controller.request());
        toolbar.getStyleClass().add("landscape-toolbar");
        toolbar.getChildren().addAll(modes, raceToggle, refresh);
        toolbar.getChildren().addAll(settings.nodes());
        toolbar.setAlignment(Pos.CENTER_LEFT);
        Button cancel = new Button("Cancel");
        cancel.setId("landscape-cancel");
        cancel.setOnAction(e -> controller.cancel());
        busyBox = new HBox(progress, progressLabel, cancel);
        busyBox.setAlignment(Pos.CENTER_LEFT);
        busyBox.getStyleClass().add("landscape-busy");
        busyBox.setManaged(false);
        busyBox.setVisible(false);
        race.setId("landscape-race");
        settings.setOnCompute(controller::request);
        settings.setOnStyle(controller::restyle);
        PointerBridge pointer = controller.pointer();
        heat.setOnHover(pointer::hoverSlice);
        heat.setOnClick(pointer::clickSlice);
        heat.setOnExit(pointer::endHover);
        line.setOnHover(t -> pointer.hoverLine(t, false));
        line.setOnClick(t -> pointer.hoverLine(t, true));
        line.setOnExit(pointer::endHover);
        getChildren().addAll(toolbar, heat, line, surface, race, busyBox);
        setFontScale(1);
        showMode();
    }

    public void setSource(LandscapeSource source) { controller.setSource(source); }

    public void setInteraction(LandscapeInteraction interaction) { controller.setInteraction(interaction); }

    /** Call once per frame on the FX thread with the latest snapshot. */
    public void onSnapshot(Snapshot s) { controller.onSnapshot(s); }

    /** The data set or its features changed: recompute now. */
    public void dataChanged() { controller.dataChanged(); }

    /** Recompute now (a button of the main window, or a lesson step). */
    public void refresh() { controller.request(); }

    public ObjectProperty<LandscapeMode> modeProperty() { return mode; }

    public LandscapeMode mode() { return mode.get(); }

    public void setMode(LandscapeMode m) { mode.set(m); }

    /** When selected, a click on the slice starts an optimizer race instead of loading weights. */
    public BooleanProperty raceModeProperty() { return raceToggle.selectedProperty(); }

    public boolean raceMode() { return raceToggle.isSelected(); }

    /**
     * Type size: every text, tick, mark and control of the view grows by {@code s} (1 normally: 15 px type; the
     * window's presentation scale for a projector, ≥ 1.2 for 18 px type).
     */
    public void setFontScale(double s) {
        fontScale = Math.clamp(s, 0.5, 4);
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", Style.TEXT * fontScale));
        toolbar.setHgap(14 * fontScale);
        toolbar.setVgap(8 * fontScale);
        busyBox.setSpacing(10 * fontScale);
        progress.setPrefWidth(200 * fontScale);
        settings.setFontScale(fontScale);
        race.setFontScale(fontScale);
        heat.setFontScale(fontScale);
        line.setFontScale(fontScale);
        surface.setFontScale(fontScale);
        requestLayout();
    }

    public double getFontScale() { return fontScale; }

    /**
     * The plot shown, in scene coordinates: the slice's square (heat map or race map), the line plot's rectangle, or
     * the 3-D surface's area; null before it is laid out.
     */
    public Bounds plotBounds() {
        return switch (mode.get()) {
            case LINE -> sceneBounds(line, line.frame());
            case SURFACE -> surface.localToScene(surface.getLayoutBounds());
            default -> sceneBounds(heat, heat.frame());
        };
    }

    /** The optimizer race's map (the slice's square) in scene coordinates while the race is shown; else null. */
    public Bounds raceMapBounds() { return raceShown() ? sceneBounds(heat, heat.frame()) : null; }

    /** Cancels the work in progress and stops the view's threads (and its computer, if it owns one). */
    public void dispose() { controller.close(); }

    private static Bounds sceneBounds(Node n, PlotFrame f) {
        return f == null ? null : n.localToScene(new BoundingBox(f.left(), f.top(), f.width(), f.height()));
    }

    // ---- what the controller shows ----

    LandscapeController controller() { return controller; }

    /** The grid with its colour scale, on the heat map and the 3-D surface; the loss's name titles the colour bar. */
    void showGrid(LandscapeGrid g, LossScale scale, String lossTitle) {
        heat.setGrid(g, scale, lossTitle);
        surface.setGrid(g, scale);
    }

    LandscapeGrid shownGrid() { return heat.grid(); }

    void showLine(LineInterpolation l, boolean log) { line.setLine(l, log); }

    LineInterpolation shownLine() { return line.line(); }

    /** A note instead of the plots (nothing to show yet, an error). */
    void showMessage(String m) {
        showBusy(null, 1);
        heat.setMessage(m);
        line.setMessage(m);
    }

    void showPath(List<PathPoint> path, PathPoint now) {
        heat.setPath(path, now);
        surface.setCurrent(now);
    }

    void showCurrent(PathPoint now) {
        heat.setCurrent(now);
        surface.setCurrent(now);
    }

    void showRaces(List<RaceTrace> traces, double[] start) { heat.setRaces(traces, start); }

    List<RacePanel.Row> enabledRacers() { return race.enabled(); }

    int raceSteps() { return race.steps(); }

    void showRaceStatus(String s) { race.setStatus(s); }

    void clearRaceResults() { race.clearResults(); }

    void showRaceResults(List<RacePanel.Row> raced, List<String> results) { race.showResults(raced, results); }

    /**
     * Progress at {@code fraction} (negative: unknown) with {@code text} (null keeps the last text); 1 hides it. Shown
     * only once a computation has taken {@link #BUSY_DELAY_NANOS}.
     */
    void showBusy(String text, double fraction) {
        if (text != null) busyText = text;
        long now = System.nanoTime();
        if (fraction >= 1) {
            busySince = -1;
        } else if (busySince < 0) {
            busySince = now;
        }
        boolean show = busySince >= 0 && now - busySince >= BUSY_DELAY_NANOS;
        progress.setProgress(fraction);
        String label = (busyText == null ? "" : busyText + " …")
                + (fraction >= 0 ? " " + Math.round(100 * fraction) + " %" : "");
        if (!label.equals(progressLabel.getText())) progressLabel.setText(label);
        if (busyBox.isVisible() != show) {
            busyBox.setVisible(show);
            requestLayout();
        }
    }

    boolean busy() { return busySince >= 0; }

    // ---- for tests: the parts and the canvases' texts ----

    HeatmapView heat() { return heat; }

    LinePlot line() { return line; }

    Surface3D surface() { return surface; }

    RacePanel race() { return race; }

    /** The texts the shown plot's canvas drew last, in its coordinates. */
    List<TextBox> canvasTexts() {
        return new ArrayList<>(mode.get() == LandscapeMode.LINE ? line.texts() : heat.texts());
    }

    double plotCanvasWidth() { return centre.getWidth(); }

    double plotCanvasHeight() { return centre.getHeight(); }

    // ---- layout ----

    private boolean raceShown() { return mode.get().slice() && mode.get() != LandscapeMode.SURFACE && raceMode(); }

    private void showMode() {
        LandscapeMode m = mode.get();
        centre = switch (m) {
            case LINE -> line;
            case SURFACE -> surface;
            default -> heat;
        };
        for (Region r : new Region[] {heat, line, surface}) r.setVisible(r == centre);
        boolean sliceMode = m == LandscapeMode.AROUND || m == LandscapeMode.PATH;
        raceToggle.setDisable(!sliceMode);
        race.setVisible(raceShown());
        settings.showFor(m);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        double gap = GAP * fontScale;
        double th = toolbar.prefHeight(w);
        toolbar.resizeRelocate(x, y, w, th);
        double cy = y + th + gap;
        double ch = Math.max(0, h - th - gap);
        for (Region r : new Region[] {heat, line, surface}) {
            if (r != centre) r.resizeRelocate(x, cy, 0, 0);
        }
        if (race.isVisible()) {
            double rw = Math.min(race.prefWidth(-1), w / 2);
            double mapW = w - rw - gap;
            if (mapW >= 0.9 * ch) { // the map is limited by the height anyway: the table goes beside it
                centre.resizeRelocate(x, cy, mapW, ch);
                race.resizeRelocate(x + mapW + gap, cy, rw, ch);
            } else {
                double rh = Math.clamp(0.4 * ch, Math.min(race.minHeight(w), race.prefHeight(w)), race.prefHeight(w));
                centre.resizeRelocate(x, cy, w, ch - rh - gap);
                race.resizeRelocate(x, cy + ch - rh, w, rh);
            }
        } else {
            centre.resizeRelocate(x, cy, w, ch);
            race.resizeRelocate(x, cy, 0, 0);
        }
        double bw = Math.min(w, busyBox.prefWidth(-1));
        busyBox.resizeRelocate(x + (w - bw) / 2, cy, bw, busyBox.prefHeight(bw));
    }

    @Override
    protected double computePrefWidth(double h) { return snappedLeftInset() + 900 * fontScale + snappedRightInset(); }

    @Override
    protected double computePrefHeight(double w) { return snappedTopInset() + 700 * fontScale + snappedBottomInset(); }

    @Override
    protected double computeMinWidth(double h) { return snappedLeftInset() + 320 + snappedRightInset(); }

    @Override
    protected double computeMinHeight(double w) { return snappedTopInset() + 320 + snappedBottomInset(); }
}

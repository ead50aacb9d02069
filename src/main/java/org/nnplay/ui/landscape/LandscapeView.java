package org.nnplay.ui.landscape;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.nnplay.training.Snapshot;
import org.nnplay.training.landscape.LandscapeComputer;

/**
 * The loss-landscape view (curriculum scenes 6–8): a 2-D slice around the current weights or through the training
 * path (heat map, contours, colour bar, the path coloured by its loss, the current point), the loss on the line from
 * the initial to the current weights, a rotatable 3-D surface, and an optimizer race on the slice.
 *
 * <pre>{@code
 * LandscapeView view = new LandscapeView();
 * view.setSource(source);                 // LandscapeSource: current loss, trajectory, initial weights, test data
 * view.setInteraction(interaction);       // hover → previewWeights (ghost boundary), click → loadWeights
 * service frame: view.onSnapshot(s);      // FX thread, once per frame; moves the point, recomputes when due
 * view.dataChanged(); view.refresh();     // the data changed / recompute now
 * view.dispose();                         // on close: stops its threads
 * }</pre>
 * Everything heavy runs off the FX thread; any change cancels the computation in progress.
 */
public class LandscapeView extends Region {
    final LandscapeSettings settings = new LandscapeSettings();
    final HeatmapView heat = new HeatmapView();
    final ColorBar bar = heat.bar;
    final LinePlot line = new LinePlot();
    final Surface3D surface = new Surface3D();
    final RacePanel race = new RacePanel();
    private final ObjectProperty<LandscapeMode> mode = new SimpleObjectProperty<>(this, "mode", LandscapeMode.AROUND);
    private final ToggleButton raceToggle = new ToggleButton("Optimizer race");
    private final SegmentedButton modes = new SegmentedButton();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressLabel = new Label();
    private final HBox busyBox;
    private final StackPane centre = new StackPane();
    private final BorderPane root = new BorderPane();
    private final LandscapeController controller;
    private String busyText;

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
        controller = new LandscapeController(this, computer, owns);
        for (LandscapeMode m : LandscapeMode.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setUserData(m);
            b.setId("landscape-mode-" + m.name().toLowerCase(java.util.Locale.ROOT));
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
            layoutMode();
            controller.modeChanged(m);
        });
        raceToggle.setId("landscape-race-toggle");
        raceToggle.setTooltip(new Tooltip("Click the map to start SGD, momentum, Adam, … from one point"));
        raceToggle.selectedProperty().addListener((o, a, b) -> layoutMode());
        Button refresh = new Button("Recompute");
        refresh.setId("landscape-refresh");
        refresh.setOnAction(e -> controller.request());
        // A flow, not a row: in a narrow panel the buttons wrap instead of shrinking to "…".
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(12, 8, modes, raceToggle, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        Button cancel = new Button("Cancel");
        cancel.setId("landscape-cancel");
        cancel.setOnAction(e -> controller.cancel());
        progress.setPrefWidth(260);
        busyBox = new HBox(12, progress, progressLabel, cancel);
        busyBox.setAlignment(Pos.CENTER_LEFT);
        busyBox.getStyleClass().add("landscape-busy");
        showBusy(null, 1);
        settings.setOnCompute(controller::request);
        settings.setOnStyle(controller::restyle);
        PointerBridge pointer = controller.pointer;
        heat.setOnHover(pointer::hoverSlice);
        heat.setOnClick(pointer::clickSlice);
        heat.setOnExit(pointer::endHover);
        line.setOnHover(t -> pointer.hoverLine(t, false));
        line.setOnClick(t -> pointer.hoverLine(t, true));
        line.setOnExit(pointer::endHover);
        VBox header = new VBox(8, top, settings);
        header.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(header);
        root.setCenter(centre);
        root.setBottom(busyBox);
        BorderPane.setMargin(race, new Insets(0, 0, 0, 14));
        getChildren().add(root);
        layoutMode();
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

    /** Cancels the work in progress and stops the view's threads (and its computer, if it owns one). */
    public void dispose() { controller.close(); }

    LandscapeController controller() { return controller; }

    /** Shows the progress row with {@code text} (null keeps the last text) at {@code fraction}; 1 hides it. */
    void showBusy(String text, double fraction) {
        if (text != null) busyText = text;
        boolean on = fraction < 1;
        busyBox.setVisible(on);
        progress.setProgress(fraction);
        progressLabel.setText(busyText == null ? "" : busyText + " … " + Math.round(100 * fraction) + " %");
    }

    boolean busy() { return busyBox.isVisible(); }

    private void layoutMode() {
        LandscapeMode m = mode.get();
        switch (m) {
            case LINE -> centre.getChildren().setAll(line);
            case SURFACE -> centre.getChildren().setAll(surface);
            default -> centre.getChildren().setAll(heat);
        }
        boolean sliceMode = m == LandscapeMode.AROUND || m == LandscapeMode.PATH;
        raceToggle.setDisable(!sliceMode);
        root.setRight(sliceMode && raceToggle.isSelected() ? race : null);
        settings.range.setDisable(m != LandscapeMode.AROUND && m != LandscapeMode.SURFACE);
        settings.resolution.setDisable(m == LandscapeMode.LINE);
        settings.seed.setDisable(m == LandscapeMode.LINE);
        settings.reroll.setDisable(m == LandscapeMode.LINE);
    }

    @Override
    protected void layoutChildren() {
        double l = snappedLeftInset();
        double t = snappedTopInset();
        root.resizeRelocate(l, t, getWidth() - l - snappedRightInset(), getHeight() - t - snappedBottomInset());
    }

    @Override
    protected double computePrefWidth(double h) { return snappedLeftInset() + root.prefWidth(-1) + snappedRightInset(); }

    @Override
    protected double computePrefHeight(double w) { return snappedTopInset() + root.prefHeight(-1) + snappedBottomInset(); }
}

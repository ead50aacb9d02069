package org.nnplay.ui.playground;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.Palette;

/**
 * Above the decision boundary: test points on or off, discretised output, the palette (red/green as the course
 * draws it, or blue/orange for colour-blind viewers, one click apart), probe mode, and the heat map's resolution.
 */
final class BoundaryToolbar extends FlowPane {
    static final List<Integer> RESOLUTIONS = List.of(25, 50, 100, 200, 400);
    private final ToggleSwitch showTest = new ToggleSwitch("Test data");
    private final ToggleSwitch discretize = new ToggleSwitch("Discretize");
    private final ToggleButton redGreen = new ToggleButton("Red/green");
    private final ToggleButton blueOrange = new ToggleButton("Blue/orange");
    private final Label title = new Label("OUTPUT");
    private boolean updating;

    /** Where typed coordinates go: the panel probes the output there. */
    interface ProbeTarget {
        void probeAt(double x1, double x2);
    }

    private final javafx.scene.control.TextField probeAt = new javafx.scene.control.TextField();

    BoundaryToolbar(PlaygroundModel model, PointTool tool, ControlRegistry controls, ProbeTarget target) {
        getStyleClass().add("boundary-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("panel-title");
        title.setId("boundary-title");
        showTest.setId("show-test");
        showTest.setTooltip(ChoiceField.tooltip("Show the test points (outlined) besides the training points (filled)"));
        discretize.setId("discretize");
        discretize.setTooltip(ChoiceField.tooltip("Show only the predicted class instead of the smooth output"));
        showTest.selectedProperty().addListener((o, was, on) -> {
            if (!updating) model.edit(e -> e.withView(v -> v.withShowTest(on)));
        });
        discretize.selectedProperty().addListener((o, was, on) -> {
            if (!updating) model.edit(e -> e.withView(v -> v.withDiscretize(on)));
        });
        redGreen.setId("palette-red-green");
        blueOrange.setId("palette-blue-orange");
        blueOrange.setTooltip(ChoiceField.tooltip("Colour-blind-safe palette: blue and orange"));
        SegmentedButton palette = new SegmentedButton(redGreen, blueOrange);
        palette.setId("palette");
        redGreen.setOnAction(e -> pickPalette(model, Palette.RED_GREEN));
        blueOrange.setOnAction(e -> pickPalette(model, Palette.BLUE_ORANGE));
        ToggleButton probe = new ToggleButton("Probe", Icons.icon(Icons.PROBE));
        probe.setId("probe");
        probe.setFocusTraversable(false);
        probe.setTooltip(ChoiceField.tooltip("Probe: point at the plane to read the network's output there (P)"));
        probe.selectedProperty().addListener((o, was, on) -> {
            if (on) tool.modeProperty().set(PointTool.Mode.PROBE);
            else if (tool.mode() == PointTool.Mode.PROBE) tool.modeProperty().set(PointTool.Mode.NONE);
        });
        tool.modeProperty().addListener((o, was, now) -> {
            probe.setSelected(now == PointTool.Mode.PROBE);
            probeAt.setVisible(now == PointTool.Mode.PROBE);
            probeAt.setManaged(now == PointTool.Mode.PROBE);
        });
        probeAt.setId("probe-at");
        probeAt.setPromptText("x₁, x₂");
        probeAt.setPrefColumnCount(7);
        probeAt.setVisible(false);
        probeAt.setManaged(false);
        probeAt.setTooltip(ChoiceField.tooltip("Type a point to probe, e.g. −1, 2 (then Enter)"));
        probeAt.setOnAction(e -> {
            double[] at = parsePoint(probeAt.getText());
            if (at == null) model.say(Notice.warning("Type the point as two numbers, x₁ and x₂, e.g. −1, 2"));
            else target.probeAt(at[0], at[1]);
        });
        ChoiceField<Integer> resolution = new ChoiceField<>("resolution", "Resolution", model,
                e -> Numbers.withCurrent(RESOLUTIONS, e.view().gridResolution(), 0), e -> e.view().gridResolution(),
                (e, v) -> e.withView(s -> s.withGridResolution(v)), v -> v + " × " + v,
                v -> "The heat map is computed on a " + v + " × " + v + " grid and drawn per pixel");
        getChildren().addAll(title, controls.register("show-test", "Show test data", showTest),
                controls.register("discretize", "Discretize output", discretize),
                controls.register("palette", "Palette", palette),
                controls.register("probe", "Probe", probe), probeAt,
                controls.register("resolution", "Heat-map resolution", resolution));
        model.experimentProperty().addListener((o, was, now) -> show(now));
        show(model.currentExperiment());
    }

    Label title() { return title; }

    /** "−1, 2", "[-1, 2]", "(−1; 2)" or "-1 2" → {−1, 2}; null when it is not two finite numbers. */
    static double[] parsePoint(String text) {
        if (text == null) return null;
        String t = text.replace('\u2212', '-').replaceAll("[\\[\\]()]", " ").trim();
        String[] parts = t.split("\\s*[,;]\\s*|\\s+");
        if (parts.length != 2) return null;
        try {
            double a = Double.parseDouble(parts[0]);
            double b = Double.parseDouble(parts[1]);
            return Double.isFinite(a) && Double.isFinite(b) ? new double[] {a, b} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void pickPalette(PlaygroundModel model, Palette p) {
        if (!updating) model.edit(e -> e.withView(v -> v.withPalette(p)));
        show(model.currentExperiment());
    }

    private void show(Experiment e) {
        updating = true;
        try {
            showTest.setSelected(e.view().showTest());
            discretize.setSelected(e.view().discretize());
            (e.view().palette() == Palette.BLUE_ORANGE ? blueOrange : redGreen).setSelected(true);
        } finally {
            updating = false;
        }
    }
}

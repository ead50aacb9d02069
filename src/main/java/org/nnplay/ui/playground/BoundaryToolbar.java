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

    BoundaryToolbar(PlaygroundModel model, PointTool tool, ControlRegistry controls) {
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
        tool.modeProperty().addListener((o, was, now) -> probe.setSelected(now == PointTool.Mode.PROBE));
        ChoiceField<Integer> resolution = new ChoiceField<>("resolution", "Resolution", model,
                e -> Numbers.withCurrent(RESOLUTIONS, e.view().gridResolution(), 0), e -> e.view().gridResolution(),
                (e, v) -> e.withView(s -> s.withGridResolution(v)), v -> v + " × " + v,
                v -> "The heat map is computed on a " + v + " × " + v + " grid and drawn per pixel");
        getChildren().addAll(title, controls.register("show-test", "Show test data", showTest),
                controls.register("discretize", "Discretize output", discretize),
                controls.register("palette", "Palette", palette),
                controls.register("probe", "Probe", probe),
                controls.register("resolution", "Heat-map resolution", resolution));
        model.experimentProperty().addListener((o, was, now) -> show(now));
        show(model.currentExperiment());
    }

    Label title() { return title; }

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

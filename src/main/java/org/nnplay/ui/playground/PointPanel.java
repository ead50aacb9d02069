package org.nnplay.ui.playground;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.nnplay.data.ProblemType;
import org.nnplay.experiment.Experiment;

/**
 * Hand-drawn points: a switch that turns clicks on the boundary into new points, which class (or, for regression,
 * which sign of value) they get, whether they are test points, and a button that removes them all.
 */
final class PointPanel extends VBox {
    /** At most this many class buttons share a row: six classes in one row overflowed the data column. */
    static final int PER_ROW = 4;
    /** The class buttons: rows of segmented buttons sharing one toggle group. */
    private final VBox classes = new VBox(4);
    private final javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
    private final java.util.List<ToggleButton> buttons = new java.util.ArrayList<>();
    private final PointTool tool;
    private int shownClasses = -1;
    private java.util.List<String> shownNames = java.util.List.of();

    PointPanel(PlaygroundModel model, PointTool tool) {
        this.tool = tool;
        getStyleClass().addAll("field", "point-panel");
        ToggleSwitch draw = new ToggleSwitch("Draw points");
        draw.setId("draw-mode");
        draw.setTooltip(ChoiceField.tooltip("Click on the boundary to add a point, right-click to remove the nearest one you added"));
        draw.selectedProperty().addListener((o, was, on) -> {
            if (on) tool.modeProperty().set(PointTool.Mode.DRAW);
            else if (tool.mode() == PointTool.Mode.DRAW) tool.modeProperty().set(PointTool.Mode.NONE);
        });
        tool.modeProperty().addListener((o, was, now) -> draw.setSelected(now == PointTool.Mode.DRAW));
        classes.setId("draw-class");
        CheckBox test = new CheckBox("Test points");
        test.setId("draw-test");
        test.selectedProperty().bindBidirectional(tool.testProperty());
        Button clear = new Button("Clear");
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        clear.setId("clear-points");
        clear.setTooltip(ChoiceField.tooltip("Remove every point you placed by hand"));
        clear.setOnAction(e -> tool.clear());
        Label caption = new Label("Class of new points");
        caption.getStyleClass().add("field-caption");
        test.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 6, test, clear); // wraps in a narrow column
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(draw, caption, classes, row);
        model.experimentProperty().addListener((o, was, now) -> show(now));
        show(model.currentExperiment());
    }

    private void show(Experiment e) {
        boolean regression = e.data().problem() == ProblemType.REGRESSION;
        int n = regression ? -2 : e.data().classes();
        java.util.List<String> names = e.data().names() == null ? java.util.List.of() : e.data().names().classes();
        if (n == shownClasses && names.equals(shownNames)) return;
        shownClasses = n;
        shownNames = names;
        buttons.forEach(b -> b.setToggleGroup(null));
        buttons.clear();
        if (regression) {
            buttons.addAll(java.util.List.of(choice("−1", -1), choice("+1", 1)));
        } else {
            for (int c = 0; c < n; c++) {
                ToggleButton b = choice(String.valueOf(c), c);
                if (c < names.size()) b.setTooltip(ChoiceField.tooltip("New points are " + names.get(c)));
                buttons.add(b);
            }
        }
        classes.getChildren().clear();
        for (int from = 0; from < buttons.size(); from += PER_ROW) {
            SegmentedButton row = new SegmentedButton();
            row.getStyleClass().add(SegmentedButton.STYLE_CLASS_DARK);
            row.setToggleGroup(group);
            row.getButtons().addAll(buttons.subList(from, Math.min(buttons.size(), from + PER_ROW)));
            classes.getChildren().add(row);
        }
        double current = tool.labelProperty().get();
        buttons.stream().filter(b -> (double) b.getUserData() == current).findFirst()
                .orElse(buttons.getLast()).setSelected(true);
    }

    private ToggleButton choice(String text, double label) {
        ToggleButton b = new ToggleButton(text);
        b.setId("draw-class-" + text.replace("−", "minus").replace("+", "plus"));
        b.setUserData(label);
        b.setFocusTraversable(false);
        b.selectedProperty().addListener((o, was, on) -> {
            if (on) tool.labelProperty().set(label);
        });
        return b;
    }
}

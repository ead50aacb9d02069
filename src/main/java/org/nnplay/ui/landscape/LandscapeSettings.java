package org.nnplay.ui.landscape;

import java.util.List;
import java.util.Random;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.nnplay.experiment.LandscapeMode;
import org.nnplay.training.landscape.LandscapeRequest;
import org.nnplay.training.landscape.LossSetup;

/**
 * The view's settings and their controls: range (±r), resolution (11–81 points a side), direction seed with a reroll
 * button, training or test data, with or without the penalty, log colour scale. The view places {@link #nodes()} in
 * its toolbar; the controller reads the values. {@code onCompute} runs when a change needs a new landscape,
 * {@code onStyle} when only the colours change.
 */
final class LandscapeSettings {
    static final String TRAIN = "training data";
    static final String TEST = "test data";

    final Spinner<Double> range = new Spinner<>(0.05, 20, LandscapeRequest.DEFAULT_RANGE, 0.25);
    final Spinner<Integer> resolution = new Spinner<>(11, 81, LandscapeRequest.DEFAULT_RESOLUTION, 10);
    final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1, 1);
    final Button reroll = new Button("Reroll");
    final ComboBox<String> data = new ComboBox<>();
    final CheckBox penalty = new CheckBox("with penalty");
    final CheckBox log = new CheckBox("log colour scale");
    private final Random rng = new Random();
    private Runnable onCompute = () -> {};
    private Runnable onStyle = () -> {};
    private final List<Node> nodes;

    LandscapeSettings() {
        range.setEditable(true);
        range.setId("landscape-range");
        resolution.setEditable(true);
        resolution.setId("landscape-resolution");
        seed.setEditable(true);
        seed.setId("landscape-seed");
        reroll.setId("landscape-reroll");
        reroll.setTooltip(new Tooltip("Two new random directions"));
        reroll.setOnAction(e -> seed.getValueFactory().setValue(rng.nextInt(1_000_000)));
        data.getItems().setAll(TRAIN, TEST);
        data.setValue(TRAIN);
        data.setId("landscape-data");
        penalty.setSelected(true);
        penalty.setId("landscape-penalty");
        penalty.setTooltip(new Tooltip("Add the regularisation term: the loss training minimises"));
        log.setId("landscape-log");
        nodes = List.of(group("range ±", range), group("grid", resolution), data, group("seed", seed, reroll), penalty,
                log);
        setFontScale(1);
        range.valueProperty().addListener((o, a, b) -> onCompute.run());
        resolution.valueProperty().addListener((o, a, b) -> onCompute.run());
        seed.valueProperty().addListener((o, a, b) -> onCompute.run());
        data.valueProperty().addListener((o, a, b) -> onCompute.run());
        penalty.selectedProperty().addListener((o, a, b) -> onCompute.run());
        log.selectedProperty().addListener((o, a, b) -> onStyle.run());
    }

    private static HBox group(String label, javafx.scene.Node... nodes) {
        HBox box = new HBox(6, new Label(label));
        box.getChildren().addAll(nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The controls, each kept together (a label with its field), in an order that wraps into few rows. */
    List<Node> nodes() { return nodes; }

    /** Widths of the number fields for type {@code s} times the normal size. */
    void setFontScale(double s) {
        range.setPrefWidth(84 * s);
        resolution.setPrefWidth(76 * s);
        seed.setPrefWidth(96 * s);
    }

    /** Enables what mode {@code m} uses: the range for the slice around the weights, the grid and seed for planes. */
    void showFor(LandscapeMode m) {
        range.setDisable(m != LandscapeMode.AROUND && m != LandscapeMode.SURFACE);
        resolution.setDisable(m == LandscapeMode.LINE);
        seed.setDisable(m == LandscapeMode.LINE);
        reroll.setDisable(m == LandscapeMode.LINE);
    }

    void setOnCompute(Runnable r) { onCompute = r; }

    void setOnStyle(Runnable r) { onStyle = r; }

    double range() { return range.getValue(); }

    int resolution() { return resolution.getValue(); }

    long seed() { return seed.getValue(); }

    boolean testData() { return TEST.equals(data.getValue()); }

    boolean withPenalty() { return penalty.isSelected(); }

    boolean logScale() { return log.isSelected(); }

    /** Enables the Test choice only when there is a test set (and falls back to training data otherwise). */
    void setTestAvailable(boolean available) {
        if (!available && testData()) {
            data.setValue(TRAIN);
        }
        data.setDisable(!available);
    }

    /** The training loss as training minimises it, or without its penalty as these settings say. */
    LossSetup trainLoss(LossSetup base) {
        return withPenalty() ? base : base.withoutPenalty();
    }

    /** What the landscape shows: {@code test} when that is chosen and there is one, else {@link #trainLoss}. */
    LossSetup shownLoss(LossSetup base, LossSetup test) {
        return testData() && test != null ? trainLoss(test) : trainLoss(base);
    }

    String lossTitle() {
        return (testData() ? "test" : "train") + " loss" + (withPenalty() ? " + penalty" : "");
    }
}

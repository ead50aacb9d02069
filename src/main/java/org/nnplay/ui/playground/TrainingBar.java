package org.nnplay.ui.playground;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.experiment.TrainingSettings;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.Formulas;

/**
 * The bar at the top: play/pause, step and reset, the epoch counter, and the training settings (learning rate,
 * activation, optimizer, loss, regularisation and its rate, problem type, batch size, speed). Every choice edits
 * the experiment through the model; the bar shows what the model holds.
 */
final class TrainingBar extends HBox {
    static final List<Double> RATES = List.of(0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0);
    static final List<Double> PENALTIES = List.of(0.0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0);
    static final List<Integer> BATCHES = List.of(1, 5, 10, 20, 30, 50, 100, 250, 500);
    static final List<Double> SPEEDS = List.of(0.0, 1.0, 3.0, 10.0, 30.0, 100.0, 1000.0);

    private final Button play = new Button();
    private final Label epoch = new Label("000,000");
    private final FlowPane settings = new FlowPane();

    TrainingBar(PlaygroundModel model, ControlRegistry controls) {
        getStyleClass().add("training-bar");
        setAlignment(Pos.CENTER_LEFT);
        Button reset = Icons.button("reset", Icons.RESET, "Reset the network: new weights from the seed (R)");
        Button step = Icons.button("step", Icons.STEP, "Train one epoch (→)");
        play.setId("play");
        play.getStyleClass().addAll("round-button", "play-button");
        play.setFocusTraversable(false);
        play.setTooltip(ChoiceField.tooltip("Play / pause training (Space)"));
        reset.setOnAction(e -> model.reset());
        step.setOnAction(e -> model.stepEpoch());
        play.setOnAction(e -> model.togglePlay());
        model.runningProperty().addListener((o, was, now) -> showRunning(now));
        showRunning(false);

        epoch.setId("epoch");
        epoch.getStyleClass().add("epoch-value");
        Label epochCaption = new Label("Epoch");
        epochCaption.getStyleClass().add("field-caption");
        VBox epochBox = new VBox(epochCaption, epoch);
        epochBox.getStyleClass().addAll("field", "epoch-field");
        model.snapshotProperty().addListener((o, was, s) -> showEpoch(s));

        HBox buttons = new HBox(10, reset, play, step);
        buttons.setAlignment(Pos.CENTER);
        buttons.getStyleClass().add("run-buttons");
        epoch.setMinWidth(Region.USE_PREF_SIZE);
        settings.getStyleClass().add("training-settings");
        settings.prefWrapLengthProperty().bind(settings.widthProperty());
        settings.setMinWidth(200);
        HBox.setHgrow(settings, Priority.ALWAYS);
        runButtons = controls.register("run-buttons", "Play, step and reset", buttons);
        epochField = controls.register("epoch", "Epoch counter", epochBox);
        getChildren().addAll(lead(false), settings);
        settings.getChildren().addAll(
                field(controls, "learning-rate", "Learning rate", new ChoiceField<>("learning-rate", "Learning rate", model,
                        e -> Numbers.withCurrent(RATES, e.training().learningRate()), e -> e.training().learningRate(),
                        (e, v) -> e.withTraining(t -> t.withLearningRate(v)), Numbers::plain,
                        v -> "Step size η of every update: too small crawls, too large overshoots and diverges")),
                field(controls, "activation", "Activation", new ChoiceField<>("activation", "Activation", model,
                        e -> Arrays.asList(ActivationKind.values()), e -> e.network().activation(),
                        (e, v) -> e.withNetwork(n -> n.withActivation(v).withLayerActivations(null)), Formulas::name, Formulas::formula)),
                field(controls, "optimizer", "Optimizer", new ChoiceField<>("optimizer", "Optimizer", model,
                        e -> Arrays.asList(OptimizerKind.values()), e -> e.training().optimizer(),
                        (e, v) -> e.withTraining(t -> t.withOptimizer(v)), Formulas::name, Formulas::formula)),
                field(controls, "loss", "Loss", new ChoiceField<>("loss", "Loss", model,
                        e -> Arrays.stream(LossKind.values()).filter(k -> TrainingSettings.lossMismatch(k,
                                e.data().problem(), e.data().classes()) == null).toList(),
                        e -> e.training().loss(), (e, v) -> e.withTraining(t -> t.withLoss(v)), Formulas::name, Formulas::formula)),
                field(controls, "regularization", "Regularisation", new ChoiceField<>("regularization", "Regularisation", model,
                        e -> Arrays.asList(RegularizationKind.values()), e -> e.training().regularization(),
                        (e, v) -> e.withTraining(t -> t.withRegularization(v)), Formulas::name, Formulas::formula)),
                field(controls, "regularization-rate", "Regularisation rate", new ChoiceField<>("regularization-rate",
                        "Regularisation rate", model, e -> Numbers.withCurrent(PENALTIES, e.training().regularizationRate()),
                        e -> e.training().regularizationRate(), (e, v) -> e.withTraining(t -> t.withRegularizationRate(v)),
                        Numbers::plain, v -> "λ, the weight of the penalty in the loss")),
                field(controls, "problem", "Problem type", new ChoiceField<>("problem", "Problem type", model,
                        e -> Arrays.asList(ProblemType.values()), e -> e.data().problem(),
                        (e, v) -> e.withDataset(firstOf(v)), Formulas::name,
                        v -> v == ProblemType.REGRESSION ? "Predict a number at each point" : "Predict the class of each point")),
                field(controls, "batch-size", "Batch size", new ChoiceField<>("batch-size", "Batch size", model,
                        e -> Numbers.withCurrent(BATCHES, e.training().batchSize(), 0), e -> e.training().batchSize(),
                        (e, v) -> e.withTraining(t -> t.withBatchSize(v)), String::valueOf,
                        v -> v == 1 ? "One sample per step (stochastic)" : v + " samples per step; a batch as large as "
                                + "the training set is full-batch gradient descent")),
                field(controls, "speed", "Speed", new ChoiceField<>("speed", "Speed", model,
                        e -> Numbers.withCurrent(SPEEDS, e.training().speed()), e -> e.training().speed(),
                        (e, v) -> e.withTraining(t -> t.withSpeed(v)), Formulas::speed,
                        v -> "Epochs per second at most; max trains as fast as the machine can")));
    }

    private javafx.scene.Node runButtons;
    private javafx.scene.Node epochField;
    private boolean stacked;

    /** The run buttons and the epoch counter, side by side or (stacked) the counter under the buttons. */
    private javafx.scene.layout.Pane lead(boolean stack) {
        javafx.scene.layout.Pane p = stack ? new VBox(6, runButtons, epochField) : new HBox(runButtons, epochField);
        p.getStyleClass().add("bar-lead");
        if (p instanceof HBox h) {
            h.setAlignment(Pos.CENTER_LEFT);
            h.spacingProperty().bind(spacingProperty());
        } else {
            ((VBox) p).setAlignment(Pos.CENTER);
        }
        return p;
    }

    /**
     * Presentation mode stacks the epoch counter under the run buttons: with large type the settings then need two
     * rows instead of three on a 1280-wide projector, and the plots below get that row's height.
     */
    void setStacked(boolean stack) {
        if (stack == stacked) return;
        stacked = stack;
        getChildren().set(0, lead(stack));
    }

    boolean isStacked() { return stacked; }

    private static <N extends javafx.scene.Node> N field(ControlRegistry c, String id, String label, N node) {
        return c.register(id, label, node);
    }

    static DatasetKind firstOf(ProblemType type) {
        return Arrays.stream(DatasetKind.values()).filter(k -> k.type() == type).findFirst().orElseThrow();
    }

    private void showRunning(boolean running) {
        play.setGraphic(Icons.icon(running ? Icons.PAUSE : Icons.PLAY));
        play.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("running"), running);
    }

    /** The counter follows a running model 20 times a second (plenty for digits; each change costs a layout pass). */
    private void showEpoch(Snapshot s) {
        if (epochCadence.due(s, System.nanoTime())) epoch.setText(Numbers.epoch(s.epoch()));
    }

    private final Cadence epochCadence = new Cadence(20);
}

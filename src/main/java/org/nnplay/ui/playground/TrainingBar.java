package org.nnplay.ui.playground;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.SegmentedButton;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.StageView;
import org.nnplay.experiment.TrainingSettings;

/**
 * The bar at the top: play/pause, step and reset, the epoch counter, the training settings in one row (as many as
 * fit, the open lesson's first; the rest one click away under "more"), and on the right which view has the stage,
 * the advanced settings and presentation mode. Every choice edits the experiment through the model; the run
 * buttons act on whatever {@link #runsProperty() runs} the window gives them.
 */
final class TrainingBar extends HBox {
    static final List<Double> RATES = List.of(0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0);
    static final List<Double> PENALTIES = List.of(0.0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0);
    static final List<Integer> BATCHES = List.of(1, 5, 10, 20, 30, 50, 100, 250, 500);
    static final List<Double> SPEEDS = List.of(0.0, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0);
    /** The settings kept in presentation mode when the experiment names none ({@code view.barControls}). */
    static final List<String> PRESENTATION_DEFAULT = List.of("learning-rate", "activation");

    /** What the bar's view buttons ask of the window. */
    interface Listener {
        void showView(StageView v);

        void showAdvanced();

        void togglePresentation();
    }

    private final PlaygroundModel model;
    private final Button play = new Button();
    private final Label epoch = new Label("000,000");
    private final Label rateNow = new Label();
    private final SettingsRow row = new SettingsRow();
    private final Button more = Icons.button("more-settings", Icons.MORE, "More settings");
    private final Map<String, Supplier<Node>> makers = new LinkedHashMap<>();
    private final Map<String, Node> popOverFields = new LinkedHashMap<>();
    private final ToggleGroup views = new ToggleGroup();
    private final Map<StageView, ToggleButton> viewButtons = new LinkedHashMap<>();
    private final ObjectProperty<RunControls> runs = new SimpleObjectProperty<>(this, "runs");
    private final ChangeListener<Boolean> runningListener = (o, was, now) -> showRunning(now);
    private final Listener listener;
    private PopOver popOver;
    private boolean presentation;
    private boolean updating;

    TrainingBar(PlaygroundModel model, ControlRegistry controls, Listener listener) {
        this.model = model;
        this.listener = listener;
        getStyleClass().add("training-bar");
        setAlignment(Pos.CENTER_LEFT);
        Button reset = Icons.button("reset", Icons.RESET, "Reset the network: new weights from the seed (R)");
        Button step = Icons.button("step", Icons.STEP, "Train one epoch (→)");
        play.setId("play");
        play.getStyleClass().addAll("round-button", "play-button");
        play.setFocusTraversable(false);
        play.setTooltip(ChoiceField.tooltip("Play / pause training (Space)"));
        reset.setOnAction(e -> runs.get().reset());
        step.setOnAction(e -> runs.get().stepEpoch());
        play.setOnAction(e -> runs.get().togglePlay());
        runs.addListener((o, was, now) -> {
            if (was != null) was.runningProperty().removeListener(runningListener);
            now.runningProperty().addListener(runningListener);
            showRunning(now.runningProperty().get());
        });
        runs.set(model);

        epoch.setId("epoch");
        epoch.getStyleClass().add("epoch-value");
        epoch.setMinWidth(Region.USE_PREF_SIZE);
        rateNow.setId("rate-now");
        rateNow.getStyleClass().add("field-caption");
        rateNow.setManaged(false);
        rateNow.setVisible(false);
        Label epochCaption = new Label("Epoch");
        epochCaption.getStyleClass().add("field-caption");
        VBox epochBox = new VBox(epochCaption, epoch, rateNow);
        epochBox.getStyleClass().addAll("field", "epoch-field");
        epochBox.setMinWidth(Region.USE_PREF_SIZE);

        HBox buttons = new HBox(reset, play, step);
        buttons.setAlignment(Pos.CENTER);
        buttons.getStyleClass().add("run-buttons");
        buttons.setMinWidth(Region.USE_PREF_SIZE);

        field("learning-rate", "Learning rate", () -> new ChoiceField<>("learning-rate", "Learning rate", model,
                e -> Numbers.withCurrent(RATES, e.training().learningRate()), e -> e.training().learningRate(),
                (e, v) -> e.withTraining(t -> t.withLearningRate(v)), Numbers::plain,
                v -> "Step size η of every update: too small crawls, too large overshoots and diverges"));
        field("activation", "Activation", () -> new ActivationSlot(model));
        field("optimizer", "Optimizer", () -> new ChoiceField<>("optimizer", "Optimizer", model,
                e -> Arrays.asList(OptimizerKind.values()), e -> e.training().optimizer(),
                (e, v) -> e.withTraining(t -> t.withOptimizer(v)), Formulas::name, Formulas::formula));
        field("loss", "Loss", () -> new ChoiceField<>("loss", "Loss", model,
                e -> Arrays.stream(LossKind.values()).filter(k -> TrainingSettings.lossMismatch(k,
                        e.data().problem(), e.data().classes()) == null).toList(),
                e -> e.training().loss(), (e, v) -> e.withTraining(t -> t.withLoss(v)), Formulas::name, Formulas::formula));
        field("batch-size", "Batch size", () -> new ChoiceField<>("batch-size", "Batch size", model,
                e -> Numbers.withCurrent(BATCHES, e.training().batchSize(), 0), e -> e.training().batchSize(),
                (e, v) -> e.withTraining(t -> t.withBatchSize(v)), String::valueOf,
                v -> v == 1 ? "One sample per step (stochastic)" : v + " samples per step; a batch as large as "
                        + "the training set is full-batch gradient descent"));
        field("speed", "Speed", () -> new ChoiceField<>("speed", "Speed", model,
                e -> Numbers.withCurrent(SPEEDS, e.training().speed()), e -> e.training().speed(),
                (e, v) -> e.withTraining(t -> t.withSpeed(v)), TrainingBar::speedName,
                v -> "Epochs per second at most; max trains as fast as the machine can"));
        field("regularization", "Regularisation", () -> new ChoiceField<>("regularization", "Regularisation", model,
                e -> Arrays.asList(RegularizationKind.values()), e -> e.training().regularization(),
                (e, v) -> e.withTraining(t -> t.withRegularization(v)), Formulas::name, Formulas::formula));
        field("regularization-rate", "Regularisation rate", () -> new ChoiceField<>("regularization-rate",
                "Regularisation rate", model, e -> Numbers.withCurrent(PENALTIES, e.training().regularizationRate()),
                e -> e.training().regularizationRate(), (e, v) -> e.withTraining(t -> t.withRegularizationRate(v)),
                Numbers::plain, v -> "λ, the weight of the penalty in the loss"));
        field("problem", "Problem type", () -> new ChoiceField<>("problem", "Problem type", model,
                e -> Arrays.asList(ProblemType.values()), e -> e.data().problem(),
                (e, v) -> e.withDataset(firstOf(v)), TrainingBar::problemName,
                v -> v == ProblemType.REGRESSION ? "Predict a number at each point" : "Predict the class of each point"));
        makers.forEach((id, maker) -> {
            Node n = maker.get();
            row.add(id, n);
            controls.register(id, label(id), n);
        });
        HBox.setHgrow(row, Priority.ALWAYS);
        row.setOnOverflow(this::showOverflow);
        more.setOnAction(e -> showMore());

        SegmentedButton viewSwitch = new SegmentedButton();
        viewSwitch.setId("view-switch");
        viewSwitch.getStyleClass().add("view-switch");
        view(viewSwitch, StageView.NORMAL, Icons.VIEW_ALL, "All views (0)");
        view(viewSwitch, StageView.BOUNDARY, Icons.VIEW_BOUNDARY, "Decision boundary on the whole stage (1)");
        view(viewSwitch, StageView.CURVES, Icons.VIEW_CURVES, "Learning curves on the whole stage (2)");
        view(viewSwitch, StageView.LANDSCAPE, Icons.VIEW_LANDSCAPE, "Loss landscape on the whole stage (3)");
        view(viewSwitch, StageView.BUILDER, Icons.VIEW_BUILDER, "Network builder on the whole stage (4)");
        view(viewSwitch, StageView.COMPARE, Icons.VIEW_COMPARE, "Compare runs side by side (5)");
        viewSwitch.setMinWidth(Region.USE_PREF_SIZE);
        views.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) was.setSelected(true); // one view always has the stage
            else if (now != null && !updating) listener.showView((StageView) now.getUserData());
        });

        Button present = Icons.button("presentation", Icons.FULLSCREEN, "Presentation mode: full screen, large type (F11)");
        present.setOnAction(e -> listener.togglePresentation());
        HBox right = new HBox(8, viewSwitch, present);
        right.setAlignment(Pos.CENTER_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(controls.register("run-buttons", "Play, step and reset", buttons),
                controls.register("epoch", "Epoch counter", epochBox), row, more,
                controls.register("view-buttons", "View, advanced and presentation buttons", right));
        more.setTooltip(ChoiceField.tooltip("More settings, and the advanced ones"));
        model.experimentProperty().addListener((o, was, now) -> showExperiment(now));
        showExperiment(model.currentExperiment());
    }

    private void field(String id, String label, Supplier<Node> maker) {
        makers.put(id, maker);
        labels.put(id, label);
    }

    private final Map<String, String> labels = new LinkedHashMap<>();

    private String label(String id) { return labels.get(id); }

    private void view(SegmentedButton seg, StageView v, String icon, String tip) {
        ToggleButton b = new ToggleButton(null, Icons.icon(icon));
        b.setId("view-" + v.key());
        b.setUserData(v);
        b.setToggleGroup(views);
        b.setFocusTraversable(false);
        b.setTooltip(ChoiceField.tooltip(tip));
        seg.getButtons().add(b);
        viewButtons.put(v, b);
    }

    /** The runs the play, step and reset buttons act on (the playground's, or a comparison's). */
    ObjectProperty<RunControls> runsProperty() { return runs; }

    /** Presentation mode: only the run buttons, the epoch and the lesson's few settings; the rest under "more". */
    void setPresentation(boolean on) {
        presentation = on;
        applyAllowed(model.currentExperiment());
    }

    private void showExperiment(Experiment e) {
        row.setPriority(e.view().barControls());
        applyAllowed(e);
        updating = true;
        try {
            ToggleButton b = viewButtons.get(e.view().stage());
            if (b != null && !b.isSelected()) b.setSelected(true);
        } finally {
            updating = false;
        }
    }

    private void applyAllowed(Experiment e) {
        List<String> few = e.view().barControls().isEmpty() ? PRESENTATION_DEFAULT : e.view().barControls();
        row.setAllowed(presentation ? Set.copyOf(few) : null);
    }

    /** The epoch counter, and the learning rate where a schedule moves it away from the set one (NaN: not shown). */
    void showEpoch(long epochs, double rate) {
        String text = Numbers.epoch(epochs);
        if (!text.equals(epoch.getText())) epoch.setText(text);
        boolean showRate = !Double.isNaN(rate);
        if (showRate) {
            String r = "η now " + Numbers.figure(rate);
            if (!r.equals(rateNow.getText())) rateNow.setText(r);
        }
        if (rateNow.isVisible() != showRate) {
            rateNow.setVisible(showRate);
            rateNow.setManaged(showRate);
        }
    }

    String epochText() { return epoch.getText(); }

    private void showOverflow(List<String> over) {
        if (popOver != null && popOver.isShowing()) fillMore();
    }

    private void showMore() {
        if (popOver == null) {
            popOver = new PopOver();
            popOver.setTitle("More settings");
            popOver.setHeaderAlwaysVisible(true);
            popOver.setDetachable(false);
            popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        }
        fillMore();
        popOver.show(more);
    }

    /** The pop-over holds its own copy of each setting that is not in the row (both edit the same experiment). */
    private void fillMore() {
        List<Node> shown = new ArrayList<>();
        for (String id : row.overflow()) {
            Node inBar = row.field(id);
            if (inBar != null && !inBar.isManaged()) continue; // hidden for the classroom
            shown.add(popOverFields.computeIfAbsent(id, k -> makers.get(k).get()));
        }
        Button advanced = new Button("Advanced settings…");
        advanced.setId("advanced");
        advanced.setOnAction(e -> {
            popOver.hide();
            listener.showAdvanced();
        });
        VBox box = new VBox(10);
        box.getStyleClass().add("more-settings");
        box.getChildren().addAll(shown);
        box.getChildren().add(advanced);
        popOver.setContentNode(box);
    }

    /** For tests: the ids of the settings in the row now, and those under "more". */
    List<String> overflow() { return row.overflow(); }

    SettingsRow row() { return row; }

    static DatasetKind firstOf(ProblemType type) {
        return Arrays.stream(DatasetKind.values()).filter(k -> k.type() == type).findFirst().orElseThrow();
    }

    static String problemName(ProblemType p) { return p == ProblemType.REGRESSION ? "Regression" : "Classification"; }

    static String speedName(double v) { return v <= 0 ? "max" : Numbers.plain(v) + " epochs/s"; }

    private void showRunning(boolean running) {
        play.setGraphic(Icons.icon(running ? Icons.PAUSE : Icons.PLAY));
        play.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("running"), running);
    }

    /**
     * The activation of the hidden layers; with no hidden layer, what the one output neuron computes (it follows the
     * loss: a sigmoid for cross-entropy), so a perceptron lesson never reads "Tanh".
     */
    private static final class ActivationSlot extends StackPane {
        private final ChoiceField<ActivationKind> choice;
        private final VBox output;
        private final Label outputName = new Label();

        ActivationSlot(PlaygroundModel model) {
            choice = new ChoiceField<>("activation", "Activation", model,
                    e -> Arrays.asList(ActivationKind.values()), e -> e.network().activation(),
                    (e, v) -> e.withNetwork(n -> n.withActivation(v).withLayerActivations(null)), Formulas::name,
                    Formulas::formula);
            Label caption = new Label("Output neuron");
            caption.getStyleClass().add("field-caption");
            outputName.setId("output-activation");
            outputName.getStyleClass().add("field-value");
            output = new VBox(caption, outputName);
            output.getStyleClass().add("field");
            output.setAlignment(Pos.CENTER_LEFT);
            setAlignment(Pos.CENTER_LEFT);
            getChildren().addAll(choice, output);
            Consumer<Experiment> show = e -> {
                boolean none = e.network().hidden().isEmpty();
                choice.setVisible(!none);
                output.setVisible(none);
                outputName.setText(outputActivation(e.training().loss()));
            };
            model.experimentProperty().addListener((o, was, now) -> show.accept(now));
            show.accept(model.currentExperiment());
        }

        @Override protected double computePrefWidth(double height) {
            return (choice.isVisible() ? choice : output).prefWidth(height);
        }
    }

    static String outputActivation(LossKind loss) {
        return switch (loss) {
            case BCE -> "Sigmoid σ(z)";
            case SOFTMAX_CE -> "Softmax";
            case HALF_SQUARED -> "Tanh";
            case MSE, MAE -> "Linear (identity)";
        };
    }
}

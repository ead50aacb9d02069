package org.nnplay.ui.backprop;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.nnplay.ui.backprop.BackpropGraph.Choice;

/**
 * Curriculum scene 9, "Backpropagation is the chain rule": f = (x + y)·z, then the 2-2-1 sigmoid net, walked one
 * node at a time: the forward pass left to right, then the backward pass right to left, each step written out in
 * words under the graph, and for the net an SGD step at the end. Keys: → next step, ← undo, R reset.
 */
public final class BackpropView extends BorderPane {
    private static final String CSS = "backprop.css";

    /** One graph's state, kept while the other is shown so switching back finds it as it was left. */
    private static final class Session {
        final BackpropGraph graph;
        final Stepper stepper;
        double eta = TinyNet.DEFAULTS.eta();
        List<SgdStep.Change> lastSgd;
        double lossBeforeSgd;

        Session(BackpropGraph graph) {
            this.graph = graph;
            this.stepper = new Stepper(graph);
        }
    }

    private final Map<Choice, Session> sessions = new EnumMap<>(Choice.class);
    private final GraphPane graphPane = new GraphPane();
    private final LeafFields fields = new LeafFields(this::leafChanged);
    private final Label source = new Label();
    private final Label caption = new Label();
    private final Label why = new Label();
    private final Label progress = new Label();
    private final FlowPane sgdChanges = new FlowPane(18, 4);
    private final Label sgdLoss = new Label();
    private final VBox sgdRow = new VBox(4, sgdChanges, sgdLoss);
    private final Button reset = button("bp-reset", "Reset", "Reset (R): back to the start; the leaf values stay");
    private final Button back = button("bp-back", "Undo step", "Undo the last step (←)");
    private final Button forward = button("bp-forward", "Step forward",
            "Step forward (→): compute the next node's value from its inputs, in topological order");
    private final Button backward = button("bp-backward", "Step backward",
            "Step backward (→ once the forward pass is done): the next node's gradient by the chain rule, in reverse "
                    + "order, starting from 1 at the output");
    private final Button runAll = button("bp-run-all", "Run all", "Finish the forward and the backward pass at once");
    private final Button sgd = button("bp-sgd", "Apply SGD step",
            "Once every gradient is known: w ← w − η·∂E/∂w for w1…w6, then start a new forward pass");
    private final EventHandler<KeyEvent> keys = this::key;
    private Session current;

    public BackpropView() {
        getStyleClass().add("backprop");
        getStylesheets().add(stylesheet());
        setTop(top());
        setCenter(graphPane);
        graphPane.setOnMousePressed(e -> graphPane.requestFocus()); // out of a text field, so the keys step again
        setBottom(bottom());
        reset.setOnAction(e -> act(() -> current.stepper.reset()));
        back.setOnAction(e -> act(() -> current.stepper.back()));
        forward.setOnAction(e -> act(() -> current.stepper.stepForward()));
        backward.setOnAction(e -> act(() -> current.stepper.stepBackward()));
        runAll.setOnAction(e -> act(() -> current.stepper.runAll()));
        sgd.setOnAction(e -> applySgd());
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        show(Choice.CHAIN_RULE);
    }

    /** This view's stylesheet (colours come from the app's theme, light.css or dark.css). */
    public static String stylesheet() {
        return BackpropView.class.getResource(CSS).toExternalForm();
    }

    private Region top() {
        Label title = new Label("Backpropagation, step by step");
        title.getStyleClass().add("bp-title");
        ToggleButton chain = new ToggleButton("f = (x + y)·z");
        chain.setId("bp-graph-chain");
        chain.setTooltip(new Tooltip("The lecture's first example of the chain rule"));
        ToggleButton net = new ToggleButton("2-2-1 sigmoid net");
        net.setId("bp-graph-net");
        net.setTooltip(new Tooltip("z1 = x1w1 + x2w3, z2 = x1w2 + x2w4, h = σ(z), ŷ = h1w5 + h2w6, E = (y − ŷ)²: "
                + "the lecture's “Backprop Demo”"));
        SegmentedButton choice = new SegmentedButton(chain, net);
        chain.setSelected(true);
        choice.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one graph is always chosen
            } else {
                show(now == chain ? Choice.CHAIN_RULE : Choice.TINY_NET);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(20, title, choice, gap, legend());
        head.setAlignment(Pos.CENTER_LEFT);
        Button defaults = button("bp-defaults", "Defaults", "Put back the default values of this graph");
        defaults.setOnAction(e -> restoreDefaults());
        defaults.setMinWidth(Region.USE_PREF_SIZE); // the fields give way first on a narrow screen
        HBox.setHgrow(fields, Priority.ALWAYS);
        HBox edit = new HBox(14, fields, defaults);
        edit.setAlignment(Pos.CENTER_LEFT);
        source.getStyleClass().add("bp-source");
        source.setWrapText(true);
        VBox top = new VBox(8, head, edit, source);
        top.getStyleClass().add("bp-top");
        return top;
    }

    /** The colour key: a value in ink, a gradient in the gradient colour, as in the nodes. */
    private static HBox legend() {
        Label value = new Label("value: forward");
        value.getStyleClass().add("bp-legend-value");
        Label grad = new Label("∂: backward");
        grad.getStyleClass().add("bp-legend-grad");
        HBox box = new HBox(16, value, grad);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private Region bottom() {
        caption.setId("bp-caption");
        caption.getStyleClass().add("bp-caption");
        caption.setWrapText(true);
        why.setId("bp-why");
        why.getStyleClass().add("bp-why");
        why.setWrapText(true);
        progress.setId("bp-progress");
        progress.getStyleClass().add("bp-progress");
        sgdRow.setId("bp-sgd-result");
        sgdRow.getStyleClass().add("bp-sgd-result");
        sgdRow.managedProperty().bind(sgdRow.visibleProperty());
        sgdLoss.getStyleClass().add("bp-sgd-loss");
        sgd.managedProperty().bind(sgd.visibleProperty());
        forward.getStyleClass().add("bp-primary");
        backward.getStyleClass().add("bp-primary");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(12, reset, back, forward, backward, runAll, sgd, gap, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("bp-controls");
        VBox bottom = new VBox(6, caption, why, sgdRow, controls);
        bottom.getStyleClass().add("bp-bottom");
        return bottom;
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    /** Shows the chosen graph, as it was left. */
    void show(Choice choice) {
        current = sessions.computeIfAbsent(choice, c -> new Session(BackpropGraph.of(c)));
        current.stepper.replay(current.stepper.stepsDone()); // a field may have committed to it on losing focus
        boolean net = !current.graph.weights().isEmpty();
        fields.setGraph(current.graph, net ? () -> current.eta : null, v -> current.eta = v);
        source.setText(current.graph.source());
        graphPane.setGraph(current.graph);
        sgd.setVisible(net);
        refresh();
    }

    private void restoreDefaults() {
        Choice choice = current.graph.weights().isEmpty() ? Choice.CHAIN_RULE : Choice.TINY_NET;
        sessions.remove(choice);
        show(choice);
    }

    /** A leaf changed: replay to the same step, so every number shown follows the new value at once. */
    private void leafChanged() {
        current.lastSgd = null;
        current.stepper.replay(current.stepper.stepsDone());
        refresh();
    }

    private void act(Runnable step) {
        step.run();
        refresh();
    }

    /** → next step, ← undo, R reset; left alone while a number is being typed. */
    private void key(KeyEvent e) {
        Scene scene = getScene();
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Stepper s = current.stepper;
        switch (e.getCode()) {
            case RIGHT -> act(s::next);
            case LEFT -> act(s::back);
            case R -> act(s::reset);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void applySgd() {
        Stepper s = current.stepper;
        if (!s.backwardComplete()) {
            return;
        }
        current.lossBeforeSgd = current.graph.root().item();
        current.lastSgd = SgdStep.apply(current.graph.weights(), current.eta);
        s.reset();
        fields.refresh();
        refresh();
        caption.setText("SGD step: w ← w − η·∂E/∂w = w − " + Captions.num(current.eta)
                + "·∂E/∂w for every weight. Step forward to see the new E.");
        why.setText("Each weight moved against its gradient: the ones E is most sensitive to moved most.");
    }

    /** Puts the stepper's state on the screen: graph, caption, buttons, progress, SGD result. */
    private void refresh() {
        Stepper s = current.stepper;
        graphPane.show(s);
        String out = current.graph.rootName();
        Stepper.Step last = s.last();
        if (last == null) {
            caption.setText("Press → or “Step forward” to compute the first node.");
            why.setText("Forward pass first: values flow left to right. Then the backward pass sends ∂" + out
                    + "/∂node from right to left, one node per step.");
        } else if (last.pass() == Stepper.Pass.FORWARD) {
            caption.setText(Captions.forward(last.node()));
            why.setText(s.forwardComplete() ? "Forward pass done: " + out + " = " + Captions.num(current.graph.root()
                    .item()) + ". Now the backward pass: press → or “Step backward”." : Captions.why(out, last));
        } else {
            caption.setText(Captions.backward(out, last));
            why.setText(Captions.why(out, last));
        }
        forward.setDisable(!s.canStepForward());
        backward.setDisable(!s.canStepBackward());
        runAll.setDisable(s.backwardComplete());
        back.setDisable(s.stepsDone() == 0);
        reset.setDisable(s.stepsDone() == 0);
        sgd.setDisable(!s.backwardComplete());
        progress.setText("forward " + Math.min(s.stepsDone(), s.forwardSteps()) + "/" + s.forwardSteps()
                + " · backward " + Math.max(0, s.stepsDone() - s.forwardSteps()) + "/" + s.backwardSteps());
        showSgd(s);
    }

    private void showSgd(Stepper s) {
        sgdRow.setVisible(current.lastSgd != null);
        if (current.lastSgd == null) {
            return;
        }
        sgdChanges.getChildren().clear();
        for (SgdStep.Change c : current.lastSgd) {
            Label chip = new Label(c.name() + ": " + Captions.num(c.before()) + " → " + Captions.num(c.after()));
            chip.setId("bp-sgd-" + c.name());
            chip.getStyleClass().add("bp-sgd-chip");
            chip.setTooltip(new Tooltip(c.name() + " − η·∂E/∂" + c.name() + " = " + Captions.num(c.before()) + " − "
                    + Captions.num(current.eta) + "·" + Captions.operand(c.grad()) + " = " + Captions.num(c.after())));
            sgdChanges.getChildren().add(chip);
        }
        double before = current.lossBeforeSgd;
        sgdLoss.setText(s.forwardComplete()
                ? "E before the step: " + Captions.num(before) + "   E after: " + Captions.num(current.graph.root().item())
                : "E before the step: " + Captions.num(before) + "   (finish the forward pass to see E after it)");
    }
}

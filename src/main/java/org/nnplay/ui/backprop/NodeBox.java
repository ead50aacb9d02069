package org.nnplay.ui.backprop;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.nnplay.engine.Tensor;

/**
 * One node of the drawn graph: its name (with the op's symbol, or "input"/"weight" for a leaf), its value once the
 * forward pass has computed it, and under it ∂out/∂node with its number once the backward pass has reached it. Unknowns show "?" so the
 * class sees what is still missing. Styled by backprop.css, so it follows the light and dark themes.
 */
final class NodeBox extends VBox {
    static final double WIDTH = 136;
    static final double HEIGHT = 106;

    private final BackpropGraph.GraphNode node;
    private final Label value = new Label();
    private final Label partial = new Label();
    private final Label grad = new Label();

    /** {@code formula}: write the op's formula in the header ("q = x + y"), where there is room for it. */
    NodeBox(BackpropGraph.GraphNode node, boolean formula) {
        this.node = node;
        Tensor t = node.tensor();
        getStyleClass().addAll("bp-node", "bp-" + node.kind().name().toLowerCase(java.util.Locale.ROOT));
        setId("bp-node-" + id(node.name()));
        Label name = new Label(formula && node.kind() == BackpropGraph.Kind.OP ? t.label() + " = " + Captions.formula(t) : t.label());
        name.getStyleClass().add("bp-name");
        HBox header = new HBox(6);
        header.setAlignment(Pos.CENTER_LEFT);
        if (node.kind() == BackpropGraph.Kind.OP) {
            // "×" rather than the formulas' "·", which in a round badge would read as a bullet
            Label badge = new Label(t.op().equals("mul") ? "×" : Captions.symbol(t.op()));
            badge.getStyleClass().add("bp-badge");
            header.getChildren().add(badge);
        }
        header.getChildren().add(name);
        if (node.kind() == BackpropGraph.Kind.OP) {
            javafx.scene.control.Tooltip.install(this, new javafx.scene.control.Tooltip(t.label() + " = " + Captions.formula(t)));
        }
        if (node.kind() != BackpropGraph.Kind.OP) {
            Label tag = new Label(node.kind() == BackpropGraph.Kind.WEIGHT ? "weight" : "input");
            tag.getStyleClass().add("bp-tag");
            header.getChildren().add(tag);
        }
        value.getStyleClass().add("bp-value");
        value.setId("bp-value-" + id(node.name()));
        partial.getStyleClass().add("bp-partial");
        grad.getStyleClass().add("bp-grad");
        grad.setId("bp-grad-" + id(node.name()));
        getChildren().addAll(header, value, partial, grad);
        setAlignment(Pos.CENTER_LEFT);
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
    }

    /** A node name as a CSS id: ŷ becomes "yhat", the minus sign "-" (so "y−ŷ" is "y-yhat"). */
    static String id(String name) {
        return name.replace("ŷ", "yhat").replace('−', '-');
    }

    BackpropGraph.GraphNode node() { return node; }

    /** Shows what the stepper knows about this node now; {@code current} marks the node the last step computed. */
    void show(Stepper s, String out, boolean current) {
        Tensor t = node.tensor();
        boolean known = s.hasValue(t);
        value.setText(known ? Captions.num(t.item()) : "?");
        setState(value, "bp-unknown", !known);
        boolean reached = s.hasGrad(t);
        partial.setText(Captions.partial(out, t));
        grad.setText(reached ? Captions.num(t.grad()[0]) : "?");
        setState(grad, "bp-unknown", !reached);
        setState(partial, "bp-unknown", !reached);
        setState(this, "bp-pending", !known);
        setState(this, "bp-current", current);
    }

    static void setState(javafx.scene.Node n, String styleClass, boolean on) {
        if (on && !n.getStyleClass().contains(styleClass)) {
            n.getStyleClass().add(styleClass);
        } else if (!on) {
            n.getStyleClass().remove(styleClass);
        }
    }
}

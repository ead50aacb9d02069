package org.nnplay.ui.backprop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.transform.Scale;
import org.nnplay.engine.Tensor;

/**
 * The computational graph, left to right: a {@link NodeBox} per node, a line per edge (operand → op), and on every
 * edge the backward pass has crossed its local derivative and its chain-rule term. Drawn in fixed design pixels and
 * scaled as a whole to fill the pane, so the type grows with the window on a projector.
 */
final class GraphPane extends Pane {
    private static final double MARGIN = 26;
    /** Never enlarge more than this: a three-node graph would otherwise fill a wall. */
    private static final double MAX_SCALE = 1.7;

    private final Group content = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Map<Tensor, NodeBox> boxes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private BackpropGraph graph;
    private double designWidth;
    private double designHeight;

    GraphPane() {
        getStyleClass().add("bp-graph");
        content.getTransforms().add(scale);
        getChildren().add(content);
        setMinSize(200, 150);
    }

    /** Draws a new graph (all unknown until {@link #show} is called). */
    void setGraph(BackpropGraph g) {
        this.graph = g;
        boxes.clear();
        edges.clear();
        content.getChildren().clear();
        double maxCol = 0;
        double maxRow = 0;
        for (BackpropGraph.GraphNode n : g.nodes()) {
            NodeBox box = new NodeBox(n, roomy());
            box.relocate(x(n), y(n));
            boxes.put(n.tensor(), box);
            maxCol = Math.max(maxCol, n.col());
            maxRow = Math.max(maxRow, n.row());
        }
        designWidth = 2 * MARGIN + maxCol * g.columnWidth() + NodeBox.WIDTH;
        designHeight = 2 * MARGIN + maxRow * g.rowHeight() + NodeBox.HEIGHT;
        List<javafx.scene.Node> lines = new ArrayList<>();
        List<javafx.scene.Node> labels = new ArrayList<>();
        for (BackpropGraph.GraphNode n : g.nodes()) {
            List<Tensor> operands = new ArrayList<>(new java.util.LinkedHashSet<>(n.tensor().parents()));
            operands.sort(Comparator.comparingDouble(p -> g.node(p).row()));
            for (int i = 0; i < operands.size(); i++) {
                Edge e = new Edge(operands.get(i), n.tensor(), (i + 1.0) / (operands.size() + 1));
                edges.add(e);
                lines.add(e.line);
                lines.add(e.head);
                labels.add(e.label);
            }
        }
        content.getChildren().addAll(lines);
        content.getChildren().addAll(boxes.values());
        content.getChildren().addAll(labels);
        requestLayout();
    }

    /** Whether there is room between the columns for the full chain-rule text on the edges and formulas in nodes. */
    private boolean roomy() { return graph.columnWidth() - NodeBox.WIDTH >= 150; }

    private double x(BackpropGraph.GraphNode n) { return MARGIN + n.col() * graph.columnWidth(); }

    private double y(BackpropGraph.GraphNode n) { return MARGIN + n.row() * graph.rowHeight(); }

    /** Shows the stepper's state: values, gradients, crossed edges, and the last step highlighted. */
    void show(Stepper s) {
        Stepper.Step last = s.last();
        for (NodeBox box : boxes.values()) {
            box.show(s, graph.rootName(), last != null && last.node() == box.node().tensor());
        }
        for (Edge e : edges) {
            e.show(s, last);
        }
    }

    NodeBox box(Tensor t) { return boxes.get(t); }

    @Override protected void layoutChildren() {
        if (graph == null) {
            return;
        }
        double k = Math.min(MAX_SCALE, Math.min(getWidth() / designWidth, getHeight() / designHeight));
        scale.setX(k);
        scale.setY(k);
        // layoutX/Y, not relocate(): the group's bounds start at the first node, not at the design origin
        content.setLayoutX((getWidth() - designWidth * k) / 2);
        content.setLayoutY((getHeight() - designHeight * k) / 2);
    }

    @Override protected double computePrefWidth(double height) { return designWidth; }

    @Override protected double computePrefHeight(double width) { return designHeight; }

    /** An edge operand → user: its line, an arrowhead at the user, and the label the backward pass fills in. */
    private final class Edge {
        final Tensor from;
        final Tensor to;
        final Line line = new Line();
        final Polygon head = new Polygon();
        final Label symbolic = new Label();
        final Label numeric = new Label();
        final VBox label = new VBox(symbolic, numeric);

        Edge(Tensor from, Tensor to, double port) {
            this.from = from;
            this.to = to;
            BackpropGraph.GraphNode a = graph.node(from);
            BackpropGraph.GraphNode b = graph.node(to);
            double x0 = x(a) + NodeBox.WIDTH;
            double y0 = y(a) + NodeBox.HEIGHT / 2;
            double x1 = x(b);
            double y1 = y(b) + NodeBox.HEIGHT * port;
            line.setStartX(x0);
            line.setStartY(y0);
            line.setEndX(x1 - 7);
            line.setEndY(y1);
            double angle = Math.atan2(y1 - y0, x1 - x0);
            double c = Math.cos(angle);
            double sn = Math.sin(angle);
            head.getPoints().setAll(x1, y1, x1 - 12 * c + 6 * sn, y1 - 12 * sn - 6 * c, x1 - 12 * c - 6 * sn,
                    y1 - 12 * sn + 6 * c);
            line.getStyleClass().add("bp-edge");
            head.getStyleClass().add("bp-arrow");
            label.getStyleClass().add("bp-edge-label");
            symbolic.getStyleClass().add("bp-edge-symbolic");
            numeric.getStyleClass().add("bp-edge-numeric");
            label.setId("bp-edge-" + NodeBox.id(from.label()) + "-" + NodeBox.id(to.label()));
            label.setVisible(false); // managed, so that the group sizes it to its text once CSS has set the font
            label.setMouseTransparent(true);
            label.layoutBoundsProperty().addListener((o, was, now) -> place(now.getWidth(), now.getHeight()));
        }

        /**
         * Puts the label on its line, past the middle (where several edges fan out of one node, their labels are
         * apart only towards the other end), but never over the user's box, whose text starts at its left edge: if
         * the label is wider than the gap, it overlaps the operand's box, whose right side is empty.
         */
        private void place(double w, double h) {
            double x0 = line.getStartX();
            double y0 = line.getStartY();
            double x1 = line.getEndX();
            double y1 = line.getEndY();
            double t = roomy() ? 0.5 : 0.6;
            double cx = Math.min(x0 + t * (x1 - x0), x1 - 6 - w / 2);
            double cy = y0 + (cx - x0) / (x1 - x0) * (y1 - y0);
            label.relocate(cx - w / 2, cy - h / 2);
        }

        void show(Stepper s, Stepper.Step last) {
            Stepper.Term term = s.term(from, to);
            boolean forwardNow = last != null && last.pass() == Stepper.Pass.FORWARD && last.node() == to;
            boolean backNow = term != null && last != null && last.pass() == Stepper.Pass.BACKWARD && last.node() == from;
            for (javafx.scene.Node n : List.of(line, head)) {
                NodeBox.setState(n, "bp-used", s.hasValue(to));
                NodeBox.setState(n, "bp-forward-now", forwardNow);
                NodeBox.setState(n, "bp-crossed", term != null);
                NodeBox.setState(n, "bp-back-now", backNow);
            }
            label.setVisible(term != null);
            NodeBox.setState(label, "bp-back-now", backNow);
            if (term == null) {
                return;
            }
            String out = graph.rootName();
            if (roomy()) {
                symbolic.setText(Captions.partial(out, to) + " · " + Captions.local(to, from));
                numeric.setText(Captions.num(term.upstream()) + " · " + Captions.operand(term.local()) + " = "
                        + Captions.num(term.product()));
            } else {
                // no room for the whole term between narrow columns: the local derivative, and the product while
                // this edge is the one being crossed (the caption writes the term out in full)
                symbolic.setText("×" + Captions.num(term.local()));
                numeric.setText("= " + Captions.num(term.product()));
            }
            numeric.setVisible(roomy() || backNow);
            numeric.setManaged(numeric.isVisible());
        }
    }
}

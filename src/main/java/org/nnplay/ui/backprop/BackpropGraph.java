package org.nnplay.ui.backprop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;
import org.nnplay.training.BackendChoice;

/**
 * One of the two built-in computational graphs of curriculum scene 9, built from the engine's own {@link Tensor}s
 * (1 × 1 each, so every node is one number), with where to draw each node. The window shows these tensors; it never
 * computes a value or gradient of its own.
 *
 * @param title        what the graph is, for the chooser and the window
 * @param source       where the default numbers come from, shown under the fields
 * @param root         the output: f, or the error E
 * @param rootName     its name in the gradients' notation (∂f/∂x, ∂E/∂w1)
 * @param nodes        every node of the engine's graph with its place, in the order the steps visit them:
 *                     column by column, top to bottom (a topological order, since operands sit left of their op)
 * @param leaves       the editable leaves by name, in the order their fields appear
 * @param weights      the leaves an SGD step updates (empty: no SGD step for this graph)
 * @param columnWidth  horizontal distance between columns, in design pixels
 * @param rowHeight    vertical distance between rows, in design pixels
 */
record BackpropGraph(String title, String source, Tensor root, String rootName, List<GraphNode> nodes,
                     Map<String, Tensor> leaves, List<Tensor> weights, double columnWidth, double rowHeight) {
    /** The backend of the demo: plain JVM doubles (float64), the same code training runs on. */
    static final Backend BE = BackendChoice.jvm();

    /** What a node is, which decides how it is drawn. */
    enum Kind { INPUT, WEIGHT, OP }

    /** A node of the graph at column {@code col}, row {@code row} (rows may be fractional, to centre a node). */
    record GraphNode(Tensor tensor, Kind kind, double col, double row) {
        String name() { return tensor.label(); }
    }

    /** Which built-in graph. */
    enum Choice { CHAIN_RULE, TINY_NET }

    static BackpropGraph of(Choice choice) {
        return choice == Choice.CHAIN_RULE ? chainRule(-2, 5, -4) : tinyNet(TinyNet.DEFAULTS);
    }

    /**
     * Checks what the stepper relies on: the drawn nodes are exactly the engine's graph under the root, and each
     * node's operands sit in columns left of it, so the node list is a topological order.
     */
    BackpropGraph {
        nodes = List.copyOf(nodes);
        java.util.Set<Tensor> engine = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        engine.addAll(List.of(root.topo()));
        if (engine.size() != nodes.size() || !nodes.stream().allMatch(n -> engine.contains(n.tensor()))) {
            throw new IllegalArgumentException(title + ": the drawn nodes must be the engine's graph under the root");
        }
        for (GraphNode n : nodes) {
            for (Tensor p : n.tensor().parents()) {
                GraphNode operand = nodes.stream().filter(m -> m.tensor() == p).findFirst().orElseThrow();
                if (operand.col() >= n.col()) {
                    throw new IllegalArgumentException(title + ": " + p.label() + " must sit left of " + n.name());
                }
            }
        }
        nodes = nodes.stream().sorted(java.util.Comparator.comparingDouble(GraphNode::col)
                .thenComparingDouble(GraphNode::row)).toList();
    }

    /** The node for {@code t}, or null if it is not part of this graph. */
    GraphNode node(Tensor t) {
        for (GraphNode n : nodes) {
            if (n.tensor() == t) {
                return n;
            }
        }
        return null;
    }

    /** The nodes that use {@code t} as an operand, in drawing order. */
    List<Tensor> consumers(Tensor t) {
        List<Tensor> out = new ArrayList<>();
        for (GraphNode n : nodes) {
            if (n.tensor().parents().contains(t)) {
                out.add(n.tensor());
            }
        }
        return out;
    }

    /** f = (x + y)·z through q = x + y, the lecture's first example (seed 004, "Backpropagation Intro"). */
    static BackpropGraph chainRule(double xv, double yv, double zv) {
        Tensor x = leaf("x", xv);
        Tensor y = leaf("y", yv);
        Tensor z = leaf("z", zv);
        Tensor q = x.add(y).label("q");
        Tensor f = q.mul(z).label("f");
        List<GraphNode> nodes = List.of(
                new GraphNode(x, Kind.INPUT, 0, 0), new GraphNode(y, Kind.INPUT, 0, 1),
                new GraphNode(q, Kind.OP, 1, 0.5), new GraphNode(z, Kind.INPUT, 1, 1.9),
                new GraphNode(f, Kind.OP, 2, 1.2));
        Map<String, Tensor> leaves = new LinkedHashMap<>();
        leaves.put("x", x);
        leaves.put("y", y);
        leaves.put("z", z);
        return new BackpropGraph("f = (x + y)·z", "x = −2, y = 5, z = −4: the lecture's example (seed 004, "
                + "“Backpropagation Intro”)", f, "f", nodes, leaves, List.of(), 330, 125);
    }

    /**
     * The lecture's "Backprop Demo" net (seed 004): z1 = x1w1 + x2w3, z2 = x1w2 + x2w4, h = σ(z), ŷ = h1w5 + h2w6,
     * E = (y − ŷ)², no biases, built op by op so that each product is a node of its own, as the engine sees it.
     */
    static BackpropGraph tinyNet(TinyNet v) {
        Tensor x1 = leaf("x1", v.x1());
        Tensor x2 = leaf("x2", v.x2());
        Tensor y = leaf("y", v.y());
        Tensor[] w = new Tensor[6];
        for (int i = 0; i < 6; i++) {
            w[i] = leaf("w" + (i + 1), v.w()[i]);
        }
        Tensor a1 = x1.mul(w[0]).label("x1w1");
        Tensor a3 = x2.mul(w[2]).label("x2w3");
        Tensor a2 = x1.mul(w[1]).label("x1w2");
        Tensor a4 = x2.mul(w[3]).label("x2w4");
        Tensor z1 = a1.add(a3).label("z1");
        Tensor z2 = a2.add(a4).label("z2");
        Tensor h1 = z1.sigmoid().label("h1");
        Tensor h2 = z2.sigmoid().label("h2");
        Tensor b1 = h1.mul(w[4]).label("h1w5");
        Tensor b2 = h2.mul(w[5]).label("h2w6");
        Tensor yHat = b1.add(b2).label("ŷ");
        Tensor e = y.sub(yHat).label("y−ŷ");
        Tensor err = e.square().label("E");
        List<GraphNode> nodes = List.of(
                new GraphNode(w[0], Kind.WEIGHT, 0, 0), new GraphNode(x1, Kind.INPUT, 0, 1),
                new GraphNode(w[2], Kind.WEIGHT, 0, 2), new GraphNode(w[1], Kind.WEIGHT, 0, 3),
                new GraphNode(x2, Kind.INPUT, 0, 4), new GraphNode(w[3], Kind.WEIGHT, 0, 5),
                new GraphNode(a1, Kind.OP, 1, 0.35), new GraphNode(a3, Kind.OP, 1, 1.6),
                new GraphNode(a2, Kind.OP, 1, 3.4), new GraphNode(a4, Kind.OP, 1, 4.65),
                new GraphNode(z1, Kind.OP, 2, 0.95), new GraphNode(z2, Kind.OP, 2, 4.05),
                new GraphNode(h1, Kind.OP, 3, 0.95), new GraphNode(w[4], Kind.WEIGHT, 3, 2),
                new GraphNode(w[5], Kind.WEIGHT, 3, 3), new GraphNode(h2, Kind.OP, 3, 4.05),
                new GraphNode(b1, Kind.OP, 4, 1.45), new GraphNode(b2, Kind.OP, 4, 3.55),
                new GraphNode(yHat, Kind.OP, 5, 2.5), new GraphNode(y, Kind.INPUT, 5, 3.9),
                new GraphNode(e, Kind.OP, 6, 2.9), new GraphNode(err, Kind.OP, 7, 2.9));
        Map<String, Tensor> leaves = new LinkedHashMap<>();
        for (Tensor t : new Tensor[] {x1, x2, y, w[0], w[1], w[2], w[3], w[4], w[5]}) {
            leaves.put(t.label(), t);
        }
        return new BackpropGraph("2-2-1 sigmoid network", TinyNet.SOURCE, err, "E", nodes, leaves, List.of(w),
                222, 114);
    }

    /**
     * A leaf that takes a gradient. Inputs and the target get one too, as in micrograd, so that every node on the
     * screen shows ∂E/∂node; only the weights are changed by the SGD step.
     */
    private static Tensor leaf(String name, double value) {
        return Tensor.of(BE, 1, 1, new double[] {value}, true).label(name);
    }
}

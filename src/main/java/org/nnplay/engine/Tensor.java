package org.nnplay.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the computation graph, micrograd-style but over matrices: its value, its gradient, its parents, the
 * name of the op that made it, and two closures, one that recomputes the value from the parents and one that
 * accumulates the gradient into the parents ({@code +=}, so a node used twice gets the sum).
 *
 * <p>Ops run at once when the graph is built, so every value can be read immediately. The same graph can then be
 * replayed: write new values into the leaves, call {@link #forward()} on the root, then {@link #backward()}.
 * Replaying allocates nothing, which is what makes thousands of mini-batch steps per second possible.
 *
 * <p>For teaching, the same passes can be taken one node at a time: {@link #recompute()} each node of
 * {@link #topo()} in order, then {@link #seedBackward()} and {@link #propagate()} each node in reverse order.
 */
public final class Tensor {
    private final Backend be;
    private final Buf value;
    private Buf grad;
    private final Tensor[] parents;
    private final String op;
    private final boolean requiresGrad;
    private Runnable forward;
    private Runnable backward;
    private String label;
    private Tensor[] topo;
    /** What computes this node's value and gradient flow; null for leaves. */
    private OpBody body;
    /**
     * Per node of {@link #topo}: whether that node's gradient is written (not added to) by its one consumer, so
     * {@link #backward()} need not zero it first.
     */
    private boolean[] writtenByConsumer;
    /** During a {@link #backward()} sweep: this node's one consumer writes its gradient rather than adding to it. */
    private boolean gradWritten;

    private Tensor(Backend be, int rows, int cols, String op, boolean requiresGrad, Tensor... parents) {
        this.be = be;
        this.value = be.zeros(rows, cols);
        this.op = op;
        this.requiresGrad = requiresGrad;
        this.parents = parents;
    }

    // ---- leaves -------------------------------------------------------------------------------------------

    /** A leaf with no gradient (inputs, targets, constants), filled with zeros. */
    public static Tensor constant(Backend be, int rows, int cols, String label) {
        return new Tensor(be, rows, cols, "leaf", false).label(label);
    }

    /** A trainable leaf: its gradient accumulates across {@link #backward()} calls until {@link #zeroGrad()}. */
    public static Tensor parameter(Backend be, int rows, int cols, String label) {
        return new Tensor(be, rows, cols, "param", true).label(label);
    }

    /** A leaf holding {@code data} (row-major). */
    public static Tensor of(Backend be, int rows, int cols, double[] data, boolean requiresGrad) {
        Tensor t = new Tensor(be, rows, cols, requiresGrad ? "param" : "leaf", requiresGrad);
        t.set(data);
        return t;
    }

    public static Tensor scalar(Backend be, double v) {
        return of(be, 1, 1, new double[] {v}, false);
    }

    // ---- reading and writing ------------------------------------------------------------------------------

    public Tensor set(double[] data) {
        if (data.length != value.size()) {
            throw new IllegalArgumentException("set " + label() + ": " + data.length + " values for shape " + value.shape());
        }
        be.write(value, data);
        return this;
    }

    public double[] data() {
        double[] out = new double[value.size()];
        be.read(value, out);
        return out;
    }

    /** The gradient after {@link #backward()}, zeros if none has flowed here. */
    public double[] grad() {
        double[] out = new double[value.size()];
        if (grad != null) {
            be.read(grad, out);
        }
        return out;
    }

    public double item() { return be.first(value); }

    public int rows() { return value.rows(); }

    public int cols() { return value.cols(); }

    public String op() { return op; }

    public List<Tensor> parents() { return List.of(parents); }

    public boolean requiresGrad() { return requiresGrad; }

    public Backend backend() { return be; }

    public Buf value() { return value; }

    /** The gradient buffer, allocated on first use. */
    public Buf gradBuf() {
        if (grad == null) {
            grad = be.zeros(value.rows(), value.cols());
        }
        return grad;
    }

    public String label() { return label != null ? label : op; }

    public Tensor label(String name) {
        this.label = name;
        return this;
    }

    public void zeroGrad() {
        if (grad != null) {
            be.fill(grad, 0);
        }
    }

    @Override
    public String toString() {
        return label() + value.shape() + (value.size() <= 8 ? Arrays.toString(data()) : "");
    }

    // ---- building ops ---------------------------------------------------------------------------------------

    private static boolean anyGrad(Tensor... ts) {
        for (Tensor t : ts) {
            if (t.requiresGrad) {
                return true;
            }
        }
        return false;
    }

    /** Creates the node, attaches its closures and runs the forward closure once. */
    static Tensor node(String op, int rows, int cols, Tensor[] parents, OpBody body) {
        Backend be = parents[0].be;
        for (Tensor p : parents) {
            if (p.be != be) {
                throw new IllegalArgumentException(op + ": operands live on different backends (" + be.name()
                        + ", " + p.be.name() + ")");
            }
        }
        Tensor out = new Tensor(be, rows, cols, op, anyGrad(parents), parents);
        out.body = body;
        out.forward = () -> body.forward(out);
        out.backward = () -> body.backward(out);
        out.forward.run();
        return out;
    }

    /** What an op does: compute its value from its parents, and push its gradient back to them. */
    interface OpBody {
        void forward(Tensor out);

        void backward(Tensor out);

        /**
         * Whether backward can write parent {@code parent}'s gradient outright (as if adding to zeros) when that
         * parent's {@link Tensor#gradWritten()} says so; ops that cannot keep adding, and their parents are zeroed.
         */
        default boolean writesGradOf(int parent) { return false; }
    }

    /** The gradient buffer of a parent if gradient must flow into it, else null. */
    static Buf gradOf(Tensor t) { return t.requiresGrad ? t.gradBuf() : null; }

    public Tensor matmul(Tensor b) { return Ops.matmul(this, b); }

    /** this · w + b, the affine map of a dense layer, as one node. */
    public Tensor linear(Tensor w, Tensor b) { return Ops.linear(this, w, b); }

    public Tensor add(Tensor b) { return Ops.zip(BinaryFn.ADD, this, b); }

    public Tensor sub(Tensor b) { return Ops.zip(BinaryFn.SUB, this, b); }

    public Tensor mul(Tensor b) { return Ops.zip(BinaryFn.MUL, this, b); }

    public Tensor div(Tensor b) { return Ops.zip(BinaryFn.DIV, this, b); }

    public Tensor neg() { return Ops.map(UnaryFn.NEG, 0, this); }

    public Tensor exp() { return Ops.map(UnaryFn.EXP, 0, this); }

    public Tensor log() { return Ops.map(UnaryFn.LOG, 0, this); }

    public Tensor square() { return Ops.map(UnaryFn.SQUARE, 0, this); }

    public Tensor pow(double exponent) { return Ops.map(UnaryFn.POW, exponent, this); }

    public Tensor abs() { return Ops.map(UnaryFn.ABS, 0, this); }

    public Tensor scale(double factor) { return Ops.map(UnaryFn.SCALE, factor, this); }

    public Tensor shift(double amount) { return Ops.map(UnaryFn.SHIFT, amount, this); }

    public Tensor map(UnaryFn fn, double p) { return Ops.map(fn, p, this); }

    public Tensor sigmoid() { return Ops.map(UnaryFn.SIGMOID, 0, this); }

    public Tensor tanh() { return Ops.map(UnaryFn.TANH, 0, this); }

    public Tensor relu() { return Ops.map(UnaryFn.RELU, 0, this); }

    /** Sum of all elements (1 × 1). */
    public Tensor sum() { return Ops.sum(this, -1, 1.0); }

    /** Sum over rows (axis 0, gives 1 × cols) or over columns (axis 1, gives rows × 1). */
    public Tensor sum(int axis) { return Ops.sum(this, axis, 1.0); }

    public Tensor mean() { return Ops.sum(this, -1, 1.0 / value.size()); }

    /** factor × the mean of all elements, as one node. */
    public Tensor mean(double factor) { return Ops.sum(this, -1, factor / value.size()); }

    public Tensor mean(int axis) { return Ops.sum(this, axis, 1.0 / (axis == 0 ? rows() : cols())); }

    public Tensor softmax() { return Ops.softmax(this); }

    /** Mean binary cross-entropy of these logits against 0/1 targets, computed stably. */
    public Tensor bceWithLogits(Tensor targets) { return Ops.bceWithLogits(this, targets); }

    /** Mean over rows of the cross-entropy of softmax(these logits) against one-hot targets. */
    public Tensor softmaxCrossEntropy(Tensor targets) { return Ops.softmaxCrossEntropy(this, targets); }

    // ---- running the graph ------------------------------------------------------------------------------------

    /** Recomputes every node this one depends on, in topological order, from the current leaf values. */
    public Tensor forward() {
        for (Tensor t : topo()) {
            if (t.forward != null) {
                t.forward.run();
            }
        }
        return this;
    }

    /** Recomputes this node alone from its parents' current values (they must be up to date). */
    public void recompute() {
        if (forward != null) {
            forward.run();
        }
    }

    /**
     * Reverse-mode sweep: zeroes the gradients of the intermediate nodes, seeds this node's gradient with 1 and
     * runs every backward closure in reverse topological order. Parameter gradients accumulate.
     */
    public void backward() {
        Tensor[] order = topo();
        boolean[] written = writtenByConsumer();
        for (int i = 0; i < order.length; i++) {
            Tensor t = order[i];
            t.gradWritten = written[i];
            // a gradient its one consumer will write needs no zeros first: in a dense network every activation's,
            // six passes over 256 × 64 values a step at batch 256 (8 % of the step on two cores, where half of each
            // buffer sat in the other core's cache)
            if (t.forward != null && t.requiresGrad && !written[i]) {
                be.fill(t.gradBuf(), 0);
            }
        }
        be.fill(gradBuf(), 1);
        for (int i = order.length - 1; i >= 0; i--) {
            order[i].propagate();
        }
    }

    /**
     * For each node of {@link #topo()}: whether exactly one op uses it, once, and that op can write its gradient
     * outright ({@link OpBody#writesGradOf}). Computed once per root.
     */
    private boolean[] writtenByConsumer() {
        if (writtenByConsumer == null) {
            Tensor[] order = topo();
            Map<Tensor, Integer> index = new IdentityHashMap<>();
            for (int i = 0; i < order.length; i++) index.put(order[i], i);
            int[] uses = new int[order.length];
            boolean[] writes = new boolean[order.length];
            for (Tensor t : order) {
                for (int k = 0; k < t.parents.length; k++) {
                    int p = index.get(t.parents[k]);
                    uses[p]++;
                    writes[p] = t.body != null && t.body.writesGradOf(k);
                }
            }
            boolean[] w = new boolean[order.length];
            for (int i = 0; i < order.length; i++) {
                w[i] = order[i] != this && order[i].forward != null && uses[i] == 1 && writes[i];
            }
            writtenByConsumer = w;
        }
        return writtenByConsumer;
    }

    /**
     * Whether this node's gradient is written outright by the one op that uses it (during {@link #backward()}), not
     * added to: that op's backward then writes rather than accumulates, the same values as adding to zeros.
     */
    boolean gradWritten() { return gradWritten; }

    /**
     * The first half of {@link #backward()}, for showing reverse mode one node at a time: zeroes the gradients of
     * the intermediate nodes and seeds this node's gradient with 1 (∂root/∂root). Calling {@link #propagate()} on
     * every node of {@link #topo()}, last to first, then completes exactly what {@code backward()} does.
     * Parameter gradients are left alone (they accumulate), as in {@code backward()}.
     */
    public void seedBackward() {
        for (Tensor t : topo()) {
            t.gradWritten = false; // one node at a time, every gradient accumulates from zeros
            if (t.forward != null && t.requiresGrad) {
                be.fill(t.gradBuf(), 0);
            }
        }
        be.fill(gradBuf(), 1);
    }

    /**
     * Runs this node's backward closure alone: adds its gradient times each local derivative into its parents'
     * gradients (the chain rule for one node). Its own gradient must be complete, i.e. every node that uses it
     * has propagated already; leaves and nodes that need no gradient do nothing.
     */
    public void propagate() {
        if (backward != null && requiresGrad) {
            backward.run();
        }
    }

    /** Every node this one depends on (itself last), parents before children; computed once, iteratively. */
    public Tensor[] topo() {
        if (topo == null) {
            List<Tensor> order = new ArrayList<>();
            Map<Tensor, Boolean> seen = new IdentityHashMap<>();
            ArrayDeque<Tensor> stack = new ArrayDeque<>();
            ArrayDeque<Integer> next = new ArrayDeque<>();
            stack.push(this);
            next.push(0);
            seen.put(this, true);
            while (!stack.isEmpty()) {
                Tensor t = stack.peek();
                int i = next.pop();
                if (i < t.parents.length) {
                    next.push(i + 1);
                    Tensor p = t.parents[i];
                    if (seen.putIfAbsent(p, true) == null) {
                        stack.push(p);
                        next.push(0);
                    }
                } else {
                    stack.pop();
                    order.add(t);
                }
            }
            topo = order.toArray(new Tensor[0]);
        }
        return topo;
    }
}

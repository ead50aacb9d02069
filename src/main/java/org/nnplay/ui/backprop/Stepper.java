package org.nnplay.ui.backprop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;

/**
 * Walks a {@link BackpropGraph} one node at a time with the engine's own closures: the forward pass runs
 * {@link Tensor#recompute()} on each op node in topological order (the graph's, column by column, which reads
 * better on the screen than the engine's depth-first one and gives the same numbers); the backward pass seeds the
 * output with {@link Tensor#seedBackward()} and then "reaches" one node per step in reverse order, running
 * {@link Tensor#propagate()} on the node before it, so that a node's gradient is complete (every node that uses it
 * has pushed its share) at the step that shows it. When the last node is reached, the engine's state is exactly
 * that of {@code root.forward(); root.backward()}.
 *
 * <p>The backward pass cannot start before the forward pass is complete: it needs every value. Going back a step
 * replays from the start, which is exact and, on graphs this size, instant.
 */
final class Stepper {
    /** Which pass a step belongs to. */
    enum Pass { FORWARD, BACKWARD }

    /**
     * One edge crossed by the backward pass: the chain-rule term ∂out/∂to · ∂to/∂from that it adds to ∂out/∂from.
     *
     * @param upstream ∂out/∂to, the gradient of the node that used {@code from}
     * @param local    ∂to/∂from, the local derivative, from the engine (see {@link #localDerivative})
     */
    record Term(Tensor from, Tensor to, double upstream, double local) {
        double product() { return upstream * local; }
    }

    /** What one step did: the node it computed, in which pass, and for a backward step the terms it summed. */
    record Step(Pass pass, Tensor node, List<Term> terms) {}

    private final BackpropGraph graph;
    private final List<Tensor> forwardOrder = new ArrayList<>();
    private final List<Tensor> backwardOrder = new ArrayList<>();
    private final Map<Tensor, List<Term>> terms = new HashMap<>();
    private final Set<Tensor> reached = new HashSet<>();
    private int forwardDone;
    private int backwardDone;
    private Step last;

    Stepper(BackpropGraph graph) {
        this.graph = graph;
        List<BackpropGraph.GraphNode> nodes = graph.nodes();
        for (BackpropGraph.GraphNode n : nodes) {
            if (!n.tensor().parents().isEmpty()) {
                forwardOrder.add(n.tensor());
            }
        }
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).tensor().requiresGrad()) {
                backwardOrder.add(nodes.get(i).tensor());
            }
        }
        reset();
    }

    BackpropGraph graph() { return graph; }

    /**
     * Back to the start: the op nodes' values are wiped to NaN (so a step that read a value not yet computed would
     * show it) and every gradient is zeroed. Leaf values are kept.
     */
    void reset() {
        Backend be = graph.root().backend();
        for (Tensor t : graph.root().topo()) {
            if (!t.parents().isEmpty()) {
                be.fill(t.value(), Double.NaN);
            }
            t.zeroGrad();
        }
        forwardDone = 0;
        backwardDone = 0;
        terms.clear();
        reached.clear();
        last = null;
    }

    int forwardSteps() { return forwardOrder.size(); }

    int backwardSteps() { return backwardOrder.size(); }

    int totalSteps() { return forwardSteps() + backwardSteps(); }

    int stepsDone() { return forwardDone + backwardDone; }

    boolean forwardComplete() { return forwardDone == forwardOrder.size(); }

    boolean backwardComplete() { return backwardDone == backwardOrder.size(); }

    boolean canStepForward() { return !forwardComplete(); }

    /** The backward pass needs every forward value, so it is refused until the forward pass is complete. */
    boolean canStepBackward() { return forwardComplete() && !backwardComplete(); }

    /** The last step taken, null at the start. */
    Step last() { return last; }

    /** Whether the node's value is computed (leaves always are). */
    boolean hasValue(Tensor t) {
        int i = forwardOrder.indexOf(t);
        return i < 0 || i < forwardDone;
    }

    /** Whether the backward pass has reached the node, i.e. its gradient is complete. */
    boolean hasGrad(Tensor t) { return reached.contains(t); }

    /** The term the edge from → to added to ∂out/∂from, once the backward pass has crossed it; else null. */
    Term term(Tensor from, Tensor to) {
        for (Term term : terms.getOrDefault(from, List.of())) {
            if (term.to() == to) {
                return term;
            }
        }
        return null;
    }

    /** Computes the next op node's value from its parents with the engine's forward closure. */
    Step stepForward() {
        if (!canStepForward()) {
            throw new IllegalStateException("the forward pass is already complete");
        }
        Tensor t = forwardOrder.get(forwardDone++);
        t.recompute();
        last = new Step(Pass.FORWARD, t, List.of());
        return last;
    }

    /** Reaches the next node of the backward pass; refused until the forward pass is complete. */
    Step stepBackward() {
        if (!forwardComplete()) {
            throw new IllegalStateException("finish the forward pass first: the backward pass needs every value");
        }
        if (backwardComplete()) {
            throw new IllegalStateException("the backward pass is already complete");
        }
        Tensor t = backwardOrder.get(backwardDone);
        List<Term> sum = new ArrayList<>();
        if (backwardDone == 0) {
            graph.root().seedBackward();
        } else {
            backwardOrder.get(backwardDone - 1).propagate();
            for (Tensor user : graph.consumers(t)) {
                sum.add(new Term(t, user, user.grad()[0], localDerivative(user, t)));
            }
        }
        backwardDone++;
        if (backwardComplete()) {
            t.propagate(); // a leaf in both built-in graphs, so nothing; kept so the state equals backward()'s
        }
        reached.add(t);
        terms.put(t, List.copyOf(sum));
        last = new Step(Pass.BACKWARD, t, List.copyOf(sum));
        return last;
    }

    /** The next step of the whole walk: forward while there is forward work, then backward. Null at the end. */
    Step next() {
        if (canStepForward()) {
            return stepForward();
        }
        return canStepBackward() ? stepBackward() : null;
    }

    /** Takes the steps that are left. */
    void runAll() {
        while (next() != null) {
            // every step is shown at once
        }
    }

    /** Undoes the last step by replaying all the others from the start (leaf values may have changed since). */
    void back() { replay(Math.max(0, stepsDone() - 1)); }

    /** Starts again and takes {@code steps} steps: how edits to the leaves and undo keep the walk where it was. */
    void replay(int steps) {
        reset();
        for (int i = 0; i < steps && next() != null; i++) {
            // replaying
        }
    }

    /**
     * ∂user/∂operand from the engine itself: runs the user's own backward closure once with its gradient set to 1
     * and its operands' gradients to 0, reads what arrived at the operand, and puts every gradient back. So the
     * number on the edge is the engine's local derivative, not a formula of this window.
     */
    static double localDerivative(Tensor user, Tensor operand) {
        Backend be = user.backend();
        List<Tensor> touched = new ArrayList<>(user.parents());
        touched.add(user);
        List<double[]> saved = new ArrayList<>();
        for (Tensor t : touched) {
            saved.add(t.grad());
        }
        for (Tensor p : user.parents()) {
            be.fill(p.gradBuf(), 0);
        }
        be.fill(user.gradBuf(), 1);
        user.propagate();
        double local = operand.grad()[0];
        for (int i = 0; i < touched.size(); i++) {
            be.write(touched.get(i).gradBuf(), saved.get(i));
        }
        return local;
    }
}

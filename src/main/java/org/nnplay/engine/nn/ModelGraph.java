package org.nnplay.engine.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.UnaryFn;

/**
 * One network's computation over a fixed number of rows, built once and replayed for every batch of that size.
 * Exposes every node the views draw: each layer's pre-activation and activation, the logits, the output, the data
 * loss, the regularisation penalty and the total.
 *
 * <p>In training mode dropout masks are redrawn (seeded) at each {@link #forward()}, and batch normalisation uses
 * the batch's statistics and updates the running ones; in evaluation mode neither.
 */
public final class ModelGraph {
    private final Network net;
    private final boolean training;
    private final Tensor input;
    private final Tensor targets;
    private final List<Layer.Applied> layers = new ArrayList<>();
    private final Tensor logits;
    private final Tensor output;
    private final Tensor dataLoss;
    private final Tensor penalty;
    private final Tensor total;
    private final Tensor l1Coef;
    private final Tensor l2Coef;

    public ModelGraph(Network net, int rows, boolean training, Regularization reg, long dropoutSeed) {
        this.net = net;
        this.training = training;
        NetworkSpec spec = net.spec();
        Backend be = net.backend();
        input = Tensor.constant(be, rows, spec.inputs(), "X");
        targets = Tensor.constant(be, rows, spec.outputs(), "y");
        SplittableRandom dropoutRng = new SplittableRandom(dropoutSeed);
        Tensor h = input;
        for (Layer layer : net.layers()) {
            Layer.Applied a = layer.apply(h, training, dropoutRng);
            layers.add(a);
            h = a.h;
        }
        logits = layers.getLast().z.label("logits");
        Head head = spec.head();
        output = head.output(logits);
        dataLoss = head.loss(logits, output, targets);
        if (reg != null && reg.kind() != RegularizationKind.NONE) {
            l1Coef = Tensor.scalar(be, 0).label("λ₁");
            l2Coef = Tensor.scalar(be, 0).label("λ₂");
            Tensor sum = null;
            for (Tensor wl : net.weightMatrices()) {
                Tensor term = wl.abs().sum().mul(l1Coef).add(wl.square().sum().scale(0.5).mul(l2Coef));
                sum = sum == null ? term : sum.add(term);
            }
            penalty = sum.label("penalty");
            total = dataLoss.add(penalty).label("total loss");
            setRegularization(reg);
        } else {
            l1Coef = null;
            l2Coef = null;
            penalty = null;
            total = dataLoss;
        }
        if (training) {
            redrawMasks();
            total.forward();
        }
    }

    /** Sets λ₁ and λ₂ from the kind and rate (live: no rebuild needed unless the graph was built without a penalty). */
    public void setRegularization(Regularization reg) {
        if (l1Coef == null) {
            if (reg.kind() != RegularizationKind.NONE) {
                throw new IllegalStateException("this graph was built without a penalty term");
            }
            return;
        }
        l1Coef.set(new double[] {reg.l1()});
        l2Coef.set(new double[] {reg.l2()});
    }

    public boolean hasPenalty() { return penalty != null; }

    /** Copies a batch in: x is rows × inputs, y rows × outputs, both row-major. */
    public void setBatch(double[] x, double[] y) {
        input.set(x);
        if (y != null) {
            targets.set(y);
        }
    }

    /** Recomputes everything from the current inputs and parameters (new dropout masks in training mode). */
    public void forward() {
        if (training) {
            redrawMasks();
        } else {
            loadRunningStats();
        }
        total.forward();
        output.recompute();
    }

    /** Computes the layers and the output only (no loss): what a decision-boundary grid needs. */
    public void forwardOutput() {
        if (!training) {
            loadRunningStats();
        }
        output.forward();
    }

    /** Forward then backward: parameter gradients accumulate; running batch-norm statistics are updated. */
    public double forwardBackward() {
        redrawMasks();
        total.forward();
        total.backward();
        updateRunningStats();
        return total.item();
    }

    private void redrawMasks() {
        for (Layer.Applied a : layers) {
            a.redrawMask();
        }
    }

    private void updateRunningStats() {
        for (Layer.Applied a : layers) {
            a.updateRunningStats();
        }
    }

    private void loadRunningStats() {
        for (Layer.Applied a : layers) {
            a.loadRunningStats();
        }
    }

    public Network network() { return net; }

    public boolean training() { return training; }

    public int rows() { return input.rows(); }

    public Tensor input() { return input; }

    public Tensor targets() { return targets; }

    /** Pre-activations z of every layer (the last one is the logits). */
    public List<Tensor> preActivations() {
        List<Tensor> zs = new ArrayList<>();
        for (Layer.Applied a : layers) {
            zs.add(a.z);
        }
        return zs;
    }

    /** Activations of every hidden layer. */
    public List<Tensor> activations() {
        List<Tensor> hs = new ArrayList<>();
        for (Layer.Applied a : layers) {
            if (a.h != null) {
                hs.add(a.h);
            }
        }
        return hs;
    }

    public Tensor logits() { return logits; }

    public Tensor output() { return output; }

    public Tensor dataLoss() { return dataLoss; }

    /** The penalty term (λ-weighted), or null when the graph has none. */
    public Tensor penalty() { return penalty; }

    public Tensor total() { return total; }

    /** The output function, null for softmax (used by views that colour neurons). */
    public UnaryFn outputFn() { return net.spec().head().outputFn(); }
}

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
    private static final double BN_EPS = 1e-5;
    private static final double BN_MOMENTUM = 0.9;

    private final Network net;
    private final boolean training;
    private final Tensor input;
    private final Tensor targets;
    private final List<Tensor> pre = new ArrayList<>();
    private final List<Tensor> act = new ArrayList<>();
    private final List<Tensor> masks = new ArrayList<>();
    private final List<Tensor> bnMean = new ArrayList<>();
    private final List<Tensor> bnVar = new ArrayList<>();
    private final List<Tensor> bnScale = new ArrayList<>();
    private final Tensor logits;
    private final Tensor output;
    private final Tensor dataLoss;
    private final Tensor penalty;
    private final Tensor total;
    private final Tensor l1Coef;
    private final Tensor l2Coef;
    private final SplittableRandom dropoutRng;
    private final List<double[]> maskHost = new ArrayList<>();

    public ModelGraph(Network net, int rows, boolean training, Regularization reg, long dropoutSeed) {
        this.net = net;
        this.training = training;
        NetworkSpec spec = net.spec();
        Backend be = net.backend();
        input = Tensor.constant(be, rows, spec.inputs(), "X");
        targets = Tensor.constant(be, rows, spec.outputs(), "y");
        dropoutRng = new SplittableRandom(dropoutSeed);
        Tensor h = input;
        int layers = net.layerCount();
        for (int l = 0; l < layers; l++) {
            Tensor z = h.linear(net.w.get(l), net.b.get(l)).label("z" + (l + 1));
            boolean hidden = l + 1 < layers;
            if (hidden && net.gamma.get(l) != null) {
                z = batchNorm(z, l, rows);
            }
            pre.add(z);
            if (!hidden) {
                break;
            }
            ActivationKind kind = spec.activations()[l];
            Tensor a = z.map(Activations.fn(kind), Activations.param(kind, spec.leakySlope())).label("h" + (l + 1));
            if (training && spec.dropout() > 0) {
                Tensor mask = Tensor.constant(be, rows, a.cols(), "dropout mask " + (l + 1));
                masks.add(mask);
                maskHost.add(new double[rows * a.cols()]);
                a = a.mul(mask).label("h" + (l + 1) + " (dropout)");
            }
            act.add(a);
            h = a;
        }
        logits = pre.get(pre.size() - 1).label("logits");
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

    private Tensor batchNorm(Tensor z, int l, int rows) {
        Backend be = net.backend();
        Tensor normed;
        if (training) {
            Tensor mean = z.mean(0).label("μ" + (l + 1));
            Tensor centred = z.sub(mean);
            Tensor var = centred.square().mean(0).label("σ²" + (l + 1));
            bnMean.add(mean);
            bnVar.add(var);
            normed = centred.mul(var.shift(BN_EPS).pow(-0.5));
        } else {
            Tensor mean = Tensor.constant(be, 1, z.cols(), "running μ" + (l + 1));
            Tensor scale = Tensor.constant(be, 1, z.cols(), "running 1/σ" + (l + 1));
            bnMean.add(mean);
            bnScale.add(scale);
            normed = z.sub(mean).mul(scale);
        }
        return normed.mul(net.gamma.get(l)).add(net.beta.get(l)).label("z" + (l + 1) + " (batch norm)");
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
        double keep = 1 - net.spec().dropout();
        for (int m = 0; m < masks.size(); m++) {
            double[] host = maskHost.get(m);
            for (int i = 0; i < host.length; i++) {
                host[i] = dropoutRng.nextDouble() < keep ? 1 / keep : 0;
            }
            masks.get(m).set(host);
        }
    }

    private void updateRunningStats() {
        for (int i = 0, l = 0; l < net.layerCount(); l++) {
            if (net.gamma.get(l) == null || bnVar.isEmpty()) {
                continue;
            }
            double[] mean = bnMean.get(i).data();
            double[] var = bnVar.get(i).data();
            double[] rm = net.runMean.get(l);
            double[] rv = net.runVar.get(l);
            for (int k = 0; k < rm.length; k++) {
                rm[k] = BN_MOMENTUM * rm[k] + (1 - BN_MOMENTUM) * mean[k];
                rv[k] = BN_MOMENTUM * rv[k] + (1 - BN_MOMENTUM) * var[k];
            }
            i++;
        }
    }

    private void loadRunningStats() {
        for (int i = 0, l = 0; l < net.layerCount(); l++) {
            if (net.gamma.get(l) == null || bnScale.isEmpty()) {
                continue;
            }
            double[] rv = net.runVar.get(l);
            double[] s = new double[rv.length];
            for (int k = 0; k < rv.length; k++) {
                s[k] = 1 / Math.sqrt(rv[k] + BN_EPS);
            }
            bnMean.get(i).set(net.runMean.get(l));
            bnScale.get(i).set(s);
            i++;
        }
    }

    public Network network() { return net; }

    public boolean training() { return training; }

    public int rows() { return input.rows(); }

    public Tensor input() { return input; }

    public Tensor targets() { return targets; }

    /** Pre-activations z of every layer (the last one is the logits). */
    public List<Tensor> preActivations() { return List.copyOf(pre); }

    /** Activations of every hidden layer. */
    public List<Tensor> activations() { return List.copyOf(act); }

    public Tensor logits() { return logits; }

    public Tensor output() { return output; }

    public Tensor dataLoss() { return dataLoss; }

    /** The penalty term (λ-weighted), or null when the graph has none. */
    public Tensor penalty() { return penalty; }

    public Tensor total() { return total; }

    /** The output function, null for softmax (used by views that colour neurons). */
    public UnaryFn outputFn() { return net.spec().head().outputFn(); }
}

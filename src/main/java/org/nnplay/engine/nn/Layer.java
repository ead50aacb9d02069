package org.nnplay.engine.nn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.UnaryFn;

/**
 * One dense layer, as micrograd's Layer but over a batch: z = x·W + b, then for a hidden layer optional batch
 * normalisation, the activation h = f(z), and in training optional (inverted) dropout. The output layer stops at
 * z: the {@link Head} applies its output function together with the loss.
 */
public final class Layer {
    private final int number;
    private final Tensor w;
    private final Tensor b;
    private final ActivationKind activation;
    private final double activationParam;
    private final double dropout;
    private final BatchNorm norm;

    /**
     * Layer {@code number} (1-based) from {@code in} to {@code out} neurons; {@code activation} null makes it the
     * output layer (which never has dropout or batch norm).
     */
    Layer(Backend be, int number, int in, int out, ActivationKind activation, double activationParam, double dropout,
          boolean batchNorm) {
        this.number = number;
        this.w = Tensor.parameter(be, in, out, "W" + number);
        this.b = Tensor.parameter(be, 1, out, "b" + number);
        this.activation = activation;
        this.activationParam = activationParam;
        boolean hidden = activation != null;
        this.dropout = hidden ? dropout : 0;
        this.norm = hidden && batchNorm ? new BatchNorm(be, out, number) : null;
    }

    public int inputs() { return w.rows(); }

    public int outputs() { return w.cols(); }

    /** W, inputs × outputs. */
    public Tensor weights() { return w; }

    /** b, one row of outputs. */
    public Tensor bias() { return b; }

    /** The activation of a hidden layer; null for the output layer. */
    public ActivationKind activation() { return activation; }

    public boolean hidden() { return activation != null; }

    /** The activation's parameter (the slope of leaky ReLU, alpha of ELU; 0 where it has none). */
    public double activationParam() { return activationParam; }

    /** The fraction of activations dropped in training (0: none). */
    public double dropout() { return dropout; }

    /** The batch normalisation, or null when the layer has none. */
    public BatchNorm batchNorm() { return norm; }

    /** W, b, and γ, β with batch norm: the order optimizers keep their state in. */
    public List<Tensor> parameters() {
        return norm == null ? List.of(w, b) : List.of(w, b, norm.gamma(), norm.beta());
    }

    /** Sets every value from a seed's stream (W by {@code init}, b to {@code biasInit}, batch norm to its neutral state). */
    void initialise(InitKind init, double scale, double biasInit, java.util.Random rng) {
        double[] wl = new double[inputs() * outputs()];
        Init.fill(wl, inputs(), outputs(), init, scale, rng);
        w.set(wl);
        double[] bl = new double[outputs()];
        Arrays.fill(bl, biasInit);
        b.set(bl);
        if (norm != null) {
            norm.reset();
        }
    }

    Weights.Layer toWeights() {
        boolean bn = norm != null;
        return new Weights.Layer(inputs(), outputs(), w.data(), b.data(), bn ? norm.gamma().data() : null,
                bn ? norm.beta().data() : null, bn ? norm.runningMean() : null, bn ? norm.runningVar() : null);
    }

    void load(Weights.Layer src) {
        if (src.in() != inputs() || src.out() != outputs()) {
            throw new IllegalArgumentException("weights of layer " + number + " are " + src.in() + "×" + src.out()
                    + ", the network's " + inputs() + "×" + outputs());
        }
        w.set(src.w());
        b.set(src.b());
        if (norm != null && src.gamma() != null) {
            norm.load(src.gamma(), src.beta(), src.runMean(), src.runVar());
        }
    }

    /**
     * Builds this layer's nodes on {@code x} for one graph. Dropout masks are drawn from {@code dropoutRng}, which
     * the graph shares between its layers so that one seed gives every mask.
     */
    Applied apply(Tensor x, boolean training, SplittableRandom dropoutRng) {
        Tensor z = x.linear(w, b).label("z" + number);
        BatchNorm.Applied bn = norm == null ? null : norm.apply(z, training, number);
        if (bn != null) {
            z = bn.out;
        }
        if (!hidden()) {
            return new Applied(z, null, null, bn, null);
        }
        UnaryFn f = Activations.fn(activation);
        Tensor h = z.map(f, activationParam).label("h" + number);
        Tensor mask = null;
        if (training && dropout > 0) {
            mask = Tensor.constant(x.backend(), x.rows(), outputs(), "dropout mask " + number);
            h = h.mul(mask).label("h" + number + " (dropout)");
        }
        return new Applied(z, h, mask, bn, dropoutRng);
    }

    /**
     * The layer inside one graph: its pre-activation z (after batch norm), its activation h (null for the output
     * layer), and what the graph renews at each step (the dropout mask, the batch-norm statistics).
     */
    final class Applied {
        final Tensor z;
        final Tensor h;
        private final Tensor mask;
        private final double[] maskHost;
        private final BatchNorm.Applied bn;
        private final SplittableRandom rng;

        private Applied(Tensor z, Tensor h, Tensor mask, BatchNorm.Applied bn, SplittableRandom rng) {
            this.z = z;
            this.h = h;
            this.mask = mask;
            this.maskHost = mask == null ? null : new double[mask.rows() * mask.cols()];
            this.bn = bn;
            this.rng = rng;
        }

        /** Training: a new mask, each unit kept with probability 1 − dropout and then scaled by 1/keep. */
        void redrawMask() {
            if (mask == null) {
                return;
            }
            double keep = 1 - dropout;
            for (int i = 0; i < maskHost.length; i++) {
                maskHost[i] = rng.nextDouble() < keep ? 1 / keep : 0;
            }
            mask.set(maskHost);
        }

        void updateRunningStats() {
            if (bn != null) {
                bn.updateRunning();
            }
        }

        void loadRunningStats() {
            if (bn != null) {
                bn.loadRunning();
            }
        }
    }

    @Override
    public String toString() {
        return "Layer " + number + " " + inputs() + "→" + outputs() + (hidden() ? " " + activation.key() : " (output)")
                + (norm != null ? " +batch norm" : "") + (dropout > 0 ? " +dropout " + dropout : "");
    }
}

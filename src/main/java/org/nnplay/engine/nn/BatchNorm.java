package org.nnplay.engine.nn;

import java.util.Arrays;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;

/**
 * Batch normalisation of one hidden layer's pre-activations: z ↦ (z − μ)/√(σ² + ε) · γ + β. In training μ and σ²
 * are the batch's own (per column), and each step moves the running mean and variance towards them; in evaluation
 * the running statistics stand in. γ and β are learnt; the running statistics are not parameters.
 */
public final class BatchNorm {
    static final double EPS = 1e-5;
    static final double MOMENTUM = 0.9;

    private final Tensor gamma;
    private final Tensor beta;
    private final double[] runMean;
    private final double[] runVar;

    BatchNorm(Backend be, int width, int number) {
        gamma = Tensor.parameter(be, 1, width, "γ" + number);
        beta = Tensor.parameter(be, 1, width, "β" + number);
        runMean = new double[width];
        runVar = new double[width];
    }

    public Tensor gamma() { return gamma; }

    public Tensor beta() { return beta; }

    /** A fresh layer's state: γ = 1, β = 0, running mean 0 and variance 1. */
    void reset() {
        double[] ones = new double[runVar.length];
        Arrays.fill(ones, 1.0);
        gamma.set(ones);
        Arrays.fill(runMean, 0);
        System.arraycopy(ones, 0, runVar, 0, ones.length);
    }

    double[] runningMean() { return runMean.clone(); }

    double[] runningVar() { return runVar.clone(); }

    void load(double[] g, double[] b, double[] mean, double[] var) {
        gamma.set(g);
        beta.set(b);
        System.arraycopy(mean, 0, runMean, 0, runMean.length);
        System.arraycopy(var, 0, runVar, 0, runVar.length);
    }

    /** The nodes of training mode's normalisation: the output, and the batch's mean and variance it used. */
    public record OverBatch(Tensor out, Tensor mean, Tensor var) {}

    /**
     * Training mode's normalisation over the rows of {@code z}: what {@link #apply} builds in training, and what
     * the gradient checks compare with SameDiff.
     */
    public static OverBatch overBatch(Tensor z, Tensor gamma, Tensor beta, String number) {
        Tensor mean = z.mean(0).label("μ" + number);
        Tensor centred = z.sub(mean);
        Tensor var = centred.square().mean(0).label("σ²" + number);
        return new OverBatch(centred.mul(var.shift(EPS).pow(-0.5)).mul(gamma).add(beta), mean, var);
    }

    /** Normalises {@code z} in one graph (labels numbered {@code number}): the nodes, and how the graph keeps them fed. */
    Applied apply(Tensor z, boolean training, int number) {
        String n = String.valueOf(number);
        if (training) {
            OverBatch nodes = overBatch(z, gamma, beta, n);
            return new Applied(true, nodes.out().label("z" + n + " (batch norm)"), nodes.mean(), nodes.var());
        }
        Backend be = z.backend();
        Tensor mean = Tensor.constant(be, 1, z.cols(), "running μ" + n);
        Tensor scale = Tensor.constant(be, 1, z.cols(), "running 1/σ" + n);
        Tensor out = z.sub(mean).mul(scale).mul(gamma).add(beta).label("z" + n + " (batch norm)");
        return new Applied(false, out, mean, scale);
    }

    /**
     * Batch norm inside one graph. In training {@code stat1} and {@code stat2} are the batch's mean and variance
     * nodes; in evaluation they are constants holding the running mean and 1/√(σ² + ε).
     */
    final class Applied {
        private final boolean training;
        final Tensor out;
        private final Tensor stat1;
        private final Tensor stat2;

        private Applied(boolean training, Tensor out, Tensor stat1, Tensor stat2) {
            this.training = training;
            this.out = out;
            this.stat1 = stat1;
            this.stat2 = stat2;
        }

        /** After a training step (nothing in evaluation): running ← momentum · running + (1 − momentum) · batch statistic. */
        void updateRunning() {
            if (!training) {
                return;
            }
            double[] mean = stat1.data();
            double[] var = stat2.data();
            for (int k = 0; k < runMean.length; k++) {
                runMean[k] = MOMENTUM * runMean[k] + (1 - MOMENTUM) * mean[k];
                runVar[k] = MOMENTUM * runVar[k] + (1 - MOMENTUM) * var[k];
            }
        }

        /** Before an evaluation pass (nothing in training): copies the current running statistics into the graph's constants. */
        void loadRunning() {
            if (training) {
                return;
            }
            double[] s = new double[runVar.length];
            for (int k = 0; k < s.length; k++) {
                s[k] = 1 / Math.sqrt(runVar[k] + EPS);
            }
            stat1.set(runMean);
            stat2.set(s);
        }
    }
}

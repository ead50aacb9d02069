package org.nnplay.experiment;

import java.util.Arrays;
import java.util.Objects;

/**
 * One layer's parameters: {@code w[i][j]} connects input i to neuron j (rows = inputs, columns = outputs),
 * {@code b[j]} is neuron j's bias, {@code batchNorm} (nullable) the layer's batch-norm state.
 */
public record LayerWeights(double[][] w, double[] b, BatchNormStats batchNorm) {
    public LayerWeights {
        w = Arrays2.matrix("w", w);
        b = Arrays2.vector("b", b, w[0].length);
        if (batchNorm != null && batchNorm.size() != b.length) {
            throw new InvalidSettingException("batchNorm.gamma",
                    "has " + Checks.count(batchNorm.size(), "entry", "entries") + ": expected " + b.length);
        }
    }

    public LayerWeights(double[][] w, double[] b) {
        this(w, b, null);
    }

    public int inputs() { return w.length; }

    public int outputs() { return b.length; }

    @Override public double[][] w() { return Arrays2.copy(w); }

    @Override public double[] b() { return b.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerWeights l && Arrays.deepEquals(w, l.w) && Arrays.equals(b, l.b)
                && Objects.equals(batchNorm, l.batchNorm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.deepHashCode(w), Arrays.hashCode(b), batchNorm);
    }

    @Override
    public String toString() {
        return "LayerWeights[w=" + Arrays2.toString(w) + ", b=" + Arrays.toString(b) + ", batchNorm=" + batchNorm + "]";
    }
}

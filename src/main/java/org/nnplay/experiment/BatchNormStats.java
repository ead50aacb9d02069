package org.nnplay.experiment;

import java.util.Arrays;

/** A batch-normalised layer's learned scale and shift and its running mean and variance, one entry per neuron. */
public record BatchNormStats(double[] gamma, double[] beta, double[] mean, double[] variance) {
    public BatchNormStats {
        gamma = Arrays2.vector("gamma", gamma, -1);
        beta = Arrays2.vector("beta", beta, gamma.length);
        mean = Arrays2.vector("mean", mean, gamma.length);
        variance = Arrays2.vector("variance", variance, gamma.length);
        for (int i = 0; i < variance.length; i++) {
            Range.closed(0, 1e6).check("variance[" + i + "]", variance[i]);
        }
    }

    public int size() { return gamma.length; }

    @Override public double[] gamma() { return gamma.clone(); }

    @Override public double[] beta() { return beta.clone(); }

    @Override public double[] mean() { return mean.clone(); }

    @Override public double[] variance() { return variance.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchNormStats s && Arrays.equals(gamma, s.gamma) && Arrays.equals(beta, s.beta)
                && Arrays.equals(mean, s.mean) && Arrays.equals(variance, s.variance);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {Arrays.hashCode(gamma), Arrays.hashCode(beta), Arrays.hashCode(mean),
                Arrays.hashCode(variance)});
    }

    @Override
    public String toString() {
        return "BatchNormStats[gamma=" + Arrays.toString(gamma) + ", beta=" + Arrays.toString(beta) + ", mean="
                + Arrays.toString(mean) + ", variance=" + Arrays.toString(variance) + "]";
    }
}

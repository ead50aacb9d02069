package org.nnplay.engine.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * A backend-independent copy of a network's parameters, layer by layer: W is inputs × outputs (row-major),
 * b has one value per output. Batch-norm layers also carry γ, β and the running mean and variance (else null).
 * Immutable by convention: arrays are copied on the way in and out of a network.
 */
public record Weights(List<Layer> layers) {
    public Weights {
        layers = List.copyOf(layers);
    }

    public record Layer(int in, int out, double[] w, double[] b, double[] gamma, double[] beta, double[] runMean,
                        double[] runVar) {
        public double weight(int from, int to) { return w[from * out + to]; }

        Layer copy() {
            return new Layer(in, out, w.clone(), b.clone(), c(gamma), c(beta), c(runMean), c(runVar));
        }

        private static double[] c(double[] a) { return a == null ? null : a.clone(); }
    }

    public Weights copy() {
        List<Layer> out = new ArrayList<>();
        for (Layer l : layers) {
            out.add(l.copy());
        }
        return new Weights(out);
    }

    /** All weights and biases in one flat vector (the order the loss landscape and PCA use). */
    public double[] flatten() {
        int n = 0;
        for (Layer l : layers) {
            n += l.w.length + l.b.length;
        }
        double[] v = new double[n];
        int k = 0;
        for (Layer l : layers) {
            System.arraycopy(l.w, 0, v, k, l.w.length);
            k += l.w.length;
            System.arraycopy(l.b, 0, v, k, l.b.length);
            k += l.b.length;
        }
        return v;
    }

    /** The inverse of {@link #flatten()}: same layout as this, values from {@code v}. */
    public Weights withFlat(double[] v) {
        List<Layer> out = new ArrayList<>();
        int k = 0;
        for (Layer l : layers) {
            Layer c = l.copy();
            System.arraycopy(v, k, c.w, 0, c.w.length);
            k += c.w.length;
            System.arraycopy(v, k, c.b, 0, c.b.length);
            k += c.b.length;
            out.add(c);
        }
        return new Weights(out);
    }

    public boolean allFinite() {
        for (Layer l : layers) {
            for (double x : l.w) if (!Double.isFinite(x)) return false;
            for (double x : l.b) if (!Double.isFinite(x)) return false;
        }
        return true;
    }
}

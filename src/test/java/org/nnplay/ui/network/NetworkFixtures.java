package org.nnplay.ui.network;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.engine.nn.Weights;
import org.nnplay.training.Snapshot;
import org.nnplay.training.Snapshot.NeuronGrids;

/** Synthetic snapshots for the view: weights and neuron grids built directly, no training. */
final class NetworkFixtures {
    private NetworkFixtures() {}

    /** Weights for the widths (inputs, hidden..., outputs): a fixed pattern of both signs and many magnitudes. */
    static Weights weights(int... widths) {
        List<Weights.Layer> layers = new ArrayList<>();
        for (int l = 0; l + 1 < widths.length; l++) {
            int in = widths[l], out = widths[l + 1];
            double[] w = new double[in * out], b = new double[out];
            for (int k = 0; k < w.length; k++) {
                w[k] = 2.6 * Math.sin(1.7 * k + 0.9 * l + 0.3);
            }
            for (int j = 0; j < out; j++) {
                b[j] = 0.8 * Math.cos(2.1 * j + l);
            }
            layers.add(new Weights.Layer(in, out, w, b, null, null, null, null));
        }
        return new Weights(layers);
    }

    /**
     * Grids over [-6, 6]² with n cells a side. Inputs are x1, x2, ...; hidden neuron j of layer l is
     * tanh of a rotating direction, so thumbnails show stripes; neuron (1, 0) is tanh(x1): negative (red) on the
     * left, positive (green) on the right. Outputs are tanh of a circle (the default loss, half squared, has a
     * tanh output).
     */
    static NeuronGrids grids(int n, int... widths) {
        double[][] layers = new double[widths.length][];
        for (int l = 0; l < widths.length; l++) {
            int width = widths[l];
            double[] v = new double[n * n * width];
            for (int row = 0; row < n; row++) {
                double x2 = 6 - (row + 0.5) * 12.0 / n;
                for (int col = 0; col < n; col++) {
                    double x1 = -6 + (col + 0.5) * 12.0 / n;
                    for (int j = 0; j < width; j++) {
                        v[(row * n + col) * width + j] = value(l, j, widths.length, x1, x2);
                    }
                }
            }
            layers[l] = v;
        }
        return new NeuronGrids(n, layers, widths.clone());
    }

    private static double value(int l, int j, int count, double x1, double x2) {
        if (l == 0) {
            return j % 2 == 0 ? x1 / 6 : x2 / 6;
        }
        if (l == count - 1) {
            return Math.tanh(0.25 * (12 + 2 * j - x1 * x1 - x2 * x2));
        }
        double a = 0.9 * j + 0.6 * (l - 1);
        double r = Math.sqrt(x1 * x1 + x2 * x2);
        return (j + l) % 3 == 2 ? Math.tanh(3.5 - r) : Math.tanh(0.5 * (Math.cos(a) * x1 + Math.sin(a) * x2) + 0.4 * j);
    }

    static Snapshot snapshot(long sequence, Weights weights, NeuronGrids grids) {
        return new Snapshot(sequence, 0, 1, null, 120, 6000, null, null, weights, null, 0.03, null, null, null, grids,
                "jvm", 0, null, null);
    }

    /** A snapshot that fits (inputs, hidden..., outputs). */
    static Snapshot snapshot(long sequence, int... widths) {
        return snapshot(sequence, weights(widths), grids(40, widths));
    }
}

package org.nnplay.engine.jvm;

import java.util.Arrays;
import org.nnplay.engine.UnaryFn;

/**
 * One training step of a small stack of dense layers (forward, loss, backward into the parameters' gradients) in
 * a single kernel, for the playground's own networks: 2–8 neurons a layer and batches of 10, where the graph's
 * fifteen to thirty nodes a step cost more in calls, dispatch and half-empty vectors than in arithmetic.
 *
 * <p>It computes exactly what the graph of {@code ModelGraph} computes on this backend, the same operations in the
 * same order, so the loss and every gradient are the same bits (the tests compare them): each product term by term
 * with fused multiply-adds from +0 ({@link JvmMatmul}), the bias added after, activations and their derivatives by
 * the backend's own element-wise kernels, gradients accumulated from zeroed buffers, sums over a batch row after
 * row. What differs is the layout: a layer's values are kept neuron by neuron, each neuron's rows side by side, so
 * that every loop runs over the rows of a batch, contiguous in memory, and the batch is gathered straight from
 * the training rows.
 *
 * <p>Not thread-safe: one trainer owns one.
 */
public final class DenseStack {
    /** How the output is compared with the targets. */
    public enum Loss {
        /** factor · mean of (output − target)²: ½ for TensorFlow Playground's loss, 1 for mse. */
        SQUARED,
        /** mean of |output − target|. */
        ABSOLUTE,
        /** mean binary cross-entropy computed from the logits (the output function is then not applied). */
        BCE_WITH_LOGITS
    }

    private static final int SLACK = JvmMatmul.VECTOR ? VectorDense.lanes() : 1;

    private final int layers;
    private final int[] widths;
    private final UnaryFn[] fns;
    private final double[] params;
    private final Loss loss;
    private final double factor;
    private final int maxRows;
    /** a[0] the inputs, a[l] layer l's activation (the output for the last layer), neuron by neuron. */
    private final double[][] a;
    private final double[][] z;
    /** The gradient with respect to z of each layer, and with respect to a of each hidden layer. */
    private final double[][] gz;
    private final double[][] ga;
    private final double[] gOut;
    /** The gradient with respect to z row by row (the vector path sums it over rows a vector of neurons at a time). */
    private final double[] gRows;
    private final double[][] w;
    private final double[][] b;
    private final double[][] gw;
    private final double[][] gb;

    /**
     * A step for layers of {@code widths} (inputs first, outputs last), each layer's activation {@code fns[l]}
     * with parameter {@code params[l]} (the last one the output function), on batches of up to {@code maxRows}.
     * {@code w[l]}, {@code b[l]} are layer l + 1's weights (row-major, inputs × outputs) and bias, {@code gw},
     * {@code gb} their gradients: the parameters' own arrays, read and accumulated into in place.
     */
    public DenseStack(int[] widths, UnaryFn[] fns, double[] params, Loss loss, double factor, int maxRows,
                      double[][] w, double[][] b, double[][] gw, double[][] gb) {
        this.layers = widths.length - 1;
        if (layers < 1 || fns.length != layers || params.length != layers || w.length != layers || b.length != layers
                || gw.length != layers || gb.length != layers) {
            throw new IllegalArgumentException("a dense stack needs one activation, weight and bias per layer");
        }
        this.widths = widths.clone();
        this.fns = fns.clone();
        this.params = params.clone();
        this.loss = loss;
        this.factor = factor;
        this.maxRows = maxRows;
        this.w = w.clone();
        this.b = b.clone();
        this.gw = gw.clone();
        this.gb = gb.clone();
        int widest = 0;
        for (int width : widths) widest = Math.max(widest, width);
        int stride = stride(maxRows);
        a = new double[layers + 1][];
        z = new double[layers + 1][];
        gz = new double[layers + 1][];
        ga = new double[layers + 1][];
        for (int l = 0; l <= layers; l++) {
            // a vector's worth of slack after z and a: tanh runs in whole vectors, past the layer's last row
            a[l] = new double[widths[l] * stride + SLACK];
            if (l > 0) {
                z[l] = new double[widths[l] * stride + SLACK];
                gz[l] = new double[widths[l] * stride];
                ga[l] = new double[widths[l] * stride];
            }
        }
        gOut = new double[widths[layers] * stride];
        gRows = new double[widest * maxRows];
    }

    /**
     * The distance between two neurons' rows: with the Vector API the batch rounded up to an even number of rows,
     * which {@link VectorDense} takes in whole vectors and pairs. A padding row holds zeros as inputs and never
     * enters a sum over rows (a gradient, the loss).
     */
    private static int stride(int rows) {
        return JvmMatmul.VECTOR ? (rows + 1) & ~1 : rows;
    }

    /** Whether this JVM computes products the way the graph's products are defined (fused multiply-adds). */
    public static boolean available() { return JvmMatmul.FMA; }

    public int maxRows() { return maxRows; }

    /**
     * Forward and backward over the rows {@code order[from .. from + rows)} of {@code x} (row-major, one row of
     * inputs per point) against {@code targets} (row-major, one row of outputs per point): returns the batch's mean
     * loss and adds the gradients into the parameters' gradient arrays.
     */
    public double step(double[] x, double[] targets, int[] order, int from, int rows) {
        if (rows < 1 || rows > maxRows) {
            throw new IllegalArgumentException("a batch of " + rows + " rows, this step takes 1 to " + maxRows);
        }
        int in = widths[0];
        int stride = stride(rows);
        boolean vector = JvmMatmul.VECTOR && VectorMatmul.ready();
        double[] a0 = a[0];
        for (int r = 0; r < rows; r++) {
            int src = order[from + r] * in;
            for (int i = 0; i < in; i++) a0[i * stride + r] = x[src + i];
        }
        if (stride > rows) {
            for (int i = 0; i < in; i++) a0[i * stride + rows] = 0.0;
        }
        for (int l = 1; l <= layers; l++) {
            forward(l, stride, vector);
        }
        double value = lossAndSeed(targets, order, from, rows, stride);
        for (int l = layers; l >= 1; l--) {
            backward(l, rows, stride, vector);
        }
        return value;
    }

    /** z = a[l−1] · W + b, then a[l] = f(z) (not for the logits of a cross-entropy, which works on z). */
    private void forward(int l, int stride, boolean vector) {
        int nIn = widths[l - 1];
        int nOut = widths[l];
        double[] x = a[l - 1];
        double[] wl = w[l - 1];
        double[] bl = b[l - 1];
        double[] zl = z[l];
        if (vector) {
            VectorDense.forward(x, wl, bl, zl, nIn, nOut, stride);
        } else {
            for (int j = 0; j < nOut; j++) {
                int o = j * stride;
                double w0 = wl[j];
                double bj = bl[j];
                for (int r = 0; r < stride; r++) {
                    double acc = Math.fma(x[r], w0, 0.0);
                    for (int p = 1; p < nIn; p++) acc = Math.fma(x[p * stride + r], wl[p * nOut + j], acc);
                    zl[o + r] = acc + bj;
                }
            }
        }
        if (l < layers || loss != Loss.BCE_WITH_LOGITS) {
            int n = nOut * stride;
            if (vector && fns[l - 1] == UnaryFn.TANH) {
                // whole vectors: the values past n are the slack's (never read), not a few more one at a time
                VectorTanh.of(zl, a[l], 0, (n + SLACK - 1) / SLACK * SLACK);
            } else {
                JvmBackend.map(fns[l - 1], params[l - 1], zl, a[l], 0, n);
            }
        }
    }

    /**
     * The mean loss, in the graph's order (row after row, each row's outputs in turn), and its gradient with respect
     * to the logits into gz[last], as the graph's nodes pass it back one after the other.
     */
    private double lossAndSeed(double[] targets, int[] order, int from, int rows, int stride) {
        int outs = widths[layers];
        int n = rows * outs;
        int padded = outs * stride;
        double[] out = a[layers];
        double[] zl = z[layers];
        double[] g = gz[layers];
        Arrays.fill(g, 0, padded, 0.0);
        double s = 0;
        if (loss == Loss.BCE_WITH_LOGITS) {
            double f = 1.0 / n;
            for (int r = 0; r < rows; r++) {
                int t = order[from + r] * outs;
                for (int c = 0; c < outs; c++) {
                    int i = c * stride + r;
                    double zi = zl[i];
                    double ti = targets[t + c];
                    s += Math.max(zi, 0) - zi * ti + Math.log1p(Math.exp(-Math.abs(zi)));
                    g[i] += f * (UnaryFn.sigmoid(zi) - ti);
                }
            }
            return s / n;
        }
        // sub, then square or abs, then the mean: each node's gradient starts from a zeroed buffer (0.0 + …)
        double scale = loss == Loss.SQUARED ? factor / n : 1.0 / n;
        double gMean = 0.0 + scale * 1.0;
        Arrays.fill(gOut, 0, padded, 0.0);
        for (int r = 0; r < rows; r++) {
            int t = order[from + r] * outs;
            for (int c = 0; c < outs; c++) {
                int i = c * stride + r;
                double d = out[i] - targets[t + c];
                double gd;
                if (loss == Loss.SQUARED) {
                    s += d * d;
                    gd = 0.0 + 2 * d * gMean;
                } else {
                    s += Math.abs(d);
                    gd = 0.0 + Math.signum(d) * gMean;
                }
                gOut[i] = 0.0 + gd;
            }
        }
        JvmBackend.mapBackward(fns[layers - 1], params[layers - 1], zl, out, gOut, g, 0, padded);
        return scale * s;
    }

    /**
     * From gz[l]: the gradient into the layer's input (and through the previous activation into gz[l−1]), into W
     * (Σ over rows, row after row, from its current value) and into b (the same).
     */
    private void backward(int l, int rows, int stride, boolean vector) {
        int nIn = widths[l - 1];
        int nOut = widths[l];
        double[] x = a[l - 1];
        double[] g = gz[l];
        double[] wl = w[l - 1];
        if (l > 1) {
            double[] gx = ga[l - 1];
            if (vector) {
                VectorDense.inputGrad(g, wl, gx, nIn, nOut, stride);
            } else {
                for (int i = 0; i < nIn; i++) {
                    int o = i * stride;
                    int wi = i * nOut;
                    for (int r = 0; r < stride; r++) {
                        double acc = Math.fma(g[r], wl[wi], 0.0);
                        for (int p = 1; p < nOut; p++) acc = Math.fma(g[p * stride + r], wl[wi + p], acc);
                        gx[o + r] = acc;
                    }
                }
            }
            double[] gzPrev = gz[l - 1];
            UnaryFn f = fns[l - 2];
            if (f == UnaryFn.TANH) {
                // the backend's tanh gradient, gz += (1 − y²)·g, into a zeroed buffer
                double[] y = a[l - 1];
                for (int i = 0; i < nIn * stride; i++) gzPrev[i] = 0.0 + (1 - y[i] * y[i]) * gx[i];
            } else {
                Arrays.fill(gzPrev, 0, nIn * stride, 0.0);
                JvmBackend.mapBackward(f, params[l - 2], z[l - 1], a[l - 1], gx, gzPrev, 0, nIn * stride);
            }
        }
        double[] gwl = gw[l - 1];
        double[] gbl = gb[l - 1];
        if (vector && nOut >= VectorDense.lanes()) {
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < nOut; j++) gRows[r * nOut + j] = g[j * stride + r];
            }
            VectorDense.weightGrad(x, gRows, gwl, nIn, nOut, rows, stride);
            VectorDense.biasGrad(gRows, gbl, nOut, rows);
        } else {
            weightGrad(x, g, gwl, nIn, nOut, rows, stride);
            biasGrad(g, gbl, nOut, rows, stride);
        }
    }

    /**
     * gw[q] += Σ_r x[i·stride + r] · g[j·stride + r] for q = i·nOut + j, row after row: four weights at a time, so
     * that four chains of multiply-adds overlap (one chain waits 4 cycles for each of its terms).
     */
    private static void weightGrad(double[] x, double[] g, double[] gw, int nIn, int nOut, int rows, int stride) {
        int n = nIn * nOut;
        int q = 0;
        for (; q + 4 <= n; q += 4) {
            int x0 = q / nOut * stride;
            int x1 = (q + 1) / nOut * stride;
            int x2 = (q + 2) / nOut * stride;
            int x3 = (q + 3) / nOut * stride;
            int g0 = q % nOut * stride;
            int g1 = (q + 1) % nOut * stride;
            int g2 = (q + 2) % nOut * stride;
            int g3 = (q + 3) % nOut * stride;
            double c0 = gw[q];
            double c1 = gw[q + 1];
            double c2 = gw[q + 2];
            double c3 = gw[q + 3];
            for (int r = 0; r < rows; r++) {
                c0 = Math.fma(x[x0 + r], g[g0 + r], c0);
                c1 = Math.fma(x[x1 + r], g[g1 + r], c1);
                c2 = Math.fma(x[x2 + r], g[g2 + r], c2);
                c3 = Math.fma(x[x3 + r], g[g3 + r], c3);
            }
            gw[q] = c0;
            gw[q + 1] = c1;
            gw[q + 2] = c2;
            gw[q + 3] = c3;
        }
        for (; q < n; q++) {
            int xq = q / nOut * stride;
            int gq = q % nOut * stride;
            double c = gw[q];
            for (int r = 0; r < rows; r++) c = Math.fma(x[xq + r], g[gq + r], c);
            gw[q] = c;
        }
    }

    /** gb[j] += g[j·stride] + g[j·stride + 1] + …, row after row, four neurons at a time. */
    private static void biasGrad(double[] g, double[] gb, int nOut, int rows, int stride) {
        int j = 0;
        for (; j + 4 <= nOut; j += 4) {
            int g0 = j * stride;
            double c0 = gb[j];
            double c1 = gb[j + 1];
            double c2 = gb[j + 2];
            double c3 = gb[j + 3];
            for (int r = 0; r < rows; r++) {
                c0 = c0 + g[g0 + r];
                c1 = c1 + g[g0 + stride + r];
                c2 = c2 + g[g0 + 2 * stride + r];
                c3 = c3 + g[g0 + 3 * stride + r];
            }
            gb[j] = c0;
            gb[j + 1] = c1;
            gb[j + 2] = c2;
            gb[j + 3] = c3;
        }
        for (; j < nOut; j++) {
            int gj = j * stride;
            double c = gb[j];
            for (int r = 0; r < rows; r++) c = c + g[gj + r];
            gb[j] = c;
        }
    }
}

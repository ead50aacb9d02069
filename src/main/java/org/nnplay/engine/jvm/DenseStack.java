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
 * that every loop runs over the rows of a batch, contiguous in memory ({@link VectorDense} a vector of rows at a
 * time), and the batch is gathered straight from the training rows.
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
        boolean vector = JvmMatmul.VECTOR && VectorWarmUp.ready();
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
                MapKernels.map(fns[l - 1], params[l - 1], zl, a[l], 0, n);
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
        MapKernels.mapBackward(fns[layers - 1], params[layers - 1], zl, out, gOut, g, 0, padded);
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
            // the backend's activation gradient written outright, as into a zeroed buffer
            MapKernels.mapBackward(fns[l - 2], params[l - 2], z[l - 1], a[l - 1], gx, gzPrev, 0, nIn * stride, true);
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
            paramGrads(x, g, gwl, gbl, nIn, nOut, rows, stride);
        }
    }

    /**
     * The weights' and the biases' gradients: gw[i·nOut + j] += Σ_r x[i·stride + r] · g[j·stride + r] and
     * gb[j] += Σ_r g[j·stride + r], each a chain of multiply-adds (additions for b) over the rows, row after row,
     * from its current value, as the graph's products and column sums are defined. Two inputs by four neurons at a
     * time, the biases of those neurons with the first two: each value loaded once serves several chains, and
     * chains overlap instead of each waiting 4 cycles for its last term (config a's gradients took 180 ns a step
     * four weights at a time, 118 ns so, measured on their own).
     */
    private static void paramGrads(double[] x, double[] g, double[] gw, double[] gb, int nIn, int nOut, int rows,
                                   int stride) {
        int j = 0;
        for (; j + 4 <= nOut; j += 4) {
            int g0 = j * stride;
            int g1 = g0 + stride;
            int g2 = g1 + stride;
            int g3 = g2 + stride;
            for (int i = 0; i < nIn; i += 2) {
                boolean two = i + 1 < nIn;
                int xa = i * stride;
                int xb = two ? xa + stride : xa;
                int oa = i * nOut + j;
                int ob = two ? oa + nOut : oa;
                double a0 = gw[oa];
                double a1 = gw[oa + 1];
                double a2 = gw[oa + 2];
                double a3 = gw[oa + 3];
                double b0 = gw[ob];
                double b1 = gw[ob + 1];
                double b2 = gw[ob + 2];
                double b3 = gw[ob + 3];
                double d0 = gb[j];
                double d1 = gb[j + 1];
                double d2 = gb[j + 2];
                double d3 = gb[j + 3];
                for (int r = 0; r < rows; r++) {
                    double xr = x[xa + r];
                    double yr = x[xb + r];
                    double h0 = g[g0 + r];
                    double h1 = g[g1 + r];
                    double h2 = g[g2 + r];
                    double h3 = g[g3 + r];
                    a0 = Math.fma(xr, h0, a0);
                    a1 = Math.fma(xr, h1, a1);
                    a2 = Math.fma(xr, h2, a2);
                    a3 = Math.fma(xr, h3, a3);
                    b0 = Math.fma(yr, h0, b0);
                    b1 = Math.fma(yr, h1, b1);
                    b2 = Math.fma(yr, h2, b2);
                    b3 = Math.fma(yr, h3, b3);
                    d0 = d0 + h0;
                    d1 = d1 + h1;
                    d2 = d2 + h2;
                    d3 = d3 + h3;
                }
                if (two) {
                    gw[ob] = b0;
                    gw[ob + 1] = b1;
                    gw[ob + 2] = b2;
                    gw[ob + 3] = b3;
                }
                gw[oa] = a0;
                gw[oa + 1] = a1;
                gw[oa + 2] = a2;
                gw[oa + 3] = a3;
                if (i == 0) {
                    gb[j] = d0;
                    gb[j + 1] = d1;
                    gb[j + 2] = d2;
                    gb[j + 3] = d3;
                }
            }
        }
        for (; j < nOut; j++) {
            int gj = j * stride;
            for (int i = 0; i < nIn; i += 2) {
                boolean two = i + 1 < nIn;
                int xa = i * stride;
                int xb = two ? xa + stride : xa;
                int oa = i * nOut + j;
                int ob = two ? oa + nOut : oa;
                double a = gw[oa];
                double b = gw[ob];
                double d = gb[j];
                for (int r = 0; r < rows; r++) {
                    double h = g[gj + r];
                    a = Math.fma(x[xa + r], h, a);
                    b = Math.fma(x[xb + r], h, b);
                    d = d + h;
                }
                if (two) {
                    gw[ob] = b;
                }
                gw[oa] = a;
                if (i == 0) {
                    gb[j] = d;
                }
            }
        }
    }
}

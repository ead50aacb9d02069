package org.nnplay.engine.jvm;

import org.nnplay.engine.Backend;
import org.nnplay.engine.BinaryFn;
import org.nnplay.engine.Buf;
import org.nnplay.engine.UnaryFn;

/**
 * Tensors as flat double arrays on the Java heap: no JNI, no allocation per step, loops the JIT can vectorise.
 * For a playground's tiny matrices this is two orders of magnitude faster than a native call per op.
 */
public final class JvmBackend implements Backend {
    public static final JvmBackend INSTANCE = new JvmBackend();

    private JvmBackend() {}

    static {
        if (JvmMatmul.VECTOR) {
            VectorWarmUp.warmUpInBackground();
        }
    }

    private static double[] d(Buf b) { return ((JvmBuf) b).a; }

    @Override public String name() { return "jvm"; }

    /**
     * Which kernels this JVM runs, as calibrations remember them: "vector API, 8 lanes, 4 × 4 blocks, vector tanh,
     * fused small nets, up to 2 threads" or "plain loops, fused small nets, 1 thread" (no jdk.incubator.vector, a single
     * core, or the helper turned off; "fused small nets" where {@link DenseStack} can run).
     */
    public static String kernels() {
        return (JvmMatmul.VECTOR ? "vector API, " + VectorMatmul.lanes() + " lanes, 4 × 4 blocks, vector tanh"
                : "plain loops") + (DenseStack.available() ? ", fused small nets" : "")
                + (Halves.available() ? ", up to 2 threads" : ", 1 thread");
    }

    /**
     * Whether large batches may be split with the helper thread from now on (yes unless told otherwise; never on a
     * single core or with {@code -Dnnplay.threads=1}). The window turns it off on machines of two cores
     * ({@code training.SharedMachine}). Results are the same bits either way.
     */
    public static void useHelperThread(boolean on) {
        Halves.enable(on);
    }

    /** Whether large batches are split with the helper thread now. */
    public static boolean helperThreadInUse() {
        return Halves.available();
    }

    @Override public boolean splits(int n) { return Halves.worthUpdating(n); }

    @Override public boolean hasSecondCore() { return Halves.available(); }

    @Override public void useSecondCore(boolean on) { Halves.useHere(on); }

    @Override public void inHalves(int n, Range body) {
        if (splits(n)) {
            Halves.split(n, body);
        } else {
            body.run(0, n);
        }
    }

    @Override public Buf zeros(int rows, int cols) { return new JvmBuf(rows, cols); }

    @Override
    public void write(Buf dst, double[] src) {
        if (src != d(dst)) {
            System.arraycopy(src, 0, d(dst), 0, dst.size());
        }
    }

    /** The buffer's own array: updated in place, nothing to copy back. */
    @Override public double[] hostValues(Buf b, double[] copy) { return d(b); }

    @Override public void read(Buf src, double[] dst) { System.arraycopy(d(src), 0, dst, 0, src.size()); }

    @Override public double first(Buf b) { return d(b)[0]; }

    @Override
    public void fill(Buf dst, double value) {
        double[] a = d(dst);
        int cols = dst.cols();
        if (Halves.worth(dst.rows(), cols)) {
            Halves.split(dst.rows(), (from, to) -> java.util.Arrays.fill(a, from * cols, to * cols, value));
        } else {
            java.util.Arrays.fill(a, value);
        }
    }

    @Override
    public void matmul(Buf a, boolean ta, Buf b, boolean tb, Buf out, boolean acc) {
        JvmMatmul.multiply(d(a), ta, d(b), tb, d(out), out.rows(), ta ? a.rows() : a.cols(), out.cols(), acc);
    }

    /** The products and the bias in one pass where the vector kernels run (each row gets its bias while cached). */
    @Override
    public void linear(Buf x, Buf w, Buf b, Buf out) {
        JvmMatmul.multiplyAddRow(d(x), d(w), d(b), d(out), out.rows(), x.cols(), out.cols());
    }

    @Override
    public void map(UnaryFn fn, double p, Buf x, Buf out) {
        double[] xs = d(x);
        double[] ys = d(out);
        int cols = x.cols();
        if (Halves.worth(x.rows(), cols)) {
            Halves.split(x.rows(), (from, to) -> MapKernels.map(fn, p, xs, ys, from * cols, to * cols));
        } else {
            MapKernels.map(fn, p, xs, ys, 0, x.size());
        }
    }

    @Override
    public void mapBackward(UnaryFn fn, double p, Buf x, Buf y, Buf gy, Buf gx) {
        mapBackward(fn, p, x, y, gy, gx, false);
    }

    @Override
    public void mapBackward(UnaryFn fn, double p, Buf x, Buf y, Buf gy, Buf gx, boolean overwrite) {
        double[] xs = d(x);
        double[] ys = d(y);
        double[] g = d(gy);
        double[] gxs = d(gx);
        int cols = x.cols();
        if (Halves.worth(x.rows(), cols)) {
            Halves.split(x.rows(),
                    (from, to) -> MapKernels.mapBackward(fn, p, xs, ys, g, gxs, from * cols, to * cols, overwrite));
        } else {
            MapKernels.mapBackward(fn, p, xs, ys, g, gxs, 0, x.size(), overwrite);
        }
    }

    @Override
    public void zip(BinaryFn fn, Buf a, Buf b, Buf out) {
        double[] as = d(a);
        double[] bs = d(b);
        double[] os = d(out);
        int rows = a.rows();
        int cols = a.cols();
        int mode = b.size() == 1 ? 2 : (b.rows() == 1 && rows > 1 ? 1 : 0);
        if (Halves.worth(rows, cols)) {
            Halves.split(rows, (from, to) -> zip(fn, mode, as, bs, os, cols, from, to));
        } else {
            zip(fn, mode, as, bs, os, cols, 0, rows);
        }
    }

    /** Rows [from, to) of a ∘ b, b a scalar (mode 2), one row (1) or a's shape (0). */
    private static void zip(BinaryFn fn, int mode, double[] as, double[] bs, double[] os, int cols, int from, int to) {
        if (mode == 2) {
            double s = bs[0];
            for (int i = from * cols; i < to * cols; i++) os[i] = fn.apply(as[i], s);
        } else if (mode == 1) {
            for (int r = from; r < to; r++) {
                int o = r * cols;
                if (fn == BinaryFn.ADD) {
                    for (int c = 0; c < cols; c++) os[o + c] = as[o + c] + bs[c];
                } else {
                    for (int c = 0; c < cols; c++) os[o + c] = fn.apply(as[o + c], bs[c]);
                }
            }
        } else if (fn == BinaryFn.ADD) {
            for (int i = from * cols; i < to * cols; i++) os[i] = as[i] + bs[i];
        } else {
            for (int i = from * cols; i < to * cols; i++) os[i] = fn.apply(as[i], bs[i]);
        }
    }

    @Override
    public void zipBackward(BinaryFn fn, Buf a, Buf b, Buf gy, Buf ga, Buf gb) {
        double[] as = d(a);
        double[] bs = d(b);
        double[] g = d(gy);
        double[] gas = ga == null ? null : d(ga);
        double[] gbs = gb == null ? null : d(gb);
        int cols = a.cols();
        int n = a.size();
        int bMode = b.size() == 1 && n > 1 ? 2 : (b.rows() == 1 && a.rows() > 1 ? 1 : 0);
        if (fn == BinaryFn.ADD && bMode == 1) {
            // The bias gradient: column sums of gy (the common case, kept free of per-element branching).
            if (gas != null && Halves.worth(a.rows(), cols)) {
                Halves.split(a.rows(), (from, to) -> {
                    for (int i = from * cols; i < to * cols; i++) gas[i] += g[i];
                });
            } else if (gas != null) {
                for (int i = 0; i < n; i++) gas[i] += g[i];
            }
            if (gbs != null) {
                BiasSums.add(g, gbs, a.rows(), cols);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            int j = bMode == 2 ? 0 : (bMode == 1 ? i % cols : i);
            double av = as[i];
            double bv = bs[j];
            double gi = g[i];
            switch (fn) {
                case ADD -> {
                    if (gas != null) gas[i] += gi;
                    if (gbs != null) gbs[j] += gi;
                }
                case SUB -> {
                    if (gas != null) gas[i] += gi;
                    if (gbs != null) gbs[j] -= gi;
                }
                case MUL -> {
                    if (gas != null) gas[i] += gi * bv;
                    if (gbs != null) gbs[j] += gi * av;
                }
                case DIV -> {
                    if (gas != null) gas[i] += gi / bv;
                    if (gbs != null) gbs[j] -= gi * av / (bv * bv);
                }
            }
        }
    }

    @Override
    public void sum(Buf x, int axis, double scale, Buf out) {
        double[] xs = d(x);
        double[] os = d(out);
        int rows = x.rows();
        int cols = x.cols();
        if (axis < 0) {
            double s = 0;
            for (int i = 0; i < rows * cols; i++) s += xs[i];
            os[0] = scale * s;
        } else if (axis == 0) {
            java.util.Arrays.fill(os, 0, cols, 0.0);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) os[c] += xs[r * cols + c];
            }
            for (int c = 0; c < cols; c++) os[c] *= scale;
        } else {
            for (int r = 0; r < rows; r++) {
                double s = 0;
                for (int c = 0; c < cols; c++) s += xs[r * cols + c];
                os[r] = scale * s;
            }
        }
    }

    @Override
    public void sumBackward(int axis, double scale, Buf gy, Buf gx) {
        double[] g = d(gy);
        double[] gxs = d(gx);
        int rows = gx.rows();
        int cols = gx.cols();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = axis < 0 ? g[0] : (axis == 0 ? g[c] : g[r]);
                gxs[r * cols + c] += scale * v;
            }
        }
    }

    @Override
    public void softmax(Buf x, Buf out) {
        double[] xs = d(x);
        double[] os = d(out);
        int cols = x.cols();
        for (int r = 0; r < x.rows(); r++) {
            int o = r * cols;
            double max = rowMax(xs, o, cols);
            double s = 0;
            for (int c = 0; c < cols; c++) {
                os[o + c] = Math.exp(xs[o + c] - max);
                s += os[o + c];
            }
            for (int c = 0; c < cols; c++) os[o + c] /= s;
        }
    }

    @Override
    public void softmaxBackward(Buf y, Buf gy, Buf gx) {
        double[] ys = d(y);
        double[] g = d(gy);
        double[] gxs = d(gx);
        int cols = y.cols();
        for (int r = 0; r < y.rows(); r++) {
            int o = r * cols;
            double dot = 0;
            for (int c = 0; c < cols; c++) dot += ys[o + c] * g[o + c];
            for (int c = 0; c < cols; c++) gxs[o + c] += ys[o + c] * (g[o + c] - dot);
        }
    }

    @Override
    public void bceWithLogits(Buf z, Buf t, Buf out) {
        double[] zs = d(z);
        double[] ts = d(t);
        int n = z.size();
        double s = 0;
        for (int i = 0; i < n; i++) {
            double zi = zs[i];
            s += Math.max(zi, 0) - zi * ts[i] + Math.log1p(Math.exp(-Math.abs(zi)));
        }
        d(out)[0] = s / n;
    }

    @Override
    public void bceWithLogitsBackward(Buf z, Buf t, Buf gy, Buf gz) {
        double[] zs = d(z);
        double[] ts = d(t);
        double[] g = d(gz);
        int n = z.size();
        double f = d(gy)[0] / n;
        for (int i = 0; i < n; i++) g[i] += f * (UnaryFn.sigmoid(zs[i]) - ts[i]);
    }

    @Override
    public void softmaxCrossEntropy(Buf z, Buf t, Buf out) {
        double[] zs = d(z);
        double[] ts = d(t);
        int cols = z.cols();
        int rows = z.rows();
        double total = 0;
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            double max = rowMax(zs, o, cols);
            double s = sumExp(zs, o, cols, max);
            double lse = max + Math.log(s);
            for (int c = 0; c < cols; c++) total += ts[o + c] * (lse - zs[o + c]);
        }
        d(out)[0] = total / rows;
    }

    @Override
    public void softmaxCrossEntropyBackward(Buf z, Buf t, Buf gy, Buf gz) {
        double[] zs = d(z);
        double[] ts = d(t);
        double[] g = d(gz);
        int cols = z.cols();
        int rows = z.rows();
        double f = d(gy)[0] / rows;
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            double max = rowMax(zs, o, cols);
            double s = sumExp(zs, o, cols, max);
            double tsum = 0;
            for (int k = 0; k < cols; k++) tsum += ts[o + k];
            for (int c = 0; c < cols; c++) {
                g[o + c] += f * (Math.exp(zs[o + c] - max) / s * tsum - ts[o + c]);
            }
        }
    }

    /** The largest of a[o .. o + cols): the shift that keeps softmax's exponentials finite. */
    private static double rowMax(double[] a, int o, int cols) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < cols; c++) max = Math.max(max, a[o + c]);
        return max;
    }

    /** Σ e^(a[o + c] − max) over one row. */
    private static double sumExp(double[] a, int o, int cols, double max) {
        double s = 0;
        for (int c = 0; c < cols; c++) s += Math.exp(a[o + c] - max);
        return s;
    }
}

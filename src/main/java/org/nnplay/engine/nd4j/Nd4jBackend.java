package org.nnplay.engine.nd4j;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.concurrency.AffinityManager;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastDivOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastSubOp;
import org.nd4j.linalg.api.ops.impl.reduce.same.Sum;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarAdd;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarDivision;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMultiplication;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarSubtraction;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.Axpy;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.DivOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nnplay.engine.Backend;
import org.nnplay.engine.BinaryFn;
import org.nnplay.engine.Buf;
import org.nnplay.engine.UnaryFn;

/**
 * Tensors as float64 INDArrays. Every kernel writes into buffers made once ({@code z = out} on each op, gemm with
 * beta 1 to accumulate, Axpy for {@code g += α·s}); intermediates live in per-thread {@link Scratch} arrays.
 * Sums over rows or columns and rank-one broadcasts are matrix products with a row of ones: one native call each.
 *
 * <p>Construct it only through {@link Nd4jRuntime}, which loads ND4J off the caller's thread: the constructor is
 * where the native library is loaded (seconds) and the per-op tuning is applied.
 */
public final class Nd4jBackend implements Backend {
    private final String name;
    final OpExecutioner ex;
    private final AffinityManager affinity;
    /** Whether arrays live in host memory (the CPU backend): then BLAS-shaped kernels go through {@link HostBlas}. */
    private final boolean host;

    @SuppressWarnings("deprecation") // setProfilingMode is the only switch there is in 1.0.0-M2.1
    Nd4jBackend() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        ex = Nd4j.getExecutioner();
        ex.setProfilingMode(OpExecutioner.ProfilingMode.DISABLED);
        if (System.getenv("OMP_NUM_THREADS") == null) {
            // One thread for ND4J's own ops: for a playground's matrices extra threads only spin-wait (37 % of the
            // samples in one profile). The master-thread setting is the one that counts: without it every op
            // hands work to a pool whose threads, on a busy 2-core machine, wait for each other (config b ran 10×
            // slower; the environment variable OMP_NUM_THREADS=1 has the same effect, and then nothing is changed).
            Nd4j.getEnvironment().setMaxThreads(1);
            Nd4j.getEnvironment().setMaxMasterThreads(1);
        }
        affinity = Nd4j.getAffinityManager();
        String backendClass = Nd4j.getBackend().getClass().getSimpleName();
        name = backendClass.contains("Cu") || backendClass.contains("Cuda") ? "nd4j-cuda" : "nd4j-cpu";
        host = name.equals("nd4j-cpu") && HostBlas.usable(Nd4j.createUninitializedDetached(DataType.DOUBLE, 'c', 1, 1));
    }

    static INDArray a(Buf b) { return ((Nd4jBuf) b).a; }

    /** Whether this backend's arrays are in host memory and BLAS-shaped kernels take the {@link HostBlas} path. */
    boolean host() { return host; }

    @Override public String name() { return name; }

    @Override
    public Buf zeros(int rows, int cols) {
        return new Nd4jBuf(Nd4j.createUninitializedDetached(DataType.DOUBLE, 'c', rows, cols).assign(0.0));
    }

    @Override
    public void write(Buf dst, double[] src) {
        INDArray arr = a(dst);
        Pointer p = arr.data().pointer();
        if (p instanceof DoublePointer dp && arr.offset() == 0) {
            affinity.ensureLocation(arr, AffinityManager.Location.HOST);
            dp.put(src, 0, dst.size());
            affinity.tagLocation(arr, AffinityManager.Location.HOST);
        } else {
            for (int i = 0; i < dst.size(); i++) {
                arr.putScalar(i, src[i]);
            }
        }
    }

    @Override
    public void read(Buf src, double[] dst) {
        INDArray arr = a(src);
        Pointer p = arr.data().pointer();
        if (p instanceof DoublePointer dp && arr.offset() == 0) {
            affinity.ensureLocation(arr, AffinityManager.Location.HOST);
            dp.get(dst, 0, src.size());
        } else {
            for (int i = 0; i < src.size(); i++) {
                dst[i] = arr.getDouble(i);
            }
        }
    }

    @Override public double first(Buf b) { return host ? HostBlas.p(a(b)).get(0) : a(b).getDouble(0); }

    @Override
    public void fill(Buf dst, double value) {
        if (host) {
            HostBlas.fill(a(dst), value);
        } else {
            a(dst).assign(value);
        }
    }

    @Override
    public void matmul(Buf x, boolean transposeA, Buf y, boolean transposeB, Buf out, boolean accumulate) {
        gemm(a(x), a(y), a(out), transposeA, transposeB, 1.0, accumulate ? 1.0 : 0.0);
    }

    /** c = α · op(a) · op(b) + β · c: BLAS on the host pointers on the CPU, ND4J's gemm elsewhere. */
    void gemm(INDArray a, INDArray b, INDArray c, boolean ta, boolean tb, double alpha, double beta) {
        if (host) {
            HostBlas.gemm(a, b, c, ta, tb, alpha, beta);
        } else {
            Nd4j.gemm(a, b, c, ta, tb, alpha, beta);
        }
    }

    @Override public void map(UnaryFn fn, double p, Buf x, Buf out) { Nd4jUnary.map(this, fn, p, a(x), a(out)); }

    @Override
    public void mapBackward(UnaryFn fn, double p, Buf x, Buf y, Buf gy, Buf gx) {
        Nd4jUnary.backward(this, fn, p, a(x), a(y), a(gy), a(gx));
    }

    /** 0: b has a's shape, 1: b is a row added to every row, 2: b is a scalar. The same rule as the JVM backend. */
    private static int forwardMode(Buf x, Buf y) {
        return y.size() == 1 ? 2 : (y.rows() == 1 && x.rows() > 1 ? 1 : 0);
    }

    private static int backwardMode(Buf x, Buf y) {
        return y.size() == 1 && x.size() > 1 ? 2 : (y.rows() == 1 && x.rows() > 1 ? 1 : 0);
    }

    @Override
    public void zip(BinaryFn fn, Buf x, Buf y, Buf out) {
        INDArray av = a(x);
        INDArray bv = a(y);
        INDArray o = a(out);
        switch (forwardMode(x, y)) {
            case 2 -> {
                double s = bv.getDouble(0);
                switch (fn) {
                    case ADD -> ex.exec(new ScalarAdd(av, null, o, s));
                    case SUB -> ex.exec(new ScalarSubtraction(av, null, o, s));
                    case MUL -> ex.exec(new ScalarMultiplication(av, null, o, s));
                    case DIV -> ex.exec(new ScalarDivision(av, null, o, s));
                }
            }
            case 1 -> {
                if (host && fn == BinaryFn.ADD && o != bv) {
                    // a dense layer's bias: out = a, then out += ones · b, two BLAS calls and no op objects
                    if (o != av) {
                        HostBlas.copy(av, o);
                    }
                    HostBlas.addRow(Scratch.get().ones(x.rows()), bv, o);
                    return;
                }
                switch (fn) {
                    case ADD -> ex.exec(new BroadcastAddOp(av, bv, o, 1));
                    case SUB -> ex.exec(new BroadcastSubOp(av, bv, o, 1));
                    case MUL -> ex.exec(new BroadcastMulOp(av, bv, o, 1));
                    case DIV -> ex.exec(new BroadcastDivOp(av, bv, o, 1));
                }
            }
            default -> {
                if (host && (fn == BinaryFn.ADD || fn == BinaryFn.SUB) && o != bv) {
                    if (o != av) {
                        HostBlas.copy(av, o);
                    }
                    HostBlas.axpy(fn == BinaryFn.ADD ? 1.0 : -1.0, bv, o);
                    return;
                }
                switch (fn) {
                    case ADD -> ex.exec(new Axpy(bv, av, o, 1.0));
                    case SUB -> ex.exec(new Axpy(bv, av, o, -1.0));
                    case MUL -> ex.exec(new MulOp(av, bv, o));
                    case DIV -> ex.exec(new DivOp(av, bv, o));
                }
            }
        }
    }

    @Override
    public void zipBackward(BinaryFn fn, Buf x, Buf y, Buf gy, Buf ga, Buf gb) {
        INDArray av = a(x);
        INDArray bv = a(y);
        INDArray g = a(gy);
        int mode = backwardMode(x, y);
        Scratch sc = Scratch.get();
        INDArray s = sc.of(x.rows(), x.cols(), 0);
        double scalar = mode == 2 ? bv.getDouble(0) : 0;
        if (host && fn == BinaryFn.MUL && mode == 0) {
            // a dropout mask or an element-wise product: each gradient is the other operand times g, one call each
            if (ga != null) {
                HostBlas.addProduct(1.0, g, bv, a(ga));
            }
            if (gb != null) {
                HostBlas.addProduct(1.0, g, av, a(gb));
            }
            return;
        }
        if (ga != null) {
            INDArray gav = a(ga);
            switch (fn) {
                case ADD, SUB -> axpy(1.0, g, gav);
                case MUL, DIV -> {
                    if (mode == 2) {
                        axpy(fn == BinaryFn.MUL ? scalar : 1.0 / scalar, g, gav);
                    } else {
                        if (mode == 1 && fn == BinaryFn.MUL) {
                            ex.exec(new BroadcastMulOp(g, bv, s, 1));
                        } else if (mode == 1) {
                            ex.exec(new BroadcastDivOp(g, bv, s, 1));
                        } else if (fn == BinaryFn.MUL) {
                            ex.exec(new MulOp(g, bv, s));
                        } else {
                            ex.exec(new DivOp(g, bv, s));
                        }
                        axpy(1.0, s, gav);
                    }
                }
            }
        }
        if (gb != null) {
            INDArray contribution = g;
            double alpha = fn == BinaryFn.SUB ? -1.0 : 1.0;
            if (fn == BinaryFn.MUL || fn == BinaryFn.DIV) {
                ex.exec(new MulOp(g, av, s));
                contribution = s;
                if (fn == BinaryFn.DIV) {
                    if (mode == 2) {
                        alpha = -1.0 / (scalar * scalar);
                    } else {
                        alpha = -1.0;
                        for (int k = 0; k < 2; k++) {
                            if (mode == 1) {
                                ex.exec(new BroadcastDivOp(s, bv, s, 1));
                            } else {
                                ex.exec(new DivOp(s, bv, s));
                            }
                        }
                    }
                }
            }
            reduceInto(sc, contribution, a(gb), mode, alpha);
        }
    }

    /** gb += alpha · c summed down to gb's shape (mode as in {@link #backwardMode}). */
    private void reduceInto(Scratch sc, INDArray c, INDArray gb, int mode, double alpha) {
        switch (mode) {
            case 2 -> {
                if (host) {
                    HostBlas.p(gb).put(0, HostBlas.p(gb).get(0) + alpha * HostBlas.sum(c, sc.ones((int) c.length())));
                    return;
                }
                INDArray total = sc.of(1, 1, 3);
                ex.exec(new Sum(c, total, true, new int[] {0, 1}));
                axpy(alpha, total, gb);
            }
            case 1 -> gemm(sc.ones((int) c.rows()), c, gb, false, false, alpha, 1.0);
            default -> axpy(alpha, c, gb);
        }
    }

    /** y += alpha · x, same shapes. */
    void axpy(double alpha, INDArray x, INDArray y) {
        if (host) {
            HostBlas.axpy(alpha, x, y);
        } else {
            ex.exec(new Axpy(x, y, y, alpha));
        }
    }

    @Override
    public void sum(Buf x, int axis, double scale, Buf out) {
        INDArray xv = a(x);
        INDArray o = a(out);
        Scratch sc = Scratch.get();
        switch (axis) {
            case 0 -> gemm(sc.ones(x.rows()), xv, o, false, false, scale, 0.0);
            case 1 -> gemm(xv, sc.ones(x.cols()), o, false, true, scale, 0.0);
            default -> sum(xv, o, scale);
        }
    }

    @Override
    public void sumBackward(int axis, double scale, Buf gy, Buf gx) {
        INDArray g = a(gy);
        INDArray gxv = a(gx);
        Scratch sc = Scratch.get();
        switch (axis) {
            case 0 -> gemm(sc.ones(gx.rows()), g, gxv, true, false, scale, 1.0);
            case 1 -> gemm(g, sc.ones(gx.cols()), gxv, false, false, scale, 1.0);
            default -> {
                if (host) {
                    axpy(scale * HostBlas.p(g).get(0), sc.ones((int) gxv.length()), gxv);
                } else {
                    ex.exec(new ScalarAdd(gxv, null, gxv, scale * g.getDouble(0)));
                }
            }
        }
    }

    @Override public void softmax(Buf x, Buf out) { ex.exec(new SoftMax(a(x), a(out), 1)); }

    @Override public void softmaxBackward(Buf y, Buf gy, Buf gx) { Nd4jLosses.softmaxBackward(this, y, gy, gx); }

    @Override public void bceWithLogits(Buf z, Buf t, Buf out) { Nd4jLosses.bceWithLogits(this, z, t, out); }

    @Override
    public void bceWithLogitsBackward(Buf z, Buf t, Buf gy, Buf gz) { Nd4jLosses.bceWithLogitsBackward(this, z, t, gy, gz); }

    @Override
    public void softmaxCrossEntropy(Buf z, Buf t, Buf out) { Nd4jLosses.softmaxCrossEntropy(this, z, t, out); }

    @Override
    public void softmaxCrossEntropyBackward(Buf z, Buf t, Buf gy, Buf gz) {
        Nd4jLosses.softmaxCrossEntropyBackward(this, z, t, gy, gz);
    }

    /** out (1 × 1) = scale · Σ s. */
    void sum(INDArray s, INDArray out, double scale) {
        if (host) {
            HostBlas.p(out).put(0, scale * HostBlas.sum(s, Scratch.get().ones((int) s.length())));
            return;
        }
        ex.exec(new Sum(s, out, true, new int[] {0, 1}));
        if (scale != 1.0) {
            ex.exec(new ScalarMultiplication(out, null, out, scale));
        }
    }
}

package org.nnplay.engine;

import org.nnplay.engine.jvm.JvmBackend;

/** The JVM backend passed through, for tests that change one kernel (a deliberate bug, a delay) and keep the rest. */
public abstract class DelegatingBackend implements Backend {
    protected final Backend be = JvmBackend.INSTANCE;

    @Override public Buf zeros(int rows, int cols) { return be.zeros(rows, cols); }
    @Override public void write(Buf dst, double[] src) { be.write(dst, src); }
    @Override public void read(Buf src, double[] dst) { be.read(src, dst); }
    @Override public double first(Buf b) { return be.first(b); }
    @Override public void fill(Buf dst, double value) { be.fill(dst, value); }
    @Override public void matmul(Buf a, boolean ta, Buf b, boolean tb, Buf out, boolean acc) { be.matmul(a, ta, b, tb, out, acc); }
    @Override public void map(UnaryFn fn, double p, Buf x, Buf out) { be.map(fn, p, x, out); }
    @Override public void mapBackward(UnaryFn fn, double p, Buf x, Buf y, Buf gy, Buf gx) { be.mapBackward(fn, p, x, y, gy, gx); }
    @Override public void zip(BinaryFn fn, Buf a, Buf b, Buf out) { be.zip(fn, a, b, out); }
    @Override public void zipBackward(BinaryFn fn, Buf a, Buf b, Buf gy, Buf ga, Buf gb) { be.zipBackward(fn, a, b, gy, ga, gb); }
    @Override public void sum(Buf x, int axis, double scale, Buf out) { be.sum(x, axis, scale, out); }
    @Override public void sumBackward(int axis, double scale, Buf gy, Buf gx) { be.sumBackward(axis, scale, gy, gx); }
    @Override public void softmax(Buf x, Buf out) { be.softmax(x, out); }
    @Override public void softmaxBackward(Buf y, Buf gy, Buf gx) { be.softmaxBackward(y, gy, gx); }
    @Override public void bceWithLogits(Buf z, Buf t, Buf out) { be.bceWithLogits(z, t, out); }
    @Override public void bceWithLogitsBackward(Buf z, Buf t, Buf gy, Buf gz) { be.bceWithLogitsBackward(z, t, gy, gz); }
    @Override public void softmaxCrossEntropy(Buf z, Buf t, Buf out) { be.softmaxCrossEntropy(z, t, out); }
    @Override public void softmaxCrossEntropyBackward(Buf z, Buf t, Buf gy, Buf gz) { be.softmaxCrossEntropyBackward(z, t, gy, gz); }
}

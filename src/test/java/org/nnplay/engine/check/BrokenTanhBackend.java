package org.nnplay.engine.check;

import org.nnplay.engine.Backend;
import org.nnplay.engine.BinaryFn;
import org.nnplay.engine.Buf;
import org.nnplay.engine.UnaryFn;
import org.nnplay.engine.jvm.JvmBackend;

/** The JVM backend with one deliberate bug: tanh's backward uses 1 − y instead of 1 − y². */
final class BrokenTanhBackend implements Backend {
    private final Backend be = JvmBackend.INSTANCE;

    @Override
    public void mapBackward(UnaryFn fn, double p, Buf x, Buf y, Buf gy, Buf gx) {
        if (fn != UnaryFn.TANH) {
            be.mapBackward(fn, p, x, y, gy, gx);
            return;
        }
        double[] ys = new double[y.size()];
        double[] g = new double[y.size()];
        double[] acc = new double[y.size()];
        be.read(y, ys);
        be.read(gy, g);
        be.read(gx, acc);
        for (int i = 0; i < ys.length; i++) {
            acc[i] += (1 - ys[i]) * g[i];
        }
        be.write(gx, acc);
    }

    @Override public String name() { return "broken-tanh"; }
    @Override public Buf zeros(int rows, int cols) { return be.zeros(rows, cols); }
    @Override public void write(Buf dst, double[] src) { be.write(dst, src); }
    @Override public void read(Buf src, double[] dst) { be.read(src, dst); }
    @Override public double first(Buf b) { return be.first(b); }
    @Override public void fill(Buf dst, double value) { be.fill(dst, value); }
    @Override public void matmul(Buf a, boolean ta, Buf b, boolean tb, Buf out, boolean acc) { be.matmul(a, ta, b, tb, out, acc); }
    @Override public void map(UnaryFn fn, double p, Buf x, Buf out) { be.map(fn, p, x, out); }
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

package org.nnplay.engine.check;

import org.nnplay.engine.Buf;
import org.nnplay.engine.DelegatingBackend;
import org.nnplay.engine.UnaryFn;

/** The JVM backend with one deliberate bug: tanh's backward uses 1 − y instead of 1 − y². */
final class BrokenTanhBackend extends DelegatingBackend {
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
}

package org.nnplay.engine.nd4j;

import static org.nnplay.engine.nd4j.Nd4jBackend.a;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastSubOp;
import org.nd4j.linalg.api.ops.impl.reduce.same.Max;
import org.nd4j.linalg.api.ops.impl.reduce.same.Sum;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.same.Abs;
import org.nd4j.linalg.api.ops.impl.transforms.same.Negative;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log1p;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nnplay.engine.Buf;

/**
 * The losses and softmax's backward pass on {@link Nd4jBackend}'s arrays, composed from its kernels (one native call
 * each, into per-thread {@link Scratch} arrays), as {@link Nd4jUnary} does for the element-wise functions.
 */
final class Nd4jLosses {
    private Nd4jLosses() {}

    static void softmaxBackward(Nd4jBackend be, Buf y, Buf gy, Buf gx) {
        INDArray yv = a(y);
        INDArray gxv = a(gx);
        Scratch sc = Scratch.get();
        INDArray s = sc.of(y.rows(), y.cols(), 0);
        INDArray t = sc.of(y.rows(), y.cols(), 1);
        INDArray dot = sc.of(y.rows(), 1, 2);
        be.ex.exec(new MulOp(yv, a(gy), s));
        be.gemm(s, sc.ones(y.cols()), dot, false, true, 1.0, 0.0);
        be.ex.exec(new BroadcastMulOp(yv, dot, t, 0));
        be.axpy(1.0, s, gxv);
        be.axpy(-1.0, t, gxv);
    }

    static void bceWithLogits(Nd4jBackend be, Buf z, Buf t, Buf out) {
        INDArray zv = a(z);
        Scratch sc = Scratch.get();
        INDArray s = sc.of(z.rows(), z.cols(), 0);
        INDArray u = sc.of(z.rows(), z.cols(), 1);
        be.ex.exec(new RectifiedLinear(zv, s, 0.0));
        be.ex.exec(new MulOp(zv, a(t), u));
        be.axpy(-1.0, u, s);
        be.ex.exec(new Abs(zv, u));
        be.ex.exec(new Negative(u, u));
        be.ex.exec(new Exp(u, u));
        be.ex.exec(new Log1p(u, u));
        be.axpy(1.0, u, s);
        be.sum(s, a(out), 1.0 / z.size());
    }

    static void bceWithLogitsBackward(Nd4jBackend be, Buf z, Buf t, Buf gy, Buf gz) {
        INDArray s = Scratch.get().of(z.rows(), z.cols(), 0);
        be.ex.exec(new Sigmoid(a(z), s));
        be.axpy(-1.0, a(t), s);
        be.axpy(a(gy).getDouble(0) / z.size(), s, a(gz));
    }

    static void softmaxCrossEntropy(Nd4jBackend be, Buf z, Buf t, Buf out) {
        INDArray zv = a(z);
        INDArray tv = a(t);
        INDArray o = a(out);
        int rows = z.rows();
        Scratch sc = Scratch.get();
        INDArray s = sc.of(rows, z.cols(), 0);
        INDArray max = sc.of(rows, 1, 2);
        INDArray lse = sc.of(rows, 1, 3);
        INDArray tsum = sc.of(rows, 1, 4);
        INDArray ones = sc.ones(z.cols());
        be.ex.exec(new Max(zv, max, true, new int[] {1}));
        be.ex.exec(new BroadcastSubOp(zv, max, s, 0));
        be.ex.exec(new Exp(s, s));
        be.gemm(s, ones, lse, false, true, 1.0, 0.0);
        be.ex.exec(new Log(lse, lse));
        be.axpy(1.0, max, lse);
        be.gemm(tv, ones, tsum, false, true, 1.0, 0.0);
        be.gemm(tsum, lse, o, true, false, 1.0 / rows, 0.0); // Σ_r tsum_r · lse_r
        be.ex.exec(new MulOp(tv, zv, s));
        INDArray tz = sc.of(1, 1, 5);
        be.ex.exec(new Sum(s, tz, true, new int[] {0, 1}));
        be.axpy(-1.0 / rows, tz, o);
    }

    static void softmaxCrossEntropyBackward(Nd4jBackend be, Buf z, Buf t, Buf gy, Buf gz) {
        INDArray tv = a(t);
        Scratch sc = Scratch.get();
        INDArray s = sc.of(z.rows(), z.cols(), 0);
        INDArray tsum = sc.of(z.rows(), 1, 4);
        be.ex.exec(new SoftMax(a(z), s, 1));
        be.gemm(tv, sc.ones(z.cols()), tsum, false, true, 1.0, 0.0);
        be.ex.exec(new BroadcastMulOp(s, tsum, s, 0));
        be.axpy(-1.0, tv, s);
        be.axpy(a(gy).getDouble(0) / z.rows(), s, a(gz));
    }
}

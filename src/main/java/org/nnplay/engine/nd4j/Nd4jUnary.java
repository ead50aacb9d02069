package org.nnplay.engine.nd4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.scalar.Pow;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarAdd;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMultiplication;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.Axpy;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.DivOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.same.Abs;
import org.nd4j.linalg.api.ops.impl.transforms.same.Cube;
import org.nd4j.linalg.api.ops.impl.transforms.same.Negative;
import org.nd4j.linalg.api.ops.impl.transforms.same.OneMinus;
import org.nd4j.linalg.api.ops.impl.transforms.same.Sign;
import org.nd4j.linalg.api.ops.impl.transforms.same.Square;
import org.nd4j.linalg.api.ops.impl.transforms.same.TimesOneMinus;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ELU;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log1p;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Swish;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nnplay.engine.UnaryFn;

/**
 * Element-wise functions and their backward passes on INDArrays. Where ND4J's own op computes something else
 * (its SoftPlus is log(1 + eˣ), which overflows and loses precision far left; its GELU is x·σ(1.702x) and its
 * PreciseGELU is not the tanh approximation either; its elu_bp is off by ~1e-8), the function is composed from
 * exact ops instead.
 */
final class Nd4jUnary {
    private static final double C = Math.sqrt(2 / Math.PI);
    private static final double K = 0.044715;

    private Nd4jUnary() {}

    static void map(Nd4jBackend be, UnaryFn fn, double p, INDArray x, INDArray out) {
        var ex = be.ex;
        switch (fn) {
            case NEG -> ex.exec(new Negative(x, out));
            case EXP -> ex.exec(new Exp(x, out));
            case LOG -> ex.exec(new Log(x, out));
            case SQUARE -> ex.exec(new Square(x, out));
            case POW -> ex.exec(new Pow(x, out, p));
            case ABS -> ex.exec(new Abs(x, out));
            case SCALE -> ex.exec(new ScalarMultiplication(x, null, out, p));
            case SHIFT -> ex.exec(new ScalarAdd(x, null, out, p));
            case SIGMOID -> ex.exec(new Sigmoid(x, out));
            case TANH -> ex.exec(new Tanh(x, out));
            case RELU -> ex.exec(new RectifiedLinear(x, out, 0.0));
            case LEAKY_RELU -> ex.exec(new LeakyReLU(x, out, p));
            case ELU -> ex.exec(new ELU(x, out, p));
            case GELU -> {
                // 0.5·x·(1 + tanh u) = x·σ(2u), u = c·(x + k·x³)
                INDArray u = Scratch.get().of((int) x.rows(), (int) x.columns(), 0);
                ex.exec(new Cube(x, u));
                ex.exec(new Axpy(u, x, u, K));
                ex.exec(new ScalarMultiplication(u, null, u, 2 * C));
                ex.exec(new Sigmoid(u, u));
                ex.exec(new MulOp(x, u, out));
            }
            case SILU -> ex.exec(new Swish(x, out));
            case SOFTPLUS -> {
                // max(x, 0) + log1p(e^−|x|)
                INDArray u = Scratch.get().of((int) x.rows(), (int) x.columns(), 0);
                ex.exec(new Abs(x, u));
                ex.exec(new Negative(u, u));
                ex.exec(new Exp(u, u));
                ex.exec(new Log1p(u, u));
                ex.exec(new RectifiedLinear(x, out, 0.0));
                ex.exec(new Axpy(u, out, out, 1.0));
            }
            case LINEAR -> out.assign(x);
            case STEP -> ex.exec(new Step(x, out, 0.0));
        }
    }

    /** gx += f'(x) · gy, with y = f(x) already computed. */
    static void backward(Nd4jBackend be, UnaryFn fn, double p, INDArray x, INDArray y, INDArray gy, INDArray gx) {
        OpExecutioner ex = be.ex;
        Scratch sc = Scratch.get();
        int rows = (int) x.rows();
        int cols = (int) x.columns();
        INDArray s = sc.of(rows, cols, 0);
        switch (fn) {
            case NEG -> be.axpy(-1.0, gy, gx);
            case SCALE -> be.axpy(p, gy, gx);
            case SHIFT, LINEAR -> be.axpy(1.0, gy, gx);
            case STEP -> { }
            case EXP -> times(be, y, gy, s, gx);
            case LOG -> {
                ex.exec(new DivOp(gy, x, s));
                be.axpy(1.0, s, gx);
            }
            case SQUARE -> {
                if (be.host()) {
                    HostBlas.addProduct(2.0, x, gy, gx);
                } else {
                    ex.exec(new MulOp(x, gy, s));
                    be.axpy(2.0, s, gx);
                }
            }
            case POW -> {
                ex.exec(new Pow(x, s, p - 1));
                ex.exec(new MulOp(s, gy, s));
                be.axpy(p, s, gx);
            }
            case ABS -> derivative(be, new Sign(x, s), s, gy, gx);
            case SIGMOID -> derivative(be, new TimesOneMinus(y, s), s, gy, gx);
            case TANH -> {
                ex.exec(new Square(y, s));
                derivative(be, new OneMinus(s, s), s, gy, gx);
            }
            case RELU -> derivative(be, new Step(x, s, 0.0), s, gy, gx);
            case LEAKY_RELU -> {
                ex.exec(new Step(x, s, 0.0)); // 1 where x > 0, then s·(1 − p) + p
                ex.exec(new ScalarMultiplication(s, null, s, 1 - p));
                derivative(be, new ScalarAdd(s, null, s, p), s, gy, gx);
            }
            case ELU -> {
                // 1 where x > 0, else y + p: t + step(x)·(1 − t) with t = y + p
                INDArray t = sc.of(rows, cols, 1);
                INDArray u = sc.of(rows, cols, 2);
                ex.exec(new ScalarAdd(y, null, t, p));
                ex.exec(new OneMinus(t, u));
                ex.exec(new Step(x, s, 0.0));
                ex.exec(new MulOp(s, u, s));
                ex.exec(new Axpy(t, s, s, 1.0));
                times(be, s, gy, s, gx);
            }
            case GELU -> geluBackward(be, x, gy, gx, sc, s);
            case SILU -> {
                INDArray sig = sc.of(rows, cols, 1);
                ex.exec(new Sigmoid(x, sig)); // σ + x·σ·(1 − σ)
                ex.exec(new TimesOneMinus(sig, s));
                ex.exec(new MulOp(s, x, s));
                ex.exec(new Axpy(sig, s, s, 1.0));
                times(be, s, gy, s, gx);
            }
            case SOFTPLUS -> derivative(be, new Sigmoid(x, s), s, gy, gx);
        }
    }

    /** Runs {@code op}, which writes f'(x) into s, then gx += s · gy. */
    private static void derivative(Nd4jBackend be, org.nd4j.linalg.api.ops.Op op, INDArray s, INDArray gy, INDArray gx) {
        be.ex.exec(op);
        times(be, s, gy, s, gx);
    }

    /** gx += d · gy, using s as the work array (s may be d). */
    private static void times(Nd4jBackend be, INDArray d, INDArray gy, INDArray s, INDArray gx) {
        if (be.host()) {
            HostBlas.addProduct(1.0, d, gy, gx);
            return;
        }
        be.ex.exec(new MulOp(d, gy, s));
        be.axpy(1.0, s, gx);
    }

    /** d/dx of 0.5·x·(1 + tanh u) = 0.5·(1 + t) + 0.5·x·(1 − t²)·c·(1 + 3k·x²), t = tanh u. */
    private static void geluBackward(Nd4jBackend be, INDArray x, INDArray gy, INDArray gx, Scratch sc, INDArray s) {
        OpExecutioner ex = be.ex;
        int rows = (int) x.rows();
        int cols = (int) x.columns();
        INDArray t = sc.of(rows, cols, 1);
        INDArray du = sc.of(rows, cols, 2);
        ex.exec(new Cube(x, t));
        ex.exec(new Axpy(t, x, t, K));
        ex.exec(new ScalarMultiplication(t, null, t, C));
        ex.exec(new Tanh(t, t));
        ex.exec(new Square(t, s));
        ex.exec(new OneMinus(s, s));
        ex.exec(new Square(x, du));
        ex.exec(new ScalarMultiplication(du, null, du, 3 * K * C));
        ex.exec(new ScalarAdd(du, null, du, C));
        ex.exec(new MulOp(s, du, s));
        ex.exec(new MulOp(s, x, s));
        ex.exec(new ScalarAdd(t, null, t, 1.0));
        ex.exec(new Axpy(t, s, s, 1.0));
        ex.exec(new MulOp(s, gy, s));
        be.axpy(0.5, s, gx);
    }
}

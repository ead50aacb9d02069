package org.nnplay.engine.check;

import static org.nnplay.engine.check.Check.ACTIVATION;
import static org.nnplay.engine.check.Check.LOSS;
import static org.nnplay.engine.check.Check.OP;
import static org.nnplay.engine.check.Fill.awayFromZero;
import static org.nnplay.engine.check.Fill.bits;
import static org.nnplay.engine.check.Fill.oneHot;
import static org.nnplay.engine.check.Fill.uniform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.nd4j.autodiff.loss.LossReduce;
import org.nnplay.engine.BinaryFn;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.UnaryFn;

/**
 * The registry of gradient checks, one line each: {@code check(name, category, p -> p.param(...).graph(...)
 * .sameDiff(...))}. Each problem is seeded from its name, so a row reproduces run after run.
 *
 * <p>A new family is a method like {@link #losses()} returning its checks, and one more {@code addAll} in
 * {@link #all()}; the layers and regularisers live in {@link LayerChecks}.
 */
public final class GradCheck {
    private static final int R = 4;
    private static final int C = 3;

    private GradCheck() {}

    /** Every check: ops, activations, losses, then layers and regularisers ({@link LayerChecks}). */
    public static List<Check> all() {
        List<Check> all = new ArrayList<>();
        all.addAll(ops());
        all.addAll(activations());
        all.addAll(losses());
        all.addAll(LayerChecks.layers());
        all.addAll(LayerChecks.regularisers());
        return List.copyOf(all);
    }

    /** A check whose problem is seeded from its name and configured by {@code setup}. */
    public static Check check(String name, String category, UnaryOperator<Problem> setup) {
        return new Check(name, category, () -> setup.apply(Problem.seeded(name.hashCode())));
    }

    public static List<Check> ops() {
        List<Check> c = new ArrayList<>();
        c.add(check("matmul", OP, p -> p.param("a", R, C, uniform(-1, 1)).param("b", C, 5, uniform(-1, 1))
                .graph(v -> v.get("a").matmul(v.get("b"))).sameDiff((sd, v) -> sd.mmul(v.get("a"), v.get("b")))));
        int[][] shapes = {{R, C}, {1, C}, {1, 1}};
        String[] suffix = {"", "_row", "_scalar"};
        for (BinaryFn fn : BinaryFn.values()) {
            for (int s = 0; s < shapes.length; s++) {
                int br = shapes[s][0];
                int bc = shapes[s][1];
                String name = fn.name().toLowerCase(java.util.Locale.ROOT) + suffix[s];
                boolean scalarDiv = fn == BinaryFn.DIV && br * bc == 1;
                c.add(check(name, OP, p -> p.param("a", R, C, uniform(-2, 2))
                        .param("b", br, bc, fn == BinaryFn.DIV ? awayFromZero(0.5, 2) : uniform(-2, 2))
                        .graph(v -> zip(fn, v.get("a"), v.get("b")))
                        .note(scalarDiv ? "SameDiff side is a·(1/b): its own div gradient for a 1×1 divisor is "
                                + "rows·cols times too large (ND4J 1.0.0-M2.1)" : "")
                        .sameDiff((sd, v) -> switch (fn) {
                            case ADD -> v.get("a").add(v.get("b"));
                            case SUB -> v.get("a").sub(v.get("b"));
                            case MUL -> v.get("a").mul(v.get("b"));
                            case DIV -> scalarDiv ? v.get("a").mul(v.get("b").rdiv(1.0)) : v.get("a").div(v.get("b"));
                        })));
            }
        }
        c.add(unary("neg", OP, UnaryFn.NEG, 0, uniform(-2, 2)).sameDiff(x -> x.neg()));
        c.add(unary("square", OP, UnaryFn.SQUARE, 0, uniform(-2, 2)).sameDiff((sd, x) -> sd.math().square(x)));
        c.add(unary("pow", OP, UnaryFn.POW, 2.5, uniform(0.2, 2)).sameDiff((sd, x) -> sd.math().pow(x, 2.5)));
        c.add(unary("exp", OP, UnaryFn.EXP, 0, uniform(-2, 2)).sameDiff((sd, x) -> sd.math().exp(x)));
        c.add(unary("log", OP, UnaryFn.LOG, 0, uniform(0.2, 3)).sameDiff((sd, x) -> sd.math().log(x)));
        c.add(unary("abs", OP, UnaryFn.ABS, 0, awayFromZero(0.1, 2)).sameDiff((sd, x) -> sd.math().abs(x)));
        c.add(unary("scale", OP, UnaryFn.SCALE, -1.7, uniform(-2, 2)).sameDiff(x -> x.mul(-1.7)));
        c.add(unary("shift", OP, UnaryFn.SHIFT, 0.3, uniform(-2, 2)).sameDiff(x -> x.add(0.3)));
        c.add(reduce("sum", x -> x.sum(), (sd, x) -> x.sum()));
        c.add(reduce("sum_axis0", x -> x.sum(0), (sd, x) -> x.sum(true, 0)));
        c.add(reduce("sum_axis1", x -> x.sum(1), (sd, x) -> x.sum(true, 1)));
        c.add(reduce("mean", Tensor::mean, (sd, x) -> x.mean()));
        c.add(reduce("mean_axis0", x -> x.mean(0), (sd, x) -> x.mean(true, 0)));
        c.add(reduce("mean_axis1", x -> x.mean(1), (sd, x) -> x.mean(true, 1)));
        c.add(reduce("softmax", Tensor::softmax, (sd, x) -> sd.nn().softmax(x, 1)));
        return c;
    }

    public static List<Check> activations() {
        Fill kinked = awayFromZero(0.1, 3);
        Fill smooth = uniform(-3, 3);
        return List.of(
                unary("sigmoid", ACTIVATION, UnaryFn.SIGMOID, 0, smooth).sameDiff((sd, x) -> sd.nn().sigmoid(x)),
                unary("tanh", ACTIVATION, UnaryFn.TANH, 0, smooth).sameDiff((sd, x) -> sd.math().tanh(x)),
                unary("relu", ACTIVATION, UnaryFn.RELU, 0, kinked).sameDiff((sd, x) -> sd.nn().relu(x, 0)),
                unary("leaky_relu", ACTIVATION, UnaryFn.LEAKY_RELU, 0.1, kinked).sameDiffTolerance(1e-7)
                        .note("SameDiff to 1e-7: its leakyrelu_bp keeps the slope as float32 (0.1f), 7e-9 off")
                        .sameDiff((sd, x) -> sd.nn().leakyRelu(x, 0.1)),
                unary("elu", ACTIVATION, UnaryFn.ELU, 1.0, kinked).sameDiff((sd, x) -> sd.nn().elu(x)),
                unary("gelu", ACTIVATION, UnaryFn.GELU, 0, smooth).note("finite differences only: SameDiff's gelu is "
                        + "x·σ(1.702x) and its preciseGelu is not the tanh approximation either").check(),
                unary("silu", ACTIVATION, UnaryFn.SILU, 0, smooth).sameDiff((sd, x) -> sd.nn().swish(x)),
                unary("softplus", ACTIVATION, UnaryFn.SOFTPLUS, 0, smooth).sameDiff((sd, x) -> sd.nn().softplus(x)),
                unary("linear", ACTIVATION, UnaryFn.LINEAR, 0, smooth).sameDiff(x -> x.mul(1.0)),
                unary("step", ACTIVATION, UnaryFn.STEP, 0, kinked).zeroGradient()
                        .note("gradient must be exactly zero; SameDiff's step has no gradient to compare").check());
    }

    public static List<Check> losses() {
        int classes = 4;
        return List.of(
                check("bce_with_logits", LOSS, p -> p.param("z", 6, 2, uniform(-3, 3)).constant("t", 6, 2, bits())
                        .graph(v -> v.get("z").bceWithLogits(v.get("t")))
                        .sameDiff((sd, v) -> sd.loss().sigmoidCrossEntropy(v.get("t"), v.get("z"), null,
                                LossReduce.MEAN_BY_NONZERO_WEIGHT_COUNT, 0.0))),
                check("softmax_cross_entropy", LOSS, p -> p.param("z", 6, classes, uniform(-3, 3))
                        .constant("t", 6, classes, oneHot())
                        .graph(v -> v.get("z").softmaxCrossEntropy(v.get("t")))
                        .sameDiff((sd, v) -> sd.loss().softmaxCrossEntropy(v.get("t"), v.get("z"), null,
                                LossReduce.MEAN_BY_NONZERO_WEIGHT_COUNT, 0.0))),
                check("mse", LOSS, p -> p.param("o", 6, 2, uniform(-2, 2)).constant("t", 6, 2, uniform(-1, 1))
                        .graph(v -> v.get("o").sub(v.get("t")).square().mean())
                        .sameDiff((sd, v) -> sd.loss().meanSquaredError(v.get("t"), v.get("o"), null,
                                LossReduce.MEAN_BY_NONZERO_WEIGHT_COUNT))),
                check("mae", LOSS, p -> p.param("o", 6, 2, awayFromZero(0.5, 2)).constant("t", 6, 2, uniform(-0.3, 0.3))
                        .graph(v -> v.get("o").sub(v.get("t")).abs().mean())
                        .sameDiff((sd, v) -> sd.loss().absoluteDifference(v.get("t"), v.get("o"), null,
                                LossReduce.MEAN_BY_NONZERO_WEIGHT_COUNT))),
                check("half_squared", LOSS, p -> p.param("o", 6, 2, uniform(-2, 2)).constant("t", 6, 2, uniform(-1, 1))
                        .graph(v -> v.get("o").sub(v.get("t")).square().scale(0.5).mean())
                        .sameDiff((sd, v) -> sd.math().square(v.get("o").sub(v.get("t"))).mul(0.5).mean())));
    }

    private static Tensor zip(BinaryFn fn, Tensor a, Tensor b) {
        return switch (fn) {
            case ADD -> a.add(b);
            case SUB -> a.sub(b);
            case MUL -> a.mul(b);
            case DIV -> a.div(b);
        };
    }

    private static Check reduce(String name, java.util.function.Function<Tensor, Tensor> op, OneInput.Sd sd) {
        return new OneInput(name, OP, uniform(-2, 2), op).sameDiff(sd);
    }

    private static OneInput unary(String name, String category, UnaryFn fn, double p, Fill fill) {
        return new OneInput(name, category, fill, x -> x.map(fn, p));
    }
}

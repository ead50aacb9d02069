package org.nnplay.engine.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnplay.engine.nd4j.Parity.JVM;
import static org.nnplay.engine.nd4j.Parity.assertSame;
import static org.nnplay.engine.nd4j.Parity.awayFromZero;
import static org.nnplay.engine.nd4j.Parity.nd4j;
import static org.nnplay.engine.nd4j.Parity.pair;
import static org.nnplay.engine.nd4j.Parity.random;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnplay.engine.Backend;
import org.nnplay.engine.BinaryFn;
import org.nnplay.engine.UnaryFn;
import org.nnplay.engine.nd4j.Parity.Pair;

/** Every Backend kernel on ND4J gives the JVM backend's numbers to 1e-9, on random float64 inputs. */
class Nd4jBackendParityTest {
    private static final int[][] SHAPES = {{1, 1}, {1, 4}, {5, 3}, {7, 1}};

    /** The parameter each function is checked with (the slope, alpha, exponent, factor or shift). */
    static double paramOf(UnaryFn fn) {
        return switch (fn) {
            case POW -> 2.5;
            case SCALE -> -1.7;
            case SHIFT -> 0.3;
            case LEAKY_RELU -> 0.1;
            case ELU -> 0.7;
            default -> 0;
        };
    }

    /** Inputs inside each function's domain and away from its kinks. */
    static Pair inputFor(UnaryFn fn, Random rnd, int rows, int cols) {
        return switch (fn) {
            case LOG, POW -> random(rnd, rows, cols, 0.1, 3);
            case ABS, RELU, LEAKY_RELU, ELU, STEP -> awayFromZero(rnd, rows, cols, 0.05, 3);
            default -> random(rnd, rows, cols, -3, 3);
        };
    }

    static Stream<Arguments> unaryCases() {
        List<Arguments> out = new ArrayList<>();
        for (UnaryFn fn : UnaryFn.values()) {
            for (int[] s : SHAPES) {
                out.add(Arguments.of(fn, s[0], s[1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("unaryCases")
    void mapAndMapBackwardMatchJvm(UnaryFn fn, int rows, int cols) {
        Random rnd = new Random(fn.ordinal() * 31L + rows * 7L + cols);
        double p = paramOf(fn);
        Pair x = inputFor(fn, rnd, rows, cols);
        Pair y = pair(rows, cols, new double[rows * cols]);
        JVM.map(fn, p, x.j(), y.j());
        nd4j().map(fn, p, x.n(), y.n());
        assertSame(fn + " forward", y);

        Pair gy = random(rnd, rows, cols, -1, 1);
        Pair gx = random(rnd, rows, cols, -1, 1); // non-zero: the kernel must accumulate
        JVM.mapBackward(fn, p, x.j(), y.j(), gy.j(), gx.j());
        nd4j().mapBackward(fn, p, x.n(), y.n(), gy.n(), gx.n());
        assertSame(fn + " backward", gx);
    }

    @ParameterizedTest
    @EnumSource(value = UnaryFn.class, names = {"EXP", "SIGMOID", "TANH", "RELU", "LEAKY_RELU", "ELU", "GELU", "SILU", "SOFTPLUS", "STEP"})
    void activationsAgreeFarFromZero(UnaryFn fn) {
        double[] xs = {-745, -700, -40, -30, -12, 12, 30, 40, 700};
        double p = paramOf(fn);
        Pair x = pair(1, xs.length, xs);
        Pair y = pair(1, xs.length, new double[xs.length]);
        JVM.map(fn, p, x.j(), y.j());
        nd4j().map(fn, p, x.n(), y.n());
        assertSame(fn + " forward", y);
        Pair gy = pair(1, xs.length, ones(xs.length));
        Pair gx = pair(1, xs.length, new double[xs.length]);
        JVM.mapBackward(fn, p, x.j(), y.j(), gy.j(), gx.j());
        nd4j().mapBackward(fn, p, x.n(), y.n(), gy.n(), gx.n());
        assertSame(fn + " backward", gx);
    }

    static Stream<Arguments> binaryCases() {
        int[][] bShapes = {{5, 3}, {1, 3}, {1, 1}};
        List<Arguments> out = new ArrayList<>();
        for (BinaryFn fn : BinaryFn.values()) {
            for (int[] b : bShapes) {
                for (String grads : List.of("both", "a", "b")) {
                    out.add(Arguments.of(fn, 5, 3, b[0], b[1], grads));
                }
            }
            out.add(Arguments.of(fn, 1, 3, 1, 3, "both"));
            out.add(Arguments.of(fn, 1, 1, 1, 1, "both"));
            out.add(Arguments.of(fn, 4, 1, 1, 1, "both"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} [{1}x{2}] with [{3}x{4}], grads {5}")
    @MethodSource("binaryCases")
    void zipAndZipBackwardMatchJvm(BinaryFn fn, int ar, int ac, int br, int bc, String grads) {
        Random rnd = new Random(fn.ordinal() * 101L + br * 13L + bc);
        Pair a = random(rnd, ar, ac, -2, 2);
        Pair b = awayFromZero(rnd, br, bc, 0.3, 2);
        Pair out = pair(ar, ac, new double[ar * ac]);
        JVM.zip(fn, a.j(), b.j(), out.j());
        nd4j().zip(fn, a.n(), b.n(), out.n());
        assertSame(fn + " forward", out);

        Pair gy = random(rnd, ar, ac, -1, 1);
        Pair ga = grads.equals("b") ? null : random(rnd, ar, ac, -1, 1);
        Pair gb = grads.equals("a") ? null : random(rnd, br, bc, -1, 1);
        JVM.zipBackward(fn, a.j(), b.j(), gy.j(), ga == null ? null : ga.j(), gb == null ? null : gb.j());
        nd4j().zipBackward(fn, a.n(), b.n(), gy.n(), ga == null ? null : ga.n(), gb == null ? null : gb.n());
        if (ga != null) {
            assertSame(fn + " grad a", ga);
        }
        if (gb != null) {
            assertSame(fn + " grad b", gb);
        }
    }

    static Stream<Arguments> matmulCases() {
        List<Arguments> out = new ArrayList<>();
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                for (boolean acc : new boolean[] {false, true}) {
                    out.add(Arguments.of(ta, tb, acc, 4, 3, 5));
                    out.add(Arguments.of(ta, tb, acc, 1, 6, 1));
                    out.add(Arguments.of(ta, tb, acc, 6, 1, 2));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "transposeA={0} transposeB={1} accumulate={2} {3}x{4}x{5}")
    @MethodSource("matmulCases")
    void matmulMatchesJvm(boolean ta, boolean tb, boolean acc, int n, int k, int m) {
        Random rnd = new Random(n * 100L + k * 10L + m + (ta ? 1000 : 0) + (tb ? 2000 : 0));
        Pair a = ta ? random(rnd, k, n, -1, 1) : random(rnd, n, k, -1, 1);
        Pair b = tb ? random(rnd, m, k, -1, 1) : random(rnd, k, m, -1, 1);
        Pair out = random(rnd, n, m, -1, 1);
        JVM.matmul(a.j(), ta, b.j(), tb, out.j(), acc);
        nd4j().matmul(a.n(), ta, b.n(), tb, out.n(), acc);
        assertSame("matmul", out);
    }

    @ParameterizedTest(name = "axis {0} scale {1}")
    @MethodSource("sumCases")
    void sumAndSumBackwardMatchJvm(int axis, double scale, int rows, int cols) {
        Random rnd = new Random(axis + 17L * rows + cols);
        Pair x = random(rnd, rows, cols, -2, 2);
        int orows = axis == 1 ? rows : 1;
        int ocols = axis == 0 ? cols : 1;
        Pair out = random(rnd, orows, ocols, -1, 1);
        JVM.sum(x.j(), axis, scale, out.j());
        nd4j().sum(x.n(), axis, scale, out.n());
        assertSame("sum", out);
        Pair gx = random(rnd, rows, cols, -1, 1);
        JVM.sumBackward(axis, scale, out.j(), gx.j());
        nd4j().sumBackward(axis, scale, out.n(), gx.n());
        assertSame("sum backward", gx);
    }

    static Stream<Arguments> sumCases() {
        List<Arguments> out = new ArrayList<>();
        for (int axis = -1; axis <= 1; axis++) {
            out.add(Arguments.of(axis, 1.0, 6, 4));
            out.add(Arguments.of(axis, 0.25, 6, 4));
            out.add(Arguments.of(axis, 0.5, 1, 3));
            out.add(Arguments.of(axis, 2.0, 3, 1));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("rowShapes")
    void softmaxAndBackwardMatchJvm(int rows, int cols) {
        Random rnd = new Random(rows * 10L + cols);
        Pair x = random(rnd, rows, cols, -4, 4);
        Pair y = pair(rows, cols, new double[rows * cols]);
        JVM.softmax(x.j(), y.j());
        nd4j().softmax(x.n(), y.n());
        assertSame("softmax", y);
        Pair gy = random(rnd, rows, cols, -1, 1);
        Pair gx = random(rnd, rows, cols, -1, 1);
        JVM.softmaxBackward(y.j(), gy.j(), gx.j());
        nd4j().softmaxBackward(y.n(), gy.n(), gx.n());
        assertSame("softmax backward", gx);
    }

    static Stream<Arguments> rowShapes() {
        return Stream.of(Arguments.of(1, 1), Arguments.of(1, 4), Arguments.of(6, 3), Arguments.of(5, 1), Arguments.of(3, 2));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("rowShapes")
    void lossesAndTheirBackwardsMatchJvm(int rows, int cols) {
        Random rnd = new Random(rows * 10L + cols + 5);
        Pair z = random(rnd, rows, cols, -6, 6);
        double[] bits = new double[rows * cols];
        double[] soft = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            double total = 0;
            for (int c = 0; c < cols; c++) {
                bits[r * cols + c] = rnd.nextBoolean() ? 1 : 0;
                soft[r * cols + c] = rnd.nextDouble();
                total += soft[r * cols + c];
            }
            for (int c = 0; c < cols; c++) {
                soft[r * cols + c] /= total;
            }
        }
        Pair t = pair(rows, cols, bits);
        Pair ts = pair(rows, cols, soft);
        Pair out = pair(1, 1, new double[1]);
        Pair gy = pair(1, 1, new double[] {0.7});

        JVM.bceWithLogits(z.j(), t.j(), out.j());
        nd4j().bceWithLogits(z.n(), t.n(), out.n());
        assertSame("bce", out);
        Pair gz = random(rnd, rows, cols, -1, 1);
        JVM.bceWithLogitsBackward(z.j(), t.j(), gy.j(), gz.j());
        nd4j().bceWithLogitsBackward(z.n(), t.n(), gy.n(), gz.n());
        assertSame("bce backward", gz);

        for (Pair targets : List.of(t, ts)) {
            JVM.softmaxCrossEntropy(z.j(), targets.j(), out.j());
            nd4j().softmaxCrossEntropy(z.n(), targets.n(), out.n());
            assertSame("softmax cross-entropy", out);
            JVM.softmaxCrossEntropyBackward(z.j(), targets.j(), gy.j(), gz.j());
            nd4j().softmaxCrossEntropyBackward(z.n(), targets.n(), gy.n(), gz.n());
            assertSame("softmax cross-entropy backward", gz);
        }
    }

    @Test
    void lossesStayFiniteForLargeLogits() {
        Pair z = pair(2, 3, new double[] {800, -800, 3, -900, 900, 0});
        Pair t = pair(2, 3, new double[] {1, 0, 0, 0, 1, 0});
        Pair out = pair(1, 1, new double[1]);
        nd4j().bceWithLogits(z.n(), t.n(), out.n());
        JVM.bceWithLogits(z.j(), t.j(), out.j());
        assertSame("bce", out);
        nd4j().softmaxCrossEntropy(z.n(), t.n(), out.n());
        JVM.softmaxCrossEntropy(z.j(), t.j(), out.j());
        assertSame("softmax cross-entropy", out);
    }

    @Test
    void writeReadFirstFillAndZerosRoundTrip() {
        Backend nd = nd4j();
        var b = nd.zeros(2, 3);
        assertThat(Parity.values(nd, b)).containsOnly(0.0);
        nd.write(b, new double[] {1, 2, 3, 4, 5, 6});
        assertThat(Parity.values(nd, b)).containsExactly(1, 2, 3, 4, 5, 6);
        assertEquals(1.0, nd.first(b));
        nd.fill(b, -2.5);
        assertThat(Parity.values(nd, b)).containsOnly(-2.5);
        assertEquals(2, b.rows());
        assertEquals(3, b.cols());
    }

    @Test
    void nameSaysWhichNd4jBackendLoaded() {
        assertThat(nd4j().name()).isIn("nd4j-cpu", "nd4j-cuda");
    }

    private static double[] ones(int n) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, 1);
        return d;
    }
}

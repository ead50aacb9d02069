package org.nnplay.engine.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nnplay.engine.BinaryFn;
import org.nnplay.engine.Buf;
import org.nnplay.engine.UnaryFn;

/**
 * Element-wise work on a batch large enough to be split between two threads (300 rows × 40: 12,000 values) gives,
 * value for value, what the definitions give one value at a time.
 */
class JvmBackendHalvesTest {
    private static final int ROWS = 300;
    private static final int COLS = 40;
    private final JvmBackend be = JvmBackend.INSTANCE;
    private boolean helperWas;

    /** A window test before this one may have turned the helper off (the app does on two cores). */
    @org.junit.jupiter.api.BeforeEach
    void helperOn() {
        helperWas = JvmBackend.helperThreadInUse();
        JvmBackend.useHelperThread(true);
    }

    @org.junit.jupiter.api.AfterEach
    void helperAsItWas() {
        JvmBackend.useHelperThread(helperWas);
    }
    private final Random r = new Random(3);

    private Buf random(int rows, int cols) {
        Buf b = be.zeros(rows, cols);
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) v[i] = r.nextGaussian();
        be.write(b, v);
        return b;
    }

    private double[] values(Buf b) {
        double[] v = new double[b.size()];
        be.read(b, v);
        return v;
    }

    @Test
    void the_batch_is_big_enough_to_be_split() {
        assertThat(Halves.worth(ROWS, COLS) || Halves.HELPER == null).isTrue();
    }

    @Test
    void one_core_or_two_is_chosen_per_thread() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Halves.HELPER != null, "a single core: nothing to choose");
        assertThat(be.hasSecondCore()).isTrue();
        try {
            be.useSecondCore(false);
            assertThat(Halves.active()).isFalse();
            assertThat(be.hasSecondCore()).as("the process still can").isTrue();
            boolean[] elsewhere = new boolean[1];
            Thread t = new Thread(() -> elsewhere[0] = Halves.active());
            t.start();
            t.join();
            assertThat(elsewhere[0]).as("another thread's work is still split").isTrue();
            be.useSecondCore(true);
            assertThat(Halves.active()).isTrue();
        } finally {
            be.useSecondCore(true);
        }
    }

    @ParameterizedTest
    @EnumSource(UnaryFn.class)
    void map_and_its_gradient_are_the_definitions_value_for_value(UnaryFn fn) {
        Buf x = random(ROWS, COLS);
        Buf y = be.zeros(ROWS, COLS);
        Buf gy = random(ROWS, COLS);
        Buf gx = random(ROWS, COLS);
        double[] gxBefore = values(gx);
        double p = 0.1;
        be.map(fn, p, x, y);
        be.mapBackward(fn, p, x, y, gy, gx);
        double[] xs = values(x);
        double[] ys = values(y);
        double[] g = values(gy);
        double[] gxs = values(gx);
        for (int i = 0; i < xs.length; i++) {
            double want = switch (fn) {
                case TANH -> Tanh.of(xs[i]);
                case RELU -> Math.max(xs[i], 0.0);
                case LINEAR -> xs[i];
                case SIGMOID -> UnaryFn.sigmoid(xs[i]);
                default -> fn.apply(xs[i], p);
            };
            assertThat(Double.doubleToLongBits(ys[i])).as("%s(%s) at %d", fn, xs[i], i)
                    .isEqualTo(Double.doubleToLongBits(want));
            double dwant = switch (fn) {
                case TANH -> gxBefore[i] + (1 - ys[i] * ys[i]) * g[i];
                case SIGMOID -> gxBefore[i] + ys[i] * (1 - ys[i]) * g[i];
                case RELU -> gxBefore[i] + Math.signum(ys[i]) * g[i];
                case LINEAR -> gxBefore[i] + g[i];
                case STEP -> gxBefore[i];
                default -> gxBefore[i] + fn.derivative(xs[i], ys[i], p) * g[i];
            };
            assertThat(Double.doubleToLongBits(gxs[i])).as("%s′ at %d", fn, i).isEqualTo(Double.doubleToLongBits(dwant));
        }
    }

    @Test
    void adding_a_bias_row_and_its_gradients_are_the_definitions() {
        Buf a = random(ROWS, COLS);
        Buf b = random(1, COLS);
        Buf out = be.zeros(ROWS, COLS);
        be.zip(BinaryFn.ADD, a, b, out);
        double[] as = values(a);
        double[] bs = values(b);
        double[] os = values(out);
        for (int i = 0; i < os.length; i++) {
            assertThat(os[i]).isEqualTo(as[i] + bs[i % COLS]);
        }
        Buf g = random(ROWS, COLS);
        Buf ga = random(ROWS, COLS);
        Buf gb = random(1, COLS);
        double[] gaBefore = values(ga);
        double[] gbBefore = values(gb);
        be.zipBackward(BinaryFn.ADD, a, b, g, ga, gb);
        double[] gs = values(g);
        double[] gas = values(ga);
        double[] gbs = values(gb);
        for (int i = 0; i < gas.length; i++) {
            assertThat(gas[i]).isEqualTo(gaBefore[i] + gs[i]);
        }
        // a bias's gradient over 300 rows of 40 is two half-batch sums, each row after row, then added
        assertThat(BiasSums.inHalves(ROWS, COLS)).isTrue();
        int h = Halves.at(ROWS);
        for (int c = 0; c < COLS; c++) {
            double s = gbBefore[c];
            for (int row = 0; row < h; row++) s += gs[row * COLS + c];
            double t = 0.0;
            for (int row = h; row < ROWS; row++) t += gs[row * COLS + c];
            assertThat(gbs[c]).as("column %d", c).isEqualTo(s + t);
        }
    }

    /** The column sums in halves are the same bits whether the second half runs on the helper or not. */
    @Test
    void a_bias_gradient_in_halves_is_the_same_on_one_thread_or_two() {
        Buf a = random(ROWS, COLS);
        Buf b = random(1, COLS);
        Buf g = random(ROWS, COLS);
        Buf two = random(1, COLS);
        Buf one = be.zeros(1, COLS);
        be.write(one, values(two));
        be.zipBackward(BinaryFn.ADD, a, b, g, null, two);
        try {
            be.useSecondCore(false);
            be.zipBackward(BinaryFn.ADD, a, b, g, null, one);
        } finally {
            be.useSecondCore(true);
        }
        assertThat(values(one)).isEqualTo(values(two));
    }

    @ParameterizedTest
    @EnumSource(BinaryFn.class)
    void zips_of_every_shape_are_the_definitions(BinaryFn fn) {
        Buf a = random(ROWS, COLS);
        double[] as = values(a);
        for (int shape = 0; shape < 3; shape++) {
            Buf b = shape == 0 ? random(ROWS, COLS) : shape == 1 ? random(1, COLS) : random(1, 1);
            double[] bs = values(b);
            Buf out = be.zeros(ROWS, COLS);
            be.zip(fn, a, b, out);
            double[] os = values(out);
            for (int i = 0; i < os.length; i++) {
                double bv = shape == 0 ? bs[i] : shape == 1 ? bs[i % COLS] : bs[0];
                assertThat(Double.doubleToLongBits(os[i])).as("%s shape %d at %d", fn, shape, i)
                        .isEqualTo(Double.doubleToLongBits(fn.apply(as[i], bv)));
            }
        }
    }

    @Test
    void fill_reaches_every_value() {
        Buf x = random(ROWS, COLS);
        be.fill(x, 0.25);
        assertThat(values(x)).containsOnly(0.25);
    }

    @Test
    void in_halves_covers_every_index_once() {
        int n = 10_001;
        int[] seen = new int[n];
        be.inHalves(n, (from, to) -> {
            for (int i = from; i < to; i++) seen[i]++;
        });
        assertThat(seen).containsOnly(1);
        assertThat(be.splits(n)).isEqualTo(Halves.HELPER != null);
        assertThat(be.splits(100)).isFalse();
    }

    @Test
    void the_helper_can_be_turned_off_and_the_results_stay_the_same() {
        Buf a = random(ROWS, COLS);
        Buf w = random(COLS, COLS);
        Buf split = be.zeros(ROWS, COLS);
        Buf alone = be.zeros(ROWS, COLS);
        be.matmul(a, false, w, false, split, false);
        be.map(UnaryFn.TANH, 0, split, split);
        try {
            JvmBackend.useHelperThread(false);
            assertThat(Halves.active()).isFalse();
            assertThat(be.splits(100_000)).isFalse();
            be.matmul(a, false, w, false, alone, false);
            be.map(UnaryFn.TANH, 0, alone, alone);
        } finally {
            JvmBackend.useHelperThread(true);
        }
        assertThat(Halves.active()).isEqualTo(Halves.HELPER != null);
        assertThat(JvmBackend.helperThreadInUse()).isEqualTo(Halves.HELPER != null);
        assertThat(values(alone)).isEqualTo(values(split));
    }
}

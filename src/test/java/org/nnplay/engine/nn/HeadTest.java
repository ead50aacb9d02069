package org.nnplay.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.UnaryFn;
import org.nnplay.engine.jvm.JvmBackend;

/** Output heads and losses against their textbook formulas. */
class HeadTest {
    private static final Backend BE = JvmBackend.INSTANCE;

    private static Tensor col(double... v) {
        return Tensor.of(BE, v.length, 1, v, true);
    }

    @Test
    void bce_from_logits_is_stable_at_plus_minus_1000() {
        // log(1 + e^−|z|) form: z = 1000, t = 1 → 0; z = −1000, t = 1 → 1000; z = 1000, t = 0 → 1000; z = −1000, t = 0 → 0
        Tensor z = col(1000, -1000, 1000, -1000);
        Tensor t = Tensor.of(BE, 4, 1, new double[] {1, 1, 0, 0}, false);
        Tensor loss = z.bceWithLogits(t);
        assertThat(loss.item()).isFinite().isCloseTo((0 + 1000 + 1000 + 0) / 4.0, within(1e-9));
        loss.backward();
        // ∂/∂z = (σ(z) − t)/N: 0, −1/4, 1/4, 0
        assertThat(z.grad()).containsExactly(new double[] {0, -0.25, 0.25, 0}, within(1e-12));
    }

    @Test
    void bce_from_logits_matches_the_definition_for_moderate_logits() {
        double[] zs = {-3, -0.5, 0, 0.7, 2.5};
        double[] ts = {0, 1, 1, 0, 1};
        double expected = 0;
        for (int i = 0; i < zs.length; i++) {
            double s = 1 / (1 + Math.exp(-zs[i]));
            expected += -(ts[i] * Math.log(s) + (1 - ts[i]) * Math.log(1 - s));
        }
        expected /= zs.length;
        Tensor loss = col(zs).bceWithLogits(Tensor.of(BE, 5, 1, ts, false));
        assertThat(loss.item()).isCloseTo(expected, within(1e-12));
        // z = 0: log 2 whatever the target
        assertThat(col(0).bceWithLogits(Tensor.scalar(BE, 1)).item()).isCloseTo(Math.log(2), within(1e-15));
    }

    @Test
    void softmax_cross_entropy_is_minus_log_softmax_at_the_true_class() {
        // row 1: z = [1, 2, 3], class 2: −log(e³/(e + e² + e³)); row 2: z = [0, 0, 0], class 0: log 3
        double[] z = {1, 2, 3, 0, 0, 0};
        double[] t = {0, 0, 1, 1, 0, 0};
        Tensor logits = Tensor.of(BE, 2, 3, z, true);
        Tensor loss = logits.softmaxCrossEntropy(Tensor.of(BE, 2, 3, t, false));
        double e1 = Math.E, e2 = e1 * e1, e3 = e2 * e1;
        double row1 = -Math.log(e3 / (e1 + e2 + e3));
        double row2 = Math.log(3);
        assertThat(loss.item()).isCloseTo((row1 + row2) / 2, within(1e-12));
        // large logits do not overflow: z = [1000, 0], class 0 → ≈ 0; class 1 → ≈ 1000
        Tensor big = Tensor.of(BE, 2, 2, new double[] {1000, 0, 1000, 0}, false);
        Tensor bigLoss = big.softmaxCrossEntropy(Tensor.of(BE, 2, 2, new double[] {1, 0, 0, 1}, false));
        assertThat(bigLoss.item()).isCloseTo(500, within(1e-9));
        // softmax itself: rows sum to 1
        double[] p = logits.softmax().data();
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1, within(1e-15));
        assertThat(p[2]).isCloseTo(e3 / (e1 + e2 + e3), within(1e-15));
    }

    @Test
    void half_squared_is_mean_half_squared_error_of_tanh_on_pm1_targets() {
        Head head = Head.of(LossKind.HALF_SQUARED, false);
        double[] z = {0.3, -1.2, 2.0};
        double[] t = {1, -1, -1};
        Tensor logits = col(z);
        Tensor out = head.output(logits);
        Tensor loss = head.loss(logits, out, Tensor.of(BE, 3, 1, t, false));
        double expected = 0;
        for (int i = 0; i < 3; i++) {
            double o = Math.tanh(z[i]);
            expected += 0.5 * (o - t[i]) * (o - t[i]);
        }
        assertThat(loss.item()).isCloseTo(expected / 3, within(1e-12));
    }

    @Test
    void mse_and_mae_on_the_output() {
        // regression: linear output. o = [1, 4], t = [0, 2]: mse = (1 + 4)/2 = 2.5, mae = (1 + 2)/2 = 1.5
        Head reg = Head.of(LossKind.MSE, true);
        Tensor z = col(1, 4);
        Tensor t = Tensor.of(BE, 2, 1, new double[] {0, 2}, false);
        assertThat(reg.loss(z, reg.output(z), t).item()).isCloseTo(2.5, within(1e-15));
        Head mae = Head.of(LossKind.MAE, true);
        assertThat(mae.loss(z, mae.output(z), t).item()).isCloseTo(1.5, within(1e-15));
        // classification mse: sigmoid output, σ(0) = 0.5 against t = 1: 0.25
        Head cls = Head.of(LossKind.MSE, false);
        Tensor z0 = col(0);
        assertThat(cls.loss(z0, cls.output(z0), Tensor.scalar(BE, 1)).item()).isCloseTo(0.25, within(1e-15));
    }

    @Test
    void output_functions() {
        assertThat(Head.of(LossKind.BCE, false).outputFn()).isEqualTo(UnaryFn.SIGMOID);
        assertThat(Head.of(LossKind.SOFTMAX_CE, false).outputFn()).isNull();
        assertThat(Head.of(LossKind.HALF_SQUARED, false).outputFn()).isEqualTo(UnaryFn.TANH);
        assertThat(Head.of(LossKind.HALF_SQUARED, true).outputFn()).isEqualTo(UnaryFn.LINEAR);
        assertThat(Head.of(LossKind.MSE, false).outputFn()).isEqualTo(UnaryFn.SIGMOID);
        assertThat(Head.of(LossKind.MAE, true).outputFn()).isEqualTo(UnaryFn.LINEAR);
        assertThatThrownBy(() -> Head.of(LossKind.BCE, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Head.of(LossKind.SOFTMAX_CE, true)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] encode(Head h, double label, int outputs) {
        double[] d = new double[outputs + 1];
        d[0] = 42;   // offset 1: nothing before it is written
        h.encode(label, d, 1, outputs);
        assertThat(d[0]).isEqualTo(42);
        return java.util.Arrays.copyOfRange(d, 1, d.length);
    }

    @Test
    void encode_per_loss() {
        assertThat(encode(Head.of(LossKind.BCE, false), 1, 1)).containsExactly(1);
        assertThat(encode(Head.of(LossKind.BCE, false), 0, 1)).containsExactly(0);
        assertThat(encode(Head.of(LossKind.MSE, false), 0, 1)).containsExactly(0);
        assertThat(encode(Head.of(LossKind.MAE, false), 1, 1)).containsExactly(1);
        assertThat(encode(Head.of(LossKind.HALF_SQUARED, false), 1, 1)).containsExactly(1);
        assertThat(encode(Head.of(LossKind.HALF_SQUARED, false), 0, 1)).containsExactly(-1);
        assertThat(encode(Head.of(LossKind.SOFTMAX_CE, false), 0, 2)).containsExactly(1, 0);
        assertThat(encode(Head.of(LossKind.SOFTMAX_CE, false), 2, 3)).containsExactly(0, 0, 1);
        assertThat(encode(Head.of(LossKind.BCE, false), 1, 3)).containsExactly(0, 1, 0);
        assertThat(encode(Head.of(LossKind.HALF_SQUARED, false), 2, 3)).containsExactly(-1, -1, 1);
        assertThat(encode(Head.of(LossKind.MSE, true), 3.75, 1)).containsExactly(3.75);
        assertThat(encode(Head.of(LossKind.HALF_SQUARED, true), -0.5, 1)).containsExactly(-0.5);
    }

    @Test
    void outputs_rule() {
        for (LossKind l : LossKind.values()) {
            if (l != LossKind.BCE && l != LossKind.SOFTMAX_CE) {
                assertThat(Head.outputs(l, true, 0)).as(l.key() + " regression").isEqualTo(1);
            }
        }
        assertThat(Head.outputs(LossKind.BCE, false, 2)).isEqualTo(1);
        assertThat(Head.outputs(LossKind.BCE, false, 4)).isEqualTo(4);
        assertThat(Head.outputs(LossKind.HALF_SQUARED, false, 2)).isEqualTo(1);
        assertThat(Head.outputs(LossKind.MSE, false, 3)).isEqualTo(3);
        assertThat(Head.outputs(LossKind.SOFTMAX_CE, false, 2)).isEqualTo(2);
        assertThat(Head.outputs(LossKind.SOFTMAX_CE, false, 5)).isEqualTo(5);
    }

    @Test
    void positive_and_predicted_class() {
        // half_squared maps tanh's [−1, 1] to [0, 1]: o = 0.6 → 0.8
        assertThat(Head.of(LossKind.HALF_SQUARED, false).positive(new double[] {0.6}, 0, 1)).isCloseTo(0.8, within(1e-15));
        assertThat(Head.of(LossKind.BCE, false).positive(new double[] {0.3}, 0, 1)).isEqualTo(0.3);
        assertThat(Head.of(LossKind.SOFTMAX_CE, false).positive(new double[] {0.3, 0.7}, 0, 2)).isEqualTo(0.7);
        assertThat(Head.of(LossKind.HALF_SQUARED, false).predictedClass(new double[] {-0.2}, 0, 1)).isZero();
        assertThat(Head.of(LossKind.HALF_SQUARED, false).predictedClass(new double[] {0.1}, 0, 1)).isEqualTo(1);
        assertThat(Head.of(LossKind.SOFTMAX_CE, false).predictedClass(new double[] {9, 0.1, 0.5, 0.4}, 1, 3)).isEqualTo(1);
    }
}

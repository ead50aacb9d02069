package org.nnplay.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;

/**
 * The decision-boundary grid. GridEvaluator does not lay out the plane itself: the caller passes the n² × inputs
 * matrix, and its javadoc fixes the convention "row 0 = top-left cell". We assume (and build here) cell i = r·n + c
 * with column c running left to right (x1 increasing) and row r running top to bottom (x2 decreasing), each cell
 * sampled at its centre; what the engine must do is keep that order in every layer's output.
 */
class GridEvaluatorTest {
    private static final JvmBackend BE = JvmBackend.INSTANCE;

    /** n × n cell centres over [−ext, ext]², row 0 at the top (largest x2). */
    static double[] grid(int n, double ext) {
        double step = 2 * ext / n;
        double[] g = new double[n * n * 2];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int i = r * n + c;
                g[2 * i] = -ext + (c + 0.5) * step;
                g[2 * i + 1] = ext - (r + 0.5) * step;
            }
        }
        return g;
    }

    /** Scene 1: a perceptron, w0 = 1, w = [3, −2], sigmoid (bce head). */
    private static Network perceptron() {
        NetworkSpec spec = new NetworkSpec(2, new int[0], new ActivationKind[0], 0.01, 1, LossKind.BCE, false,
                InitKind.ZEROS, 0, 0, 0, false);
        Network net = Network.create(spec, BE, 1);
        net.setWeight(0, 0, 0, 3);
        net.setWeight(0, 1, 0, -2);
        net.setBias(0, 0, 1);
        return net;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void perceptron_probe_at_minus_one_two() {
        // 13 cells over [−6.5, 6.5]: centres at the integers −6 … 6. x = (−1, 2) is column (−1 + 6.5)/1 → 5,
        // row (6.5 − 2)/1 → 4. ŷ = σ(1 + 3·(−1) − 2·2) = σ(−6) ≈ 0.00247
        int n = 13;
        double ext = 6.5;
        GridEvaluator ge = new GridEvaluator(perceptron(), grid(n, ext), n);
        GridEvaluator.Grid g = ge.evaluate(false);
        int col = (int) Math.floor((-1 + ext) / (2 * ext / n));
        int row = (int) Math.floor((ext - 2) / (2 * ext / n));
        assertThat(col).isEqualTo(5);
        assertThat(row).isEqualTo(4);
        double v = g.positive()[row * n + col];
        assertThat(v).isCloseTo(sigmoid(-6), within(1e-12));
        assertThat(v).isCloseTo(0.0025, within(0.0001));
        assertThat(g.n()).isEqualTo(n);
        assertThat(g.widths()).containsExactly(1);
    }

    @Test
    void row_zero_is_the_top_and_every_cell_keeps_its_place() {
        int n = 13;
        double ext = 6.5;
        double[] in = grid(n, ext);
        GridEvaluator.Grid g = new GridEvaluator(perceptron(), in, n).evaluate(true);
        for (int i = 0; i < n * n; i++) {
            double expected = sigmoid(1 + 3 * in[2 * i] - 2 * in[2 * i + 1]);
            assertThat(g.positive()[i]).as("cell " + i).isCloseTo(expected, within(1e-12));
            assertThat(g.neuron(0, 0, i)).isCloseTo(expected, within(1e-12));
        }
        // top-left (−6, 6): 1 − 18 − 12 = −29 → ≈ 0; bottom-right (6, −6): 1 + 18 + 12 = 31 → ≈ 1
        assertThat(g.positive()[0]).isLessThan(1e-12);
        assertThat(g.positive()[n * n - 1]).isGreaterThan(1 - 1e-12);
        // x2 grows upwards: moving down a column (next row) lowers x2, which raises ŷ here (weight −2)
        assertThat(g.positive()[5 * n + 5]).isGreaterThan(g.positive()[4 * n + 5]);
    }

    @Test
    void hidden_neurons_and_tanh_head() {
        // 2 → 2 tanh → 1, half_squared: positive = (tanh(z_out) + 1)/2
        NetworkSpec spec = NetworkSpec.simple(2, List.of(2), ActivationKind.TANH, 1, LossKind.HALF_SQUARED, false)
                .withInit(InitKind.ZEROS, 0, 0);
        Network net = Network.create(spec, BE, 1);
        net.setWeight(0, 0, 0, 1);      // h1 = tanh(x1)
        net.setWeight(0, 1, 1, 0.5);    // h2 = tanh(0.5·x2)
        net.setWeight(1, 0, 0, 2);      // out = tanh(2·h1 − h2 + 0.25)
        net.setWeight(1, 1, 0, -1);
        net.setBias(1, 0, 0.25);
        int n = 4;
        double[] in = grid(n, 2);
        GridEvaluator ge = new GridEvaluator(net, in, n);
        GridEvaluator.Grid g = ge.evaluate(true);
        assertThat(g.widths()).containsExactly(2, 1);
        for (int i = 0; i < n * n; i++) {
            double h1 = Math.tanh(in[2 * i]);
            double h2 = Math.tanh(0.5 * in[2 * i + 1]);
            double out = Math.tanh(2 * h1 - h2 + 0.25);
            assertThat(g.neuron(0, 0, i)).isCloseTo(h1, within(1e-12));
            assertThat(g.neuron(0, 1, i)).isCloseTo(h2, within(1e-12));
            assertThat(g.neuron(1, 0, i)).isCloseTo(out, within(1e-12));
            assertThat(g.positive()[i]).isCloseTo((out + 1) / 2, within(1e-12));
        }
        // replayed after a weight change: the same evaluator sees the new weights
        net.setWeight(1, 0, 0, -2);
        GridEvaluator.Grid g2 = ge.evaluate(false);
        assertThat(g2.layers()[0]).as("neurons not copied when not asked").isNull();
        double h1 = Math.tanh(in[0]);
        double h2 = Math.tanh(0.5 * in[1]);
        assertThat(g2.positive()[0]).isCloseTo((Math.tanh(-2 * h1 - h2 + 0.25) + 1) / 2, within(1e-12));
    }
}

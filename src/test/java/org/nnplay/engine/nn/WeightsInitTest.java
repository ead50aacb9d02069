package org.nnplay.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nnplay.engine.Backend;
import org.nnplay.engine.jvm.JvmBackend;

/** Weight snapshots, loading and moving networks, and the statistics of every initialiser. */
class WeightsInitTest {
    private static final Backend BE = JvmBackend.INSTANCE;

    private static NetworkSpec spec() {
        return NetworkSpec.simple(3, List.of(4, 2), ActivationKind.RELU, 1, LossKind.BCE, false);
    }

    @Test
    void flatten_layout_and_with_flat_round_trip() {
        Network net = Network.create(spec(), BE, 1);
        Weights w = net.weights();
        double[] v = w.flatten();
        // W1 3×4 + b1 4 + W2 4×2 + b2 2 + W3 2×1 + b3 1 = 12 + 4 + 8 + 2 + 2 + 1
        assertThat(v).hasSize(29).hasSize(net.parameterCount());
        assertThat(v[0]).isEqualTo(w.layers().get(0).weight(0, 0));
        assertThat(v[12]).isEqualTo(0.1);                              // first bias, Playground's 0.1
        assertThat(v[16]).isEqualTo(w.layers().get(1).weight(0, 0));
        double[] shifted = v.clone();
        for (int i = 0; i < shifted.length; i++) shifted[i] += i;
        Weights back = w.withFlat(shifted);
        assertThat(back.flatten()).containsExactly(shifted);
        assertThat(w.flatten()).as("withFlat copies").containsExactly(v);
        assertThat(back.withFlat(v).flatten()).containsExactly(v);
    }

    @Test
    void weights_and_load_round_trip_and_are_copies() {
        Network a = Network.create(spec(), BE, 1);
        Network b = Network.create(spec(), BE, 2);
        assertThat(b.weights().flatten()).isNotEqualTo(a.weights().flatten());
        Weights wa = a.weights();
        b.load(wa);
        assertThat(b.weights().flatten()).containsExactly(wa.flatten());
        // mutating the snapshot does not reach the network
        wa.layers().get(0).w()[0] = 99;
        assertThat(a.weights().layers().get(0).w()[0]).isNotEqualTo(99);
        assertThat(Network.of(spec(), BE, b.weights()).weights().flatten()).containsExactly(b.weights().flatten());
    }

    @Test
    void load_rejects_another_shape() {
        Network net = Network.create(spec(), BE, 1);
        Network other = Network.create(NetworkSpec.simple(3, List.of(5, 2), ActivationKind.RELU, 1, LossKind.BCE, false), BE, 1);
        assertThatThrownBy(() -> net.load(other.weights())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layer 1");
        Network shallow = Network.create(NetworkSpec.simple(3, List.of(4), ActivationKind.RELU, 1, LossKind.BCE, false), BE, 1);
        assertThatThrownBy(() -> net.load(shallow.weights())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void move_to_the_same_backend_is_the_same_network() {
        Network net = Network.create(spec(), BE, 1);
        assertThat(net.moveTo(BE)).isSameAs(net);
    }

    @Test
    void set_weight_and_bias_address_from_to() {
        Network net = Network.create(spec(), BE, 1);
        net.setWeight(1, 3, 1, 7.5);      // layer 2, neuron 3 of h1 → neuron 1 of h2
        net.setBias(2, 0, -4);
        assertThat(net.weights().layers().get(1).weight(3, 1)).isEqualTo(7.5);
        assertThat(net.weights().layers().get(1).w()[3 * 2 + 1]).isEqualTo(7.5);
        assertThat(net.weights().layers().get(2).b()).containsExactly(-4);
    }

    @Test
    void create_is_deterministic_per_seed() {
        assertThat(Network.create(spec(), BE, 7).weights().flatten())
                .containsExactly(Network.create(spec(), BE, 7).weights().flatten());
        assertThat(Network.create(spec(), BE, 7).weights().flatten())
                .isNotEqualTo(Network.create(spec(), BE, 8).weights().flatten());
    }

    @Test
    void all_finite() {
        Weights w = Network.create(spec(), BE, 1).weights();
        assertThat(w.allFinite()).isTrue();
        double[] v = w.flatten();
        v[13] = Double.NaN;
        assertThat(w.withFlat(v).allFinite()).isFalse();
    }

    // ---- initialisers ----------------------------------------------------------------------------------------

    private static final int IN = 200, OUT = 300;

    private static double[] sample(InitKind kind, double scale) {
        double[] w = new double[IN * OUT];
        Init.fill(w, IN, OUT, kind, scale, new Random(5));
        return w;
    }

    private static double mean(double[] w) {
        double s = 0;
        for (double v : w) s += v;
        return s / w.length;
    }

    private static double std(double[] w) {
        double m = mean(w), s = 0;
        for (double v : w) s += (v - m) * (v - m);
        return Math.sqrt(s / w.length);
    }

    private static double maxAbs(double[] w) {
        double m = 0;
        for (double v : w) m = Math.max(m, Math.abs(v));
        return m;
    }

    /** The standard deviation the initialiser should have, from its definition (U(−a, a) has std a/√3). */
    private static double expectedStd(InitKind kind, double scale) {
        return switch (kind) {
            case GLOROT_UNIFORM -> Math.sqrt(6.0 / (IN + OUT)) / Math.sqrt(3);
            case GLOROT_NORMAL -> Math.sqrt(2.0 / (IN + OUT));
            case HE_UNIFORM -> Math.sqrt(6.0 / IN) / Math.sqrt(3);
            case HE_NORMAL -> Math.sqrt(2.0 / IN);
            case LECUN -> Math.sqrt(1.0 / IN);
            case NORMAL -> scale;
            case UNIFORM -> scale / Math.sqrt(3);
            case ZEROS -> 0;
        };
    }

    @ParameterizedTest
    @EnumSource(InitKind.class)
    void initialiser_statistics(InitKind kind) {
        double scale = 0.7;
        double[] w = sample(kind, scale);
        double sd = expectedStd(kind, scale);
        // 60,000 samples: the sample std is within ~0.3 % of the true one, the mean within ~0.5 % of σ
        assertThat(mean(w)).as("mean").isCloseTo(0, within(0.02 * sd + 1e-300));
        assertThat(std(w)).as("std").isCloseTo(sd, within(0.02 * sd + 1e-300));
        switch (kind) {
            case GLOROT_UNIFORM -> assertBound(w, Math.sqrt(6.0 / (IN + OUT)));
            case HE_UNIFORM -> assertBound(w, Math.sqrt(6.0 / IN));
            case UNIFORM -> assertBound(w, scale);
            case ZEROS -> assertThat(w).containsOnly(0.0);
            default -> assertThat(maxAbs(w)).as("normal: tails reach beyond 3σ").isGreaterThan(3 * sd);
        }
    }

    private static void assertBound(double[] w, double a) {
        assertThat(maxAbs(w)).isLessThanOrEqualTo(a).isGreaterThan(0.99 * a);
    }

    @Test
    void network_uses_the_spec_initialiser_per_layer_fan() {
        // he_normal on a 2 → 32 → 1 net: layer 1 std √(2/2) = 1, layer 2 std √(2/32) = 0.25
        NetworkSpec s = NetworkSpec.simple(2, List.of(32), ActivationKind.RELU, 1, LossKind.MSE, true)
                .withInit(InitKind.HE_NORMAL, 0, 0);
        Network net = Network.create(s, BE, 3);
        assertThat(net.weights().layers().get(1).b()).containsOnly(0.0);
        // 64 and 32 samples only: generous bounds, but a wrong fan (e.g. fan-out) would be 4× off
        assertThat(std(net.weights().layers().get(0).w())).isBetween(0.7, 1.3);
        assertThat(std(net.weights().layers().get(1).w())).isBetween(0.15, 0.35);
    }
}

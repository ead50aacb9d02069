package org.nnplay.training.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.train.Matrix;

/** The fused kernel computes what the engine's graph computes, for every head, several activations and penalties. */
class FastSliceLossTest {
    @ParameterizedTest
    @CsvSource({
        "tanh, half_squared, false, 2, none",
        "relu, bce, false, 2, l2",
        "sigmoid, bce, false, 3, l1",
        "elu, softmax_ce, false, 3, elastic",
        "leaky_relu, mse, false, 2, none",
        "gelu, mae, false, 2, l2",
        "tanh, mse, true, 1, l2",
        "softplus, half_squared, true, 1, none",
        "linear, mae, true, 1, l1",
    })
    void agreesWithTheEngineGraph(String act, String loss, boolean regression, int classes, String reg) {
        LossKind lk = LossKind.fromKey(loss);
        int outputs = org.nnplay.engine.nn.Head.outputs(lk, regression, classes);
        Network net = Fixtures.deep(2, List.of(6, 5), ActivationKind.fromKey(act), outputs, lk, regression, 13);
        Matrix data = Fixtures.classes(40, regression ? 5 : classes, 3);
        Regularization r = reg.equals("none") ? Regularization.NONE
                : new Regularization(RegularizationKind.fromKey(reg), 0.05, 0.3);
        LossSetup setup = LossSetup.of(net, data, r, true);
        Slice slice = Slice.of(setup.center(), Directions.filterNormalized(setup.template(), 8, true));
        FastSliceLoss fast = new FastSliceLoss(setup, slice);
        LossFunction slow = setup.newFunction();
        for (double a = -1; a <= 1; a += 0.4) {
            for (double b = -1; b <= 1; b += 0.5) {
                double expected = slow.lossAt(slice.center(), slice.d1(), a, slice.d2(), b);
                assertThat(fast.lossAt(a, b)).as("(%s, %s)", a, b).isCloseTo(expected, within(1e-12 * (1 + expected)));
            }
        }
        assertThat(FastSliceLoss.supports(setup)).isTrue();
    }

    @Test
    void batchNormNetworksUseTheEngineGraphAndStillGiveAGrid() {
        NetworkSpec spec = NetworkSpec.simple(2, List.of(4), ActivationKind.RELU, 1, LossKind.BCE, false)
                .withRegularisation(0, true);
        Network net = Network.create(spec, JvmBackend.INSTANCE, 2);
        LossSetup setup = LossSetup.of(net, Fixtures.classes(30, 2, 1), Regularization.NONE, false);
        assertThat(FastSliceLoss.supports(setup)).isFalse();
        try (LandscapeComputer c = new LandscapeComputer(1)) {
            LandscapeGrid grid = c.compute(LandscapeRequest.aroundCurrent(setup, 1, false, 1, 11));
            assertThat(grid.loss(5, 5)).isCloseTo(setup.newFunction().loss(setup.center()), within(1e-12));
            assertThat(grid.min()).isPositive();
        }
    }

    @Test
    void itsTanhIsWithinOneEMinus15OfMathTanh() {
        java.util.Random rng = new java.util.Random(1);
        for (int i = 0; i < 100_000; i++) {
            double x = (rng.nextDouble() * 2 - 1) * Math.pow(10, rng.nextInt(8) - 5);
            assertThat(FastSliceLoss.tanh(x)).isCloseTo(Math.tanh(x), within(1e-15));
        }
        assertThat(FastSliceLoss.tanh(800)).isEqualTo(1.0);
        assertThat(FastSliceLoss.tanh(-800)).isEqualTo(-1.0);
        assertThat(FastSliceLoss.tanh(Double.NaN)).isNaN();
    }
}

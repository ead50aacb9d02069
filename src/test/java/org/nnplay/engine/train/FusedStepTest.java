package org.nnplay.engine.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;

/**
 * The fused step of small dense networks ({@code DenseStack}) against the graph it stands in for: the same
 * losses and the same weights, bit for bit, after epochs of training, for every activation, every loss it takes,
 * batches with a shorter last one, several outputs and a batch size changed mid-epoch.
 */
class FusedStepTest {
    private final boolean before = FusedSteps.enabled;

    @AfterEach
    void restore() {
        FusedSteps.enabled = before;
    }

    /** Random points in [−1, 1]^cols with labels of {@code classes} classes (regression: a smooth target). */
    private static Matrix data(int rows, int cols, int classes, boolean regression, long seed) {
        Random rng = new Random(seed);
        double[] x = new double[rows * cols];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            double s = 0;
            for (int c = 0; c < cols; c++) {
                x[r * cols + c] = 2 * rng.nextDouble() - 1;
                s += x[r * cols + c] * (c + 1);
            }
            y[r] = regression ? Math.sin(s) : Math.floorMod((int) Math.floor(2 * s), classes);
        }
        return new Matrix(x, y, rows, cols);
    }

    private record Run(List<Long> losses, long[] weights, boolean fused) {}

    private static Run train(NetworkSpec spec, Matrix m, TrainConfig cfg, boolean fused, int epochs, TrainConfig later) {
        FusedSteps.enabled = fused;
        Network net = Network.create(spec, JvmBackend.INSTANCE, 11);
        Trainer t = new Trainer(net, m, cfg, 5);
        boolean used = t.fusedStep();
        List<Long> losses = new ArrayList<>();
        for (int e = 0; e < epochs; e++) {
            if (later != null && e == epochs / 2) {
                t.step();
                t.setConfig(later);
            }
            assertThat(t.runEpoch()).as("epoch %d trained", e + 1).isTrue();
            losses.add(Double.doubleToRawLongBits(t.lastEpochLoss()));
        }
        double[] w = net.weights().flatten();
        long[] bits = new long[w.length];
        for (int i = 0; i < w.length; i++) bits[i] = Double.doubleToRawLongBits(w[i]);
        return new Run(losses, bits, used);
    }

    private static void assertSameBits(NetworkSpec spec, Matrix m, TrainConfig cfg, TrainConfig later) {
        Run graph = train(spec, m, cfg, false, 6, later);
        Run fused = train(spec, m, cfg, true, 6, later);
        assertThat(graph.fused()).isFalse();
        assertThat(fused.fused()).as("the fused step is taken for " + spec.loss() + " " + List.of(spec.activations())).isTrue();
        assertThat(fused.losses()).as("epoch losses' bits").isEqualTo(graph.losses());
        assertThat(fused.weights()).as("weights' bits").isEqualTo(graph.weights());
    }

    private static TrainConfig sgd(int batch) {
        return new TrainConfig(batch, 0.05, OptimizerSpec.of(OptimizerKind.SGD), ScheduleSpec.CONSTANT,
                Regularization.NONE, 0);
    }

    private static NetworkSpec net(int inputs, List<Integer> hidden, ActivationKind act, int outputs, LossKind loss,
                                   boolean regression) {
        return NetworkSpec.simple(inputs, hidden, act, outputs, loss, regression).withInit(InitKind.UNIFORM, 1.0, 0.1);
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void everyActivationGivesTheGraphsBits(ActivationKind act) {
        // 250 rows in batches of 7: 35 full batches and a last one of 5
        assertSameBits(net(2, List.of(4, 2), act, 1, LossKind.HALF_SQUARED, false), data(250, 2, 2, false, 1),
                sgd(7), null);
    }

    @ParameterizedTest
    @EnumSource(value = LossKind.class, names = {"HALF_SQUARED", "MSE", "MAE", "BCE"})
    void everyLossItTakesGivesTheGraphsBits(LossKind loss) {
        assertSameBits(net(7, List.of(8, 8, 8), ActivationKind.TANH, 1, loss, false), data(200, 7, 2, false, 2),
                sgd(10), null);
    }

    @ParameterizedTest
    @EnumSource(value = LossKind.class, names = {"HALF_SQUARED", "MSE", "MAE"})
    void regressionGivesTheGraphsBits(LossKind loss) {
        assertSameBits(net(3, List.of(5, 3), ActivationKind.RELU, 1, loss, true), data(120, 3, 0, true, 3),
                sgd(16), null);
    }

    @Test
    void severalOutputsAndAdamGiveTheGraphsBits() {
        TrainConfig adam = new TrainConfig(12, 0.01, OptimizerSpec.of(OptimizerKind.ADAM), ScheduleSpec.CONSTANT,
                Regularization.NONE, 1.0);
        assertSameBits(net(4, List.of(6, 8), ActivationKind.ELU, 3, LossKind.BCE, false), data(150, 4, 3, false, 4),
                adam, null);
    }

    @Test
    void aBatchSizeChangedMidEpochGivesTheGraphsBits() {
        assertSameBits(net(2, List.of(3), ActivationKind.SIGMOID, 1, LossKind.MSE, false), data(101, 2, 2, false, 5),
                sgd(10), sgd(13));
    }

    @Test
    void theGraphStepsWhereTheFusedStepDoesNotApply() {
        FusedSteps.enabled = true;
        Matrix m = data(60, 2, 3, false, 6);
        NetworkSpec plain = net(2, List.of(4), ActivationKind.TANH, 1, LossKind.BCE, false);
        assertThat(new Trainer(Network.create(plain, JvmBackend.INSTANCE, 1), m, sgd(10), 1).fusedStep()).isTrue();
        List<NetworkSpec> others = List.of(
                plain.withRegularisation(0.2, false),
                plain.withRegularisation(0, true),
                net(2, List.of(4), ActivationKind.TANH, 3, LossKind.SOFTMAX_CE, false),
                net(2, List.of(FusedSteps.MAX_WIDTH + 1), ActivationKind.TANH, 1, LossKind.BCE, false));
        for (NetworkSpec spec : others) {
            assertThat(new Trainer(Network.create(spec, JvmBackend.INSTANCE, 1), m, sgd(10), 1).fusedStep())
                    .as(spec.toString()).isFalse();
        }
        TrainConfig l2 = sgd(10).withRegularization(new Regularization(RegularizationKind.L2, 0.01, 0.5));
        Trainer t = new Trainer(Network.create(plain, JvmBackend.INSTANCE, 1), m, sgd(10), 1);
        t.setConfig(l2);
        assertThat(t.fusedStep()).as("a penalty switched on").isFalse();
        t.setConfig(sgd(10));
        assertThat(t.fusedStep()).as("and off again").isTrue();
    }

    @Test
    void aPenaltySwitchedOnMidRunGivesTheGraphsBits() {
        TrainConfig l1 = sgd(10).withRegularization(new Regularization(RegularizationKind.L1, 0.003, 0.5));
        assertSameBits(net(2, List.of(4, 2), ActivationKind.TANH, 1, LossKind.HALF_SQUARED, false),
                data(100, 2, 2, false, 7), sgd(10), l1);
    }
}

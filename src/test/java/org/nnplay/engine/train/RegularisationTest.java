package org.nnplay.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.nnplay.engine.train.Fixtures.fullBatchGradient;
import static org.nnplay.engine.train.Fixtures.params;
import static org.nnplay.engine.train.Fixtures.tanhNet;
import static org.nnplay.engine.train.Fixtures.weightMatrixNorm2;

import org.junit.jupiter.api.Test;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;

/** Weight penalties: their effect on training and how they are reported. */
class RegularisationTest {
    private static final JvmBackend BE = JvmBackend.INSTANCE;

    private static TrainConfig cfg(int batch, double lr, Regularization reg) {
        return new TrainConfig(batch, lr, OptimizerSpec.of(OptimizerKind.SGD), ScheduleSpec.CONSTANT, reg, 0);
    }

    private static Weights train(Regularization reg, int epochs) {
        Matrix data = Fixtures.regression(60, 31);
        Network net = Network.create(tanhNet(LossKind.MSE, true, 6, 4), BE, 31);
        Trainer t = new Trainer(net, data, cfg(10, 0.05, reg), 31);
        for (int e = 0; e < epochs; e++) assertThat(t.runEpoch()).isTrue();
        return net.weights();
    }

    @Test
    void l2_and_l1_shrink_the_weights() {
        Weights none = train(Regularization.NONE, 60);
        Weights l2 = train(new Regularization(RegularizationKind.L2, 0.1, 0.5), 60);
        Weights l1 = train(new Regularization(RegularizationKind.L1, 0.05, 0.5), 60);
        assertThat(weightMatrixNorm2(l2)).isLessThan(0.8 * weightMatrixNorm2(none));
        assertThat(abs(l1)).isLessThan(0.8 * abs(none));
    }

    private static double abs(Weights w) {
        double s = 0;
        for (Weights.Layer l : w.layers()) for (double v : l.w()) s += Math.abs(v);
        return s;
    }

    @Test
    void penalty_is_reported_apart_from_the_data_loss() {
        Matrix data = Fixtures.regression(40, 32);
        Network net = Network.create(tanhNet(LossKind.MSE, true, 4), BE, 32);
        Weights w = net.weights();
        double sumSq = weightMatrixNorm2(w);   // Σw² over W1, W2 (not biases)
        double sumAbs = abs(w);
        double dataLoss = new Evaluator(net, data, Regularization.NONE).evaluate().dataLoss();

        Evaluator ev = new Evaluator(net, data, new Regularization(RegularizationKind.L2, 0.3, 0.5));
        Evaluation e = ev.evaluate();
        assertThat(e.penalty()).isPositive().isCloseTo(0.3 * 0.5 * sumSq, within(1e-12));
        assertThat(e.dataLoss()).isCloseTo(dataLoss, within(1e-15));
        assertThat(e.total()).isCloseTo(e.dataLoss() + e.penalty(), within(1e-15));

        // live change of kind and rate: L1 is λΣ|w|, elastic λ(r·Σ|w| + (1 − r)·½Σw²)
        ev.setRegularization(new Regularization(RegularizationKind.L1, 0.2, 0.5));
        assertThat(ev.evaluate().penalty()).isCloseTo(0.2 * sumAbs, within(1e-12));
        ev.setRegularization(new Regularization(RegularizationKind.ELASTIC, 0.2, 0.3));
        assertThat(ev.evaluate().penalty()).isCloseTo(0.2 * (0.3 * sumAbs + 0.7 * 0.5 * sumSq), within(1e-12));
        ev.setRegularization(Regularization.NONE);
        Evaluation off = ev.evaluate();
        assertThat(off.penalty()).isZero();
        assertThat(off.total()).isCloseTo(dataLoss, within(1e-15));
        ev.setRegularization(new Regularization(RegularizationKind.L2, 0.3, 0.5));
        assertThat(ev.evaluate().penalty()).isCloseTo(0.3 * 0.5 * sumSq, within(1e-12));
    }

    @Test
    void l2_step_adds_lambda_w_to_weight_gradients_only() {
        // full batch SGD with L2: W ← W − η(∂data/∂W + λW); b ← b − η ∂data/∂b
        Matrix data = Fixtures.regression(12, 33);
        Network net = Network.create(tanhNet(LossKind.MSE, true, 3), BE, 33);
        double lambda = 0.4, eta = 0.1;
        double[] w0 = params(net);               // W1 (2×3), b1 (3), W2 (3×1), b2 (1)
        double[] g = fullBatchGradient(net, data);
        Trainer t = new Trainer(net, data, cfg(12, eta, new Regularization(RegularizationKind.L2, lambda, 0.5)), 1);
        assertThat(t.step()).isTrue();
        double[] w1 = params(net);
        boolean[] isWeight = new boolean[w0.length];
        java.util.Arrays.fill(isWeight, 0, 6, true);
        java.util.Arrays.fill(isWeight, 9, 12, true);
        for (int i = 0; i < w0.length; i++) {
            double expected = w0[i] - eta * (g[i] + (isWeight[i] ? lambda * w0[i] : 0));
            assertThat(w1[i]).as("parameter " + i).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void switching_the_penalty_on_live_rebuilds_without_touching_the_weights() {
        Matrix data = Fixtures.regression(20, 34);
        Network net = Network.create(tanhNet(LossKind.MSE, true, 3), BE, 34);
        Trainer t = new Trainer(net, data, cfg(20, 0.1, Regularization.NONE), 1);
        t.runEpoch();
        double[] before = params(net);
        t.setConfig(t.config().withRegularization(new Regularization(RegularizationKind.L2, 0.5, 0.5)));
        assertThat(params(net)).containsExactly(before);
        double[] g = fullBatchGradient(net, data);
        t.step();
        double[] after = params(net);
        // W1[0][0] is a weight: its step includes 0.5·w
        assertThat(after[0]).isCloseTo(before[0] - 0.1 * (g[0] + 0.5 * before[0]), within(1e-12));
    }
}

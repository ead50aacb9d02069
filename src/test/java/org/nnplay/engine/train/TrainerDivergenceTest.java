package org.nnplay.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnplay.engine.train.Fixtures.allFinite;
import static org.nnplay.engine.train.Fixtures.params;
import static org.nnplay.engine.train.Fixtures.sgd;
import static org.nnplay.engine.train.Fixtures.tanhNet;

import org.junit.jupiter.api.Test;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;

/** A learning rate far too large: training must stop, say when, and leave the last good weights. */
class TrainerDivergenceTest {
    private static final JvmBackend BE = JvmBackend.INSTANCE;

    @Test
    void huge_rate_stops_at_a_named_epoch_with_the_weights_of_its_start() {
        Matrix data = Fixtures.regression(100, 21);
        Network net = Network.create(tanhNet(LossKind.MSE, true, 4), BE, 21);
        Trainer t = new Trainer(net, data, sgd(10, 1e6), 21);
        int diverged = -1;
        double[] atStart = null;
        for (int e = 0; e < 200 && diverged < 0; e++) {
            atStart = params(net);
            if (!t.runEpoch()) {
                diverged = e;
            }
        }
        assertThat(diverged).as("a rate of 1e6 must diverge").isGreaterThanOrEqualTo(0);
        assertThat(t.divergence()).isNotNull().contains("epoch " + (diverged + 1));
        assertThat(t.epoch()).isEqualTo(diverged);
        double[] after = params(net);
        assertThat(allFinite(after)).isTrue();
        assertThat(after).as("restored to the start of the epoch").containsExactly(atStart);
        for (org.nnplay.engine.Tensor p : net.parameters()) {
            assertThat(p.grad()).containsOnly(0.0);
        }

        // stays stopped until resumed
        assertThat(t.step()).isFalse();
        assertThat(t.runEpoch()).isFalse();
        assertThat(params(net)).containsExactly(atStart);

        // resume with a sane rate: training goes on from those weights and the epoch count continues
        t.resume();
        assertThat(t.divergence()).isNull();
        t.setConfig(t.config().withLearningRate(0.01));
        double first = Double.NaN;
        for (int e = 0; e < 20; e++) {
            assertThat(t.runEpoch()).isTrue();
            if (e == 0) first = t.lastEpochLoss();
        }
        assertThat(t.epoch()).isEqualTo(diverged + 20);
        assertThat(allFinite(params(net))).isTrue();
        assertThat(t.lastEpochLoss()).isFinite().isLessThan(first);
    }

    @Test
    void a_weight_overflowing_on_the_last_step_of_an_epoch_is_caught() {
        // ŷ = w·x + b on the single row x = 1, y = −10, init w = 0, b = 0.1: loss = 10.1² (finite),
        // ∂/∂w = 2·10.1 = 20.2 (finite), but w − η·20.2 with η = 1e308 is −∞. The epoch must not end "fine"
        // with an infinite weight (the next epoch would back it up and could never restore a finite one).
        NetworkSpec spec = new NetworkSpec(1, new int[0], new org.nnplay.engine.nn.ActivationKind[0], 0.01, 1,
                LossKind.MSE, true, InitKind.ZEROS, 0, 0.1, 0, false);
        Network net = Network.create(spec, BE, 1);
        double[] start = params(net);
        assertThat(start).containsExactly(0.0, 0.1);
        Trainer t = new Trainer(net, new Matrix(new double[] {1}, new double[] {-10}, 1, 1), sgd(1, 1e308), 1);
        boolean ok = t.runEpoch();
        assertThat(allFinite(params(net))).as("weights after runEpoch → " + ok).isTrue();
        assertThat(ok).isFalse();
        assertThat(t.divergence()).contains("epoch 1");
        assertThat(params(net)).containsExactly(start);
    }
}

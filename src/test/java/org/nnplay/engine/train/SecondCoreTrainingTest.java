package org.nnplay.engine.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;
import org.nnplay.engine.nn.Regularization;

/**
 * A trainer whose steps move between one core and two (its {@link SecondCore} timing them) computes the same bits as
 * one that never uses the second core.
 */
class SecondCoreTrainingTest {
    private boolean helperWas;

    /** A window test before this one may have turned the helper off (the app does on two cores). */
    @BeforeEach
    void helperOn() {
        helperWas = JvmBackend.helperThreadInUse();
    }

    @AfterEach
    void helperAsItWas() {
        JvmBackend.useHelperThread(helperWas);
    }

    /** 3 epochs of 1,000 points (4 steps of 256 and one of 232) through 32-32 tanh, Adam: big enough to be split. */
    private static Trainer trainer() {
        Network net = Network.create(Fixtures.tanhNet(LossKind.HALF_SQUARED, true, 32, 32), JvmBackend.INSTANCE, 7);
        TrainConfig cfg = new TrainConfig(256, 0.01, OptimizerSpec.of(OptimizerKind.ADAM), ScheduleSpec.CONSTANT,
                Regularization.NONE, 0);
        return new Trainer(net, Fixtures.regression(1_000, 3), cfg, 5);
    }

    @Test
    void moving_between_one_core_and_two_gives_the_same_bits() {
        JvmBackend.useHelperThread(true);
        Trainer both = trainer();
        assertThat(both.fusedStep()).isFalse();
        boolean choice = JvmBackend.helperThreadInUse();
        assertThat(both.secondCore() != null).isEqualTo(choice);
        for (int e = 0; e < 40; e++) {
            if (both.secondCore() != null) {
                // timings that say the other way is far faster, until it switches: every epoch runs the other way
                SecondCore c = both.secondCore();
                int before = c.switches();
                while (c.switches() == before) {
                    c.took(c.nextStepUses() == c.uses() ? 1_000_000 : 1_000, true);
                }
            }
            assertThat(both.runEpoch()).isTrue();
        }
        if (both.secondCore() != null) {
            assertThat(both.secondCore().switches()).isGreaterThanOrEqualTo(40);
        }
        JvmBackend.useHelperThread(false);
        Trainer one = trainer();
        assertThat(one.secondCore()).as("no second core to choose").isNull();
        for (int e = 0; e < 40; e++) {
            assertThat(one.runEpoch()).isTrue();
        }
        assertThat(Fixtures.flat(both.network())).isEqualTo(Fixtures.flat(one.network()));
        assertThat(both.lastEpochLoss()).isEqualTo(one.lastEpochLoss());
    }
}

package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Network;

class DivergenceTest {
    @Test
    void aHugeLearningRatePausesKeepsTheLastFiniteWeightsAndCanResume() throws Exception {
        TrainingSetup setup = Fixtures.planeSetup(0.002);
        try (TrainingService service = TrainingService.start(setup)) {
            for (int i = 0; i < 5; i++) {
                service.stepEpoch();
            }
            Snapshot before = Fixtures.settled(service);
            assertThat(before.train().total()).isFinite();
            service.setConfig(setup.config().withLearningRate(50));
            service.play();
            Snapshot diverged = Fixtures.awaitAfter(service, s -> s.state() == RunState.DIVERGED);
            TrainingEvent e = diverged.lastEvent();
            assertThat(e.kind()).isEqualTo(TrainingEvent.Kind.DIVERGED);
            assertThat(e.epoch()).isEqualTo(diverged.epoch() + 1);
            assertThat(e.message()).contains("epoch " + (diverged.epoch() + 1)).contains("smaller learning rate")
                    .contains("now 50.0");
            assertThat(diverged.weights().allFinite()).isTrue();
            assertThat(diverged.history().events()).extracting(TrainingEvent::kind).contains(TrainingEvent.Kind.DIVERGED);
            if (diverged.epoch() == before.epoch()) {
                assertThat(diverged.weights().flatten()).containsExactly(before.weights().flatten());
            }
            // the last finite weights are those of the end of the last complete epoch
            Snapshot again = Fixtures.settled(service);
            assertThat(again.epoch()).isEqualTo(diverged.epoch());
            assertThat(again.state()).isEqualTo(RunState.DIVERGED);

            service.setConfig(setup.config().withLearningRate(1e-4));
            service.play();
            long at = diverged.epoch();
            Snapshot resumed = Fixtures.awaitAfter(service, s -> s.epoch() >= at + 20 || s.state() == RunState.DIVERGED);
            assertThat(resumed.history().events()).as("events").allSatisfy(ev -> assertThat(ev.epoch()).isLessThanOrEqualTo(at + 1));
            assertThat(resumed.state()).isEqualTo(RunState.RUNNING);
            assertThat(resumed.history().events()).extracting(TrainingEvent::kind).contains(TrainingEvent.Kind.RESUMED);
        }
    }

    @Test
    void divergenceInTheFirstEpochKeepsTheInitialWeights() throws Exception {
        TrainingSetup setup = Fixtures.planeSetup(1e6);
        try (TrainingService service = TrainingService.start(setup)) {
            service.stepEpoch();
            Snapshot s = Fixtures.awaitState(service, RunState.DIVERGED);
            assertThat(s.epoch()).isZero();
            assertThat(s.lastEvent().message()).contains("epoch 1");
            double[] initial = Network.create(setup.network(), JvmBackend.INSTANCE, setup.seed()).weights().flatten();
            assertThat(s.weights().flatten()).containsExactly(initial);
            service.setConfig(setup.config().withLearningRate(1e-3));
            service.stepEpoch();
            Snapshot next = Fixtures.settled(service);
            assertThat(next.epoch()).isEqualTo(1);
            assertThat(next.state()).isEqualTo(RunState.PAUSED);
            assertThat(next.train().total()).isLessThan(s.train().total());
        }
    }
}

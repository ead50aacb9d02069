package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.train.Evaluation;
import org.nnplay.engine.train.Evaluator;

class StoppingTest {
    @Test
    void maxEpochsStopsExactlyAndRefusesToGoFurther() throws Exception {
        TrainingSetup setup = Fixtures.circleSetup().withStopping(StoppingRules.NONE.withMaxEpochs(40));
        try (TrainingService service = TrainingService.start(setup)) {
            service.play();
            Snapshot s = Fixtures.awaitState(service, RunState.STOPPED);
            assertThat(s.epoch()).isEqualTo(40);
            assertThat(s.lastEvent().kind()).isEqualTo(TrainingEvent.Kind.MAX_EPOCHS);
            service.stepEpoch();
            service.play();
            assertThat(Fixtures.settled(service).epoch()).isEqualTo(40);
            service.setStopping(StoppingRules.NONE.withMaxEpochs(45));
            service.play();
            Snapshot more = Fixtures.awaitAfter(service, x -> x.state() == RunState.STOPPED);
            assertThat(more.epoch()).isEqualTo(45);
            assertThat(more.history().get(Metric.TRAIN_LOSS).x0()).contains(40L, 45L);
        }
    }

    @Test
    void targetLossStopsAtTheFirstEvaluationBelowIt() throws Exception {
        TrainingSetup setup = Fixtures.circleSetup().withConfig(Fixtures.sgd(0.1))
                .withStopping(StoppingRules.NONE.withTargetLoss(0.05).withMaxEpochs(5000)).withEvalEvery(5);
        try (TrainingService service = TrainingService.start(setup)) {
            service.play();
            Snapshot s = Fixtures.awaitState(service, RunState.STOPPED);
            assertThat(s.lastEvent().kind()).isEqualTo(TrainingEvent.Kind.TARGET_REACHED);
            SeriesView loss = s.history().get(Metric.TRAIN_LOSS);
            assertThat(loss.latest()).isLessThanOrEqualTo(0.05);
            assertThat(loss.x1()[loss.size() - 1]).isEqualTo(s.epoch());
            for (int i = 0; i < loss.size() - 1; i++) {
                assertThat(loss.last()[i]).isGreaterThan(0.05);
            }
            assertThat(s.epoch() % 5 == 0 || s.epoch() <= TrainingSetup.EVAL_WARMUP).isTrue();
        }
    }

    @Test
    void earlyStoppingRestoresTheBestWeights() throws Exception {
        // 40 noisy points, a big network, a high learning rate: it over-fits, the validation loss turns up.
        TrainingSetup setup = new TrainingSetup(Fixtures.circle(40, 50), Fixtures.XY, Fixtures.tanh(8, 8),
                Fixtures.sgd(0.3), 11, JvmBackend.INSTANCE, null,
                new StoppingRules(20_000, Double.NaN, 30), 1, false);
        try (TrainingService service = TrainingService.start(setup)) {
            service.play();
            Snapshot s = Fixtures.awaitState(service, RunState.STOPPED);
            assertThat(s.lastEvent().kind()).isEqualTo(TrainingEvent.Kind.EARLY_STOP);
            assertThat(s.lastEvent().message()).contains("Restored the best weights");
            double best = s.history().get(Metric.TEST_LOSS).overallMin();
            Network restored = Network.of(setup.network(), JvmBackend.INSTANCE, s.weights());
            Evaluation check = new Evaluator(restored, Inputs.of(setup).test(),
                    setup.config().regularization()).evaluate();
            assertThat(check.total()).isEqualTo(best);
            assertThat(s.test().total()).isEqualTo(best);
            assertThat(s.epoch()).isGreaterThanOrEqualTo(30);
            List<TrainingEvent> stops = s.history().events();
            assertThat(stops).extracting(TrainingEvent::kind).containsExactly(TrainingEvent.Kind.EARLY_STOP);
        }
    }
}

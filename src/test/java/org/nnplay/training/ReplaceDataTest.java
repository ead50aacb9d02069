package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnplay.training.Fixtures.await;
import static org.nnplay.training.Fixtures.settled;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DataSet;
import org.nnplay.data.HandPoints;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.train.Evaluator;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.HandPoint;

/** Points added or removed while a network trains: the same network goes on, on the new data. */
class ReplaceDataTest {
    private final TrainingSetup setup = Fixtures.circleSetup();

    /** The circle's points plus three training points of class 1 near the centre and one test point. */
    private DataSet withPoints() {
        return HandPoints.empty().add(0.1, 0.2, 1, true).add(-0.3, 0.1, 1, true).add(0.2, -0.2, 1, true)
                .add(4.5, 4.5, 1, false).mergeInto(setup.data());
    }

    @Test
    void theWeightsEpochAndHistoryStayAndSnapshotsEvaluateTheNewPoints() throws Exception {
        try (TrainingService service = TrainingService.start(setup)) {
            for (int i = 0; i < 3; i++) {
                service.stepEpoch();
            }
            Snapshot before = settled(service);
            assertThat(before.train().rows()).isEqualTo(100);
            service.replaceData(withPoints());
            Snapshot after = settled(service);

            assertThat(after.weights().flatten()).containsExactly(before.weights().flatten());
            assertThat(after.generation()).isEqualTo(before.generation());
            assertThat(after.epoch()).isEqualTo(3);
            assertThat(after.steps()).isEqualTo(before.steps());
            assertThat(after.state()).isEqualTo(RunState.PAUSED);
            assertThat(after.history().get(Metric.TRAIN_LOSS)).isEqualTo(before.history().get(Metric.TRAIN_LOSS));
            assertThat(after.lastEvent()).satisfies(e -> {
                assertThat(e.kind()).isEqualTo(TrainingEvent.Kind.DATA_CHANGED);
                assertThat(e.epoch()).isEqualTo(3);
                assertThat(e.restartsEpochs()).isFalse();
            });
            assertThat(after.history().events()).extracting(TrainingEvent::kind)
                    .containsExactly(TrainingEvent.Kind.DATA_CHANGED);

            // metrics are those of the same weights on the new points: 3 more training rows, 1 more test row
            assertThat(after.setup().data().train()).hasSize(103);
            assertThat(after.train().rows()).isEqualTo(103);
            assertThat(after.test().rows()).isEqualTo(101);
            Network net = Network.of(after.setup().network(), JvmBackend.INSTANCE, after.weights());
            double expected = new Evaluator(net, Inputs.of(after.setup()).train(), after.config().regularization())
                    .evaluate().total();
            assertThat(after.train().total()).isEqualTo(expected).isNotEqualTo(before.train().total());

            service.stepEpoch();
            Snapshot next = settled(service);
            assertThat(next.epoch()).isEqualTo(4);
            assertThat(next.steps()).isEqualTo(before.steps() + 11);
            assertThat(service.failure()).isNull();
        }
    }

    @Test
    void aRunningModelKeepsRunningOnTheNewPoints() throws Exception {
        try (TrainingService service = TrainingService.start(setup)) {
            service.play();
            Snapshot before = await(service, s -> s.state() == RunState.RUNNING && s.epoch() >= 5);
            service.replaceData(withPoints());
            Snapshot swapped = Fixtures.awaitAfter(service, s -> s.train().rows() == 103);
            Snapshot later = await(service, s -> s.epoch() >= swapped.epoch() + 20);
            assertThat(later.state()).isEqualTo(RunState.RUNNING);
            assertThat(later.generation()).isEqualTo(before.generation());
            assertThat(swapped.epoch()).isGreaterThanOrEqualTo(before.epoch());
            assertThat(later.history().events()).extracting(TrainingEvent::kind)
                    .containsExactly(TrainingEvent.Kind.DATA_CHANGED);
            assertThat(service.failure()).isNull();
        }
    }

    @Test
    void theSameCommandsGiveTheSameWeightsWhateverTheSnapshotsAndHowTheEpochsAreStepped() throws Exception {
        Snapshot a;
        try (TrainingService s = TrainingService.start(setup)) {
            s.stepEpoch();
            s.stepBatch();
            s.stepBatch();
            s.replaceData(withPoints());
            s.stepEpoch();
            s.replaceData(setup.data());
            s.stepEpoch();
            a = settled(s);
        }
        Snapshot b;
        try (TrainingService s = TrainingService.start(setup)) {
            for (int i = 0; i < 12; i++) {
                s.stepBatch();
                s.requestSnapshot(SnapshotRequest.grid(20, 5));
            }
            s.replaceData(withPoints());
            settled(s);
            for (int i = 0; i < 11; i++) {
                s.stepBatch();
            }
            s.replaceData(setup.data());
            s.stepEpoch();
            b = settled(s);
        }
        assertThat(a.epoch()).isEqualTo(3);
        assertThat(b.weights().flatten()).containsExactly(a.weights().flatten());
        assertThat(b.steps()).isEqualTo(a.steps());
        assertThat(b.train().total()).isEqualTo(a.train().total());
    }

    @Test
    void dataTheNetworkDoesNotFitIsRefusedWithoutTouchingTheRun() throws Exception {
        try (TrainingService service = TrainingService.start(setup)) {
            service.stepEpoch();
            Snapshot before = settled(service);
            DataSet threeClasses = HandPoints.empty().add(1, 1, 2, true).mergeInto(setup.data());
            service.replaceData(threeClasses);
            Snapshot after = settled(service);
            assertThat(service.failure()).isInstanceOf(IllegalArgumentException.class);
            assertThat(after.lastEvent().kind()).isEqualTo(TrainingEvent.Kind.ERROR);
            assertThat(after.train().rows()).isEqualTo(100);
            assertThat(after.weights().flatten()).containsExactly(before.weights().flatten());
        }
    }

    @Test
    void aHandPointEditOfTheExperimentIsAppliedWithoutARebuild() throws Exception {
        Experiment before = Experiment.defaults();
        Experiment after = before.withData(d -> d.withHandPoints(List.of(new HandPoint(0.5, 0.5, 1, true))));
        try (TrainingService service = TrainingService.start(ExperimentSetups.of(before, JvmBackend.INSTANCE))) {
            int rows = settled(service).train().rows();
            assertThat(ExperimentChange.apply(service, before, after, JvmBackend.INSTANCE))
                    .containsExactly(ExperimentChange.DATA);
            Snapshot s = settled(service);
            assertThat(s.generation()).isZero();
            assertThat(s.train().rows()).isEqualTo(rows + 1);
            assertThat(s.lastEvent().kind()).isEqualTo(TrainingEvent.Kind.DATA_CHANGED);
        }
    }
}

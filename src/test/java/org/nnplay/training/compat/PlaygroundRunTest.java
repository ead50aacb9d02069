package org.nnplay.training.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DataSet;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Weights;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.HandPoint;
import org.nnplay.experiment.link.PlaygroundLink;
import org.nnplay.training.ExperimentChange;
import org.nnplay.training.ExperimentMapping;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.HeadlessRun;
import org.nnplay.training.Metric;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.training.SnapshotRequest;
import org.nnplay.training.TrainingService;
import org.nnplay.training.TrainingSetup;

/** A run that follows TensorFlow Playground, through the same service, commands and snapshots as any run. */
class PlaygroundRunTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CIRCLE = "#seed=0.12345&dataset=circle&networkShape=4,2&batchSize=7&percTrainData=60";

    static Experiment link(String link) throws ExperimentFormatException {
        return PlaygroundLink.read(link).experiment();
    }

    private static Snapshot settled(TrainingService s) throws Exception {
        long ticket = s.lastCommand();
        return s.await(SnapshotRequest.grid(40, 0), x -> x.commandsApplied() >= ticket && x.boundary() != null, WAIT);
    }

    @Test
    void theServiceTrainsItLikeAnyRunWithBoundaryHistoryStepAndReset() throws Exception {
        Experiment e = link(CIRCLE);
        TrainingSetup setup = ExperimentSetups.of(e, JvmBackend.INSTANCE);
        Weights initial = PlaygroundRun.initialWeights(e);
        HeadlessRun.Result three = HeadlessRun.run(setup, 3, 1, r -> { });
        try (TrainingService service = TrainingService.start(setup)) {
            Snapshot start = settled(service);
            assertThat(start.weights().flatten()).containsExactly(initial.flatten());
            for (int i = 0; i < 3; i++) {
                service.stepEpoch();
            }
            Snapshot s = settled(service);
            assertThat(s.epoch()).isEqualTo(3);
            assertThat(s.weights().flatten()).as("the window's run is the headless run").containsExactly(three.weights().flatten());
            assertThat(s.boundary().n()).isEqualTo(40);
            assertThat(s.history().get(Metric.TRAIN_LOSS).size()).isEqualTo(4);
            assertThat(s.history().get(Metric.BATCH_LOSS).size()).isEqualTo(3);
            assertThat(s.train().dataLoss()).isEqualTo(three.train().dataLoss());

            service.stepBatch();
            assertThat(settled(service).steps()).isEqualTo(s.steps() + 1);

            service.play();
            Snapshot running = service.await(SnapshotRequest.METRICS_ONLY, x -> x.epoch() >= 20, WAIT);
            assertThat(running.train().dataLoss()).isLessThan(start.train().dataLoss());
            service.reset();
            Snapshot reset = settled(service);
            assertThat(reset.state()).isEqualTo(RunState.PAUSED);
            assertThat(reset.epoch()).isZero();
            assertThat(reset.weights().flatten()).as("reset: the playground's initial weights again")
                    .containsExactly(initial.flatten());
            assertThat(service.failure()).isNull();
        }
    }

    @Test
    void savedOrTypedWeightsAreWhereTheRunStarts() throws Exception {
        Experiment e = link(CIRCLE);
        Weights trained = HeadlessRun.run(ExperimentSetups.of(e, JvmBackend.INSTANCE), 5, 5, r -> { }).weights();
        Experiment saved = e.withWeights(ExperimentMapping.weights(trained));
        TrainingSetup setup = ExperimentSetups.of(saved, JvmBackend.INSTANCE);
        assertThat(setup.initialWeights().flatten()).containsExactly(trained.flatten());
        assertThat(setup.learner()).isSameAs(PlaygroundRun.LEARNER);
        assertThat(ExperimentSetups.of(e.withCompat(null), JvmBackend.INSTANCE).initialWeights()).isNull();
    }

    @Test
    void theInitialWeightsAreDrawnInThePlaygroundsInputOrderWhateverTheExperimentsOrder() throws Exception {
        Experiment e = link("#seed=9&x=true&y=true&sinX=true&xSquared=true&networkShape=3");
        Experiment reordered = e.withFeatures(f -> f.withInputs(List.of(f.inputs().get(3), f.inputs().get(0),
                f.inputs().get(2), f.inputs().get(1))));
        samePermuted(e, reordered, PlaygroundRun.initialWeights(e), PlaygroundRun.initialWeights(reordered));
        // and the same training: the playground's sums run in its own input order
        HeadlessRun.Result ra = HeadlessRun.run(ExperimentSetups.of(e, JvmBackend.INSTANCE), 20, 20, r -> { });
        HeadlessRun.Result rb = HeadlessRun.run(ExperimentSetups.of(reordered, JvmBackend.INSTANCE), 20, 20, r -> { });
        samePermuted(e, reordered, ra.weights(), rb.weights());
    }

    /** Row r of the reordered experiment's first layer is the row of the input it names; the rest is equal. */
    private static void samePermuted(Experiment e, Experiment reordered, Weights a, Weights b) {
        Weights.Layer la = a.layers().get(0);
        Weights.Layer lb = b.layers().get(0);
        for (int r = 0; r < la.in(); r++) {
            int original = e.features().inputs().indexOf(reordered.features().inputs().get(r));
            for (int c = 0; c < la.out(); c++) {
                assertThat(lb.weight(r, c)).isEqualTo(la.weight(original, c));
            }
        }
        assertThat(lb.b()).containsExactly(la.b());
        assertThat(b.layers().get(1).w()).containsExactly(a.layers().get(1).w());
    }

    @Test
    void pointsPlacedByHandJoinTheRunWithoutARebuild() throws Exception {
        Experiment before = link(CIRCLE);
        Experiment after = before.withData(d -> d.withHandPoints(List.of(new HandPoint(0, 0, 0, true))));
        assertThat(ExperimentChange.between(before, after)).containsExactly(ExperimentChange.DATA);
        DataSet data = ExperimentMapping.dataSet(after);
        assertThat(data.train()).hasSize(ExperimentMapping.dataSet(before).train().size() + 1);
        try (TrainingService service = TrainingService.start(ExperimentSetups.of(before, JvmBackend.INSTANCE))) {
            service.stepEpoch();
            service.replaceData(data);
            service.stepEpoch();
            Snapshot s = settled(service);
            assertThat(s.epoch()).isEqualTo(2);
            assertThat(s.setup().data().train()).hasSize(data.train().size());
            assertThat(service.failure()).isNull();
        }
    }

    @Test
    void followingThePlaygroundOrAnotherSeedTextIsANewRun() throws Exception {
        Experiment e = link(CIRCLE);
        assertThat(ExperimentChange.between(e, e.withCompat(null))).isEqualTo(Set.of(ExperimentChange.REBUILD));
        assertThat(ExperimentChange.between(e, e.withPlayground(e.playground().withSeed("0.5"))))
                .isEqualTo(Set.of(ExperimentChange.REBUILD));
        assertThat(ExperimentChange.between(e, e.withTraining(t -> t.withLearningRate(0.1))))
                .isEqualTo(Set.of(ExperimentChange.CONFIG));
        assertThat(ExperimentMapping.dataSet(e).train().get(0))
                .isNotEqualTo(ExperimentMapping.dataSet(e.withCompat(null)).train().get(0));
    }

    @Test
    void aLiveLearningRateChangeTakesEffect() throws Exception {
        Experiment e = link(CIRCLE);
        TrainingSetup setup = ExperimentSetups.of(e, JvmBackend.INSTANCE);
        HeadlessRun.Result slow = HeadlessRun.run(setup, 10, 10, r -> { });
        HeadlessRun.Result fast = HeadlessRun.run(ExperimentSetups.of(e.withTraining(t -> t.withLearningRate(0.3)),
                JvmBackend.INSTANCE), 10, 10, r -> { });
        try (TrainingService service = TrainingService.start(setup)) {
            service.setConfig(ExperimentMapping.trainConfig(e.withTraining(t -> t.withLearningRate(0.3))));
            for (int i = 0; i < 10; i++) {
                service.stepEpoch();
            }
            Snapshot s = settled(service);
            assertThat(s.weights().flatten()).containsExactly(fast.weights().flatten());
            assertThat(s.weights().flatten()).isNotEqualTo(slow.weights().flatten());
        }
    }

    @Test
    void aDivergingRunPausesOnItsLastFiniteWeights() throws Exception {
        Experiment e = link("#seed=1&problem=regression&activation=relu&learningRate=10&batchSize=1&networkShape=8,8");
        HeadlessRun.Result r = HeadlessRun.run(ExperimentSetups.of(e, JvmBackend.INSTANCE), 50, 50, x -> { });
        assertThat(r.status()).isEqualTo(HeadlessRun.Status.DIVERGED);
        assertThat(r.message()).contains("a weight became infinite or NaN");
        assertThat(r.weights().allFinite()).isTrue();
    }
}

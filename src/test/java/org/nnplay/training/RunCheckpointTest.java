package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.experiment.Experiment;

/** A run's full state out of one service, through a file, into another: the same weights, optimizer state, epoch and curves. */
class RunCheckpointTest {
    @TempDir Path dir;

    private static TrainingSetup setup(OptimizerKind kind) {
        return ExperimentSetups.of(Experiment.defaults().withTraining(t -> t.withOptimizer(kind)), JvmBackend.INSTANCE);
    }

    @Test
    void aCheckpointGoesOnInAnotherServiceAsItWas() throws Exception {
        RunCheckpoint saved;
        try (TrainingService first = TrainingService.start(setup(OptimizerKind.ADAM))) {
            for (int i = 0; i < 15; i++) first.stepEpoch();
            saved = first.checkpoint().get(10, TimeUnit.SECONDS);
        }
        RunCheckpointIO.write(saved, new byte[] {42}, dir.resolve("run"));
        RunCheckpointIO.Tagged read = RunCheckpointIO.read(dir.resolve("run"));
        assertThat(read.tag()).containsExactly(42);
        try (TrainingService next = TrainingService.start(setup(OptimizerKind.ADAM))) {
            assertThat(next.restore(read.checkpoint())).isTrue();
            Snapshot s = next.await(SnapshotRequest.METRICS_ONLY, x -> x.epoch() == 15, Duration.ofSeconds(10));
            assertThat(s.weights().flatten()).containsExactly(saved.weights().flatten());
            assertThat(s.history().series().get(Metric.TRAIN_LOSS).points())
                    .isEqualTo(saved.history().series().get(Metric.TRAIN_LOSS).points());
            RunCheckpoint again = next.checkpoint().get(10, TimeUnit.SECONDS);
            assertThat(again.steps()).isEqualTo(saved.steps());
            assertThat(again.optimizer().steps()).isEqualTo(saved.optimizer().steps());
            assertThat(again.optimizer().first().getFirst()).containsExactly(saved.optimizer().first().getFirst());
            assertThat(again.optimizer().second().getLast()).containsExactly(saved.optimizer().second().getLast());
            next.stepEpoch();
            assertThat(next.await(SnapshotRequest.METRICS_ONLY, x -> x.epoch() == 16, Duration.ofSeconds(10))).isNotNull();
        }
    }

    @Test
    void aCheckpointOfAnotherShapeChangesNothing() throws Exception {
        RunCheckpoint saved;
        try (TrainingService first = TrainingService.start(setup(OptimizerKind.SGD))) {
            first.stepEpoch();
            saved = first.checkpoint().get(10, TimeUnit.SECONDS);
        }
        TrainingSetup wider = ExperimentSetups.of(Experiment.defaults().withNetwork(n -> n.withHidden(java.util.List.of(5))),
                JvmBackend.INSTANCE);
        try (TrainingService other = TrainingService.start(wider)) {
            other.restore(saved);
            other.stepEpoch();
            Snapshot s = other.await(SnapshotRequest.METRICS_ONLY, x -> x.epoch() == 1, Duration.ofSeconds(10));
            assertThat(s.epoch()).isEqualTo(1);
            assertThat(other.failure()).hasMessageContaining("does not fit");
        }
    }
}

package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Same setup and seed: the same weights and history, whatever the pauses, steps, speed and snapshot rate. */
class DeterminismTest {
    private static final int EPOCHS = 300;

    private static TrainingSetup setup() {
        TrainingSetup s = Fixtures.circleSetup();
        return s.withStopping(StoppingRules.NONE.withMaxEpochs(EPOCHS)).withEvalEvery(7);
    }

    @Test
    void pausesStepsAndSnapshotsDoNotChangeTheRun() throws Exception {
        Snapshot a;
        try (TrainingService straight = TrainingService.start(setup())) {
            straight.play();
            a = Fixtures.await(straight, s -> s.state() == RunState.STOPPED && s.epoch() == EPOCHS);
        }
        Snapshot b;
        try (TrainingService interrupted = TrainingService.start(setup())) {
            AtomicBoolean done = new AtomicBoolean();
            Thread consumer = Thread.ofPlatform().daemon().start(() -> {
                Random r = new Random(1);
                while (!done.get()) {
                    interrupted.requestSnapshot(SnapshotRequest.grid(10 + r.nextInt(50), r.nextInt(12)));
                    interrupted.latest();
                    Thread.onSpinWait();
                }
            });
            Random rng = new Random(42);
            interrupted.setSpeed(1000);
            for (int i = 0; i < 80; i++) {
                switch (rng.nextInt(6)) {
                    case 0 -> interrupted.play();
                    case 1 -> interrupted.pause();
                    case 2 -> interrupted.stepEpoch();
                    case 3 -> interrupted.stepBatch();
                    case 4 -> interrupted.setSpeed(200 + rng.nextInt(2000));
                    default -> interrupted.requestSnapshot(SnapshotRequest.METRICS_ONLY);
                }
                Thread.sleep(rng.nextInt(4));
            }
            Snapshot midway = Fixtures.settled(interrupted);
            assertThat(midway.epoch()).isBetween(1L, EPOCHS - 1L);
            interrupted.setSpeed(0);
            interrupted.play();
            b = Fixtures.await(interrupted, s -> s.state() == RunState.STOPPED && s.epoch() == EPOCHS);
            done.set(true);
            consumer.join();
        }
        assertThat(b.weights().flatten()).containsExactly(a.weights().flatten());
        assertThat(b.steps()).isEqualTo(a.steps());
        for (Metric m : Metric.values()) {
            assertThat(b.history().get(m)).as(m.name()).isEqualTo(a.history().get(m));
        }
        assertThat(a.history().get(Metric.BATCH_LOSS).points()).isEqualTo(EPOCHS);
        assertThat(a.history().get(Metric.TEST_LOSS).points()).isEqualTo(11 + 42 + 1 - 1);
        assertThat(b.train().total()).isEqualTo(a.train().total());
        assertThat(b.test().confusion()).isDeepEqualTo(a.test().confusion());
    }
}

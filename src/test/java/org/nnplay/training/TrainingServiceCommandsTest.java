package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnplay.training.Fixtures.await;
import static org.nnplay.training.Fixtures.settled;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Weights;

class TrainingServiceCommandsTest {
    private TrainingService service;
    private final TrainingSetup setup = Fixtures.circleSetup();

    @BeforeEach
    void start() {
        service = TrainingService.start(setup);
    }

    @AfterEach
    void stop() {
        service.close();
        assertThat(service.failure()).isNull();
    }

    private static double[] initialWeights(TrainingSetup s) {
        return Network.create(s.network(), JvmBackend.INSTANCE, s.seed()).weights().flatten();
    }

    @Test
    void startsPausedAtEpochZeroWithTheSeedsWeights() throws Exception {
        Snapshot s = settled(service);
        assertThat(s.state()).isEqualTo(RunState.PAUSED);
        assertThat(s.epoch()).isZero();
        assertThat(s.weights().flatten()).containsExactly(initialWeights(setup));
        assertThat(s.history().get(Metric.TRAIN_LOSS).size()).isEqualTo(1);
        assertThat(s.backend()).isEqualTo("jvm");
    }

    @Test
    void playTrainsAndPauseStops() throws Exception {
        service.play();
        Snapshot running = await(service, s -> s.epoch() >= 20 && s.state() == RunState.RUNNING);
        assertThat(running.epochsPerSecond()).isPositive();
        service.pause();
        Snapshot paused = Fixtures.awaitState(service, RunState.PAUSED);
        Thread.sleep(50);
        assertThat(settled(service).epoch()).isEqualTo(paused.epoch());
        assertThat(service.epoch()).isEqualTo(paused.epoch());
    }

    @Test
    void stepEpochTrainsExactlyOneEpoch() throws Exception {
        service.stepEpoch();
        service.stepEpoch();
        Snapshot s = settled(service);
        assertThat(s.epoch()).isEqualTo(2);
        assertThat(s.steps()).isEqualTo(20);
        assertThat(s.state()).isEqualTo(RunState.PAUSED);
    }

    @Test
    void stepBatchTrainsOneMiniBatchThenStepEpochFinishesTheEpoch() throws Exception {
        service.stepBatch();
        Snapshot one = settled(service);
        assertThat(one.steps()).isEqualTo(1);
        assertThat(one.epoch()).isZero();
        assertThat(one.weights().flatten()).isNotEqualTo(initialWeights(setup));
        service.stepEpoch();
        Snapshot s = settled(service);
        assertThat(s.epoch()).isEqualTo(1);
        assertThat(s.steps()).isEqualTo(10);
    }

    @Test
    void resetReinitialisesFromTheSeedAndMarksTheHistory() throws Exception {
        service.play();
        Snapshot before = await(service, s -> s.epoch() >= 10);
        service.reset();
        Snapshot after = await(service, s -> s.generation() == before.generation() + 1);
        assertThat(after.epoch()).isZero();
        assertThat(after.state()).isEqualTo(RunState.PAUSED);
        assertThat(after.weights().flatten()).containsExactly(initialWeights(setup));
        assertThat(after.history().events()).extracting(TrainingEvent::kind).containsExactly(TrainingEvent.Kind.RESET);
    }

    @Test
    void speedCapLimitsEpochsPerSecond() throws Exception {
        service.setSpeed(50);
        service.play();
        Thread.sleep(500);
        Snapshot s = settled(service);
        assertThat(s.epoch()).isBetween(10L, 40L);
        service.setSpeed(Double.POSITIVE_INFINITY);
        long at = s.epoch();
        await(service, snap -> snap.epoch() > at + 200);
    }

    @Test
    void learningRateChangesLiveWithoutTouchingTheWeights() throws Exception {
        for (int i = 0; i < 5; i++) {
            service.stepEpoch();
        }
        Snapshot before = settled(service);
        service.setConfig(setup.config().withLearningRate(0.1));
        Snapshot after = settled(service);
        assertThat(after.generation()).isEqualTo(before.generation());
        assertThat(after.epoch()).isEqualTo(5);
        assertThat(after.weights().flatten()).containsExactly(before.weights().flatten());
        assertThat(after.config().learningRate()).isEqualTo(0.1);
        assertThat(after.history().events()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TrainingEvent.Kind.SETTING_CHANGED);
            assertThat(e.message()).contains("learning rate 0.03 → 0.1");
            assertThat(e.epoch()).isEqualTo(5);
        });
        service.stepEpoch();
        assertThat(settled(service).epoch()).isEqualTo(6);
    }

    @Test
    void architectureChangeRebuildsTheNetwork() throws Exception {
        service.stepEpoch();
        Snapshot before = settled(service);
        TrainingSetup wider = setup.withNetwork(Fixtures.tanh(3), setup.inputs());
        service.rebuild(wider);
        Snapshot after = await(service, s -> s.generation() == before.generation() + 1);
        assertThat(after.epoch()).isZero();
        assertThat(after.weights().layers()).hasSize(2);
        assertThat(after.weights().layers().getFirst().out()).isEqualTo(3);
        assertThat(after.weights().flatten()).containsExactly(initialWeights(wider));
        assertThat(after.history().events()).extracting(TrainingEvent::kind).containsExactly(TrainingEvent.Kind.REBUILT);
    }

    @Test
    void weightsTypedInByHandAreUsedAtOnce() throws Exception {
        Weights w = settled(service).weights();
        double[] flat = w.flatten();
        flat[0] = 3;
        service.setWeights(w.withFlat(flat));
        Snapshot s = settled(service);
        assertThat(s.weights().flatten()[0]).isEqualTo(3);
        assertThat(s.lastEvent().kind()).isEqualTo(TrainingEvent.Kind.WEIGHTS_EDITED);
    }

    @Test
    void snapshotsCarryGridsAtTheRequestedResolutions() throws Exception {
        Snapshot s = service.await(SnapshotRequest.grid(30, 10), snap -> snap.boundary() != null, Fixtures.WAIT);
        assertThat(s.boundary().n()).isEqualTo(30);
        assertThat(s.boundary().values()).hasSize(900);
        assertThat(java.util.Arrays.stream(s.boundary().values()).allMatch(v -> v >= 0 && v <= 1)).isTrue();
        assertThat(s.neurons().n()).isEqualTo(10);
        assertThat(s.neurons().layerCount()).isEqualTo(4);
        assertThat(s.neurons().widths()).containsExactly(2, 4, 2, 1);

        // input x2 at the top row is the largest.
        assertThat(s.neurons().neuron(0, 1)[0]).isGreaterThan(s.neurons().neuron(0, 1)[99]);
    }

    @Test
    void theOutputNeuronsGridIsTheBoundaryAtTheSameResolution() throws Exception {
        service.stepEpoch();
        Snapshot s = service.await(SnapshotRequest.grid(20, 20), snap -> snap.boundary() != null && snap.epoch() == 1,
                Fixtures.WAIT);
        double[] out = s.neurons().neuron(3, 0);
        for (int i = 0; i < out.length; i++) {
            assertThat(s.boundary().values()[i]).isEqualTo((out[i] + 1) / 2);
        }
    }

    @Test
    void listenersHearEventsOnTheTrainingThread() throws Exception {
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        service.addListener(e -> threads.add(Thread.currentThread().getName() + ":" + e.kind()));
        service.reset();
        await(service, s -> s.generation() == 1);
        assertThat(threads).containsExactly("nnplay-training:RESET");
    }
}

package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nnplay.data.HandPoints;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.train.Evaluator;
import org.nnplay.engine.train.Matrix;

/** Thousands of random commands from several threads while a consumer checks every snapshot it sees. */
class StressTest {
    private static final int SENDERS = 4;
    private static final int COMMANDS = 1500;
    private static final int[][] ARCHITECTURES = {{4, 2}, {3}, {8, 8}, {}, {5, 5, 5}};

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void randomCommandsFromManyThreadsKeepEverySnapshotConsistent() throws Exception {
        TrainingSetup setup = Fixtures.circleSetup();
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicBoolean sending = new AtomicBoolean(true);
        List<String> problems = new CopyOnWriteArrayList<>();
        TrainingService service = TrainingService.start(setup);
        service.addListener(events::add);
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS + 1);
        Future<Integer> consumer = pool.submit(() -> consume(service, sending, problems));
        List<Future<?>> senders = new ArrayList<>();
        for (int t = 0; t < SENDERS; t++) {
            long seed = t;
            senders.add(pool.submit(() -> {
                send(service, setup, new Random(seed), accepted, refused);
                return null;
            }));
        }
        for (Future<?> f : senders) {
            f.get(20, TimeUnit.SECONDS);
        }
        Snapshot last = Fixtures.settled(service);
        sending.set(false);
        int checked = consumer.get(10, TimeUnit.SECONDS);
        pool.shutdown();
        service.close();

        assertThat(problems).isEmpty();
        assertThat(service.failure()).isNull();
        assertThat(events).extracting(TrainingEvent::kind).doesNotContain(TrainingEvent.Kind.ERROR);
        assertThat(accepted.get() + refused.get()).isEqualTo((long) SENDERS * COMMANDS);
        assertThat(last.commandsApplied()).isEqualTo(service.lastCommand());
        assertThat(checked).isGreaterThan(20);
        assertThat(service.isAlive()).isFalse();
    }

    private static void send(TrainingService s, TrainingSetup setup, Random r, AtomicLong ok, AtomicLong no)
            throws InterruptedException {
        for (int i = 0; i < COMMANDS; i++) {
            boolean accepted = switch (r.nextInt(12)) {
                case 0, 1 -> s.play();
                case 2 -> s.pause();
                case 3 -> s.stepEpoch();
                case 4 -> s.stepBatch();
                case 5 -> r.nextInt(10) == 0 ? s.reset() : s.play();
                case 6 -> s.setSpeed(r.nextBoolean() ? 0 : 50 + r.nextInt(5000));
                case 7 -> s.updateConfig(c -> c.withLearningRate(Math.pow(10, -3 + 3 * r.nextDouble()))
                        .withBatchSize(1 + r.nextInt(30)));
                case 8 -> s.updateConfig(c -> c.withOptimizer(OptimizerSpec.of(OptimizerKind.values()[r.nextInt(8)]))
                        .withRegularization(r.nextBoolean() ? Regularization.NONE
                                : new Regularization(RegularizationKind.L2, r.nextDouble() * 0.01, 0.5)));
                case 9 -> s.setStopping(new StoppingRules(r.nextBoolean() ? 0 : 1 + r.nextInt(500), Double.NaN,
                        r.nextBoolean() ? 0 : 1 + r.nextInt(50)));
                case 10 -> switch (r.nextInt(8)) {
                    case 0 -> s.rebuild(setup.withNetwork(Fixtures.tanh(ARCHITECTURES[r.nextInt(ARCHITECTURES.length)]),
                            setup.inputs()));
                    case 1, 2 -> s.replaceData(r.nextBoolean() ? setup.data()
                            : HandPoints.empty().add(r.nextDouble(), -r.nextDouble(), r.nextInt(2), r.nextBoolean())
                                    .mergeInto(setup.data()));
                    default -> s.pause();
                };
                default -> {
                    s.requestSnapshot(r.nextBoolean() ? SnapshotRequest.METRICS_ONLY
                            : SnapshotRequest.grid(1 + r.nextInt(60), r.nextInt(20)));
                    yield true;
                }
            };
            (accepted ? ok : no).incrementAndGet();
            if (r.nextBoolean()) {
                Thread.sleep(1);
            }
        }
    }

    /** Reads snapshots until told to stop; returns how many distinct ones it checked. */
    private static int consume(TrainingService s, AtomicBoolean sending, List<String> problems) {
        Snapshot prev = null;
        int checked = 0;
        while (sending.get() && problems.size() < 10) {
            s.requestSnapshot(SnapshotRequest.grid(100, 20));
            Snapshot snap = s.latest();
            if (s.queuedCommands() > s.queueCapacity()) {
                problems.add("queue holds " + s.queuedCommands());
            }
            if (snap == null || snap == prev) {
                Thread.onSpinWait();
                continue;
            }
            check(prev, snap, problems);
            prev = snap;
            checked++;
        }
        return checked;
    }

    /** Among others: the metrics are those of the snapshot's weights on the snapshot's own points (which change). */
    private static void check(Snapshot prev, Snapshot snap, List<String> problems) {
        if (prev != null) {
            if (snap.sequence() <= prev.sequence()) {
                problems.add("sequence went back: " + prev.sequence() + " → " + snap.sequence());
            }
            if (snap.generation() < prev.generation()) {
                problems.add("generation went back");
            } else if (snap.generation() == prev.generation()) {
                if (snap.epoch() < prev.epoch() || snap.steps() < prev.steps()) {
                    problems.add("epoch went back without a reset: " + prev.epoch() + " → " + snap.epoch());
                }
            } else {
                boolean marked = snap.history().events().stream()
                        .anyMatch(e -> e.restartsEpochs() && e.generation() == snap.generation());
                if (!marked) {
                    problems.add("new generation " + snap.generation() + " without a reset event");
                }
            }
        }
        if (!snap.weights().allFinite()) {
            problems.add("non-finite weights at epoch " + snap.epoch());
        }
        try {
            Network net = Network.of(snap.setup().network(), JvmBackend.INSTANCE, snap.weights());
            Matrix test = Inputs.of(snap.setup()).test();
            double loss = new Evaluator(net, test, snap.config().regularization()).evaluate().total();
            if (Double.compare(loss, snap.test().total()) != 0) {
                problems.add("torn snapshot: weights give " + loss + ", metrics say " + snap.test().total());
            }
        } catch (RuntimeException e) {
            problems.add("weights do not fit the network: " + e);
        }
        if (snap.boundary() != null && snap.boundary().values().length != snap.boundary().n() * snap.boundary().n()) {
            problems.add("boundary grid of the wrong size");
        }
    }
}

package org.nnplay.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.nnplay.data.DataSet;
import org.nnplay.data.Feature;
import org.nnplay.data.Generators;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;
import org.nnplay.engine.train.TrainConfig;
import org.nnplay.engine.train.Trainer;

/**
 * Training overhead of the service: the engine's raw epochs per second (a Trainer.runEpoch loop) against the
 * service's while a consumer asks for a snapshot with 100 × 100 grids (boundary and every neuron) at 60 Hz.
 * Rounds alternate raw and service runs; medians and bests are printed (the machine may be shared, so single runs
 * are noisy). Args: [seconds per run, default 2] [rounds, default 5].
 */
public final class ServiceBenchmark {
    private static final double FRAME_HZ = 60;

    private ServiceBenchmark() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("cores %d, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        run("(a) circle 500, x1 x2, 4-2 tanh, batch 10", configA(), seconds, rounds);
        run("(b) spiral 500, 7 features, 6×8 tanh, batch 10", configB(), seconds, rounds);
    }

    private static void run(String name, TrainingSetup setup, double seconds, int rounds) throws Exception {
        double[] raw = new double[rounds];
        double[] alone = new double[rounds];
        double[] service = new double[rounds];
        double[] frames = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            raw[r] = raw(setup, seconds);
            alone[r] = service(setup, seconds, false)[0];
            double[] s = service(setup, seconds, true);
            service[r] = s[0];
            frames[r] = s[1];
        }
        double rawMedian = median(raw);
        double rawBest = best(raw);
        System.out.printf("%s%n  %-38s %8.0f epochs/s (best %6.0f)  %s%n", name, "raw engine (Trainer.runEpoch)",
                rawMedian, rawBest, Arrays.toString(round(raw)));
        System.out.printf("  %-38s %8.0f epochs/s (best %6.0f)  %s  ratio %5.1f %% (best/best %5.1f %%)%n",
                "service, no consumer", median(alone), best(alone), Arrays.toString(round(alone)),
                100 * median(alone) / rawMedian, 100 * best(alone) / rawBest);
        double ms = renderMillis(setup);
        System.out.printf("  %-38s %8.0f epochs/s (best %6.0f)  %s  ratio %5.1f %% (best/best %5.1f %%)%n"
                        + "  consumer got %.0f snapshots/s; one snapshot takes %.2f ms on the snapshot thread (%.0f %% of a core)%n",
                "service, 60 Hz consumer, 100² grids", median(service), best(service), Arrays.toString(round(service)),
                100 * median(service) / rawMedian, 100 * best(service) / rawBest, median(frames), ms, ms * FRAME_HZ / 10);
    }

    private static double best(double[] v) { return Arrays.stream(v).max().orElse(0); }

    /** Time the snapshot thread spends on one snapshot with both 100 × 100 grids. */
    private static double renderMillis(TrainingSetup s) {
        Network net = Network.create(s.network(), s.backend(), s.seed());
        RawState state = new RawState(1, 0, 0, RunState.RUNNING, 0, 0, net.weights(), s.config(), 0, s.stopping(), s,
                0, Inputs.of(s).train(), Inputs.of(s).test(), 0,
                HistoryView.EMPTY, null);
        Replica replica = new Replica(state);
        SnapshotRequest request = SnapshotRequest.grid(100, 100);
        for (int i = 0; i < 50; i++) {
            replica.render(state, request);
        }
        int n = 200;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            replica.render(state, request);
        }
        return (System.nanoTime() - t0) / 1e6 / n;
    }

    private static double raw(TrainingSetup s, double seconds) {
        Network net = Network.create(s.network(), s.backend(), s.seed());
        Trainer trainer = new Trainer(net, Inputs.of(s).train(), s.config(), s.seed());
        long warm = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warm) {
            trainer.runEpoch();
        }
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        long epochs = 0;
        long now;
        do {
            trainer.runEpoch();
            epochs++;
            now = System.nanoTime();
        } while (now < end);
        return epochs * 1e9 / (now - t0);
    }

    /** Returns {epochs per second, snapshots received per second}. */
    private static double[] service(TrainingSetup s, double seconds, boolean consume) throws Exception {
        try (TrainingService service = TrainingService.start(s)) {
            AtomicBoolean on = new AtomicBoolean(true);
            AtomicInteger received = new AtomicInteger();
            SnapshotRequest request = SnapshotRequest.grid(100, 100);
            Thread consumer = Thread.ofPlatform().daemon().name("consumer-60Hz").start(() -> {
                long frame = (long) (1e9 / FRAME_HZ);
                long next = System.nanoTime();
                long seen = -1;
                while (on.get() && consume) {
                    service.requestSnapshot(request);
                    Snapshot snap = service.latest();
                    if (snap != null && snap.sequence() != seen && snap.boundary() != null) {
                        seen = snap.sequence();
                        received.incrementAndGet();
                    }
                    next += frame;
                    java.util.concurrent.locks.LockSupport.parkNanos(next - System.nanoTime());
                }
            });
            service.play();
            Thread.sleep(1000);
            long e0 = service.epoch();
            int f0 = received.get();
            long t0 = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            long e1 = service.epoch();
            long t1 = System.nanoTime();
            int f1 = received.get();
            on.set(false);
            consumer.join();
            if (service.failure() != null) {
                throw service.failure();
            }
            double dt = (t1 - t0) / 1e9;
            return new double[] {(e1 - e0) / dt, (f1 - f0) / dt};
        }
    }

    static TrainingSetup configA() {
        DataSet ds = Generators.split("circle", Generators.circle(500, 0, 1), 50, 1, ProblemType.CLASSIFICATION, 2, 6,
                "x1", "x2");
        NetworkSpec spec = NetworkSpec.simple(2, List.of(4, 2), ActivationKind.TANH, 1, LossKind.HALF_SQUARED, false);
        return new TrainingSetup(ds, List.of(Feature.X1, Feature.X2), spec, sgd(), 1, JvmBackend.INSTANCE);
    }

    static TrainingSetup configB() {
        DataSet ds = Generators.split("spiral", spiral(500, 1), 50, 1, ProblemType.CLASSIFICATION, 2, 6, "x1", "x2");
        List<Feature> f = List.of(Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ, Feature.X1X2, Feature.SINX1,
                Feature.SINX2);
        NetworkSpec spec = NetworkSpec.simple(f.size(), List.of(8, 8, 8, 8, 8, 8), ActivationKind.TANH, 1,
                LossKind.HALF_SQUARED, false);
        return new TrainingSetup(ds, f, spec, sgd(), 1, JvmBackend.INSTANCE);
    }

    private static TrainConfig sgd() {
        return new TrainConfig(10, 0.03, OptimizerSpec.of(OptimizerKind.SGD), ScheduleSpec.CONSTANT, Regularization.NONE, 0);
    }

    /** TensorFlow Playground's two-arm spiral without noise (the data package will provide it). */
    private static List<Sample> spiral(int n, long seed) {
        Random rng = new Random(seed);
        List<Sample> pts = new ArrayList<>(n);
        int half = n / 2;
        for (int arm = 0; arm < 2; arm++) {
            for (int i = 0; i < half; i++) {
                double r = 5.0 * i / half;
                double t = 1.75 * 2 * Math.PI * i / half + arm * Math.PI;
                pts.add(new Sample(r * Math.sin(t), r * Math.cos(t), arm == 0 ? 1 : 0));
            }
        }
        java.util.Collections.shuffle(pts, rng);
        return pts;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static long[] round(double[] v) {
        return Arrays.stream(v).mapToLong(Math::round).toArray();
    }
}

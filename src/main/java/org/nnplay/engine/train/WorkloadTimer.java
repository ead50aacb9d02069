package org.nnplay.engine.train;

import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.nn.ModelGraph;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;

/**
 * Times a {@link Workload} on backends, on random data of its shapes: the measurement that {@code auto} chooses a
 * backend by. The backends take turns, a short window each, round and round, so that they see the same machine;
 * each keeps its fastest window (other processes can only slow a window down), and the turns go on until no rate
 * improves any more (the JIT has compiled the JVM backend's loops) or the time budget is spent.
 */
public final class WorkloadTimer {
    /** Turns at least, and the turns in a row without a better window that end the measurement. */
    static final int MIN_TURNS = 4;
    static final int SETTLED_TURNS = 3;

    private WorkloadTimer() {}

    /** One unit of a workload (a training step, a forward pass keeping every neuron), ready to run again and again. */
    public interface Unit {
        void run();
    }

    /** The workload on {@code be}: a network initialised from {@code seed} and random inputs and labels. */
    public static Unit prepare(Workload w, Backend be, long seed) {
        NetworkSpec spec = w.spec();
        Network net = Network.create(spec, be, seed);
        Random r = new Random(seed);
        if (w.kind() == Workload.Kind.TRAIN) {
            int rows = 2 * w.rows(); // two steps per epoch, both of the workload's batch size
            Trainer t = new Trainer(net, new Matrix(gaussian(rows * spec.inputs(), r), labels(spec, rows, r), rows,
                    spec.inputs()), w.config(), seed);
            return () -> {
                if (!t.step()) {
                    t.resume();
                }
            };
        }
        ModelGraph g = new ModelGraph(net, w.rows(), false, null, 0);
        g.setBatch(gaussian(w.rows() * spec.inputs(), r), null);
        List<Tensor> layers = g.activations();
        double[][] host = new double[layers.size() + 1][];
        for (int l = 0; l < layers.size(); l++) {
            host[l] = new double[layers.get(l).rows() * layers.get(l).cols()];
        }
        host[layers.size()] = new double[w.rows() * spec.outputs()];
        return () -> {
            g.forwardOutput(); // then every neuron's values to the heap, as the decision grid's views take them
            for (int l = 0; l < layers.size(); l++) {
                be.read(layers.get(l).value(), host[l]);
            }
            be.read(g.output().value(), host[layers.size()]);
        };
    }

    /**
     * Units per second of each unit, measured in turns of windows of {@code windowSeconds} (each runs at least one
     * unit) for at most {@code budgetSeconds} in all.
     */
    public static double[] compare(List<Unit> units, double windowSeconds, double budgetSeconds) {
        int n = units.size();
        double[] best = new double[n];
        int[] stale = new int[n];
        long end = System.nanoTime() + (long) (budgetSeconds * 1e9);
        for (int turn = 0; ; turn++) {
            boolean settled = turn >= MIN_TURNS;
            for (int i = 0; i < n; i++) {
                double rate = window(units.get(i), windowSeconds);
                if (rate > best[i] * 1.02) {
                    stale[i] = 0;
                } else {
                    stale[i]++;
                }
                best[i] = Math.max(best[i], rate);
                settled &= stale[i] >= SETTLED_TURNS;
            }
            if (settled || System.nanoTime() > end) {
                return best;
            }
        }
    }

    /**
     * The rate of one unit alone, in windows of {@code windowSeconds}, until it stops improving, or exceeds
     * {@code enough} (units per second), or {@code budgetSeconds} are spent: the fastest window.
     */
    public static double settle(Unit u, double windowSeconds, double budgetSeconds, double enough) {
        long end = System.nanoTime() + (long) (budgetSeconds * 1e9);
        double best = 0;
        int stale = 0;
        for (int turn = 0; ; turn++) {
            double rate = window(u, windowSeconds);
            stale = rate > best * 1.02 ? 0 : stale + 1;
            best = Math.max(best, rate);
            if (best > enough || (turn >= MIN_TURNS && stale >= SETTLED_TURNS) || System.nanoTime() > end) {
                return best;
            }
        }
    }

    private static double window(Unit u, double seconds) {
        return rate(u, seconds, System::nanoTime);
    }

    /**
     * Units per second of {@code clock} (nanoseconds) over one window: runs the unit again and again until at least
     * {@code seconds} have passed on that clock, at least once.
     */
    public static double rate(Unit u, double seconds, LongSupplier clock) {
        long t0 = clock.getAsLong();
        long stop = t0 + (long) (seconds * 1e9);
        long count = 0;
        long t;
        do {
            u.run();
            count++;
            t = clock.getAsLong();
        } while (t < stop);
        return count / ((t - t0) / 1e9);
    }

    private static double[] gaussian(int n, Random r) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = r.nextGaussian();
        return x;
    }

    /** Labels the network's head takes: classes 0 … outputs−1 (0/1 for one output), or values for regression. */
    private static double[] labels(NetworkSpec spec, int rows, Random r) {
        double[] y = new double[rows];
        int classes = Math.max(2, spec.outputs());
        for (int i = 0; i < rows; i++) {
            y[i] = spec.regression() ? r.nextGaussian() : r.nextInt(classes);
        }
        return y;
    }
}

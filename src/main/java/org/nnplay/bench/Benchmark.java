package org.nnplay.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.nnplay.data.DataSet;
import org.nnplay.engine.Backend;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.Buf;
import org.nnplay.engine.nd4j.Backends;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.train.Flops;
import org.nnplay.engine.train.GridEvaluator;
import org.nnplay.engine.train.Matrix;
import org.nnplay.engine.train.Trainer;
import org.nnplay.engine.train.Workload;
import org.nnplay.training.BackendPicker;

/**
 * The benchmark's measurements, without their printing (that is {@code org.nnplay.cli.BenchCommand}): the speed of
 * each workload on each backend, set against the machine's own float64 matrix-product rate and against TensorFlow
 * Playground's training run under Node, all in turns within the same minutes (see {@link Rounds}).
 *
 * <p>{@link #measure} one workload at a time; the rows, the matrix-product samples and the notes (what was skipped,
 * what {@code auto} picked and why) collect here.
 */
public final class Benchmark {
    /** The side of ND4J's float64 matrix product that gives the machine's peak rate. */
    public static final int PEAK_SIZE = 512;

    /** What to measure on and how long. */
    public record Settings(boolean quick, boolean baseline, Clock clock, List<BackendKind> backends) {
        double warm() { return quick ? 0.05 : 2; }

        double round() { return quick ? 0.05 : 1; }

        int rounds() { return quick ? 1 : 5; }

        /** The idle pause before each round: see {@link Rounds#SETTLE_SECONDS}. */
        double settle() { return quick ? 0 : Rounds.SETTLE_SECONDS; }
    }

    /**
     * One row of the report: a workload on one backend (or Node), with its rates over the cycles; for a and b also
     * the 100×100 grid's milliseconds, and Node's figures with the ratios (NaN where there are none).
     */
    public record Row(String config, String unit, String backend, String picked, String reason, double[] rates,
                      double flopsPerUnit, double msPerGrid, double baselineRate, double vsBaseline,
                      double baselineGridMs, double vsBaselineGrid) {
        /** The median rate over the cycles, units per second. */
        public double rate() { return Rounds.median(rates); }

        public double min() { return Rounds.min(rates); }

        public double max() { return Rounds.max(rates); }

        public double gflops() { return rate() * flopsPerUnit / 1e9; }
    }

    /**
     * What a soak reports: its start, then at the start and every tenth of the run resident memory, the heap in use
     * after a collection and the heap the JVM held before it.
     */
    public interface SoakListener {
        void started(String config, String backend, long epochs);

        void sample(long epoch, double seconds, double rssMb, double heapMb, double heapHeldMb);
    }

    private final Settings s;
    private final List<Row> rows = new ArrayList<>();
    private final List<Double> peaks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Contender peak;

    /** Prepares the matrix-product contender (this loads ND4J), or notes why it cannot run. */
    public Benchmark(Settings settings) {
        this.s = settings;
        this.peak = peakContender(settings.clock(), notes);
    }

    /** The workloads' ids, training configs first: a, b, c, grid, landscape. */
    public static List<String> workloads() {
        return Stream.concat(BenchConfig.all().stream().map(BenchConfig::id), ForwardWork.all().stream()
                .map(ForwardWork::id)).toList();
    }

    /** Whether {@code id} is a training config (a, b or c) rather than a forward-only workload. */
    public static boolean trains(String id) {
        return BenchConfig.all().stream().anyMatch(c -> c.id().equals(id));
    }

    /** Measures one workload on every backend of the settings, adding its rows. */
    public void measure(String workload) {
        if (trains(workload)) {
            training(find(workload));
        } else {
            forward(ForwardWork.all().stream().filter(w -> w.id().equals(workload)).findFirst().orElseThrow());
        }
    }

    public List<Row> rows() { return List.copyOf(rows); }

    /** The median matrix-product rate through the run in GFLOP/s, NaN where it was not measured. */
    public double peakRate() { return Rounds.median(peaks.stream().mapToDouble(Double::doubleValue).toArray()); }

    public int peakSamples() { return peaks.size(); }

    public List<String> notes() { return List.copyOf(notes); }

    /** Config a, b or c: epochs on each backend, Node's baseline beside them, then a or b's 100×100 grid. */
    private void training(BenchConfig cfg) {
        DataSet ds = cfg.data();
        Matrix train = cfg.trainMatrix(ds);
        Workload w = Workload.training(cfg.network(), cfg.training(), train.rows());
        double flops = Flops.trainingEpoch(cfg.network(), cfg.training(), train.rows());
        List<Contender> cs = new ArrayList<>();
        List<BackendKind> kinds = new ArrayList<>();
        List<BackendPicker.Pick> picks = new ArrayList<>();
        for (BackendKind k : s.backends()) {
            BackendPicker.Pick p = pickOrNote(k, w, cfg.id());
            if (p == null) {
                continue;
            }
            Trainer t = new Trainer(Network.create(cfg.network(), p.backend(), 42), train, cfg.training(), 42);
            cs.add(Contender.of(() -> {
                t.runEpoch();
                if (t.divergence() != null) {
                    t.resume();
                }
            }, s.clock()));
            kinds.add(k);
            picks.add(p);
        }
        Optional<NodeBaseline> node = s.baseline() && cfg.playground()
                ? NodeBaseline.start(cfg.id(), s.clock()) : Optional.empty();
        try {
            node.ifPresent(n -> {
                cs.addFirst(n);
                notes.add("node, config " + cfg.id() + ": " + n.work());
            });
            double[][] rates = measure(cs);
            int first = node.isPresent() ? 1 : 0;
            double[] nodeRates = node.isPresent() ? rates[0] : null;
            double[][] grids = grids(cfg, ds, kinds, picks, node.orElse(null));
            double[] nodeGrids = node.isPresent() && grids.length > 0 ? grids[0] : null;
            if (nodeRates != null) {
                rows.add(new Row(cfg.id(), "epoch", "node", "node", null, nodeRates, flops, msPerGrid(nodeGrids),
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN));
            }
            for (int i = 0; i < kinds.size(); i++) {
                double[] r = rates[first + i];
                double[] g = grids.length > 0 ? grids[first + i] : null;
                rows.add(new Row(cfg.id(), "epoch", kinds.get(i).key(), picks.get(i).backend().name(),
                        kinds.get(i) == BackendKind.AUTO ? picks.get(i).reason() : null, r, flops, msPerGrid(g),
                        nodeRates == null ? Double.NaN : Rounds.median(nodeRates),
                        nodeRates == null ? Double.NaN : Rounds.medianRatio(r, nodeRates),
                        msPerGrid(nodeGrids),
                        nodeGrids == null || g == null ? Double.NaN : Rounds.medianRatio(g, nodeGrids)));
            }
        } finally {
            node.ifPresent(NodeBaseline::close);
        }
    }

    /**
     * Grids per second over the cycles of a's or b's 100×100 grid (every neuron kept): Node's first when it runs,
     * then one per backend; none for c.
     */
    private double[][] grids(BenchConfig cfg, DataSet ds, List<BackendKind> kinds, List<BackendPicker.Pick> picks,
                             NodeBaseline node) {
        if (!cfg.playground()) {
            return new double[0][];
        }
        List<Contender> cs = new ArrayList<>();
        if (node != null) {
            cs.add(node.grid());
        }
        double[] inputs = cfg.gridInputs(ds, 100);
        for (int i = 0; i < kinds.size(); i++) {
            Backend be = kinds.get(i) == BackendKind.AUTO
                    ? backend(BackendKind.AUTO, Workload.forward(cfg.network(), 100 * 100)).backend()
                    : picks.get(i).backend();
            GridEvaluator g = new GridEvaluator(Network.create(cfg.network(), be, 42), inputs, 100);
            cs.add(Contender.of(() -> g.evaluate(true), s.clock()));
        }
        return measure(cs);
    }

    /** Milliseconds per grid from grids per second over the cycles; NaN when there are none. */
    private static double msPerGrid(double[] gridsPerSecond) {
        return gridsPerSecond == null ? Double.NaN : 1000 / Rounds.median(gridsPerSecond);
    }

    /** The grid or the landscape on each backend. */
    private void forward(ForwardWork fw) {
        BenchConfig c = BenchConfig.all().get(2);
        DataSet ds = c.data();
        List<Contender> cs = new ArrayList<>();
        List<BackendKind> kinds = new ArrayList<>();
        List<BackendPicker.Pick> picks = new ArrayList<>();
        for (BackendKind k : s.backends()) {
            BackendPicker.Pick p = pickOrNote(k, fw.workload(), fw.id());
            if (p != null) {
                cs.add(Contender.of(fw.unit(ds, p.backend()), s.clock()));
                kinds.add(k);
                picks.add(p);
            }
        }
        double[][] rates = measure(cs);
        for (int i = 0; i < kinds.size(); i++) {
            rows.add(new Row(fw.id(), fw.unit(), kinds.get(i).key(), picks.get(i).backend().name(),
                    kinds.get(i) == BackendKind.AUTO ? picks.get(i).reason() : null, rates[i], fw.flopsPerUnit(),
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        }
    }

    /** Runs the contenders in turns with one peak sample per cycle (kept for the run's peak rate). */
    private double[][] measure(List<Contender> cs) {
        List<Contender> all = new ArrayList<>(cs);
        if (peak != null) {
            all.add(sec -> peak.round(Math.min(sec, 0.25)));
        }
        double[][] rates = Rounds.run(all, s.warm(), s.round(), s.rounds(), s.settle());
        if (peak != null) {
            for (double r : rates[cs.size()]) {
                peaks.add(r * 2.0 * PEAK_SIZE * PEAK_SIZE * PEAK_SIZE / 1e9);
            }
        }
        return rates;
    }

    /** The backend for a contender, or null with a note when it cannot run here (ND4J missing). */
    private BackendPicker.Pick pickOrNote(BackendKind k, Workload w, String config) {
        try {
            long t0 = System.nanoTime();
            BackendPicker.Pick p = backend(k, w);
            if (k == BackendKind.AUTO) {
                notes.add(String.format(Locale.ROOT, "auto, %s: %s → %s (decided in %.1f s)", config,
                        p.reason(), p.backend().name(), (System.nanoTime() - t0) / 1e9));
            }
            return p;
        } catch (IllegalStateException e) {
            notes.add(k.key() + ", " + config + ": skipped: " + e.getMessage());
            return null;
        }
    }

    /**
     * Trains training config {@code config} for {@code epochs} epochs on {@code kind} after 200 warm-up epochs,
     * reporting the process's resident memory (RSS, which includes ND4J's off-heap buffers) and the Java heap in use
     * at the start and at every tenth of the run: flat lines mean no leak.
     */
    public static void soak(String config, BackendKind kind, long epochs, SoakListener listener) {
        BenchConfig cfg = find(config);
        Matrix train = cfg.trainMatrix(cfg.data());
        Backend be = backend(kind, Workload.training(cfg.network(), cfg.training(), train.rows())).backend();
        Soak.run(cfg, be, epochs, listener);
    }

    /** The backend for {@code kind}: auto through the measuring picker (which may measure now), the others as named. */
    private static BackendPicker.Pick backend(BackendKind kind, Workload w) {
        return BackendPicker.shared().pick(kind, w, true);
    }

    /** ND4J's 512×512 float64 product through the backend interface, or null (with a note) without ND4J. */
    private static Contender peakContender(Clock clock, List<String> notes) {
        Backend be;
        try {
            be = Backends.resolve(BackendKind.ND4J, true);
        } catch (IllegalStateException e) {
            notes.add("matmul peak: not measured: " + e.getMessage());
            return null;
        }
        if (!be.name().equals("nd4j-cuda") && cudaOnClassPath()) {
            notes.add("nd4j: built with the cuda profile, but no usable GPU or CUDA driver here: ND4J runs on the CPU");
        }
        Buf a = be.zeros(PEAK_SIZE, PEAK_SIZE);
        Buf b = be.zeros(PEAK_SIZE, PEAK_SIZE);
        Buf c = be.zeros(PEAK_SIZE, PEAK_SIZE);
        double[] v = new double[PEAK_SIZE * PEAK_SIZE];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < v.length; i++) v[i] = r.nextGaussian();
        be.write(a, v);
        be.write(b, v);
        return Contender.of(() -> be.matmul(a, false, b, false, c, false), clock);
    }

    /** Whether ND4J's CUDA backend was built in ({@code -Pcuda}), whether or not it could load. */
    private static boolean cudaOnClassPath() {
        try {
            Class.forName("org.nd4j.linalg.jcublas.JCublasBackend", false, Benchmark.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static BenchConfig find(String id) {
        return BenchConfig.all().stream().filter(c -> c.id().equals(id.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown config '" + id + "': expected a, b or c"));
    }
}

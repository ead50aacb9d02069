package org.nnplay.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * {@code nnplay bench}: the speed of each benchmark workload on each backend, set against the machine's own
 * float64 matrix-product rate and against TensorFlow Playground's training run under Node, all in turns within the
 * same minutes (see {@link Rounds}).
 */
public final class BenchCommand {
    static final String USAGE = """
            usage: nnplay bench [--json] [--config a,b,c,grid,landscape] [--backend jvm,nd4j,auto] [--clock wall|cpu]
                                [--quick] [--no-baseline] [--soak EPOCHS]
              --json      one JSON object per row, then a summary object with matmul_gflops
              --config    which workloads (default all):
                            a          TensorFlow Playground's default (circle, 4-2 tanh, SGD, batch 10)
                            b          spiral, 7 inputs, 8×6 tanh, batch 10
                            c          20,000 points, 7 inputs, 64-64-64 ReLU, Adam, batch 256
                            grid       c's network over a 256×256 decision grid, every neuron kept
                            landscape  a 41×41 loss landscape of c's network over 500 of its points
              --backend   which backends (default jvm,nd4j,auto); auto says what it picked and why
              --clock     what rates are per second of: wall (elapsed, the default) or cpu (this process's CPU
                          time, and Node's: steadier on a machine shared with other work)
              --quick     short rounds (a smoke test, not a measurement)
              --no-baseline  skip TensorFlow Playground's algorithm under Node (configs a and b: its training and its
                           100×100 decision grid, run in the same turns; × node is our rate over its rate)
              --soak N    instead: train the first config for N epochs on the first backend and print resident
                          memory (RSS, incl. off-heap) and heap at every tenth of the run
            Every contender of a config runs in turns, one round each per cycle (5 cycles of 1 s after a 2 s
            warm-up); figures are medians over the cycles, ratios the median of the cycle-by-cycle ratios.
            GFLOP/s counts 2 per multiply-add of every matrix product of forward, backward and update, 1 per
            element of bias, activation, derivative and loss, and the optimizer's arithmetic per weight; the peak
            is ND4J's 512×512 float64 product, sampled once per cycle through the whole run.""";

    static final int PEAK_SIZE = 512;

    private BenchCommand() {}

    /**
     * One row of the report: a config on one backend (or Node), with its rates over the cycles; for a and b also
     * the 100×100 grid's milliseconds, and Node's figures with the ratios (NaN where there are none).
     */
    record Row(String config, String unit, String backend, String picked, String reason, double[] rates,
               double flopsPerUnit, double msPerGrid, double baselineRate, double vsBaseline, double baselineGridMs,
               double vsBaselineGrid) {
        double rate() { return Rounds.median(rates); }

        double gflops() { return rate() * flopsPerUnit / 1e9; }
    }

    private record Options(boolean json, boolean quick, boolean baseline, long soak, Clock clock, List<String> configs,
                           List<BackendKind> backends) {
        double warm() { return quick ? 0.05 : 2; }

        double round() { return quick ? 0.05 : 1; }

        int rounds() { return quick ? 1 : 5; }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = parse(args);
            if (o == null) {
                out.println(USAGE);
                return 0;
            }
        } catch (IllegalArgumentException e) {
            err.println("nnplay bench: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (o.soak() > 0) {
            String first = o.configs().getFirst();
            if (!isTraining(first)) {
                err.println("nnplay bench: --soak trains a config: use --config a, b or c");
                return 2;
            }
            BenchConfig cfg = find(first);
            Matrix train = cfg.trainMatrix(cfg.data());
            Backend be = backend(o.backends().getFirst(), Workload.training(cfg.network(), cfg.training(), train.rows()))
                    .backend();
            Soak.run(cfg, be, o.soak(), out);
            return 0;
        }
        return new BenchCommandRun(o, out, err).run();
    }

    private static Options parse(String[] args) {
        boolean json = false;
        boolean quick = false;
        boolean baseline = true;
        long soak = 0;
        Clock clock = Clock.WALL;
        List<String> configs = List.of("a", "b", "c", "grid", "landscape");
        List<BackendKind> backends = List.of(BackendKind.JVM, BackendKind.ND4J, BackendKind.AUTO);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--json" -> json = true;
                case "--quick" -> quick = true;
                case "--no-baseline" -> baseline = false;
                case "--soak" -> soak = parseSoak(value(args, ++i, "--soak"));
                case "--clock" -> clock = Clock.of(value(args, ++i, "--clock"));
                case "--config" -> {
                    List<String> cs = new ArrayList<>();
                    for (String c : value(args, ++i, "--config").split(",")) {
                        cs.add(c.trim());
                    }
                    configs = cs;
                }
                case "--backend" -> {
                    List<BackendKind> ks = new ArrayList<>();
                    for (String k : value(args, ++i, "--backend").split(",")) ks.add(BackendKind.fromKey(k.trim()));
                    backends = ks;
                }
                default -> throw new IllegalArgumentException("unknown flag '" + args[i] + "'");
            }
        }
        for (String c : configs) {
            if (!isTraining(c) && ForwardWork.all().stream().noneMatch(w -> w.id().equals(c))) {
                throw new IllegalArgumentException("unknown config '" + c + "': expected a, b, c, grid or landscape");
            }
        }
        return new Options(json, quick, baseline, soak, clock, configs, backends);
    }

    /** The whole benchmark: its options, the peak contender, and the rows as they are measured. */
    private static final class BenchCommandRun {
        private final Options o;
        private final PrintStream out;
        private final PrintStream err;
        private final List<Row> rows = new ArrayList<>();
        private final List<Double> peaks = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Contender peak;

        BenchCommandRun(Options o, PrintStream out, PrintStream err) {
            this.o = o;
            this.out = out;
            this.err = err;
            this.peak = peakContender(o.clock(), notes);
        }

        int run() {
            for (String c : o.configs()) {
                if (!o.json()) {
                    err.println("bench: measuring " + c + "…");
                }
                if (isTraining(c)) {
                    training(find(c));
                } else {
                    forward(ForwardWork.all().stream().filter(w -> w.id().equals(c)).findFirst().orElseThrow());
                }
            }
            double peakRate = Rounds.median(peaks.stream().mapToDouble(Double::doubleValue).toArray());
            if (o.json()) {
                for (Row r : rows) {
                    out.println(toJson(r, peakRate, o.clock()));
                }
                out.println(summary(peakRate));
            } else {
                printTable(peakRate);
            }
            return 0;
        }

        /** Config a, b or c: epochs on each backend, Node's baseline beside them, then a or b's 100×100 grid. */
        private void training(BenchConfig cfg) {
            DataSet ds = cfg.data();
            Matrix train = cfg.trainMatrix(ds);
            Workload w = Workload.training(cfg.network(), cfg.training(), train.rows());
            double flops = Flops.trainingEpoch(cfg.network(), cfg.training(), train.rows());
            List<Contender> cs = new ArrayList<>();
            List<BackendKind> kinds = new ArrayList<>();
            List<BackendPicker.Pick> picks = new ArrayList<>();
            for (BackendKind k : o.backends()) {
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
                }, o.clock()));
                kinds.add(k);
                picks.add(p);
            }
            Optional<NodeBaseline> node = o.baseline() && cfg.playground()
                    ? NodeBaseline.start(cfg.id(), o.clock()) : Optional.empty();
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
         * Grids per second over the cycles of a's or b's 100×100 grid (every neuron kept): Node's first when it
         * runs, then one per backend; none for c.
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
                cs.add(Contender.of(() -> g.evaluate(true), o.clock()));
            }
            return measure(cs);
        }

        /** The grid or the landscape on each backend. */
        private void forward(ForwardWork fw) {
            BenchConfig c = BenchConfig.all().get(2);
            DataSet ds = c.data();
            List<Contender> cs = new ArrayList<>();
            List<BackendKind> kinds = new ArrayList<>();
            List<BackendPicker.Pick> picks = new ArrayList<>();
            for (BackendKind k : o.backends()) {
                BackendPicker.Pick p = pickOrNote(k, fw.workload(), fw.id());
                if (p != null) {
                    cs.add(Contender.of(fw.unit(ds, p.backend()), o.clock()));
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

        /** Runs the contenders in turns with one peak sample per cycle (kept for the run's matmul_gflops). */
        private double[][] measure(List<Contender> cs) {
            List<Contender> all = new ArrayList<>(cs);
            if (peak != null) {
                all.add(s -> peak.round(Math.min(s, 0.25)));
            }
            double[][] rates = Rounds.run(all, o.warm(), o.round(), o.rounds());
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

        private String summary(double peakRate) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("summary", true);
            m.put("measurements", rows.size());
            m.put("matmul_gflops", nullable(peakRate, 100));
            m.put("matmul", "ND4J float64 " + PEAK_SIZE + "×" + PEAK_SIZE + " product, " + peaks.size() + " samples");
            m.put("clock", o.clock().key);
            m.put("notes", notes);
            return json(m);
        }

        private void printTable(double peakRate) {
            out.printf(Locale.ROOT, "float64 matrix product (ND4J, %d×%d): %s GFLOP/s, median of %d samples through the run%n",
                    PEAK_SIZE, PEAK_SIZE, Double.isNaN(peakRate) ? "—" : String.format(Locale.ROOT, "%.1f", peakRate),
                    peaks.size());
            out.printf("rates per second of %s time%n%n", o.clock() == Clock.WALL ? "elapsed" : "CPU");
            out.printf("%-9s %-14s %12s %21s %8s %7s %8s %9s %8s%n", "config", "backend", "per s", "(min – max)",
                    "GFLOP/s", "% peak", "× node", "ms/grid", "× node");
            for (Row r : rows) {
                String be = r.backend().equals("auto") ? "auto→" + r.picked() : r.picked();
                out.printf(Locale.ROOT, "%-9s %-14s %12s %21s %8.2f %7s %8s %9s %8s%n", r.config(), be,
                        String.format(Locale.ROOT, "%,.1f", r.rate()),
                        String.format(Locale.ROOT, "(%,.1f – %,.1f)", Rounds.min(r.rates()), Rounds.max(r.rates())),
                        r.gflops(), Double.isNaN(peakRate) ? "—" : String.format(Locale.ROOT, "%.0f %%", 100 * r.gflops() / peakRate),
                        ratio(r.vsBaseline()),
                        Double.isNaN(r.msPerGrid()) ? "—" : String.format(Locale.ROOT, "%.2f", r.msPerGrid()),
                        ratio(r.vsBaselineGrid()));
            }
            out.println();
            for (String n : notes) {
                out.println(n);
            }
        }
    }

    /** The backend for {@code kind}: auto through the measuring picker (which may measure now), the others as named. */
    static BackendPicker.Pick backend(BackendKind kind, Workload w) {
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
            Class.forName("org.nd4j.linalg.jcublas.JCublasBackend", false, BenchCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static String toJson(Row r, double peakRate, Clock clock) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", r.config());
        m.put("backend", r.backend());
        m.put("picked", r.picked());
        if (r.reason() != null) {
            m.put("reason", r.reason());
        }
        m.put("unit", r.unit());
        boolean epochs = r.unit().equals("epoch");
        // every row has the key; a forward-only config trains no epochs, its rate is in grids/landscapes_per_second
        m.put("epochs_per_second", epochs ? nullable(r.rate(), 10) : null);
        if (!epochs) {
            m.put(r.unit() + "s_per_second", nullable(r.rate(), 10));
        }
        m.put("min_per_second", nullable(Rounds.min(r.rates()), 10));
        m.put("max_per_second", nullable(Rounds.max(r.rates()), 10));
        m.put("gflops", significant(r.gflops()));
        m.put("fraction_of_matmul_peak", significant(r.gflops() / peakRate));
        m.put("ms_per_grid", nullable(r.msPerGrid(), 1000));
        m.put("baseline_epochs_per_second", nullable(r.baselineRate(), 10));
        m.put("vs_baseline", nullable(r.vsBaseline(), 100));
        m.put("baseline_ms_per_grid", nullable(r.baselineGridMs(), 1000));
        m.put("vs_baseline_grid", nullable(r.vsBaselineGrid(), 100));
        m.put("clock", clock.key);
        return json(m);
    }

    private static Object nullable(double v, double scale) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * scale) / scale;
    }

    /** v to 4 significant digits (a small net's fraction of the peak is 0.0001, not 0), or null. */
    private static Object significant(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null
                : new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    private static String json(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder("{");
        for (var e : m.entrySet()) {
            if (sb.length() > 1) sb.append(',');
            sb.append('"').append(e.getKey()).append("\":").append(value(e.getValue()));
        }
        return sb.append('}').toString();
    }

    private static String value(Object v) {
        if (v instanceof String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (Object x : list) {
                sb.append(sb.length() > 1 ? "," : "").append(value(x));
            }
            return sb.append(']').toString();
        }
        return String.valueOf(v);
    }

    /** Milliseconds per grid from grids per second over the cycles; NaN when there are none. */
    private static double msPerGrid(double[] gridsPerSecond) {
        return gridsPerSecond == null ? Double.NaN : 1000 / Rounds.median(gridsPerSecond);
    }

    private static String ratio(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? "—" : String.format(Locale.ROOT, "%.1f×", x);
    }

    private static boolean isTraining(String id) {
        return BenchConfig.all().stream().anyMatch(c -> c.id().equals(id));
    }

    private static BenchConfig find(String id) {
        return BenchConfig.all().stream().filter(c -> c.id().equals(id.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown config '" + id + "': expected a, b or c"));
    }

    private static long parseSoak(String v) {
        try {
            long n = Long.parseLong(v.replace("_", "").replace(",", ""));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--soak needs a positive number of epochs, found '" + v + "'");
        }
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}

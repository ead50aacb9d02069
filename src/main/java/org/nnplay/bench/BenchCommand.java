package org.nnplay.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnplay.data.DataSet;
import org.nnplay.engine.Backend;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.nd4j.Backends;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.train.GridEvaluator;
import org.nnplay.engine.train.Matrix;
import org.nnplay.engine.train.Trainer;

/**
 * {@code nnplay bench [--json] [--config a,b,c] [--backend jvm,nd4j,auto] [--quick]}: epochs per second of each
 * benchmark workload on each backend, and the milliseconds of a 100 × 100 decision grid keeping every neuron's
 * output, with ratios against TensorFlow Playground's engine measured on the same machine kind.
 */
public final class BenchCommand {
    static final String USAGE = """
            usage: nnplay bench [--json] [--config a,b,c] [--backend jvm,nd4j,auto] [--quick] [--soak EPOCHS]
              --json      one JSON object per measurement, then a summary object
              --config    which workloads (default a,b,c):
                            a  TensorFlow Playground's default (circle, 4-2 tanh, SGD, batch 10)
                            b  spiral, 7 inputs, 8×6 tanh, batch 10
                            c  20,000 points, 7 inputs, 64-64-64 ReLU, Adam, batch 256
              --backend   which backends (default jvm,nd4j,auto)
              --quick     short rounds (a smoke test, not a measurement)
              --no-baseline  skip the side-by-side run of TensorFlow Playground's algorithm under Node
              --soak N    instead: train the first config for N epochs on the first backend and print
                          resident memory (RSS, incl. off-heap) and heap at every tenth of the run""";

    private BenchCommand() {}

    /** One row of the report. */
    public record Row(String config, String backend, String picked, double epochsPerSecond, double min, double max,
                      double msPerGrid, double vsPlaygroundEpochs, double vsPlaygroundGrid, double baseline) {
        double vsBaseline() { return epochsPerSecond / baseline; }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        boolean quick = false;
        long soak = 0;
        boolean baseline = true;
        List<String> configs = List.of("a", "b", "c");
        List<BackendKind> backends = List.of(BackendKind.JVM, BackendKind.ND4J, BackendKind.AUTO);
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    case "--json" -> json = true;
                    case "--quick" -> quick = true;
                    case "--no-baseline" -> baseline = false;
                    case "--soak" -> soak = parseSoak(value(args, ++i, "--soak"));
                    case "--config" -> configs = List.of(value(args, ++i, "--config").split(","));
                    case "--backend" -> {
                        List<BackendKind> ks = new ArrayList<>();
                        for (String k : value(args, ++i, "--backend").split(",")) ks.add(BackendKind.fromKey(k));
                        backends = ks;
                    }
                    default -> throw new IllegalArgumentException("unknown flag '" + args[i] + "'");
                }
            }
            for (String c : configs) {
                find(c);
            }
        } catch (IllegalArgumentException e) {
            err.println("nnplay bench: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (soak > 0) {
            BenchConfig cfg = find(configs.get(0));
            int widest = cfg.hidden().stream().mapToInt(Integer::intValue).max().orElse(1);
            Soak.run(cfg, Backends.forWorkload(backends.get(0), cfg.batch(), widest, true), soak, out);
            return 0;
        }
        double warm = quick ? 0.05 : 2;
        double round = quick ? 0.05 : 1;
        int rounds = quick ? 1 : 5;
        if (!json) {
            out.printf("%-6s %-12s %12s %19s %9s %9s %9s %9s%n", "config", "backend", "epochs/s", "(min – max)",
                    "× pg", "× node", "ms/grid", "× pg");
        }
        List<Row> rows = new ArrayList<>();
        for (String c : configs) {
            BenchConfig cfg = find(c);
            DataSet ds = cfg.data();
            Matrix train = cfg.trainMatrix(ds);
            double base = baseline && !Double.isNaN(cfg.playgroundEpochsPerSecond())
                    ? NodeBaseline.measure(cfg.id(), quick ? 0.2 : 5).orElse(Double.NaN) : Double.NaN;
            if (!json && !Double.isNaN(base)) {
                out.printf(Locale.ROOT, "%-6s %-12s %12.0f   (TensorFlow Playground's algorithm under Node, run just now)%n",
                        cfg.id(), "node", base);
            }
            for (BackendKind kind : backends) {
                Row row = measure(cfg, ds, train, kind, warm, round, rounds, base);
                rows.add(row);
                out.println(json ? toJson(row) : format(row));
                out.flush();
            }
        }
        if (json) {
            out.println("{\"summary\":true,\"measurements\":" + rows.size() + "}");
        }
        return 0;
    }

    static Row measure(BenchConfig cfg, DataSet ds, Matrix train, BackendKind kind, double warm, double round, int rounds,
                       double baseline) {
        int widest = cfg.hidden().stream().mapToInt(Integer::intValue).max().orElse(1);
        Backend be = Backends.forWorkload(kind, cfg.batch(), widest, true);
        Network net = Network.create(cfg.network(), be, 42);
        Trainer trainer = new Trainer(net, train, cfg.training(), 42);
        Measure.Result epochs = Measure.rate(() -> {
            trainer.runEpoch();
            if (trainer.divergence() != null) {
                trainer.resume();
            }
            return 1;
        }, warm, round, rounds);
        double ms = Double.NaN;
        if (!Double.isNaN(cfg.playgroundGridMs())) {
            Backend gridBe = Backends.forWorkload(kind, 100 * 100, widest, true);
            GridEvaluator grid = new GridEvaluator(net.moveTo(gridBe), cfg.gridInputs(ds, 100), 100);
            Measure.Result grids = Measure.rate(() -> {
                grid.evaluate(true);
                return 1;
            }, warm / 2, round, rounds);
            ms = 1000 / grids.median();
        }
        return new Row(cfg.id(), kind.key(), be.name(), epochs.median(), epochs.min(), epochs.max(), ms,
                epochs.median() / cfg.playgroundEpochsPerSecond(), cfg.playgroundGridMs() / ms, baseline);
    }

    private static String format(Row r) {
        String backend = r.backend().equals("auto") ? "auto→" + r.picked() : r.picked();
        return String.format(Locale.ROOT, "%-6s %-12s %12.0f %19s %9s %9s %9s %9s", r.config(), backend,
                r.epochsPerSecond(), String.format(Locale.ROOT, "(%.0f – %.0f)", r.min(), r.max()),
                ratio(r.vsPlaygroundEpochs()), ratio(r.vsBaseline()), Double.isNaN(r.msPerGrid()) ? "—"
                        : String.format(Locale.ROOT, "%.2f", r.msPerGrid()), ratio(r.vsPlaygroundGrid()));
    }

    private static String ratio(double x) {
        return Double.isNaN(x) ? "—" : String.format(Locale.ROOT, "%.1f×", x);
    }

    static String toJson(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", r.config());
        m.put("backend", r.backend());
        m.put("picked", r.picked());
        m.put("epochs_per_second", round(r.epochsPerSecond()));
        m.put("epochs_per_second_min", round(r.min()));
        m.put("epochs_per_second_max", round(r.max()));
        m.put("ms_per_grid", Double.isNaN(r.msPerGrid()) ? null : round(r.msPerGrid() * 1000) / 1000);
        m.put("vs_playground_epochs", Double.isNaN(r.vsPlaygroundEpochs()) ? null : round(r.vsPlaygroundEpochs() * 100) / 100);
        m.put("baseline_epochs_per_second", Double.isNaN(r.baseline()) ? null : round(r.baseline()));
        m.put("vs_baseline", Double.isNaN(r.baseline()) ? null : round(r.vsBaseline() * 100) / 100);
        m.put("vs_playground_grid", Double.isNaN(r.vsPlaygroundGrid()) ? null : round(r.vsPlaygroundGrid() * 100) / 100);
        StringBuilder sb = new StringBuilder("{");
        for (var e : m.entrySet()) {
            if (sb.length() > 1) sb.append(',');
            sb.append('"').append(e.getKey()).append("\":");
            Object v = e.getValue();
            sb.append(v instanceof String s ? "\"" + s + "\"" : String.valueOf(v));
        }
        return sb.append('}').toString();
    }

    private static double round(double v) { return Math.round(v * 10) / 10.0; }

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

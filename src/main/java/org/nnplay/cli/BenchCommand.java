package org.nnplay.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnplay.bench.Benchmark;
import org.nnplay.bench.Clock;
import org.nnplay.engine.BackendKind;

/**
 * {@code nnplay bench}: the speed of each benchmark workload on each backend, set against the machine's own
 * float64 matrix-product rate and against TensorFlow Playground's training run under Node, all in turns within the
 * same minutes. The measuring is {@link Benchmark}'s; this reads the flags and prints the table or the JSON lines.
 * Exit status: 0 done, 2 bad usage.
 */
final class BenchCommand implements Command {
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
                          memory (RSS, incl. off-heap), heap used and heap held at every tenth of the run
            Every contender of a config runs in turns, one round each per cycle (5 cycles of 1 s after a 2 s
            warm-up); figures are medians over the cycles, ratios the median of the cycle-by-cycle ratios.
            GFLOP/s counts 2 per multiply-add of every matrix product of forward, backward and update, 1 per
            element of bias, activation, derivative and loss, and the optimizer's arithmetic per weight; the peak
            is ND4J's 512×512 float64 product, sampled once per cycle through the whole run.""";

    private record Options(boolean json, long soak, List<String> configs, Benchmark.Settings settings) {}

    @Override public String name() { return "bench"; }

    @Override public String summary() {
        return "epochs per second on each backend, against TensorFlow Playground's engine";
    }

    @Override public int run(String[] args, PrintStream out, PrintStream err) {
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
            if (!Benchmark.trains(first)) {
                err.println("nnplay bench: --soak trains a config: use --config a, b or c");
                return 2;
            }
            Benchmark.soak(first, o.settings().backends().getFirst(), o.soak(), new SoakLines(out));
            return 0;
        }
        Benchmark bench = new Benchmark(o.settings());
        for (String c : o.configs()) {
            if (!o.json()) {
                err.println("bench: measuring " + c + "…");
            }
            bench.measure(c);
        }
        if (o.json()) {
            for (Benchmark.Row r : bench.rows()) {
                out.println(toJson(r, bench.peakRate(), o.settings().clock()));
            }
            out.println(summary(bench, o.settings().clock()));
        } else {
            printTable(bench, o.settings().clock(), out);
        }
        return 0;
    }

    /** Null for --help. */
    private static Options parse(String[] args) {
        boolean json = false;
        boolean quick = false;
        boolean baseline = true;
        long soak = 0;
        Clock clock = Clock.WALL;
        List<String> configs = Benchmark.workloads();
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
                case "--clock" -> {
                    String key = value(args, ++i, "--clock");
                    clock = Clock.of(key).orElseThrow(
                            () -> new IllegalArgumentException("--clock is wall or cpu, not '" + key + "'"));
                }
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
            if (!Benchmark.workloads().contains(c)) {
                throw new IllegalArgumentException("unknown config '" + c + "': expected a, b, c, grid or landscape");
            }
        }
        return new Options(json, soak, configs, new Benchmark.Settings(quick, baseline, clock, backends));
    }

    /** The soak's lines: which run, then memory at the start and at every tenth. */
    private record SoakLines(PrintStream out) implements Benchmark.SoakListener {
        @Override public void started(String config, String backend, long epochs) {
            out.printf(Locale.ROOT, "soak: config %s on %s, %,d epochs%n", config, backend, epochs);
        }

        @Override public void sample(long epoch, double seconds, double rssMb, double heapMb, double heapHeldMb) {
            out.printf(Locale.ROOT, "  epoch %,11d   %6.1f s   RSS %7.1f MB   heap used %6.1f MB   heap held %6.1f MB%n",
                    epoch, seconds, rssMb, heapMb, heapHeldMb);
            out.flush();
        }
    }

    private static String summary(Benchmark bench, Clock clock) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", true);
        m.put("measurements", bench.rows().size());
        m.put("matmul_gflops", nullable(bench.peakRate(), 100));
        m.put("matmul", "ND4J float64 " + Benchmark.PEAK_SIZE + "×" + Benchmark.PEAK_SIZE + " product, "
                + bench.peakSamples() + " samples");
        m.put("clock", clock.key());
        m.put("notes", bench.notes());
        return Json.object(m);
    }

    private static void printTable(Benchmark bench, Clock clock, PrintStream out) {
        double peakRate = bench.peakRate();
        out.printf(Locale.ROOT, "float64 matrix product (ND4J, %d×%d): %s GFLOP/s, median of %d samples through the run%n",
                Benchmark.PEAK_SIZE, Benchmark.PEAK_SIZE,
                Double.isNaN(peakRate) ? "—" : String.format(Locale.ROOT, "%.1f", peakRate), bench.peakSamples());
        out.printf("rates per second of %s time%n%n", clock == Clock.WALL ? "elapsed" : "CPU");
        out.printf("%-9s %-14s %12s %21s %8s %7s %8s %9s %8s%n", "config", "backend", "per s", "(min – max)",
                "GFLOP/s", "% peak", "× node", "ms/grid", "× node");
        for (Benchmark.Row r : bench.rows()) {
            String be = r.backend().equals("auto") ? "auto→" + r.picked() : r.picked();
            out.printf(Locale.ROOT, "%-9s %-14s %12s %21s %8.2f %7s %8s %9s %8s%n", r.config(), be,
                    String.format(Locale.ROOT, "%,.1f", r.rate()),
                    String.format(Locale.ROOT, "(%,.1f – %,.1f)", r.min(), r.max()),
                    r.gflops(), Double.isNaN(peakRate) ? "—" : String.format(Locale.ROOT, "%.0f %%", 100 * r.gflops() / peakRate),
                    ratio(r.vsBaseline()),
                    Double.isNaN(r.msPerGrid()) ? "—" : String.format(Locale.ROOT, "%.2f", r.msPerGrid()),
                    ratio(r.vsBaselineGrid()));
        }
        out.println();
        for (String n : bench.notes()) {
            out.println(n);
        }
    }

    static String toJson(Benchmark.Row r, double peakRate, Clock clock) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", r.config());
        m.put("backend", r.backend());
        m.put("picked", r.picked());
        if (r.reason() != null) {
            m.put("reason", r.reason());
        }
        m.put("unit", r.unit());
        boolean epochs = r.unit().equals("epoch");
        // every row has the key; a forward-only workload trains no epochs, its rate is in grids/landscapes_per_second
        m.put("epochs_per_second", epochs ? nullable(r.rate(), 10) : null);
        if (!epochs) {
            m.put(r.unit() + "s_per_second", nullable(r.rate(), 10));
        }
        m.put("min_per_second", nullable(r.min(), 10));
        m.put("max_per_second", nullable(r.max(), 10));
        m.put("gflops", nullable(r.gflops(), 1000));
        m.put("fraction_of_matmul_peak", significant(r.gflops() / peakRate, 3));
        m.put("ms_per_grid", nullable(r.msPerGrid(), 1000));
        m.put("baseline_epochs_per_second", nullable(r.baselineRate(), 10));
        m.put("vs_baseline", nullable(r.vsBaseline(), 100));
        m.put("baseline_ms_per_grid", nullable(r.baselineGridMs(), 1000));
        m.put("vs_baseline_grid", nullable(r.vsBaselineGrid(), 100));
        m.put("clock", clock.key());
        return Json.object(m);
    }

    /** Rounded to 1/scale; NaN and infinities as null. */
    private static Object nullable(double v, double scale) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * scale) / scale;
    }

    /** {@code v} to {@code digits} significant figures (a small fraction keeps its figures; null when not finite). */
    private static Object significant(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return null;
        return v == 0 ? 0.0 : new BigDecimal(v).round(new MathContext(digits)).doubleValue();
    }

    private static String ratio(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? "—" : String.format(Locale.ROOT, "%.1f×", x);
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

package org.nnplay.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.nnplay.engine.Backend;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nd4j.Backends;
import org.nnplay.engine.nd4j.Nd4jRuntime;
import org.nnplay.engine.train.Workload;
import org.nnplay.engine.train.WorkloadTimer;
import org.nnplay.experiment.Experiment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the backend for {@code auto} by measurement: the JVM and ND4J backends take turns running the actual
 * workload ({@link WorkloadTimer}) and the faster one wins, except that ND4J must be measured at least
 * {@value #ND4J_MARGIN}× as fast: where the two are that close a noisy measurement picks either (a 256 × 256 grid
 * measured 1.1× faster on ND4J in one run here and then ran at 0.7× the JVM's speed in the same minute), and the
 * JVM then costs at most 9 % while it needs no native library and gives the same bits on every machine. Before ND4J
 * is timed, the JVM runs the workload for {@value #JVM_WARM_SECONDS} s, so its JIT has compiled the loops. A choice is
 * kept per shape class ({@link Workload#shapeClass()}) in a small file, so each class is measured once per machine,
 * and again when the machine's fingerprint changes (processor, cores, JVM, NNPlay's version, ND4J's kind, the JVM
 * kernels).
 *
 * <p>A workload too small for ND4J ever to pay is decided without loading ND4J: when one JVM step takes less time
 * than ND4J's native calls for it would cost at {@value #ND4J_MIN_SECONDS_PER_CALL} s each.
 */
public final class BackendPicker {
    private static final Logger LOG = LoggerFactory.getLogger(BackendPicker.class);

    /** A lower bound on one ND4J kernel call (measured 5–45 µs on the development machines; a GPU launch is more). */
    static final double ND4J_MIN_SECONDS_PER_CALL = 2e-6;
    /** How long the JVM runs a workload before it is timed against ND4J: its JIT compiles the loops meanwhile. */
    static final double JVM_WARM_SECONDS = 2.0;
    /** How much faster ND4J must measure than the JVM to be chosen. */
    static final double ND4J_MARGIN = 1.1;
    /** The file's format; raise it when what is measured or decided changes, so old choices are measured again. */
    static final int FORMAT = 5;
    private static final String FILE = "backend-calibration.properties";
    private static final BackendPicker SHARED = new BackendPicker(null, Nd4jRuntime.shared(), 2.0, JVM_WARM_SECONDS);

    /** A backend and why it was chosen, in words for the status bar and the benchmark. */
    public record Pick(Backend backend, String reason) {}

    /** What a measurement found: the winner ("jvm" or "nd4j") and both rates (units per second, NaN if not run). */
    record Choice(String winner, double jvm, double nd4j) {
        String reason() {
            if (Double.isNaN(nd4j)) {
                return String.format(Locale.ROOT, "JVM: one step or pass takes %s here, less than ND4J's native"
                        + " calls alone", duration(1 / jvm));
            }
            if (nd4j == 0) {
                return "JVM: ND4J is unavailable";
            }
            boolean nd = winner.equals("nd4j");
            if (!nd && nd4j > jvm) {
                return String.format(Locale.ROOT, "JVM: ND4J measured only %.2f× as fast on these shapes (it must be"
                        + " %.1f× to be chosen)", nd4j / jvm, ND4J_MARGIN);
            }
            double ratio = nd ? nd4j / jvm : jvm / nd4j;
            return String.format(Locale.ROOT, "%s measured %s as fast as %s on these shapes", nd ? "ND4J" : "JVM",
                    ratio >= 10 ? String.format(Locale.ROOT, "%.0f×", ratio) : String.format(Locale.ROOT, "%.1f×", ratio),
                    nd ? "the JVM" : "ND4J");
        }
    }

    private final Path file;
    private final Nd4jRuntime nd4j;
    private final double budgetSeconds;
    private final double jvmWarmSeconds;
    private final Map<String, Choice> choices = new ConcurrentHashMap<>();
    private final Map<String, Choice> unsaved = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "backend-calibration");
        t.setDaemon(true);
        return t;
    });
    private boolean loaded;

    /**
     * A picker keeping its choices in {@code file} (null: the app's folder, {@code nnplay.home} or ~/.nnplay, read
     * when first needed), loading ND4J through {@code nd4j}, measuring for at most {@code budgetSeconds} per class.
     */
    BackendPicker(Path file, Nd4jRuntime nd4j, double budgetSeconds) { this(file, nd4j, budgetSeconds, 0); }

    /** As above; before ND4J is timed, the JVM runs the workload until {@code jvmWarmSeconds} have passed. */
    BackendPicker(Path file, Nd4jRuntime nd4j, double budgetSeconds, double jvmWarmSeconds) {
        this.jvmWarmSeconds = jvmWarmSeconds;
        this.file = file;
        this.nd4j = nd4j;
        this.budgetSeconds = budgetSeconds;
    }

    /** The process-wide picker, remembering its measurements in the app's folder. */
    public static BackendPicker shared() { return SHARED; }

    /** The backend for training {@code e} as its settings ask ({@code auto}, {@code jvm} or {@code nd4j}). */
    public Pick pick(Experiment e, boolean wait) {
        int trainRows = (int) Math.ceil(e.data().samples() * e.data().trainRatio() / 100.0) + e.data().handPoints().size();
        Workload w = Workload.training(ExperimentMapping.network(e), ExperimentMapping.trainConfig(e), Math.max(1, trainRows));
        return pick(e.training().backend(), w, wait);
    }

    /**
     * The backend for a workload. {@code jvm} and {@code nd4j} are taken as asked ({@code nd4j} throws as
     * {@link Backends#resolve} does). {@code auto} uses the remembered measurement for the workload's shape class;
     * without one it measures now when {@code wait}, else it measures in the background and answers the JVM backend
     * meanwhile (ask again later: the window asks a few times a second).
     */
    public Pick pick(BackendKind kind, Workload w, boolean wait) {
        if (kind != BackendKind.AUTO) {
            return new Pick(Backends.resolve(kind, wait), "set in the experiment");
        }
        String key = w.shapeClass();
        Choice c = remembered(key);
        if (c == null && wait) {
            c = measure(w);
        } else if (c == null) {
            if (pending.add(key)) {
                background.execute(() -> {
                    try {
                        measure(w);
                    } finally {
                        pending.remove(key);
                    }
                });
            }
            return new Pick(JvmBackend.INSTANCE, "JVM while both backends are measured on these shapes");
        }
        if (c.winner().equals("nd4j")) {
            if (!wait && nd4j.ifReady().isEmpty()) {
                return new Pick(JvmBackend.INSTANCE, "JVM until ND4J has loaded (" + c.reason() + ")");
            }
            try {
                return new Pick(nd4j.load().join(), c.reason());
            } catch (CompletionException failed) {
                return new Pick(JvmBackend.INSTANCE, "JVM: ND4J is unavailable (" + nd4j.failureReason() + ")");
            }
        }
        return new Pick(JvmBackend.INSTANCE, c.reason());
    }

    /** The remembered choice for a shape class, or null. */
    Choice remembered(String key) {
        synchronized (this) {
            if (!loaded) {
                loaded = true;
                load();
            }
        }
        Choice c = choices.get(key);
        return c != null ? c : unsaved.get(key);
    }

    /** Measures both backends on {@code w} (or only the JVM, when the workload is too small for ND4J) and remembers the result. */
    Choice measure(Workload w) {
        long t0 = System.nanoTime();
        WorkloadTimer.Unit onJvm = WorkloadTimer.prepare(w, JvmBackend.INSTANCE, 1);
        // the JVM alone first, until its rate settles (the JIT has compiled its loops) or beats what ND4J's calls
        // alone would cost: then ND4J need not even be loaded
        double floor = 1 / (nativeCalls(w) * ND4J_MIN_SECONDS_PER_CALL);
        double jvm = WorkloadTimer.settle(onJvm, 0.02, budgetSeconds, floor);
        Choice c;
        if (jvm > floor) {
            c = new Choice("jvm", jvm, Double.NaN);
        } else {
            Backend nd;
            try {
                nd = nd4j.load().join();
            } catch (CompletionException failed) {
                Choice without = new Choice("jvm", jvm, 0);
                unsaved.put(w.shapeClass(), without); // for this session only: ND4J may load another time
                return without;
            }
            // the JVM keeps running until jvmWarmSeconds have passed since the start: its rate "settles" between
            // two tiers of the JIT, and measured that early it lost the grid to ND4J in 2 of 8 calibrations here
            // (ND4J 1.1–1.2× "faster") though it ran 1.3× as fast as ND4J right after; warmed 1.5–3 s it won all 6
            long warm = t0 + (long) (jvmWarmSeconds * 1e9);
            while (System.nanoTime() < warm) onJvm.run();
            double[] r = WorkloadTimer.compare(List.of(onJvm, WorkloadTimer.prepare(w, nd, 1)), 0.03, budgetSeconds);
            c = new Choice(winner(r[0], r[1]), r[0], r[1]);
        }
        choices.put(w.shapeClass(), c);
        LOG.info("auto backend for '{}': {} ({} ms)", w.shapeClass(), c.reason(), (System.nanoTime() - t0) / 1_000_000);
        save();
        return c;
    }

    /** "nd4j" when ND4J's rate is at least {@link #ND4J_MARGIN} times the JVM's, else "jvm". */
    static String winner(double jvm, double nd4j) {
        return nd4j / jvm >= ND4J_MARGIN ? "nd4j" : "jvm";
    }

    /**
     * How many backend kernels one unit of {@code w} calls, at least: per layer a product, a bias and an activation
     * forward (and in training their three gradients and the activation's), the loss, and per parameter tensor the
     * reads and writes of an update.
     */
    static int nativeCalls(Workload w) {
        int layers = w.spec().widths().length - 1;
        if (w.kind() == Workload.Kind.FORWARD) {
            return 3 * layers + 1 + layers;
        }
        int tensors = 2 * layers + (w.spec().batchNorm() ? 2 * (layers - 1) : 0);
        return 7 * layers + 4 + 4 * tensors;
    }

    // ---- the file ---------------------------------------------------------------------------------------------

    private Path path() {
        if (file != null) {
            return file;
        }
        String home = System.getProperty("nnplay.home");
        return (home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".nnplay"))
                .resolve(FILE);
    }

    /** What a remembered choice is valid for: this processor, JVM, build and kernels. */
    static String fingerprint() {
        String cpu = System.getProperty("os.arch");
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // the architecture stands in
        }
        String version = BackendPicker.class.getPackage().getImplementationVersion();
        boolean cuda = BackendPicker.class.getClassLoader().getResource("org/nd4j/linalg/jcublas/JCublasBackend.class") != null;
        String omp = System.getenv("OMP_NUM_THREADS");
        return "format " + FORMAT + "; " + cpu + " × " + Runtime.getRuntime().availableProcessors() + "; "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + "; nnplay "
                + (version == null ? "dev" : version) + "; nd4j " + (cuda ? "cuda" : "cpu") + "; " + JvmBackend.kernels()
                + (omp == null ? "" : "; OMP_NUM_THREADS " + omp);
    }

    private void load() {
        Path p = path();
        if (!Files.isRegularFile(p)) {
            return;
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("could not read {}: {} (the backends will be measured again)", p, e.getMessage());
            return;
        }
        if (!fingerprint().equals(props.getProperty("machine"))) {
            return; // another machine, JVM or build: every class is measured again
        }
        for (String key : props.stringPropertyNames()) {
            String[] v = props.getProperty(key).split(" ");
            if (key.equals("machine") || v.length != 3 || !(v[0].equals("jvm") || v[0].equals("nd4j"))) {
                continue;
            }
            try {
                choices.put(key, new Choice(v[0], Double.parseDouble(v[1]), Double.parseDouble(v[2])));
            } catch (NumberFormatException skipped) {
                // a damaged line is measured again
            }
        }
    }

    private synchronized void save() {
        Path p = path();
        Properties props = new Properties();
        props.setProperty("machine", fingerprint());
        choices.forEach((k, c) -> props.setProperty(k, c.winner() + " " + c.jvm() + " " + c.nd4j()));
        try {
            Files.createDirectories(p.getParent());
            try (OutputStream out = Files.newOutputStream(p)) {
                props.store(out, "Which backend 'auto' measured faster on this machine, per shape class:"
                        + " winner, then JVM and ND4J units (steps or passes) per second. Delete to measure again.");
            }
        } catch (IOException e) {
            LOG.warn("could not write {}: {} (the choice holds for this session)", p, e.getMessage());
        }
    }

    private static String duration(double seconds) {
        return seconds < 1e-3 ? String.format(Locale.ROOT, "%.0f µs", seconds * 1e6)
                : String.format(Locale.ROOT, "%.1f ms", seconds * 1e3);
    }
}

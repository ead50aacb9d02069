import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.nnplay.bench.BenchConfig;
import org.nnplay.engine.Backend;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.nd4j.Backends;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.train.Trainer;

/**
 * Does training on ND4J slow the JVM backend later in the same process? (README, Speed: interference.) A single-file
 * program run against the built jar:
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp "target/nnplay.jar:target/lib/*" docs/bench/Interference.java first b nd4j
 * java --add-modules jdk.incubator.vector -cp "target/nnplay.jar:target/lib/*" docs/bench/Interference.java first b none
 * java --add-modules jdk.incubator.vector -cp "target/nnplay.jar:target/lib/*" docs/bench/Interference.java turns b nd4j
 * </pre>
 *
 * {@code first CONFIG nd4j|proxy|none}: ND4J trains the config for 10 s first (or the JVM backend behind a proxy
 * class, which only widens the JIT's type profiles, or nothing does), then the JVM backend for
 * 40 rounds of 1 s; prints each round's epochs per second of this thread's CPU time (which other processes on a
 * busy machine cannot stretch) and the median of rounds 10–39. {@code turns CONFIG nd4j|jvm}: 8 cycles of a JVM
 * round after a quiet pause, a round of the other backend (or of a second JVM trainer), and a JVM round right
 * after it; prints both JVM rates per thread-CPU second and the CPU that the process's other threads used during
 * them (a native pool left spinning would show there).
 */
public class Interference {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean TH = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws InterruptedException {
        BenchConfig c = BenchConfig.all().stream().filter(x -> x.id().equals(args[1])).findFirst().orElseThrow();
        if (args[0].equals("first")) {
            first(c, args[2]);
        } else {
            turns(c, args[2]);
        }
        System.exit(0);
    }

    private static void first(BenchConfig c, String before) {
        if (!before.equals("none")) {
            // proxy: the JVM backend behind another class, so the shared code sees two receiver types as with ND4J
            Backend jvm = Backends.resolve(BackendKind.JVM, true);
            Backend other = before.equals("nd4j") ? Backends.resolve(BackendKind.ND4J, true)
                    : (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                            (proxy, m, a) -> m.invoke(jvm, a));
            Trainer t = new Trainer(Network.create(c.network(), other, 42), c.trainMatrix(c.data()), c.training(), 42);
            long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 10e9) {
                epoch(t);
            }
        }
        Trainer jvm = trainer(c, BackendKind.JVM);
        List<Double> rates = new ArrayList<>();
        StringBuilder each = new StringBuilder();
        for (int r = 0; r < 40; r++) {
            double rate = round(jvm)[1];
            each.append(String.format(Locale.ROOT, " %.0f", rate));
            if (r >= 10) {
                rates.add(rate);
            }
        }
        System.out.printf(Locale.ROOT, "first %s, config %s, load %.1f: JVM epochs per thread-CPU second, median of rounds "
                + "10-39 %.0f; each round:%s%n", before, c.id(), OS.getSystemLoadAverage(), median(rates), each);
    }

    private static void turns(BenchConfig c, String middle) throws InterruptedException {
        Trainer a = trainer(c, BackendKind.JVM);
        Trainer b = trainer(c, BackendKind.JVM);
        Trainer mid = trainer(c, middle.equals("nd4j") ? BackendKind.ND4J : BackendKind.JVM);
        for (Trainer t : List.of(a, b, mid)) {
            round(t); // warm-up
        }
        List<Double> quiet = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        List<Double> quietOthers = new ArrayList<>();
        List<Double> afterOthers = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            Thread.sleep(300);
            double[] ra = round(a);
            round(mid);
            double[] rb = round(b);
            quiet.add(ra[1]);
            after.add(rb[1]);
            quietOthers.add(ra[2]);
            afterOthers.add(rb[2]);
        }
        System.out.printf(Locale.ROOT, "turns %s, config %s, load %.1f: JVM epochs per thread-CPU second after a pause %.0f "
                        + "(other threads %.2f cores), right after %s %.0f (other threads %.2f cores)%n", middle, c.id(),
                OS.getSystemLoadAverage(), median(quiet), median(quietOthers), middle, median(after), median(afterOthers));
    }

    private static Trainer trainer(BenchConfig c, BackendKind kind) {
        Backend be = Backends.resolve(kind, true);
        return new Trainer(Network.create(c.network(), be, 42), c.trainMatrix(c.data()), c.training(), 42);
    }

    private static void epoch(Trainer t) {
        t.runEpoch();
        if (t.divergence() != null) {
            t.resume();
        }
    }

    /** One round of 1 s: {epochs per wall second, per thread-CPU second, cores the other threads used}. */
    private static double[] round(Trainer t) {
        long w0 = System.nanoTime();
        long p0 = OS.getProcessCpuTime();
        long c0 = TH.getCurrentThreadCpuTime();
        long epochs = 0;
        while (System.nanoTime() - w0 < 1e9) {
            epoch(t);
            epochs++;
        }
        double wall = (System.nanoTime() - w0) / 1e9;
        double cpu = (TH.getCurrentThreadCpuTime() - c0) / 1e9;
        double process = (OS.getProcessCpuTime() - p0) / 1e9;
        return new double[] {epochs / wall, epochs / cpu, (process - cpu) / wall};
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.nnplay.bench.BenchConfig;
import org.nnplay.engine.Backend;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.Buf;
import org.nnplay.engine.nd4j.Backends;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.train.Trainer;

/**
 * One NNPlay build as a contender of docs/bench/turns.py, which runs several builds (and Node) in turns, a round
 * each, so that before and after see the same minutes of a shared machine. Compiles against any build that has
 * BenchConfig, Backends.resolve, Network.create and Trainer (5b427ec^1 and later). Reads lines from stdin:
 * {@code train CONFIG jvm|nd4j SECONDS} trains one trainer per config and backend (kept between rounds) for at least
 * SECONDS of elapsed time; {@code peak SECONDS} times ND4J's 512 × 512 float64 product; each answers
 * {@code {"units":N,"cpu_seconds":S}} with this process's CPU time over the round. The driver times the wall.
 */
public class TurnsServer {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        Map<String, Trainer> trainers = new HashMap<>();
        Runnable peak = null;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("{\"ready\":true}");
        for (String line; (line = in.readLine()) != null; ) {
            String[] w = line.trim().split("\\s+");
            Runnable unit;
            double seconds;
            if (w[0].equals("train")) {
                BenchConfig c = BenchConfig.all().stream().filter(x -> x.id().equals(w[1])).findFirst().orElseThrow();
                BackendKind kind = w[2].equals("nd4j") ? BackendKind.ND4J : BackendKind.JVM;
                Trainer t = trainers.computeIfAbsent(w[1] + " " + w[2], k -> new Trainer(
                        Network.create(c.network(), Backends.resolve(kind, true), 42), c.trainMatrix(c.data()),
                        c.training(), 42));
                unit = () -> {
                    t.runEpoch();
                    if (t.divergence() != null) {
                        t.resume();
                    }
                };
                seconds = Double.parseDouble(w[3]);
            } else if (w[0].equals("peak")) {
                if (peak == null) {
                    peak = product();
                }
                unit = peak;
                seconds = Double.parseDouble(w[1]);
            } else {
                break;
            }
            long w0 = System.nanoTime();
            long c0 = OS.getProcessCpuTime();
            long units = 0;
            do {
                unit.run();
                units++;
            } while (System.nanoTime() - w0 < seconds * 1e9);
            System.out.printf(Locale.ROOT, "{\"units\":%d,\"cpu_seconds\":%.6f}%n", units, (OS.getProcessCpuTime() - c0) / 1e9);
        }
        System.exit(0);
    }

    private static Runnable product() {
        Backend be = Backends.resolve(BackendKind.ND4J, true);
        int n = 512;
        Buf a = be.zeros(n, n);
        Buf b = be.zeros(n, n);
        Buf c = be.zeros(n, n);
        double[] v = new double[n * n];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextGaussian();
        }
        be.write(a, v);
        be.write(b, v);
        return () -> be.matmul(a, false, b, false, c, false);
    }
}

package org.nnplay.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.nnplay.experiment.ComparedSetting;
import org.nnplay.experiment.Comparison;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.HeadlessRun;
import org.nnplay.ui.Theme;

/**
 * Measures the compare view side by side with one headless run, in the same minute: four variants of TensorFlow
 * Playground's default experiment (learning rates 0.003, 0.01, 0.03, 0.1: the same work per epoch) in a 1280 × 800
 * window at full speed, driven as the window drives it (a tick per frame), against {@code nnplay train}'s loop on
 * the same experiment. Prints frames per second, the 99th percentile and longest frame interval, the sum of the
 * variants' epochs per second and its ratio to the headless run's (measured before and after the window, averaged).
 * Args: [seconds in the window, default 20] [warm-up seconds, default 5] [variants, default 4] [speed cap, default
 * 0 = full speed]. Needs a display.
 */
public final class CompareSpeed {
    private static double speed;

    private CompareSpeed() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        double warmUp = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        speed = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        List<String> rates = List.of("0.003", "0.01", "0.03", "0.1", "0.001", "0.3", "0.0003", "1").subList(0, n);
        Experiment base = Experiment.defaults().withComparison(new Comparison(ComparedSetting.LR, rates));
        Platform.startup(() -> { });
        headless(base, 3); // warms the JIT for both
        double before = headless(base, 5);
        double beforeCpu = headlessPerCpuSecond;
        double[] window = window(base, seconds, warmUp);
        double after = headless(base, 5);
        double perCpu = (beforeCpu + headlessPerCpuSecond) / 2;
        double reference = (before + after) / 2;
        System.out.printf(Locale.ROOT, "headless run: %.0f epochs/s before, %.0f after; %.0f epochs per CPU second%n",
                before, after, perCpu);
        System.out.printf(Locale.ROOT, "window: training threads %.0f epochs per CPU second (%.0f %% of the headless "
                        + "run's), using %.2f cores; per frame the FX thread used %.2f ms of CPU, the renderer %.2f ms, "
                        + "the snapshot threads %.2f ms; cores available %d%n", window[6], 100 * window[6] / perCpu,
                window[7], window[5], window[8], window[9], Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "window, %d variants at full speed: %.1f fps, p99 frame %.1f ms, longest %.1f ms, "
                        + "tick p99 %.1f ms, FX thread CPU %.2f ms per frame; %.0f epochs/s in all = %.0f %% of the headless "
                        + "run%n", n, window[0], window[1], window[2], window[4], window[5], window[3], 100 * window[3] / reference);
        Platform.exit();
        System.exit(0);
    }

    /** Epochs per CPU second of the last {@link #headless} run (contention does not change it). */
    static double headlessPerCpuSecond;

    /** Epochs per second of {@code nnplay train}'s loop on the comparison's lr = 0.03 value, over {@code seconds}. */
    static double headless(Experiment base, double seconds) {
        org.nnplay.training.compare.Variants variants = org.nnplay.training.compare.Variants.of(base);
        long[] epochs = new long[1];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        try {
            HeadlessRun.run(variants.setup(variants.get(2)), Long.MAX_VALUE / 2, Integer.MAX_VALUE,
                    r -> { }, epoch -> {
                        epochs[0] = epoch;
                        if ((epoch & 63) == 0 && System.nanoTime() > deadline) throw new Done();
                    });
        } catch (Done stop) {
            // measured
        }
        headlessPerCpuSecond = epochs[0] / ((mx.getCurrentThreadCpuTime() - cpu) / 1e9);
        return epochs[0] / ((System.nanoTime() - start) / 1e9);
    }

    private static final class Done extends RuntimeException {
        Done() { super(null, null, false, false); }
    }

    /**
     * fps, p99 interval ms, longest interval ms, sum of epochs/s, p99 tick ms, and the FX thread's CPU time per frame
     * (everything it did: ticks, layout, painting; independent of how busy the machine is).
     */
    static double[] window(Experiment base, double seconds, double warmUp) throws Exception {
        AtomicReference<double[]> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            CompareModel model = new CompareModel(Platform::runLater);
            CompareView view = new CompareView(model, new CompareListener() {
                @Override public void openInPlayground(Experiment trained) { }

                @Override public void addPlaygroundRequested() { }
            });
            Stage stage = new Stage();
            Scene scene = new Scene(view, 1280, 800);
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            model.open(base);
            model.setSpeed(speed);
            model.play();
            long startAt = System.nanoTime() + (long) (warmUp * 1e9);
            long endAt = startAt + (long) (seconds * 1e9);
            new AnimationTimer() {
                final List<Long> intervals = new ArrayList<>();
                final List<Long> work = new ArrayList<>();
                long last;
                long epochs0 = -1;
                long cpu0;
                long[] threads0;
                final java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();

                @Override public void handle(long now) {
                    long t0 = System.nanoTime();
                    model.tick();
                    long t1 = System.nanoTime();
                    if (t0 >= startAt && epochs0 < 0) {
                        epochs0 = epochs(model);
                        cpu0 = mx.getCurrentThreadCpuTime();
                        threads0 = cpuByName(mx);
                    }
                    if (t0 >= startAt && last > 0) {
                        intervals.add(now - last);
                        work.add(t1 - t0);
                    }
                    last = now;
                    if (t0 >= endAt) {
                        stop();
                        double secs = (t0 - startAt) / 1e9;
                        long[] iv = intervals.stream().mapToLong(Long::longValue).sorted().toArray();
                        long[] wk = work.stream().mapToLong(Long::longValue).sorted().toArray();
                        double fxCpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / Math.max(1, iv.length);
                        long[] threads1 = cpuByName(mx);
                        double trainCpu = (threads1[0] - threads0[0]) / 1e9;
                        long trained = epochs(model) - epochs0;
                        result.set(new double[] {iv.length / secs, iv[(int) (iv.length * 0.99)] / 1e6,
                                iv[iv.length - 1] / 1e6, trained / secs, wk[(int) (wk.length * 0.99)] / 1e6,
                                fxCpu, trained / trainCpu, trainCpu / secs,
                                (threads1[1] - threads0[1]) / 1e6 / iv.length, (threads1[2] - threads0[2]) / 1e6 / iv.length});
                        model.close();
                        stage.close();
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await();
        return result.get();
    }

    /** CPU nanoseconds of the live training threads, the renderer thread and the snapshot threads. */
    private static long[] cpuByName(java.lang.management.ThreadMXBean mx) {
        long[] out = new long[3];
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long c = Math.max(0, mx.getThreadCpuTime(t.threadId()));
            if (t.getName().equals("nnplay-training")) out[0] += c;
            else if (t.getName().startsWith("QuantumRenderer")) out[1] += c;
            else if (t.getName().equals("nnplay-snapshots")) out[2] += c;
        }
        return out;
    }

    private static long epochs(CompareModel model) {
        return model.snapshotsProperty().get().stream().mapToLong(s -> s == null ? 0 : s.epoch()).sum();
    }
}

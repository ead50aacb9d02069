package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.Buf;
import org.nnplay.engine.DelegatingBackend;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nd4j.Nd4jRuntime;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;
import org.nnplay.engine.train.TrainConfig;
import org.nnplay.engine.train.Workload;

/** auto by measurement: what it decides, on what grounds, and that it remembers per machine and shape class. */
class BackendPickerTest {
    @TempDir Path dir;

    private static final TrainConfig SGD = new TrainConfig(10, 0.03, OptimizerSpec.of(OptimizerKind.SGD),
            ScheduleSpec.CONSTANT, Regularization.NONE, 0);

    private static Workload tiny() {
        return Workload.training(NetworkSpec.simple(2, List.of(4, 2), ActivationKind.TANH, 1, LossKind.HALF_SQUARED, false), SGD, 250);
    }

    private static Workload wide() {
        return Workload.forward(NetworkSpec.simple(7, List.of(48, 48), ActivationKind.RELU, 1, LossKind.BCE, false), 4096);
    }

    private static Nd4jRuntime neverLoads(AtomicInteger loads) {
        return Nd4jRuntime.using(() -> {
            loads.incrementAndGet();
            throw new IllegalStateException("this test must not load ND4J");
        });
    }

    @Test
    void a_workload_too_small_for_native_calls_is_decided_without_loading_nd4j() {
        AtomicInteger loads = new AtomicInteger();
        BackendPicker p = new BackendPicker(dir.resolve("cal.properties"), neverLoads(loads), 1.0);
        BackendPicker.Pick pick = p.pick(BackendKind.AUTO, tiny(), true);
        assertThat(pick.backend()).isSameAs(JvmBackend.INSTANCE);
        assertThat(pick.reason()).contains("less than ND4J's native calls");
        assertThat(loads).hasValue(0);
    }

    @Test
    void the_faster_backend_wins_and_the_choice_is_remembered_in_the_file() throws Exception {
        Path file = dir.resolve("cal.properties");
        AtomicInteger loads = new AtomicInteger();
        BackendPicker first = new BackendPicker(file, Nd4jRuntime.using(() -> {
            loads.incrementAndGet();
            return new SlowBackend();
        }), 1.0);
        BackendPicker.Pick pick = first.pick(BackendKind.AUTO, wide(), true);
        assertThat(pick.backend()).isSameAs(JvmBackend.INSTANCE);
        assertThat(pick.reason()).startsWith("JVM measured").contains("as fast as ND4J");
        assertThat(loads).hasValue(1);
        java.util.Properties saved = new java.util.Properties();
        try (var in = Files.newInputStream(file)) {
            saved.load(in);
        }
        assertThat(saved.getProperty("machine")).isNotBlank();
        assertThat(saved.getProperty(wide().shapeClass())).startsWith("jvm ");

        AtomicInteger again = new AtomicInteger();
        BackendPicker second = new BackendPicker(file, neverLoads(again), 1.0);
        assertThat(second.pick(BackendKind.AUTO, wide(), true).reason()).isEqualTo(pick.reason());
        assertThat(again).as("a remembered class is not measured again").hasValue(0);
    }

    /** Before ND4J is timed the JVM runs for the warm-up (its JIT compiles meanwhile); a small workload never waits. */
    @Test
    void the_jvm_warms_up_before_it_is_timed_against_nd4j() {
        BackendPicker p = new BackendPicker(dir.resolve("warm.properties"), Nd4jRuntime.using(SlowBackend::new), 0.2, 1.5);
        long t0 = System.nanoTime();
        assertThat(p.pick(BackendKind.AUTO, wide(), true).backend()).isSameAs(JvmBackend.INSTANCE);
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds measuring").isGreaterThanOrEqualTo(1.5);

        BackendPicker small = new BackendPicker(dir.resolve("small.properties"), neverLoads(new AtomicInteger()), 0.2, 30);
        long t1 = System.nanoTime();
        small.pick(BackendKind.AUTO, tiny(), true);
        assertThat((System.nanoTime() - t1) / 1e9).as("a workload decided without ND4J").isLessThan(10);
    }

    @Test
    void choices_made_on_another_machine_are_measured_again() throws Exception {
        Path file = dir.resolve("cal.properties");
        Files.writeString(file, "machine=another processor\nforward\\ 7-48-48-1\\ relu\\ bce\\ rows\\ \\u22644096=nd4j 1 1000\n");
        AtomicInteger loads = new AtomicInteger();
        BackendPicker p = new BackendPicker(file, Nd4jRuntime.using(() -> {
            loads.incrementAndGet();
            return new SlowBackend();
        }), 1.0);
        assertThat(p.pick(BackendKind.AUTO, wide(), true).backend()).isSameAs(JvmBackend.INSTANCE);
        assertThat(loads).hasValue(1);
    }

    @Test
    void without_waiting_the_jvm_stands_in_while_the_measurement_runs_in_the_background() throws Exception {
        BackendPicker p = new BackendPicker(dir.resolve("cal.properties"), Nd4jRuntime.using(SlowBackend::new), 1.0);
        BackendPicker.Pick now = p.pick(BackendKind.AUTO, wide(), false);
        assertThat(now.backend()).isSameAs(JvmBackend.INSTANCE);
        assertThat(now.reason()).contains("measured");
        long end = System.nanoTime() + 30_000_000_000L;
        while (p.remembered(wide().shapeClass()) == null && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(p.pick(BackendKind.AUTO, wide(), false).reason()).startsWith("JVM measured");
    }

    @Test
    void nd4j_must_measure_ten_percent_faster_to_be_chosen_and_the_reason_says_so() {
        assertThat(BackendPicker.winner(100, 109)).isEqualTo("jvm");
        assertThat(BackendPicker.winner(100, 110)).isEqualTo("nd4j");
        assertThat(BackendPicker.winner(100, 60)).isEqualTo("jvm");
        assertThat(new BackendPicker.Choice("jvm", 100, 105).reason())
                .isEqualTo("JVM: ND4J measured only 1.05× as fast on these shapes (it must be 1.1× to be chosen)");
        assertThat(new BackendPicker.Choice("nd4j", 100, 130).reason())
                .isEqualTo("ND4J measured 1.3× as fast as the JVM on these shapes");
        assertThat(new BackendPicker.Choice("jvm", 200, 100).reason())
                .isEqualTo("JVM measured 2.0× as fast as ND4J on these shapes");
    }

    @Test
    void shape_classes_separate_what_costs_differently() {
        Workload a = Workload.forward(NetworkSpec.simple(2, List.of(4), ActivationKind.TANH, 1, LossKind.BCE, false), 10_000);
        Workload b = Workload.forward(NetworkSpec.simple(2, List.of(4), ActivationKind.TANH, 1, LossKind.BCE, false), 16_000);
        Workload c = Workload.forward(NetworkSpec.simple(2, List.of(4), ActivationKind.TANH, 1, LossKind.BCE, false), 20_000);
        assertThat(a.shapeClass()).as("grids of similar size share a class").isEqualTo(b.shapeClass());
        assertThat(a.shapeClass()).isNotEqualTo(c.shapeClass());
        assertThat(tiny().shapeClass()).isEqualTo("train 2-4-2-1 tanh half_squared sgd rows 10");
    }

    /** The JVM backend made slower: every matrix product also spins for 2 ms, as a stand-in for ND4J. */
    private static final class SlowBackend extends DelegatingBackend {
        @Override public String name() { return "nd4j-slow"; }

        @Override
        public void matmul(Buf a, boolean ta, Buf b, boolean tb, Buf out, boolean acc) {
            long until = System.nanoTime() + 2_000_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            be.matmul(a, ta, b, tb, out, acc);
        }
    }

    /** A choice measured with the JVM backend's helper thread is not kept for a process that trains without it. */
    @Test
    void the_fingerprint_names_the_kernels_and_threads_so_a_change_measures_again() {
        boolean was = JvmBackend.helperThreadInUse(); // a window test before this one may have turned it off
        try {
            JvmBackend.useHelperThread(true);
            String with = BackendPicker.fingerprint();
            JvmBackend.useHelperThread(false);
            String without = BackendPicker.fingerprint();
            assertThat(without).contains("1 thread").contains("format " + BackendPicker.FORMAT);
            if (Runtime.getRuntime().availableProcessors() > 1 && !"1".equals(System.getProperty("nnplay.threads"))) {
                assertThat(with).contains("up to 2 threads").isNotEqualTo(without);
            }
        } finally {
            JvmBackend.useHelperThread(was);
        }
    }
}

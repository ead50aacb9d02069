package org.nnplay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench command's contract (keys, exit statuses), on short rounds: this measures nothing. */
class BenchCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int bench(String... args) {
        return new BenchCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> jsonLines() {
        ObjectMapper m = new ObjectMapper();
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return m.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
    }

    @Test
    void json_rows_carry_rates_flops_and_the_fraction_of_the_matmul_peak_and_the_summary_the_peak_once() {
        assertThat(bench("--json", "--quick", "--no-baseline", "--config", "a,b", "--backend", "jvm,auto")).isZero();
        List<JsonNode> rows = jsonLines();
        assertThat(rows).hasSize(5);
        for (JsonNode r : rows.subList(0, 4)) {
            assertThat(r.get("config").asText()).isIn("a", "b");
            assertThat(r.get("backend").asText()).isIn("jvm", "auto");
            assertThat(r.get("epochs_per_second").asDouble()).isPositive();
            assertThat(r.get("gflops").asDouble()).isPositive();
            assertThat(r.get("fraction_of_matmul_peak").asDouble()).isPositive();
            assertThat(r.get("ms_per_grid").asDouble()).isPositive();
            assertThat(r.has("matmul_gflops")).as("the peak is printed once, in the summary").isFalse();
        }
        JsonNode auto = rows.get(1);
        assertThat(auto.get("picked").asText()).as("auto says what it picked").isEqualTo("jvm");
        assertThat(auto.get("reason").asText()).as("and why").isNotBlank();
        JsonNode summary = rows.get(4);
        assertThat(summary.get("summary").asBoolean()).isTrue();
        assertThat(summary.get("matmul_gflops").asDouble()).isPositive();
        // gflops and the fraction agree with the printed peak
        JsonNode jvm = rows.getFirst();
        assertThat(jvm.get("fraction_of_matmul_peak").asDouble())
                .isCloseTo(jvm.get("gflops").asDouble() / summary.get("matmul_gflops").asDouble(),
                        org.assertj.core.api.Assertions.within(0.01));
    }

    /** A busy machine's slow small run is a small fraction of the peak, not zero: three significant figures. */
    @Test
    void a_small_fraction_of_the_peak_keeps_its_figures() throws Exception {
        // 1,000 epochs/s of 300,000 flops: 0.3 GFLOP/s, 0.000123 of a 2,440 GFLOP/s peak
        var row = new org.nnplay.bench.Benchmark.Row("a", "epoch", "jvm", "jvm", null, new double[] {1000}, 3e5,
                1, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        JsonNode json = new ObjectMapper().readTree(BenchCommand.toJson(row, 2440, org.nnplay.bench.Clock.WALL));
        assertThat(json.get("gflops").asDouble()).isEqualTo(0.3);
        assertThat(json.get("fraction_of_matmul_peak").asDouble()).isEqualTo(0.000123);
    }

    @Test
    void the_node_baseline_runs_in_turns_and_says_what_it_runs() {
        assumeTrue(nodeInstalled(), "node is not installed");
        assertThat(bench("--json", "--quick", "--config", "a", "--backend", "jvm")).isZero();
        List<JsonNode> rows = jsonLines();
        JsonNode node = rows.getFirst();
        assertThat(node.get("backend").asText()).isEqualTo("node");
        assertThat(node.get("epochs_per_second").asDouble()).isPositive();
        assertThat(node.get("ms_per_grid").asDouble()).as("Node draws the playground's grid too").isPositive();
        JsonNode jvm = rows.get(1);
        assertThat(jvm.get("baseline_epochs_per_second").asDouble()).isEqualTo(node.get("epochs_per_second").asDouble());
        assertThat(jvm.get("vs_baseline").asDouble()).isPositive();
        assertThat(jvm.get("baseline_ms_per_grid").asDouble()).isEqualTo(node.get("ms_per_grid").asDouble());
        assertThat(jvm.get("vs_baseline_grid").asDouble()).isPositive();
        assertThat(jvm.has("vs_playground_epochs")).as("no ratio against a fixed figure").isFalse();
        assertThat(rows.getLast().get("notes").toString()).contains("features computed per point")
                .contains("100×100 points");
    }

    @Test
    void the_forward_workloads_report_their_own_units() {
        assertThat(bench("--json", "--quick", "--config", "landscape", "--backend", "jvm")).isZero();
        JsonNode row = jsonLines().getFirst();
        assertThat(row.get("unit").asText()).isEqualTo("landscape");
        assertThat(row.get("landscapes_per_second").asDouble()).isPositive();
        assertThat(row.has("epochs_per_second")).as("every row has the key").isTrue();
        assertThat(row.get("epochs_per_second").isNull()).as("a landscape trains no epochs").isTrue();
        assertThat(row.get("gflops").asDouble()).isPositive();
    }

    @Test
    void unknown_flags_and_configs_print_the_usage_and_exit_2() {
        assertThat(bench("--fast")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown flag '--fast'").contains("usage:");
        err.reset();
        assertThat(bench("--config", "z")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown config 'z'");
        err.reset();
        assertThat(bench("--soak", "-5")).isEqualTo(2);
        err.reset();
        assertThat(bench("--clock", "sundial")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--clock is wall or cpu");
    }

    @Test
    void a_short_soak_reports_memory_at_start_and_end() {
        assertThat(bench("--config", "a", "--backend", "jvm", "--soak", "300")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("soak: config a on jvm").contains("RSS").contains("heap held")
                .contains("epoch           0").contains("epoch         300");
    }

    private static boolean nodeInstalled() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}

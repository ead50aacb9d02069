package org.nnplay.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
        return BenchCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void json_rows_carry_config_backend_epochs_per_second_and_grid_time() throws Exception {
        assertThat(bench("--json", "--quick", "--config", "a,b", "--backend", "jvm,auto")).isZero();
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> rows = out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return m.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(rows).hasSize(5);
        for (JsonNode r : rows.subList(0, 4)) {
            assertThat(r.get("config").asText()).isIn("a", "b");
            assertThat(r.get("backend").asText()).isIn("jvm", "auto");
            assertThat(r.get("epochs_per_second").asDouble()).isPositive();
            assertThat(r.get("ms_per_grid").asDouble()).isPositive();
        }
        assertThat(rows.get(1).get("picked").asText()).as("auto says what it picked").isEqualTo("jvm");
        assertThat(rows.get(4).get("summary").asBoolean()).isTrue();
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
    }

    @Test
    void a_short_soak_reports_memory_at_start_and_end() {
        assertThat(bench("--config", "a", "--backend", "jvm", "--soak", "300")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("soak: config a on jvm").contains("RSS").contains("epoch           0")
                .contains("epoch         300");
    }
}

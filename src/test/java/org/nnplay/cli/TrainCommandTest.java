package org.nnplay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplay.experiment.ExperimentIO;

class TrainCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int train(String... args) {
        return new TrainCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> jsonLines() throws Exception {
        ObjectMapper m = new ObjectMapper();
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return m.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"circle", "xor", "gauss"})
    void the_playground_default_network_reaches_near_perfect_test_accuracy(String dataset) throws Exception {
        int code = train("--dataset", dataset, "--epochs", "400", "--every", "100", "--json");

        assertThat(code).isZero();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(4);
        JsonNode last = lines.get(lines.size() - 1);
        assertThat(last.get("final").asBoolean()).isTrue();
        assertThat(last.get("epoch").asLong()).isEqualTo(400);
        assertThat(last.get("test_accuracy").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(last.get("train_accuracy").asDouble()).isGreaterThanOrEqualTo(0.95);
        for (String key : List.of("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "backend")) {
            assertThat(lines.get(0).has(key)).as(key).isTrue();
        }
        assertThat(last.get("backend").asText()).isEqualTo("jvm");
    }

    /**
     * The regression error is in the label's own units: two files that differ only by the label's unit (metres and
     * centimetres) train the same network (labels are rescaled to the network's range), so their RMSE differ by 100×
     * and their R² not at all.
     */
    @Test
    void regression_error_is_in_the_labels_units(@TempDir Path dir) throws Exception {
        StringBuilder metres = new StringBuilder("x1,x2,height\n");
        StringBuilder centimetres = new StringBuilder("x1,x2,height\n");
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 80; i++) {
            double a = r.nextDouble() * 4 - 2, b = r.nextDouble() * 4 - 2;
            double h = 1.5 + 0.2 * a - 0.1 * b * b + 0.05 * r.nextGaussian();
            metres.append(a).append(',').append(b).append(',').append(h).append('\n');
            centimetres.append(a).append(',').append(b).append(',').append(100 * h).append('\n');
        }
        Path m = Files.writeString(dir.resolve("m.csv"), metres);
        Path cm = Files.writeString(dir.resolve("cm.csv"), centimetres);
        double[][] figures = new double[2][];
        int i = 0;
        for (Path file : List.of(m, cm)) {
            out.reset();
            assertThat(train("--data", file.toString(), "--label", "height", "--epochs", "50", "--json")).isZero();
            JsonNode last = jsonLines().getLast();
            figures[i++] = new double[] {last.get("test_rmse").asDouble(), last.get("test_r2").asDouble()};
        }
        assertThat(figures[0][0]).isPositive();
        assertThat(figures[1][0] / figures[0][0]).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(figures[1][1]).isCloseTo(figures[0][1], org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void reports_come_every_n_epochs_as_text() {
        int code = train("--epochs", "30", "--every", "10");

        assertThat(code).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("epoch       10");
        assertThat(lines.get(2)).contains("epoch       30").contains("done");
    }

    @Test
    void a_huge_learning_rate_diverges_with_status_3_naming_the_epoch_and_suggesting_a_smaller_rate() {
        int code = train("--dataset", "plane", "--lr", "10", "--hidden", "8,8", "--activation", "relu", "--epochs", "200");

        assertThat(code).isEqualTo(3);
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(e).containsPattern("diverged at epoch \\d+").contains("smaller learning rate");
    }

    @Test
    void bad_flags_and_values_exit_2_with_a_message_that_names_them() {
        assertThat(train("--bogus", "1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown flag '--bogus'").contains("usage:");
        err.reset();
        assertThat(train("--lr", "-1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--lr -1 is out of range").contains("(0, 10]");
        err.reset();
        assertThat(train("--hidden", "4,x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--hidden").contains("'x'");
        err.reset();
        assertThat(train("--activation", "swish")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--activation").contains("tanh");
    }

    @Test
    void a_csv_with_an_error_names_file_line_and_column(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x1,x2,label\n1,2,0\n3,abc,1\n");

        assertThat(train("--data", csv.toString(), "--epochs", "5")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("points.csv").contains("3").contains("abc");
    }

    @Test
    void trains_on_a_csv_file_and_saves_the_weights_which_reopen(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 80; i++) {
            double x = (i % 9) - 4;
            double y = (i / 9) - 4;
            sb.append(x).append(',').append(y).append(',').append(x > 0 ? 1 : 0).append('\n');
        }
        Path csv = dir.resolve("half.csv");
        Files.writeString(csv, sb);
        Path saved = dir.resolve("trained.json");

        assertThat(train("--data", csv.toString(), "--epochs", "100", "--out", saved.toString(), "--json")).isZero();
        var loaded = new ExperimentIO().read(saved).experiment();
        assertThat(loaded.weights()).isNotNull();
        assertThat(loaded.data().csvPoints()).hasSize(80);
        assertThat(jsonLines().get(jsonLines().size() - 1).get("train_accuracy").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void the_same_seed_gives_the_same_numbers() throws Exception {
        train("--dataset", "spiral", "--epochs", "20", "--json", "--seed", "7");
        String first = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        out.reset();
        train("--dataset", "spiral", "--epochs", "20", "--json", "--seed", "7");
        assertThat(out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow()).isEqualTo(first);
    }
}

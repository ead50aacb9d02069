package org.nnplay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.Lessons;

class SearchCommandTest {
    @TempDir static Path dir;
    static Path plane;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void experiment() throws Exception {
        plane = dir.resolve("plane.json");
        new ExperimentIO().write(Lessons.load("06-learning-rate-too-large"), plane);
    }

    private int search(String... args) {
        return new SearchCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void printsTheTrialsBestFirstWithTheDivergedOnesLastAndTheBest() {
        int code = search(plane.toString(), "--strategy", "grid", "--trials", "4", "--epochs", "20",
                "--lr-range", "-4,2.3", "--threads", "1");

        assertThat(code).as(err()).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("round 1: grid search, 4 trials x 20 epochs, lr = e^x, x in [-4, 2.3]");
        assertThat(lines.get(1)).contains("trial", "lr", "l2", "train loss", "test loss", "accuracy", "diverged");
        List<String> rows = lines.subList(2, 6);
        assertThat(rows.getLast()).startsWith("    4  9.974").endsWith("yes");
        assertThat(rows.subList(0, 3)).allSatisfy(r -> assertThat(r).endsWith("no"));
        double first = Double.parseDouble(rows.get(0).trim().split("\\s+")[4]);
        double second = Double.parseDouble(rows.get(1).trim().split("\\s+")[4]);
        assertThat(first).isLessThanOrEqualTo(second);
        assertThat(out()).contains("trials/s").containsPattern("best: learning rate [0-9.]+ \\(e\\^-?[0-9.]+\\): test loss");
    }

    @Test
    void roundsNarrowTheRangeAndJsonGivesOneObjectPerTrial() throws Exception {
        int code = search(plane.toString(), "--trials", "4", "--epochs", "5", "--rounds", "2", "--json",
                "--l2-range=-9,-4", "--seed", "3");

        assertThat(code).as(err()).isZero();
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> lines = out().lines().map(l -> {
            try {
                return m.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.subList(0, 4)).allSatisfy(j -> assertThat(j.get("round").asInt()).isEqualTo(1));
        assertThat(lines.subList(4, 8)).allSatisfy(j -> assertThat(j.get("round").asInt()).isEqualTo(2));
        assertThat(lines.get(0).get("l2").asDouble()).isBetween(Math.exp(-9), Math.exp(-4));
        double spread1 = spread(lines.subList(0, 4));
        double spread2 = spread(lines.subList(4, 8));
        assertThat(spread2).as("round 2 is finer").isLessThan(Math.max(spread1, 2.5));
        assertThat(lines.getLast().get("kind").asText()).isEqualTo("best");
    }

    private static double spread(List<JsonNode> trials) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (JsonNode j : trials) {
            lo = Math.min(lo, Math.log(j.get("lr").asDouble()));
            hi = Math.max(hi, Math.log(j.get("lr").asDouble()));
        }
        return hi - lo;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--strategy|sobol|--strategy: unknown strategy 'sobol': use random or grid",
            "--trials|0|--trials = 0 is out of range: allowed 1 to 10000",
            "--lr-range|-5|--lr-range: expected LO,HI (exponents of e, e.g. -5,0), found '-5'",
            "--lr-range|0,-5|--lr-range: the range's low end 0 is above its high end -5",
            "--lr-range|-5,3|--lr-range: the learning rate's high end e^3 is above 10",
            "--epochs|ten|--epochs: expected a whole number, found 'ten'",
            "--l2-range|-1e308,0|--l2-range: exponents of e from -100 to 100 only, found '-1e308,0'",
            "--lr-range|NaN,0|--lr-range: expected a number, found 'NaN'",
            "--threads|0|--threads = 0 is out of range: allowed 1 to 1024",
            "--bogus|1|unknown flag '--bogus'"})
    void badFlagsSayWhatIsWrongOnOneLineAndExit2(String flag, String value, String message) {
        int code = search(plane.toString(), flag, value);

        assertThat(code).isEqualTo(2);
        assertThat(err().lines().findFirst().orElseThrow()).startsWith("nnplay search: " + message);
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingFileOrNoFileExit2AndHelpExits0() {
        assertThat(search("--trials", "3")).isEqualTo(2);
        assertThat(err()).contains("nnplay search: which experiment? give a FILE.json");
        assertThat(search(dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err()).contains("nope.json: no such file");
        assertThat(search("--help")).isZero();
        assertThat(out()).contains("usage: nnplay search FILE.json", "--lr-range LO,HI", "--rounds R");
        assertThat(Commands.all()).extracting(Command::name).contains("search");
    }

    @Test
    void anExperimentThatCannotTrainExits2WithTheFileAndTheReason() throws Exception {
        Path one = dir.resolve("one-point.json");
        new ExperimentIO().write(org.nnplay.experiment.Experiment.defaults().withData(d -> d.withSamples(1)), one);
        assertThat(search(one.toString(), "--trials", "2", "--epochs", "2")).isEqualTo(2);
        assertThat(err()).contains("nnplay search: " + one, "samples");
    }
}

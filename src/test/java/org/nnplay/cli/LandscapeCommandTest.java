package org.nnplay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentIO;

/** {@code nnplay landscape} on real experiment files: the grid, its centre, its flags and its errors. */
class LandscapeCommandTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    @TempDir
    Path dir;

    private int landscape(String... args) {
        return new LandscapeCommand().run(args, out, err);
    }

    private String out() { return outBytes.toString(StandardCharsets.UTF_8); }

    private String err() { return errBytes.toString(StandardCharsets.UTF_8); }

    private String defaults() throws Exception {
        Path file = dir.resolve("defaults.json");
        new ExperimentIO().write(Experiment.defaults(), file);
        return file.toString();
    }

    private static double[] row(String line) {
        return Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void writesTheDefault41By41GridAsCsvToStandardOutput() throws Exception {
        assertThat(landscape("--experiment", defaults())).as(err()).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(41 * 41 + 1);
        assertThat(lines.get(0)).isEqualTo("alpha,beta,loss");
        assertThat(lines.get(1)).startsWith("-1.0,-1.0,");
        assertThat(lines.get(41)).as("alpha varies fastest").startsWith("1.0,-1.0,");
        assertThat(lines.get(41 * 41)).startsWith("1.0,1.0,");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(row(l)[2]).isFinite().isNotNegative());
        assertThat(err()).isEmpty();
    }

    @Test
    void theCentreIsTheLossOfTheSavedWeightsAsTrainingReportsIt() throws Exception {
        Path trained = dir.resolve("trained.json");
        ByteArrayOutputStream trainOut = new ByteArrayOutputStream();
        assertThat(new TrainCommand().run(new String[] {"--experiment", defaults(), "--epochs", "50", "--json",
                "--out", trained.toString()}, new PrintStream(trainOut, true, StandardCharsets.UTF_8), err)).isZero();
        List<String> reports = trainOut.toString(StandardCharsets.UTF_8).lines().toList();
        JsonNode last = new ObjectMapper().readTree(reports.getLast());
        double trainLoss = last.get("train_loss").asDouble();

        assertThat(landscape("--experiment", trained.toString(), "--grid", "3")).as(err()).isZero();
        double[] centre = row(out().lines().toList().get(1 + 3 + 1));
        assertThat(centre[0]).isZero();
        assertThat(centre[1]).isZero();
        assertThat(centre[2]).isCloseTo(trainLoss, within(1e-9));

        outBytes.reset();
        assertThat(landscape("--experiment", defaults(), "--grid", "3")).isZero();
        double untrained = row(out().lines().toList().get(1 + 3 + 1))[2];
        assertThat(untrained).as("the untrained centre, at the seed's initial weights").isGreaterThan(centre[2]);
    }

    @Test
    void gridRangeSeedAndOutputFileAreHonoured() throws Exception {
        Path csv = dir.resolve("grid.csv");
        assertThat(landscape("--experiment", defaults(), "--grid", "5", "--range", "2", "--seed", "7", "--out",
                csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(26).first().isEqualTo("alpha,beta,loss");
        assertThat(lines.get(1)).startsWith("-2.0,-2.0,");
        assertThat(out()).isEqualTo("wrote 25 points to " + csv + System.lineSeparator());

        outBytes.reset();
        assertThat(landscape("--experiment=" + defaults(), "--grid=5", "--range=2", "--seed=8")).isZero();
        assertThat(out().lines().toList()).as("another seed, other directions: the same centre, other edges")
                .hasSize(26).isNotEqualTo(lines).element(13).isEqualTo(lines.get(13));
    }

    @Test
    void badFlagsGiveTheUsageAndExitTwo() {
        assertThat(landscape("--experiment", "x.json", "--frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown flag '--frobnicate'").contains("usage: nnplay landscape");
        assertThat(out()).isEmpty();
    }

    @Test
    void badNumbersNameTheirFlag() {
        assertThat(landscape("--experiment", "x.json", "--grid", "many")).isEqualTo(2);
        assertThat(err()).contains("--grid must be a whole number from 2 to 401, got 'many'");
        errBytes.reset();
        assertThat(landscape("--experiment", "x.json", "--range", "-1")).isEqualTo(2);
        assertThat(err()).contains("--range must be a number above 0 and at most 1000, got '-1'");
        errBytes.reset();
        assertThat(landscape("--experiment", "x.json", "--grid")).isEqualTo(2);
        assertThat(err()).contains("--grid needs a value");
        errBytes.reset();
        assertThat(landscape("--grid", "11")).isEqualTo(2);
        assertThat(err()).contains("--experiment FILE.json is required");
        assertThat(out()).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsBadInputNamingIt() {
        assertThat(landscape("--experiment", dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err()).startsWith("nnplay landscape: ").contains("nope.json", "no such file");
        assertThat(out()).isEmpty();
    }

    @Test
    void anExperimentThatCannotBeBuiltIsBadInputWithTheReason() throws Exception {
        Path one = dir.resolve("one-point.json");
        new ExperimentIO().write(Experiment.defaults().withData(d -> d.withSamples(1)), one);
        assertThat(landscape("--experiment", one.toString())).isEqualTo(2);
        assertThat(err()).startsWith("nnplay landscape: cannot load " + one + ": ").contains("samples");
        assertThat(out()).isEmpty();
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(landscape("--help")).isZero();
        assertThat(out()).contains("usage: nnplay landscape");
    }
}

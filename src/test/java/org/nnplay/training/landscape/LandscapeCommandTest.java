package org.nnplay.training.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.train.Matrix;

class LandscapeCommandTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private final Matrix data = Fixtures.regression(30, 1);
    private final LandscapeCommand.Loader loader =
            p -> LossSetup.of(Fixtures.linear(4), data, Regularization.NONE, true);

    private int run(LandscapeCommand.Loader l, String... args) {
        return LandscapeCommand.run(args, out, err, l);
    }

    private String out() { return outBytes.toString(StandardCharsets.UTF_8); }

    private String err() { return errBytes.toString(StandardCharsets.UTF_8); }

    @Test
    void writesTheDefault41By41GridAsCsvToStandardOutput() {
        assertThat(run(loader, "--experiment", "x.json")).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(41 * 41 + 1);
        assertThat(lines.get(0)).isEqualTo("alpha,beta,loss");
        assertThat(lines.get(1)).startsWith("-1.0,-1.0,");
        assertThat(lines.get(41 * 41)).startsWith("1.0,1.0,");
        double[] centre = java.util.Arrays.stream(lines.get(1 + 20 * 41 + 20).split(","))
                .mapToDouble(Double::parseDouble).toArray();
        assertThat(centre[0]).isZero();
        assertThat(centre[1]).isZero();
        assertThat(centre[2]).isCloseTo(Fixtures.linearMse(Fixtures.linear(4).weights().flatten(), data),
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(err()).isEmpty();
    }

    @Test
    void gridRangeAndOutputFileAreHonoured(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("grid.csv");
        assertThat(run(loader, "--experiment", "x.json", "--grid", "5", "--range", "2", "--seed", "7", "--out",
                csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(26).first().isEqualTo("alpha,beta,loss");
        assertThat(lines.get(1)).startsWith("-2.0,-2.0,");
        assertThat(out()).contains("wrote 25 points to " + csv);
    }

    @Test
    void theCoreRunsOnBuiltInputs() {
        assertThat(LandscapeCommand.run(LossSetup.of(Fixtures.linear(4), data, null, false), 41, 1, out)).isZero();
        assertThat(out().lines()).hasSize(41 * 41 + 1);
    }

    @Test
    void badFlagsGiveTheUsageAndExitTwo() {
        assertThat(run(loader, "--experiment", "x.json", "--frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown flag '--frobnicate'").contains("usage: nnplay landscape");
        assertThat(out()).isEmpty();
    }

    @Test
    void badNumbersNameTheirFlag() {
        assertThat(run(loader, "--experiment", "x.json", "--grid", "many")).isEqualTo(2);
        assertThat(err()).contains("--grid must be a whole number from 2 to 401, got 'many'");
        errBytes.reset();
        assertThat(run(loader, "--experiment", "x.json", "--range", "-1")).isEqualTo(2);
        assertThat(err()).contains("--range must be a number above 0 and at most 1000, got '-1'");
        errBytes.reset();
        assertThat(run(loader, "--experiment", "x.json", "--grid")).isEqualTo(2);
        assertThat(err()).contains("--grid needs a value");
        errBytes.reset();
        assertThat(run(loader, "--grid", "11")).isEqualTo(2);
        assertThat(err()).contains("--experiment FILE.json is required");
    }

    @Test
    void withoutALoaderItSaysSoAndExitsTwo() {
        assertThat(run(null, "--experiment", "x.json")).isEqualTo(2);
        assertThat(err()).contains("experiment loader is unavailable");
        assertThat(out()).isEmpty();
        LandscapeCommand.setExperimentLoader(null);
        assertThat(LandscapeCommand.run(new String[] {"--experiment", "x.json"}, out, err)).isEqualTo(2);
    }

    @Test
    void aLoaderFailureIsBadInputWithItsMessage() {
        assertThat(run(p -> { throw new IllegalArgumentException("no such file " + p); }, "--experiment", "y.json"))
                .isEqualTo(2);
        assertThat(err()).contains("cannot load y.json: no such file y.json");
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run(null, "--help")).isZero();
        assertThat(out()).contains("usage: nnplay landscape");
    }
}

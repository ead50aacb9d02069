package org.nnplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.LoadResult;
import org.nnplay.training.PyTorchScript;

/**
 * The findings of issue 14 ("Trust"), each through the front door a user or an attacker would use: the PyTorch
 * export of a hostile name, saving over links, modes and special files, the exit codes of bad flags, and messages
 * that must not speak Java. (Losing work in the window is tested by the window tests {@code NeverLoseWorkTest} and
 * {@code CrashRestoreTest}.)
 */
class TrustFindingsTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int nnplay(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    /** What a user must never read: library classes, options and exception names, temporary files. */
    static void speaksTheUsersWords(String message) {
        assertThat(message).doesNotContainIgnoringCase("jackson").doesNotContainIgnoringCase("fasterxml")
                .doesNotContain("Feature").doesNotContain("Constraints").doesNotContain("JsonNode")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContainPattern("`[\\w.()]+`").doesNotContain(".tmp")
                .doesNotContain("\0");
    }

    private Path experimentFile(String name, Experiment e) throws IOException {
        Path f = dir.resolve(name);
        new ExperimentIO().write(e, f);
        return f;
    }

    // ---- 1. code execution through the PyTorch export ----

    @Test
    void aNameWithALineBreakStaysOutOfTheScriptsCode() throws Exception {
        String hostile = "Spiral lesson\n__import__('os').system('touch pwned') #";
        Path file = experimentFile("lesson.json", Experiment.defaults().withName(hostile));
        Path trained = dir.resolve("trained.json");
        assertThat(nnplay("train", "--experiment", file.toString(), "--epochs", "1", "--out", trained.toString()))
                .isZero();
        Experiment shared = new ExperimentIO().read(trained).experiment();
        assertThat(shared.name()).isEqualTo(hostile);

        String script = PyTorchScript.of(shared);
        String template = PyTorchScript.of(shared.withName("Spiral lesson"));
        assertThat(PythonShape.of(script)).isEqualTo(PythonShape.of(template));
        assertThat(script.lines().filter(l -> l.contains("__import__"))).allSatisfy(l ->
                assertThat(PythonShape.code(l)).doesNotContain("__import__"));
    }

    // ---- 2. saving replaces what it should not ----

    @Test
    void savingThroughASymlinkWritesTheFileItPointsTo() throws Exception {
        Path real = experimentFile("real.json", Experiment.defaults());
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        new ExperimentIO().write(Experiment.defaults().withName("Through the link"), link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(new ExperimentIO().read(real).experiment().name()).isEqualTo("Through the link");
    }

    @Test
    void savingKeepsTheFilesPermissions() throws Exception {
        Path f = experimentFile("shared.json", Experiment.defaults());
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-r--"));
        new ExperimentIO().write(Experiment.defaults().withSeed(5), f);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-rw-r--");

        Path probe = dir.resolve("probe");
        Files.newOutputStream(probe).close(); // what the user's umask gives a new file
        Path fresh = dir.resolve("fresh.json");
        new ExperimentIO().write(Experiment.defaults(), fresh);
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void aFifoOrAFolderAsOutIsRefusedBeforeTraining() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as("mkfifo").isTrue();
        for (Path target : List.of(fifo, dir)) {
            out.reset();
            err.reset();
            assertThat(nnplay("train", "--epochs", "20", "--every", "1", "--out", target.toString())).isEqualTo(2);
            assertThat(out()).as("no training before the refusal").doesNotContain("epoch");
            assertThat(err()).contains(target.getFileName().toString());
            speaksTheUsersWords(err());
        }
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).as("the FIFO is still a FIFO").isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void anOutInAMissingFolderSaysWhyBeforeTraining() {
        Path target = dir.resolve("no-such-folder").resolve("x.json");
        assertThat(nnplay("train", "--epochs", "20", "--every", "1", "--out", target.toString())).isEqualTo(2);
        assertThat(out()).doesNotContain("epoch");
        assertThat(err()).contains("no-such-folder").containsIgnoringCase("no such");
        speaksTheUsersWords(err());
    }

    // ---- 4. wrong exit codes ----

    @ParameterizedTest
    @ValueSource(strings = {"1e308", "-1", "0", "NaN", "Infinity", "abc"})
    void landscapeRefusesEveryBadRangeWithTwo(String range) throws Exception {
        Path file = experimentFile("e.json", Experiment.defaults());
        assertThat(nnplay("landscape", "--experiment", file.toString(), "--range", range, "--grid", "3")).isEqualTo(2);
        assertThat(err()).contains("--range");
        speaksTheUsersWords(err());
    }

    @Test
    void landscapeRefusesAFolderAsOutWithTwo() throws Exception {
        Path file = experimentFile("e.json", Experiment.defaults());
        assertThat(nnplay("landscape", "--experiment", file.toString(), "--grid", "3", "--out", dir.toString()))
                .isEqualTo(2);
        speaksTheUsersWords(err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--open", "--open a.json --lesson b", "--frame-stats abc", "--warm-up -1", "--lesson"})
    void theWindowsUsageErrorsExitTwoWithTheirMessageAndNoDisplay(String args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(List.of(args.split(" ")));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exits").isTrue();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(said).isEqualTo(2);
        assertThat(said).contains(args.split(" ")[args.startsWith("--open a") ? 2 : 0]).doesNotContain("DISPLAY");
        speaksTheUsersWords(said);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    // ---- 5. messages that speak Java ----

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"format\": \"nnplay-experiment\", \"version\": 1, \"seed\": NaN}",
            "{\"format\": \"nnplay-experiment\", \"version\": 1} {\"more\": 1}",
            "{\"format\": \"nnplay-experiment\", \"version\": 1, \"a\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
            "{\"format\": \"nnplay-experiment\", \"version\": 1, \"seed\": 0000012}",
            "{\"format\": \"nnplay-experiment\", \"version\": 1, \"seed\": 1, \"seed\": 2}",
            "{\"format\": \"nnplay-experiment\", \"version\": 1, \"name\": \"a\u0001b\"}",
            "{\"format\": \"nnplay-experiment\", \"version\": 1, 'name': 'x'}",
            "[1, 2, 3]",
            "",
            "{\"format\": \"nnplay-experiment\", \"version\": 1, \"seed\": 123456789012345678901234567890}"})
    void malformedFilesAreDescribedInWords(String json) {
        try {
            LoadResult r = new ExperimentIO().read(json, "bad.json");
            throw new AssertionError("loaded: " + r.experiment());
        } catch (ExperimentFormatException e) {
            assertThat(e.getMessage()).startsWith("bad.json");
            speaksTheUsersWords(e.getMessage());
        }
    }

    @Test
    void aFileThatCannotBeReadSaysWhy() throws Exception {
        assertThat(nnplay("train", "--experiment", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err()).contains("missing.json").containsIgnoringCase("no such file");
        assertThat(err()).doesNotContain("missing.json: " + dir.resolve("missing.json"));
        err.reset();
        assertThat(nnplay("train", "--experiment", dir.toString())).isEqualTo(2);
        assertThat(err()).containsIgnoringCase("folder");
        speaksTheUsersWords(err());
        err.reset();
        Path utf16 = dir.resolve("utf16.json");
        Files.writeString(utf16, new ExperimentIO().toJson(Experiment.defaults()), StandardCharsets.UTF_16LE);
        assertThat(nnplay("train", "--experiment", utf16.toString())).isEqualTo(2);
        assertThat(err()).contains("UTF");
        speaksTheUsersWords(err());
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may read any file");
        Path f = experimentFile("locked.json", Experiment.defaults());
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("-w-------"));
        assertThat(nnplay("train", "--experiment", f.toString())).isEqualTo(2);
        assertThat(err()).containsIgnoringCase("permission denied");
    }

    @Test
    void unknownFieldWarningsAreCappedAtFiveAndACount() throws Exception {
        StringBuilder json = new StringBuilder("{\"format\": \"nnplay-experiment\", \"version\": 1");
        for (int i = 0; i < 200_000; i++) json.append(", \"k").append(i).append("\": 0");
        json.append('}');
        Path f = dir.resolve("many.json");
        Files.writeString(f, json);
        assertThat(nnplay("train", "--experiment", f.toString(), "--epochs", "1")).isZero();
        List<String> warnings = err().lines().filter(l -> l.contains("warning")).toList();
        assertThat(warnings).hasSizeLessThanOrEqualTo(6);
        assertThat(err()).contains("k0").contains("k4").doesNotContain("k5'").contains("199995");
    }

    @Test
    void controlCharactersInAFieldNameAreShownEscaped() throws Exception {
        Path f = dir.resolve("ctl.json");
        Files.writeString(f, "{\"format\": \"nnplay-experiment\", \"version\": 1, \"a\\u0000\\u001b[2Jb\": 1}");
        assertThat(nnplay("train", "--experiment", f.toString(), "--epochs", "1")).isZero();
        assertThat(err()).contains("warning").doesNotContain("\0").doesNotContain("\u001b");
    }

    @Test
    void flagsTakeTheirValueAfterAnEqualsSign() {
        assertThat(nnplay("train", "--epochs=2", "--every=1", "--dataset=xor")).as(err()).isZero();
        assertThat(out()).contains("epoch        2");
    }
}

package org.nnplay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpPrintsUsageAndSucceeds(String flag) {
        assertThat(run(flag)).isZero();
        assertThat(out()).startsWith("Usage: nnplay").contains("--version").contains("Commands:");
        assertThat(err()).isEmpty();
    }

    @Test
    void versionPrintsTheProjectVersion() throws Exception {
        assertThat(run("--version")).isZero();
        assertThat(out().strip()).isEqualTo("NNPlay " + pomVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "--frobnicate", "-x", "--open-sesame=1"})
    void badInputPrintsUsageToStderrAndExitsTwo(String arg) {
        assertThat(run(arg)).isEqualTo(2);
        assertThat(err()).contains("nnplay: unknown").contains("Usage: nnplay");
        assertThat(out()).isEmpty();
    }

    @Test
    void everyRegisteredCommandIsListedInTheUsage() {
        for (var command : org.nnplay.cli.Commands.all()) assertThat(Launcher.usage()).contains(command.name());
    }

    @Test
    void messageIsOneLineWithoutAStackTrace() {
        var e = new RuntimeException(new IllegalStateException("file x.json not found\nat line 2"));
        assertThat(Launcher.message(e)).isEqualTo("file x.json not found");
        assertThat(Launcher.message(new IllegalArgumentException("no such data set 'foo'"))).isEqualTo("no such data set 'foo'");
        assertThat(Launcher.message(new NullPointerException())).doesNotContainIgnoringCase("exception").contains("unexpected error");
    }

    /** The version in pom.xml (the test runs in the project's directory). */
    static String pomVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>nnplay</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("project version in pom.xml").isTrue();
        return m.group(1).strip();
    }
}

package org.nnplay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code nnplay FILE [flags]}: what a file manager, a desktop entry or a file association passes becomes --open. */
class FileArgumentTest {
    @TempDir Path dir;

    private static Optional<List<String>> map(boolean links, String... args) {
        return FileArgument.windowArgs(List.of(args), links);
    }

    @Test
    void anExperimentFileBecomesOpenAndTheWindowFlagsFollow() {
        assertThat(map(false, "lesson.nnplay", "--play", "--presentation"))
                .contains(List.of("--open", "lesson.nnplay", "--play", "--presentation"));
        assertThat(map(false, "OLD-SAVE.JSON")).contains(List.of("--open", "OLD-SAVE.JSON"));
    }

    @Test
    void anExistingFileOpensWhateverItsName() throws IOException {
        Path notes = Files.writeString(dir.resolve("experiment.txt"), "{}");
        assertThat(FileArgument.kind(notes.toString())).isEqualTo(FileArgument.Kind.FILE);
        assertThat(map(false, notes.toString())).contains(List.of("--open", notes.toString()));
    }

    @Test
    void aFileUrlBecomesItsLocalPathWithEscapesDecoded() throws IOException {
        Path file = Files.writeString(dir.resolve("My Lesson.nnplay"), "{}");
        String url = file.toUri().toString();
        assertThat(url).startsWith("file:").contains("My%20Lesson.nnplay");
        assertThat(map(false, url)).contains(List.of("--open", file.toString()));
    }

    @Test
    void aFileUrlOnAnotherMachineIsRefusedInWords() {
        assertThatThrownBy(() -> map(false, "file://server/share/lesson.nnplay"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file://server/share/lesson.nnplay").hasMessageContaining("not the address of a file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nnplay:eJyrVkrLz1eyUkpKLFKqBQA", "https://playground.tensorflow.org/#activation=tanh&batchSize=10",
            "HTTP://playground.tensorflow.org/#dataset=xor", "NNPLAY:abc"})
    void linksGoToOpenOnceItTakesThem(String link) {
        assertThat(FileArgument.kind(link)).isEqualTo(FileArgument.Kind.LINK);
        assertThat(map(true, link, "--play")).contains(List.of("--open", link, "--play"));
        assertThatThrownBy(() -> map(false, link)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not supported yet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"trian", "https://example.org/#dataset=xor", "lesson"})
    void aWordThatNamesNoFileIsNotTakenForOne(String word) {
        assertThat(FileArgument.kind(word)).isEqualTo(FileArgument.Kind.NONE);
        assertThat(map(true, word)).isEmpty();
    }

    @Test
    void theExperimentIsGivenOnce() {
        assertThatThrownBy(() -> map(false, "a.nnplay", "--open", "b.nnplay")).hasMessageContaining("once");
        assertThatThrownBy(() -> map(false, "a.nnplay", "--open=b.nnplay")).hasMessageContaining("once");
    }

    @Test
    void theLauncherReportsBadFileArgumentsWithExitTwoAndOpensNoWindow() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(Launcher.run(new String[]{"lesson.nnplay", "--bogus"}, out, errStream)).isEqualTo(Launcher.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--bogus'");
        err.reset();
        assertThat(Launcher.run(new String[]{"file://server/x.nnplay"}, out, errStream)).isEqualTo(Launcher.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("nnplay: ").contains("not the address of a file");
        if (!Launcher.OPEN_TAKES_LINKS) {
            err.reset();
            assertThat(Launcher.run(new String[]{"nnplay:abc"}, out, errStream)).isEqualTo(Launcher.USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("not supported yet");
        }
    }
}

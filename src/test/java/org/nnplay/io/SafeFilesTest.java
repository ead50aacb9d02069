package org.nnplay.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {
    @TempDir Path dir;

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void aChainOfLinksIsFollowedToTheFileAndEveryLinkStays() throws Exception {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path first = Files.createSymbolicLink(dir.resolve("first"), real.getFileName());
        Path second = Files.createSymbolicLink(dir.resolve("second"), first.toAbsolutePath());
        SafeFiles.saveString(second, "new");
        assertThat(Files.isSymbolicLink(second)).isTrue();
        assertThat(Files.isSymbolicLink(first)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(SafeFiles.check(second)).isEqualTo(real.toAbsolutePath());
    }

    @Test
    void aDanglingLinkMakesTheFileItNames() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("made.txt"));
        SafeFiles.saveString(link, "here");
        assertThat(Files.readString(dir.resolve("made.txt"))).isEqualTo("here");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aLoopOfLinksIsRefusedInWords() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> SafeFiles.check(a)).isInstanceOf(FileProblem.class)
                .hasMessageContaining("too many levels of symbolic links");
    }

    @Test
    void aFailingBodyLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path f = Files.writeString(dir.resolve("keep.txt"), "precious");
        assertThatThrownBy(() -> SafeFiles.save(f, out -> {
            out.write("half".getBytes());
            throw new IOException("no space left on device");
        })).isInstanceOf(FileProblem.class).hasMessage(f + ": no space left on device");
        assertThat(Files.readString(f)).isEqualTo("precious");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(f);
        }
    }

    @Test
    void foldersPipesAndMissingFoldersAreRefusedBeforeAnyWork() throws Exception {
        assertThatThrownBy(() -> SafeFiles.check(dir)).hasMessage(dir + ": is a folder");
        Path fifo = dir.resolve("fifo");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
        assertThatThrownBy(() -> SafeFiles.check(fifo)).hasMessageContaining("is not a regular file");
        assertThatThrownBy(() -> SafeFiles.check(dir.resolve("none/x.txt"))).hasMessageContaining("no such folder");
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")));
        assertThatThrownBy(() -> SafeFiles.check(Path.of("/dev/null"))).hasMessageContaining("a device");
    }

    @Test
    void withoutWritePermissionTheReasonIsGiven() throws Exception {
        Assumptions.assumeFalse(root(), "root may write anywhere");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path inside = Files.writeString(locked.resolve("f.txt"), "old");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        try {
            assertThatThrownBy(() -> SafeFiles.check(locked.resolve("new.txt"))).hasMessageContaining("permission denied");
            SafeFiles.saveString(inside, "rewritten in place"); // the folder is locked, the file is not
            assertThat(Files.readString(inside)).isEqualTo("rewritten in place");
            Files.setPosixFilePermissions(inside, PosixFilePermissions.fromString("r--------"));
            assertThatThrownBy(() -> SafeFiles.check(inside)).hasMessageContaining("permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void safeTextEscapesEveryControlAndKeepsTheRest() {
        assertThat(SafeText.escape("a\nb\u0000c\u2028d\u202Ee\u0085é🧠")).isEqualTo("a\\nb\\0c\\u2028d\\u202Ee\\u0085é🧠");
        assertThat(SafeText.oneLine("a\r\nb\tc")).isEqualTo("a  b c");
        assertThat(SafeText.shown("x".repeat(100), 10)).hasSize(10).endsWith("…");
        assertThat(CommandLine.splitEquals(new String[] {"--epochs=2", "-x=1", "--lr-range=-5,0", "file=a.json"}))
                .containsExactly("--epochs", "2", "-x=1", "--lr-range", "-5,0", "file=a.json");
    }
}

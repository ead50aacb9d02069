package org.nnplay.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir Path dir;

    @Test
    void newestComesFirstWithoutDuplicatesAndSurvivesARestart() {
        Path store = dir.resolve("recent.json");
        RecentFiles r = new RecentFiles(store);
        r.add(dir.resolve("a.json"));
        r.add(dir.resolve("b.json"));
        r.add(dir.resolve("a.json"));
        assertThat(r.files()).containsExactly(dir.resolve("a.json"), dir.resolve("b.json"));
        assertThat(new RecentFiles(store).files()).containsExactly(dir.resolve("a.json"), dir.resolve("b.json"));
    }

    @Test
    void keepsAtMostTen() {
        RecentFiles r = new RecentFiles(dir.resolve("recent.json"));
        for (int i = 0; i < 15; i++) r.add(dir.resolve(i + ".json"));
        assertThat(r.files()).hasSize(RecentFiles.MAX).first().isEqualTo(dir.resolve("14.json"));
    }

    @Test
    void anUnreadableListStartsEmpty() throws Exception {
        Path store = dir.resolve("recent.json");
        Files.writeString(store, "{ not json");
        assertThat(new RecentFiles(store).files()).isEmpty();
    }
}

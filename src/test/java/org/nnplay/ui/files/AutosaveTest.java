package org.nnplay.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.experiment.Experiment;

class AutosaveTest {
    @TempDir Path dir;

    @Test
    void aBurstOfChangesIsWrittenOnceAfterTheQuietDelay() throws Exception {
        try (Autosave a = new Autosave(new AppDirs(dir), 150)) {
            for (int i = 0; i < 20; i++) a.request(Experiment.defaults().withName("edit " + i));
            Thread.sleep(600);
            assertThat(a.writes()).isEqualTo(1);
            assertThat(a.restore().experiment().name()).isEqualTo("edit 19");
        }
    }

    @Test
    void aSessionThatDidNotEndLooksCrashedToTheNextStart() throws Exception {
        AppDirs dirs = new AppDirs(dir);
        try (Autosave first = new Autosave(dirs, 10)) {
            first.begin();
            first.request(Experiment.defaults().withName("my work"));
            first.flush();
        }
        try (Autosave next = new Autosave(dirs, 10)) {
            assertThat(next.crashed()).isTrue();
            assertThat(next.restore().experiment().name()).isEqualTo("my work");
        }
    }

    @Test
    void aCleanExitIsNotACrash() {
        AppDirs dirs = new AppDirs(dir);
        try (Autosave a = new Autosave(dirs, 10)) {
            a.begin();
            a.request(Experiment.defaults());
            a.end();
        }
        assertThat(Files.exists(dirs.autosave())).isTrue();
        try (Autosave next = new Autosave(dirs, 10)) {
            assertThat(next.crashed()).isFalse();
        }
    }
}

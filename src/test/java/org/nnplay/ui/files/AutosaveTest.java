package org.nnplay.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.concurrent.TimeUnit;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.RunCheckpoint;
import org.nnplay.training.TrainingService;
import org.testfx.util.WaitForAsyncUtils;

class AutosaveTest {
    @TempDir Path dir;

    /**
     * Twenty requests inside the delay (the window's 1 s) make one write, of the last. The edits are made before the
     * burst, so that it takes microseconds even on a loaded machine; the write is awaited, not slept for. Once it is
     * done nothing can follow: every request came before it, so none is pending and no other write was scheduled.
     */
    @Test
    void aBurstOfChangesIsWrittenOnceAfterTheQuietDelay() throws Exception {
        long delay = 1000;
        List<Experiment> edits = IntStream.range(0, 20).mapToObj(i -> Experiment.defaults().withName("edit " + i)).toList();
        try (Autosave a = new Autosave(new AppDirs(dir), delay)) {
            long start = System.nanoTime();
            edits.forEach(a::request);
            long burst = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> a.writes() > 0);
            assumeTrue(burst < delay, "the burst took " + burst + " ms, longer than the delay: the machine stalled");
            assertThat(a.writes()).isEqualTo(1);
            assertThat(a.restore().loaded().experiment().name()).isEqualTo("edit 19");
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
            assertThat(next.restore().loaded().experiment().name()).isEqualTo("my work");
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

    @Test
    void theRunIsSavedBesideTheExperimentAndComesBackWithIt() throws Exception {
        AppDirs dirs = new AppDirs(dir);
        Experiment e = Experiment.defaults().withName("trained");
        try (TrainingService service = TrainingService.start(ExperimentSetups.of(e, JvmBackend.INSTANCE));
             Autosave a = new Autosave(dirs, 10)) {
            for (int i = 0; i < 3; i++) service.stepEpoch();
            RunCheckpoint run = service.checkpoint().get(10, TimeUnit.SECONDS);
            a.request(e, () -> run);
            a.flush();
            Autosave.Restored back = a.restore();
            assertThat(back.run()).isNotNull();
            assertThat(back.run().epoch()).isEqualTo(3);
            assertThat(back.run().weights().flatten()).containsExactly(run.weights().flatten());
            assertThat(back.run().optimizer().steps()).isEqualTo(run.optimizer().steps());
        }
    }

    @Test
    void aRunOfAnotherVersionOfTheAutosaveIsLeftOut() throws Exception {
        AppDirs dirs = new AppDirs(dir);
        Experiment e = Experiment.defaults();
        try (TrainingService service = TrainingService.start(ExperimentSetups.of(e, JvmBackend.INSTANCE));
             Autosave a = new Autosave(dirs, 10)) {
            service.stepEpoch();
            RunCheckpoint run = service.checkpoint().get(10, TimeUnit.SECONDS);
            a.request(e, () -> run);
            a.flush();
            Files.writeString(dirs.autosave(), new ExperimentIO().toJson(e.withName("edited by hand")));
            Autosave.Restored back = a.restore();
            assertThat(back.loaded().experiment().name()).isEqualTo("edited by hand");
            assertThat(back.run()).isNull();
        }
    }

    @Test
    void whileRestoringIsOfferedTheCrashedSessionStaysAsItIs() throws Exception {
        AppDirs dirs = new AppDirs(dir);
        try (Autosave first = new Autosave(dirs, 10)) {
            first.begin();
            first.request(Experiment.defaults().withName("crashed work"));
            first.flush();
        }
        try (Autosave next = new Autosave(dirs, 10)) {
            assertThat(next.crashed()).isTrue();
            next.hold();
            next.begin();
            next.request(Experiment.defaults().withName("new session"));
            Thread.sleep(100);
            next.end(); // quit without answering
            assertThat(next.restore().loaded().experiment().name()).isEqualTo("crashed work");
        }
        try (Autosave third = new Autosave(dirs, 10)) {
            assertThat(third.crashed()).as("offered again").isTrue();
            third.hold();
            third.discard();
            third.release();
            third.request(Experiment.defaults().withName("fresh"));
            third.end();
            assertThat(third.crashed()).isFalse();
            assertThat(third.restore().loaded().experiment().name()).isEqualTo("fresh");
        }
    }
}

package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.experiment.Experiment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * File → Import reads in the background: the FX thread answers while a large file loads, and a read that does not end
 * (a pipe whose writer is silent) shows its progress and can be cancelled, changing nothing.
 */
class CsvImportBackgroundTest extends WindowTestBase {
    /** The longest the FX thread may take to answer while a file loads. */
    private static final long ANSWER_MS = 200;

    @TempDir Path dir;

    @Start
    void start(Stage stage) { startWindow(stage); }

    private String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void aHundredThousandRowsLoadWhileTheWindowKeepsAnswering(FxRobot robot) throws Exception {
        Path big = dir.resolve("big.csv");
        StringBuilder sb = new StringBuilder("weight (kg),height (cm),kind\n");
        for (int i = 0; i < 100_000; i++) {
            double a = 40 + (i * 7919 % 60_000) / 1000.0;
            double b = 140 + (i * 104_729 % 50_000) / 1000.0;
            sb.append(String.format(Locale.ROOT, "%.3f,%.3f,%s%n", a, b, a * 3 > b ? "heavy" : "light"));
        }
        Files.writeString(big, sb, StandardCharsets.UTF_8);
        FileActions files = window.view().files();

        waitUntil(60, () -> snapshot() != null);
        List<Long> idle = probe(() -> true, 1_500);

        long[] call = new long[1];
        robot.interact(() -> {
            long t0 = System.nanoTime();
            files.importCsv(big);
            call[0] = System.nanoTime() - t0;
        });
        assertThat(call[0] / 1e6).as("starting the import, ms on the FX thread").isLessThan(ANSWER_MS);
        long t0 = System.nanoTime();
        List<Long> loading = probe(files::importing, 90_000);
        long took = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "FX thread's answer, ms: idle median %d, worst %d; while 100,000 rows loaded"
                + " (%d ms, %d probes) median %d, 90th percentile %d, worst %d%n", rank(idle, 0.5), rank(idle, 1), took,
                loading.size(), rank(loading, 0.5), rank(loading, 0.9), rank(loading, 1));
        assertThat(loading.size()).as("answers while the file loaded").isGreaterThanOrEqualTo(3);
        assertThat(rank(loading, 0.9)).as("90th percentile answer while loading, ms").isLessThan(ANSWER_MS);
        // a single slow answer can be the machine's (a loaded machine stalls an idle window too, printed above);
        // reading or parsing on the FX thread would hold it for most of the load in one piece
        assertThat(rank(loading, 1)).as("slowest answer while loading, ms").isLessThan(Math.max(ANSWER_MS, took / 3));

        waitUntil(30, () -> experiment().data().fromCsv());
        assertThat(experiment().data().csvPoints()).hasSize(100_000);
        assertThat(experiment().data().names().classes()).containsExactlyInAnyOrder("heavy", "light");
        assertThat(status(robot)).startsWith("Imported 100000 points from big.csv: 2 classes");
    }

    /**
     * How long the FX thread takes to run a {@link Platform#runLater} probe, sent every 20 ms while {@code going}
     * (asked on the FX thread) holds, for at most {@code ms}: the answers received while it held.
     */
    private static List<Long> probe(BooleanSupplier going, long ms) throws InterruptedException {
        List<Long> answers = new ArrayList<>();
        long end = System.nanoTime() + ms * 1_000_000;
        boolean[] still = {true};
        while (still[0] && System.nanoTime() < end) {
            CountDownLatch answered = new CountDownLatch(1);
            long t0 = System.nanoTime();
            Platform.runLater(() -> {
                still[0] = going.getAsBoolean();
                answered.countDown();
            });
            assertThat(answered.await(30, TimeUnit.SECONDS)).as("the FX thread answers").isTrue();
            if (still[0]) answers.add((System.nanoTime() - t0) / 1_000_000);
            Thread.sleep(20);
        }
        return answers;
    }

    /** The value at {@code share} of the sorted answers (1: the slowest). */
    private static long rank(List<Long> answers, double share) {
        List<Long> sorted = answers.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(share * sorted.size())));
    }

    /**
     * A named pipe whose writer sends a header and two rows, then stays silent until closed: a read that does not end
     * (a slow device, a stalled network share). Skipped where mkfifo is missing.
     */
    private static final class Pipe implements AutoCloseable {
        final Path path;
        private final CountDownLatch release = new CountDownLatch(1);
        private final Thread writer;

        Pipe(Path path) throws Exception {
            this.path = path;
            boolean made;
            try {
                made = new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
            } catch (java.io.IOException noMkfifo) {
                made = false;
            }
            assumeTrue(made, "needs mkfifo");
            writer = new Thread(() -> {
                try (OutputStream out = Files.newOutputStream(path)) {
                    out.write("x1,x2,label\n1,2,a\n2,1,b\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    release.await();
                } catch (Exception ignored) {
                    // the reader went away: nothing to write to
                }
            }, "test-pipe-writer");
            writer.setDaemon(true);
            writer.start();
        }

        @Override public void close() throws InterruptedException {
            release.countDown();
            writer.join(5_000);
        }
    }

    @Test
    void aReadThatDoesNotEndShowsItsProgressAndCancelChangesNothing(FxRobot robot) throws Exception {
        Experiment before = experiment();
        FileActions files = window.view().files();
        var bar = window.view().statusBar();
        try (Pipe pipe = new Pipe(dir.resolve("pipe.csv"))) {
            double height = bar.getHeight();
            robot.interact(() -> files.importCsv(pipe.path));
            waitUntil(10, bar::showingTask);
            robot.sleep(300);
            assertThat(bar.getHeight()).as("the progress moves nothing above the status bar").isEqualTo(height);
            assertThat(robot.lookup("#status-task").queryAs(Label.class).getText()).startsWith("Reading pipe.csv")
                    .as("a pipe's length is not known").endsWith("so far");
            assertThat(robot.lookup("#status-task-bar").queryAs(ProgressBar.class).isVisible())
                    .as("no bar for an unknown length").isFalse();
            robot.clickOn("#status-task-cancel");
            waitUntil(5, () -> !files.importing());
            assertThat(status(robot)).isEqualTo("Import of pipe.csv cancelled: nothing changed.");
            assertThat(bar.showingTask()).isFalse();
            assertThat(experiment()).isSameAs(before);
        }
        robot.sleep(300);
        assertThat(experiment()).as("the reader's late result is dropped").isSameAs(before);
    }

    @Test
    void openingAnotherExperimentWhileAFileIsReadDropsTheImport(FxRobot robot) throws Exception {
        FileActions files = window.view().files();
        try (Pipe pipe = new Pipe(dir.resolve("slow.csv"))) {
            robot.interact(() -> files.importCsv(pipe.path));
            waitUntil(10, () -> window.view().statusBar().showingTask());
            robot.interact(() -> model().replace(org.nnplay.experiment.Experiment.defaults(), null));
            assertThat(files.importing()).isFalse();
            assertThat(window.view().statusBar().showingTask()).isFalse();
            assertThat(status(robot)).isEqualTo("Import of slow.csv dropped: another experiment was opened while it"
                    + " was read.");
        }
        robot.sleep(300);
        assertThat(experiment().data().fromCsv()).as("the file's rows never land").isFalse();
    }
}

package org.nnplay.ui.playground;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.nnplay.data.CsvImporter;
import org.nnplay.data.CsvTable;
import org.nnplay.data.DataFormatException;
import org.nnplay.data.DataLimits;
import org.nnplay.data.ImportOptions;
import org.nnplay.experiment.Experiment;
import org.nnplay.io.SafeText;
import org.nnplay.training.CsvData;
import org.nnplay.ui.Formulas;

/**
 * File → Import points from CSV without the FX thread waiting: the file is read, and its points prepared, on a
 * background (daemon) thread; a step that takes longer than {@link #PROGRESS_AFTER_MS} ms shows its progress (read
 * from the reader four times a second, never pushed once per line) with Cancel, without a dialog: the window stays in
 * use. The FX thread shows the preview (when the columns must be chosen) and puts the points into the experiment. A
 * file with errors, a cancelled import, or one overtaken by another experiment (New, Open, a lesson) changes nothing.
 * One import at a time: starting another cancels the one running.
 */
final class CsvImport {
    /** How long a step runs before its progress is shown. */
    static final long PROGRESS_AFTER_MS = 500;
    /** How often the progress shown is brought up to date. */
    private static final long PROGRESS_EVERY_MS = 250;

    /** Where the progress is shown (the status bar). */
    interface Progress {
        /** What the import is doing, how far (negative: not known), and what Cancel does. */
        void show(String text, double fraction, Runnable cancel);

        void hide();
    }

    /** Readers: one thread per import, so a read stuck on a device never holds up the next import. */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> daemon(r, "nnplay-csv-import"));
    /**
     * Looks at the reader's progress and hands the FX thread a new text only when it changed: no animation runs on
     * the FX thread meanwhile (a running one would pulse the whole scene sixty times a second).
     */
    private static final ScheduledExecutorService TICKER = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "nnplay-csv-progress"));

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private final PlaygroundModel model;
    private final Supplier<Window> window;
    private final Progress shown;
    private Job running;

    CsvImport(PlaygroundModel model, Supplier<Window> window, Progress shown) {
        this.model = model;
        this.window = window;
        this.shown = shown;
        // New, Open, a lesson or a link while a file is read: the import is for the experiment that was replaced
        model.revisionProperty().addListener((o, was, now) -> {
            if (running != null && model.replacements() != running.replacements) {
                running.stop("dropped: another experiment was opened while it was read.");
            }
        });
    }

    /** Starts importing {@code file}, cancelling an import still running. FX thread. */
    void start(Path file) {
        if (running != null) running.cancel();
        running = new Job(file);
        running.read();
    }

    /** Whether an import is reading or preparing its points (tests). FX thread. */
    boolean busy() { return running != null; }

    /** Work for the background thread. */
    @FunctionalInterface
    private interface Work<T> {
        T call() throws IOException, DataFormatException;
    }

    /** One import: read, choose the columns, prepare the points, apply. The FX thread's, but for its volatile fields. */
    private final class Job {
        private final Path file;
        private final String name;
        /** Set on the FX thread, read by the reader, which stops at its next read. */
        private volatile boolean cancelled;
        private volatile long bytes;
        private volatile long total = -1;
        private volatile String step;
        private final long replacements = model.replacements();
        private Future<?> future;
        private Future<?> ticker;
        /** Whether the progress is shown. */
        private boolean showing;
        /** The progress last handed to the FX thread (ticker thread only). */
        private String told;

        Job(Path file) {
            this.file = file;
            this.name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        }

        void read() {
            run("Reading " + name, () -> new CsvImporter().scan(file, this::read), this::choose);
        }

        /** The reader's progress; throwing stops it when the import was cancelled. */
        private void read(long done, long size) throws InterruptedIOException {
            if (cancelled) throw new InterruptedIOException("import cancelled");
            bytes = done;
            total = size;
        }

        /** Asks for the columns when the file has more than x1, x2 and a label, then prepares the points. */
        private void choose(CsvTable table) {
            ImportOptions options = ImportOptions.AUTOMATIC;
            if (table.needsChoice()) {
                hide();
                Optional<ImportOptions> chosen = ImportDialog.choose(window.get(), table);
                if (chosen.isEmpty() || running != this) {
                    if (running == this) cancel();
                    return;
                }
                options = chosen.get();
            }
            ImportOptions o = options;
            Experiment base = model.currentExperiment();
            bytes = 0;
            total = -1;
            run("Preparing " + DataLimits.format(table.rows()) + " rows of " + name,
                    () -> CsvData.apply(base, table.select(o), name), result -> apply(base, result));
        }

        /** Puts the points into the experiment (prepared again if it changed meanwhile), and says what was done. */
        private void apply(Experiment base, CsvData.Result prepared) {
            running = null;
            hide();
            Experiment now = model.currentExperiment();
            CsvData.Result result = now == base ? prepared : CsvData.apply(now, prepared.data(), name);
            model.prepared(result.experiment(), result.dataSet());
            if (!model.edit(e -> result.experiment(), false)) return;
            String summary = SafeText.escape(result.summary(name, Formulas::name)) + ".";
            model.say(result.warnings().isEmpty() ? Notice.info(summary) : Notice.warning(summary + "\n"
                    + String.join("\n", result.warnings().stream().map(SafeText::escape).toList())));
        }

        /** Runs {@code work} in the background, then {@code then} with its value on the FX thread. */
        private <T> void run(String what, Work<T> work, Consumer<T> then) {
            step = what;
            future = READERS.submit(() -> {
                T value = null;
                Exception failure = null;
                try {
                    value = work.call();
                } catch (IOException | DataFormatException | RuntimeException e) {
                    failure = e;
                }
                T v = value;
                Exception f = failure;
                Platform.runLater(() -> landed(v, f, then));
            });
            // a step after one whose progress was shown goes on showing it at once
            ticker = TICKER.scheduleAtFixedRate(this::tick, showing ? 0 : PROGRESS_AFTER_MS, PROGRESS_EVERY_MS,
                    TimeUnit.MILLISECONDS);
        }

        /** On the ticker: the progress to the FX thread when what it shows would change. */
        private void tick() {
            String text = status();
            double fraction = fraction();
            String now = text + "|" + Math.round(fraction * 100);
            if (now.equals(told)) return;
            told = now;
            Platform.runLater(() -> {
                if (running == this && !cancelled && ticker != null) {
                    showing = true;
                    shown.show(text, fraction, this::cancel);
                }
            });
        }

        private <T> void landed(T value, Exception failure, Consumer<T> then) {
            if (running != this || cancelled) return;
            stopTicker();
            if (failure == null) {
                then.accept(value);
                return;
            }
            running = null;
            hide();
            String header = "Cannot import " + SafeText.escape(name);
            if (failure instanceof DataFormatException e) {
                Alerts.error(window.get(), "import-error", header, SafeText.escape(e.getMessage()));
            } else {
                Alerts.error(window.get(), "import-error", header, SafeText.escape(file.toString()) + ": "
                        + FileActions.why(failure));
            }
        }

        /** What the step is at: "Reading big.csv: 12.5 of 40 MB". */
        private String status() {
            long b = bytes, t = total;
            if (b == 0) return step + "…";
            return step + ": " + size(b) + (t > 0 ? " of " + size(t) : " so far");
        }

        private static String size(long bytes) {
            return bytes < 1024 * 1024 ? DataLimits.format((bytes + 1023) / 1024) + " KB" : DataLimits.megabytes(bytes);
        }

        /** The share done, or −1 when it cannot be told. */
        private double fraction() {
            long t = total;
            return t > 0 ? Math.min(1, (double) bytes / t) : -1;
        }

        /** Stops the import (Cancel, or another import started): nothing changes. FX thread. */
        void cancel() {
            stop("cancelled: nothing changed.");
        }

        /** Stops the import and says {@code why} ("Import of big.csv " + why). */
        void stop(String why) {
            if (cancelled) return;
            cancelled = true;
            if (future != null) future.cancel(true);
            stopTicker();
            hide();
            if (running == this) running = null;
            model.say(Notice.info("Import of " + SafeText.escape(name) + " " + why));
        }

        private void stopTicker() {
            if (ticker != null) ticker.cancel(false);
            ticker = null;
        }

        /** No progress to show: the import is over, or waits for the user. */
        private void hide() {
            if (!showing) return;
            showing = false;
            shown.hide();
        }
    }
}

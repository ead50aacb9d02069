package org.nnplay.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.LoadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the session on disk: {@link #request} hands over the experiment after each change and a background thread
 * writes the latest one after a quiet {@code delay} (changes in between are merged: one write for a burst of edits).
 * A session marker is created by {@link #begin()} and removed by {@link #end()} on a clean exit, so a start that
 * finds the marker and an autosave knows the last session crashed ({@link #crashed()}). Plain Java, no JavaFX.
 */
public final class Autosave implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);
    private final AppDirs dirs;
    private final long delayMillis;
    private final ExperimentIO io = new ExperimentIO();
    private final AtomicReference<Experiment> pending = new AtomicReference<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nnplay-autosave");
        t.setDaemon(true);
        return t;
    });
    private volatile int writes;

    public Autosave(AppDirs dirs, long delayMillis) {
        this.dirs = dirs;
        this.delayMillis = delayMillis;
    }

    /** Whether the previous session ended without {@link #end()} and left an autosave behind. Call before {@link #begin()}. */
    public boolean crashed() {
        return Files.exists(dirs.sessionMarker()) && Files.isRegularFile(dirs.autosave());
    }

    /** The autosaved experiment (throws when it cannot be read). */
    public LoadResult restore() throws IOException { return io.read(dirs.autosave()); }

    /** Marks the session as running. */
    public void begin() {
        try {
            dirs.ensure();
            Files.writeString(dirs.sessionMarker(), ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            LOG.warn("Could not create the session marker {}: {}", dirs.sessionMarker(), e.getMessage());
        }
    }

    /** Saves {@code e} after the quiet delay; a newer request replaces one not yet written. */
    public void request(Experiment e) {
        if (pending.getAndSet(e) == null) writer.schedule(this::writePending, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Writes what is pending now, waiting for it (at exit). */
    public void flush() {
        try {
            writer.submit(this::writePending).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Autosave could not be flushed: {}", e.getMessage());
        }
    }

    /** A clean exit: writes what is pending and removes the session marker. */
    public void end() {
        flush();
        try {
            Files.deleteIfExists(dirs.sessionMarker());
        } catch (IOException e) {
            LOG.warn("Could not remove the session marker: {}", e.getMessage());
        }
    }

    /** How many autosaves were written (for tests). */
    public int writes() { return writes; }

    private void writePending() {
        Experiment e = pending.getAndSet(null);
        if (e == null) return;
        try {
            dirs.ensure();
            io.write(e, dirs.autosave());
            writes++;
        } catch (IOException | RuntimeException ex) {
            LOG.warn("Autosave to {} failed: {}", dirs.autosave(), ex.getMessage());
        }
    }

    @Override public void close() { writer.shutdownNow(); }
}

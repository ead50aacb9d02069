package org.nnplay.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.LoadResult;
import org.nnplay.io.SafeFiles;
import org.nnplay.training.RunCheckpoint;
import org.nnplay.training.RunCheckpointIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the session on disk: {@link #request} hands over the experiment (and how to take the run's state) after each
 * change, and a background thread writes the latest one after a quiet {@code delay} (changes in between are merged:
 * one write for a burst of edits). What is written: the experiment ({@code autosave.json}) and the run beside it
 * ({@code autosave.run}: weights, optimizer state, epoch, history), tagged with a digest of that experiment file so
 * that a run is only ever restored with its own experiment. Both are saved atomically ({@link SafeFiles}).
 *
 * <p>A session marker is created by {@link #begin()} and removed by {@link #end()} on a clean exit, so a start that
 * finds the marker and an autosave knows the last session crashed ({@link #crashed()}). While the user is asked
 * whether to restore it, {@link #hold()} keeps that autosave as it is; {@link #discard()} removes it when the user
 * does not want it. Plain Java, no JavaFX.
 */
public final class Autosave implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);
    private final AppDirs dirs;
    private final long delayMillis;
    private final ExperimentIO io = new ExperimentIO();
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nnplay-autosave");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean held;
    private volatile int writes;

    /** An experiment to save, and how to take its run's state on the writer thread (may give null). */
    private record Pending(Experiment experiment, Supplier<RunCheckpoint> run) {}

    /** The autosaved session: the experiment and, when it was saved with it and could be read, its run (or null). */
    public record Restored(LoadResult loaded, RunCheckpoint run) {}

    public Autosave(AppDirs dirs, long delayMillis) {
        this.dirs = dirs;
        this.delayMillis = delayMillis;
    }

    /** Whether the previous session ended without {@link #end()} and left an autosave behind. Call before {@link #begin()}. */
    public boolean crashed() {
        return Files.exists(dirs.sessionMarker()) && Files.isRegularFile(dirs.autosave());
    }

    /**
     * The autosaved session. The experiment must be readable (else the exception says why); its run comes with it
     * when it belongs to it and can be read, else it is left out (logged), and the weights saved in the experiment
     * are what is restored.
     */
    public Restored restore() throws IOException {
        byte[] json;
        try (InputStream in = Files.newInputStream(dirs.autosave())) {
            json = in.readNBytes((int) Math.min(io.maxBytes() + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw SafeFiles.problem(dirs.autosave(), e);
        }
        LoadResult loaded = io.read(json, dirs.autosave().toString());
        RunCheckpoint run = null;
        if (Files.exists(dirs.autosaveRun())) {
            try {
                RunCheckpointIO.Tagged t = RunCheckpointIO.read(dirs.autosaveRun());
                if (Arrays.equals(t.tag(), digest(json))) {
                    run = t.checkpoint();
                } else {
                    LOG.info("The autosaved run belongs to another version of the autosave; restoring the experiment alone");
                }
            } catch (IOException e) {
                LOG.warn("The autosaved run could not be read, restoring the experiment alone: {}", e.getMessage());
            }
        }
        return new Restored(loaded, run);
    }

    /** Marks the session as running. */
    public void begin() {
        try {
            dirs.ensure();
            Files.writeString(dirs.sessionMarker(), ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            LOG.warn("Could not create the session marker {}: {}", dirs.sessionMarker(), e.getMessage());
        }
    }

    /** Saves {@code e} after the quiet delay, without a run; a newer request replaces one not yet written. */
    public void request(Experiment e) {
        request(e, () -> null);
    }

    /**
     * Saves {@code e} after the quiet delay with the run {@code run} gives at that moment (called on the writer
     * thread, so it may wait for the training thread; null: no run); a newer request replaces one not yet written.
     */
    public void request(Experiment e, Supplier<RunCheckpoint> run) {
        if (pending.getAndSet(new Pending(e, run)) == null && !held) {
            writer.schedule(this::writePending, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Keeps the autosave on disk as it is (requests wait) until {@link #release()}: while restoring is offered. */
    public void hold() { held = true; }

    /** Ends {@link #hold()}: what was requested meanwhile is written after the delay. */
    public void release() {
        held = false;
        if (pending.get() != null) writer.schedule(this::writePending, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** The last session's autosave is not wanted: removes it and its run. */
    public void discard() {
        try {
            Files.deleteIfExists(dirs.autosaveRun());
            Files.deleteIfExists(dirs.autosave());
        } catch (IOException e) {
            LOG.warn("Could not remove the last session's autosave: {}", e.getMessage());
        }
    }

    /** Writes what is pending now, waiting for it (at exit). */
    public void flush() {
        try {
            writer.submit(this::writePending).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Autosave could not be flushed: {}", e.getMessage());
        }
    }

    /**
     * A clean exit: writes what is pending and removes the session marker. While restoring is still being offered,
     * the marker stays, so that the last session is offered again at the next start.
     */
    public void end() {
        flush();
        if (held) return;
        try {
            Files.deleteIfExists(dirs.sessionMarker());
        } catch (IOException e) {
            LOG.warn("Could not remove the session marker: {}", e.getMessage());
        }
    }

    /** How many autosaves were written (for tests). */
    public int writes() { return writes; }

    private void writePending() {
        if (held) return;
        Pending p = pending.getAndSet(null);
        if (p == null) return;
        try {
            dirs.ensure();
            byte[] json = io.toJson(p.experiment()).getBytes(StandardCharsets.UTF_8);
            RunCheckpoint run = takeRun(p.run());
            if (run != null) {
                RunCheckpointIO.write(run, digest(json), dirs.autosaveRun());
            } else {
                Files.deleteIfExists(dirs.autosaveRun());
            }
            SafeFiles.save(dirs.autosave(), out -> out.write(json));
            writes++;
        } catch (IOException | RuntimeException ex) {
            LOG.warn("Autosave to {} failed: {}", dirs.autosave(), ex.getMessage());
        }
    }

    private static RunCheckpoint takeRun(Supplier<RunCheckpoint> run) {
        try {
            return run.get();
        } catch (RuntimeException e) {
            LOG.warn("The run could not be autosaved, only its experiment: {}", e.getMessage());
            return null;
        }
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    @Override public void close() { writer.shutdownNow(); }
}

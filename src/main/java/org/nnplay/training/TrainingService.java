package org.nnplay.training;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.nnplay.data.DataSet;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.TrainConfig;

/**
 * Trains one model on its own daemon thread ("nnplay-training") and publishes immutable {@link Snapshot}s.
 *
 * <p>Commands (play, pause, step, reset, speed, settings) return at once: they go through a bounded queue and are
 * applied between mini-batches, in order. A command that repeats the one queued just before it is merged into it;
 * otherwise a full queue rejects it (the method returns false). Live settings ({@link #setConfig}) keep the
 * weights, and so does {@link #replaceData} (points added or removed); {@link #rebuild} (data, features,
 * architecture) starts a new network.
 *
 * <p>Snapshots: call {@link #requestSnapshot} (e.g. once per frame) and read {@link #latest()}. Metrics and grids are computed on a second thread ("nnplay-snapshots") from a copy of the weights;
 * requests that arrive while it is busy are merged (latest wins), so training never waits for a consumer.
 * Events ({@link TrainingListener}) are delivered on the training thread.
 *
 * <p>Determinism: the same setup and commands give the same weights and history whatever the snapshot rate,
 * speed cap or pause points, because snapshots and evaluation only read weights and the history's cadence is in
 * epochs.
 */
public final class TrainingService implements AutoCloseable {
    public static final int QUEUE_CAPACITY = 256;

    private final CommandQueue queue = new CommandQueue(QUEUE_CAPACITY);
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong rejected = new AtomicLong();
    private final Renderer renderer;
    private final TrainingLoop loop;
    private final Thread trainingThread;
    private final Thread snapshotThread;

    private TrainingService(TrainingSetup setup, CoreShare share) {
        this.renderer = new Renderer(latest, e -> loop().fail(e));
        this.loop = new TrainingLoop(setup, queue, renderer, listeners, share);
        this.snapshotThread = renderer.start("nnplay-snapshots");
        this.trainingThread = new Thread(loop, "nnplay-training");
        trainingThread.setDaemon(true);
    }

    private TrainingLoop loop() { return loop; }

    /** Builds the network (on the training thread) and waits, paused, for commands. */
    public static TrainingService start(TrainingSetup setup) {
        return start(setup, null);
    }

    /**
     * As {@link #start(TrainingSetup)}, training only in its turn of {@code share} (null: whenever it runs), so that
     * several services share some of the cores.
     */
    public static TrainingService start(TrainingSetup setup, CoreShare share) {
        TrainingService s = new TrainingService(setup, share);
        s.trainingThread.start();
        return s;
    }

    public boolean play() { return offer(new Command.Play()); }

    public boolean pause() { return offer(new Command.Pause()); }

    /** Pauses, then trains one epoch (the rest of the current one, after single mini-batch steps). */
    public boolean stepEpoch() { return offer(new Command.StepEpoch()); }

    /** Pauses, then trains one mini-batch. */
    public boolean stepBatch() { return offer(new Command.StepBatch()); }

    /** Re-initialises the weights from the seed, keeping the current live settings; pauses. */
    public boolean reset() { return offer(new Command.Reset()); }

    /** Caps the epochs per second; ≤ 0 or infinite: as fast as possible. */
    public boolean setSpeed(double epochsPerSecond) { return offer(new Command.SetSpeed(epochsPerSecond)); }

    /** New live settings (learning rate, optimizer, regularisation, schedule, batch size, clipping): no reset. */
    public boolean setConfig(TrainConfig config) { return updateConfig(c -> config); }

    /** A change to the live settings as they are when it is applied. */
    public boolean updateConfig(UnaryOperator<TrainConfig> change) { return offer(new Command.UpdateConfig(change)); }

    public boolean setStopping(StoppingRules rules) { return offer(new Command.SetStopping(rules)); }

    /** A new data set, features or architecture: a new network from the setup's seed (or weights); pauses. */
    public boolean rebuild(TrainingSetup setup) { return offer(new Command.Rebuild(setup)); }

    /**
     * Points added or removed: the same network goes on training on {@code data}, keeping its weights, optimizer
     * state, epoch counter, history and run state (a running model keeps running; the interrupted epoch starts over
     * on the new rows). Marked by a {@link TrainingEvent.Kind#DATA_CHANGED} event; snapshots evaluate on the new
     * data from then on. The network must fit the data (same problem type and class count), else the command fails
     * with an ERROR event: use {@link #rebuild} for other data.
     */
    public boolean replaceData(DataSet data) { return offer(new Command.ReplaceData(data)); }

    /**
     * The run's full state (weights, optimizer state, epoch, history), taken on the training thread between two
     * mini-batches; for the autosave. Completes exceptionally when the command queue is full or the service closed
     * before (then never completes: wait with a timeout).
     */
    public CompletableFuture<RunCheckpoint> checkpoint() {
        CompletableFuture<RunCheckpoint> result = new CompletableFuture<>();
        if (!offer(new Command.Checkpoint(result))) {
            result.completeExceptionally(new IllegalStateException("the training service is too busy for a checkpoint"));
        }
        return result;
    }

    /**
     * Goes on from a checkpoint of a network of the current shape (a restored session): weights, optimizer state,
     * epoch and history; paused. A checkpoint of another shape fails with an ERROR event and changes nothing.
     */
    public boolean restore(RunCheckpoint checkpoint) { return offer(new Command.Restore(checkpoint)); }

    /** Weights typed in by hand; same shapes as the current network. */
    public boolean setWeights(Weights weights) { return offer(new Command.SetWeights(weights.copy())); }

    private boolean offer(Command c) {
        if (queue.offer(c) < 0) {
            rejected.incrementAndGet();
            return false;
        }
        return true;
    }

    /** Asks for one snapshot; it shows up in {@link #latest()} shortly (the UI asks once per frame). */
    public void requestSnapshot(SnapshotRequest request) { loop.request(request); }

    /**
     * Limits the share of a core that decision grids of a running model take (see {@code Renderer}): the window sets
     * it so that on a small machine the training thread keeps its core. Default 1 (a grid whenever asked).
     */
    public void setGridBudget(double fraction) { renderer.setGridBudget(fraction); }

    /** The most recent snapshot, or null before the first one. */
    public Snapshot latest() { return latest.get(); }

    /** Requests snapshots until one satisfies {@code until}; for tests, the CLI and benchmarks. */
    public Snapshot await(SnapshotRequest request, Predicate<Snapshot> until, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Snapshot s = latest.get();
            if (s != null && until.test(s)) {
                return s;
            }
            requestSnapshot(request);
            Thread.sleep(2);
        }
        throw new TimeoutException("no matching snapshot within " + timeout + "; latest: " + describe(latest.get())
                + (failure() == null ? "" : ", failure: " + failure()));
    }

    private static String describe(Snapshot s) {
        return s == null ? "none" : s.state() + " at epoch " + s.epoch() + " (generation " + s.generation() + ")";
    }

    /** Epochs completed in the current generation (cheap; for progress and benchmarks). */
    public long epoch() { return loop.epoch(); }

    public RunState state() { return loop.state(); }

    public void addListener(TrainingListener l) { listeners.add(l); }

    public void removeListener(TrainingListener l) { listeners.remove(l); }

    /** The ticket of the last accepted command: a snapshot with {@code commandsApplied} ≥ it reflects every command. */
    public long lastCommand() { return queue.lastTicket(); }

    public int queuedCommands() { return queue.size(); }

    public int queueCapacity() { return queue.capacity(); }

    public long rejectedCommands() { return rejected.get(); }

    /** The error that stopped a command or a snapshot, if any (also reported as an ERROR event). */
    public RuntimeException failure() { return loop.failure(); }

    /** Stops both threads (waits up to a second for each). */
    @Override
    public void close() {
        loop.close();
        renderer.close();
        try {
            trainingThread.join(1000);
            snapshotThread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() { return trainingThread.isAlive(); }
}

package org.nnplay.training;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.nnplay.engine.train.TrainConfig;

/**
 * The training thread's body. Owns the {@link Session}; between mini-batches drains the command queue in order,
 * serves snapshot requests (capturing a weights copy for the {@link Renderer}), and waits on the queue while
 * paused or before a speed-capped epoch, so commands are never blocked by the wait.
 */
final class TrainingLoop implements Runnable {
    private final CommandQueue queue;
    private final Renderer renderer;
    private final List<TrainingListener> listeners;
    private final AtomicReference<SnapshotRequest> requested = new AtomicReference<>();
    private final Throughput throughput = new Throughput();
    private final TrainingSetup initial;
    private final CoreShare share;
    private boolean turn;
    private long turnEnds;
    private volatile boolean closed;
    private volatile long epochDone;
    private volatile RunState published = RunState.PAUSED;
    private volatile RuntimeException failure;
    private Session session;
    private long generation;
    private RunState state = RunState.PAUSED;
    private long period;
    private long nextEpochAt;
    private long sequence;
    private boolean dirty = true;
    private SnapshotRequest lastRequest;
    private TrainingEvent lastEvent;
    private long applied;

    TrainingLoop(TrainingSetup initial, CommandQueue queue, Renderer renderer, List<TrainingListener> listeners,
                 CoreShare share) {
        this.initial = initial;
        this.share = share;
        this.queue = queue;
        this.renderer = renderer;
        this.listeners = listeners;
    }

    void request(SnapshotRequest r) {
        requested.set(r);
        queue.wake();
    }

    void close() {
        closed = true;
        queue.wake();
    }

    long epoch() { return epochDone; }

    RunState state() { return published; }

    RuntimeException failure() { return failure; }

    void fail(RuntimeException e) {
        failure = e;
    }

    @Override
    public void run() {
        try {
            session = new Session(initial, 0, this::deliver);
        } catch (RuntimeException e) {
            failure = e;
            deliver(new TrainingEvent(TrainingEvent.Kind.ERROR, 0, 0, "Could not build the network: " + e.getMessage()));
            return;
        }
        try {
            while (!closed) {
                try {
                    loopOnce();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    failure = e;
                    setState(RunState.PAUSED);
                    session.emit(TrainingEvent.Kind.ERROR, session.epoch(), "Training stopped on an error: " + e);
                }
            }
        } finally {
            endTurn();
        }
    }

    /** With a {@link CoreShare}: whether this run has its turn to train (waiting a little for it if not). */
    private boolean takeTurn() throws InterruptedException {
        if (share == null) return true;
        long now = System.nanoTime();
        if (turn && now - turnEnds < 0) return true;
        endTurn();
        if (!share.acquire()) return false;
        turn = true;
        turnEnds = System.nanoTime() + CoreShare.SLICE_NANOS;
        return true;
    }

    private void endTurn() {
        if (turn) {
            turn = false;
            share.release();
        }
    }

    private void loopOnce() throws InterruptedException {
        Command c;
        int budget = queue.capacity();
        while (budget-- > 0 && (c = queue.poll()) != null) {
            try {
                apply(c);
            } finally {
                applied = queue.lastTaken();
                dirty = true;
            }
        }
        if (state == RunState.RUNNING) {
            if (period > 0 && session.atEpochStart()) {
                long wait = nextEpochAt - System.nanoTime();
                if (wait > 0) {
                    endTurn();
                    serve();
                    queue.await(wait);
                    return;
                }
            }
            if (!takeTurn()) {
                serve();
                return;
            }
            dirty = true;
            handle(session.step());
            if (requested.get() != null) {
                serve();
            }
        } else {
            endTurn();
            serve();
            if (queue.isEmpty() && requested.get() == null && !closed) {
                queue.await(0);
            }
        }
    }

    private void handle(Session.Outcome o) {
        switch (o) {
            case BATCH -> { }
            case EPOCH -> epochEnded();
            case STOPPED -> {
                epochEnded();
                setState(RunState.STOPPED);
            }
            case DIVERGED -> setState(RunState.DIVERGED);
        }
    }

    private void epochEnded() {
        long now = System.nanoTime();
        long e = session.epoch();
        epochDone = e;
        throughput.record(now, e);
        if (period > 0) {
            nextEpochAt = Math.max(nextEpochAt + period, now);
        }
    }

    /** Serves the request waiting, unless it is the last one served and nothing changed since. */
    private void serve() {
        SnapshotRequest r = requested.getAndSet(null);
        if (r != null && (dirty || !r.equals(lastRequest))) {
            publish(r);
        }
    }

    private void publish(SnapshotRequest r) {
        TrainConfig config = session.config();
        StoppingRules rules = session.rules();
        RawState s = new RawState(++sequence, applied, generation, state, session.epoch(), session.steps(), session.weights(),
                config, session.learningRate(), rules, session.setup().withConfig(config).withStopping(rules),
                session.trainMatrix(), session.testMatrix(),
                state == RunState.RUNNING ? throughput.perSecond() : 0,
                session.history().view(), lastEvent);
        renderer.submit(s, r);
        lastRequest = r;
        dirty = false;
    }

    private void apply(Command c) {
        switch (c) {
            case Command.Play p -> {
                if (state == RunState.DIVERGED) {
                    session.resume();
                }
                if (session.atMaxEpochs()) {
                    setState(RunState.STOPPED);
                } else {
                    setState(RunState.RUNNING);
                }
            }
            case Command.Pause p -> {
                if (state == RunState.RUNNING) {
                    setState(RunState.PAUSED);
                }
            }
            case Command.StepEpoch s -> {
                if (prepareStep()) {
                    Session.Outcome o;
                    do {
                        o = session.step();
                    } while (o == Session.Outcome.BATCH);
                    handle(o);
                }
            }
            case Command.StepBatch s -> {
                if (prepareStep()) {
                    Session.Outcome o = session.step();
                    handle(o == Session.Outcome.BATCH ? session.checkWeights() : o);
                }
            }
            case Command.Reset r -> rebuild(session.setup().withConfig(session.config()).withStopping(session.rules()),
                    TrainingEvent.Kind.RESET, "Weights re-initialised from seed " + session.setup().seed() + ".");
            case Command.SetSpeed s -> {
                double v = s.epochsPerSecond();
                period = v > 0 && Double.isFinite(v) ? (long) (1e9 / v) : 0;
                nextEpochAt = System.nanoTime();
            }
            case Command.UpdateConfig u -> session.setConfig(u.change().apply(session.config()));
            case Command.SetStopping s -> session.setRules(s.rules());
            case Command.Rebuild r -> rebuild(r.setup(), TrainingEvent.Kind.REBUILT,
                    "New network: " + r.setup().network() + " on " + r.setup().inputs().size() + " features, "
                            + r.setup().data().name() + ".");
            case Command.ReplaceData d -> session.replaceData(d.data());
            case Command.SetWeights w -> session.setWeights(w.weights());
            case Command.Checkpoint k -> {
                try {
                    k.result().complete(session.checkpoint());
                } catch (RuntimeException e) {
                    k.result().completeExceptionally(e);
                }
            }
            case Command.Restore r -> {
                session.restore(r.checkpoint());
                epochDone = session.epoch();
                setState(RunState.PAUSED);
            }
        }
    }

    /** Steps pause the run; a step after a divergence resumes; none go past max epochs. */
    private boolean prepareStep() {
        if (state == RunState.DIVERGED) {
            session.resume();
        }
        if (session.atMaxEpochs()) {
            setState(RunState.STOPPED);
            return false;
        }
        setState(RunState.PAUSED);
        return true;
    }

    private void rebuild(TrainingSetup setup, TrainingEvent.Kind kind, String message) {
        Session next = new Session(setup, generation + 1, this::deliver);
        generation++;
        session = next;
        epochDone = 0;
        setState(RunState.PAUSED);
        session.emit(kind, 0, message);
    }

    private void setState(RunState s) {
        if (s == RunState.RUNNING && state != RunState.RUNNING) {
            long now = System.nanoTime();
            throughput.restart(now, session.epoch());
            nextEpochAt = now;
        }
        state = s;
        published = s;
    }

    private void deliver(TrainingEvent e) {
        lastEvent = e;
        for (TrainingListener l : listeners) {
            try {
                l.onEvent(e);
            } catch (RuntimeException ex) {
                System.getLogger(TrainingLoop.class.getName()).log(System.Logger.Level.WARNING, "listener failed", ex);
            }
        }
    }
}

package org.nnplay.training.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A search under way: its progress, the results so far, cancel, and a future of the finished results. Safe to read
 * from any thread; a window polls it (at its frame rate) instead of being called once per epoch.
 */
public final class SearchRun {
    private final List<Trial> trials;
    private final long epochsPerTrial;
    private final TrialResult[] results;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong epochsDone = new AtomicLong();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong version = new AtomicLong();
    final CompletableFuture<List<TrialResult>> finished = new CompletableFuture<>();

    SearchRun(List<Trial> trials, long epochsPerTrial) {
        this.trials = List.copyOf(trials);
        this.epochsPerTrial = epochsPerTrial;
        this.results = new TrialResult[trials.size()];
    }

    public List<Trial> trials() { return trials; }

    /** Asks the trials to stop; running ones stop at their next epoch. The future then completes with those done. */
    public void cancel() { cancelled.set(true); }

    public boolean isCancelled() { return cancelled.get(); }

    public boolean isDone() { return finished.isDone(); }

    /** The finished trials in plan order (complete when every trial ran, partial when cancelled). */
    public CompletableFuture<List<TrialResult>> finished() { return finished; }

    /** Epochs trained over all trials, as a fraction of all the search will train: 0 to 1. */
    public double progress() {
        long total = epochsPerTrial * trials.size();
        return total == 0 ? 1 : Math.min(1, (double) epochsDone.get() / total);
    }

    public int trialsDone() { return done.get(); }

    /** Grows by one with every finished trial: a reader redraws only when it changed. */
    public long version() { return version.get(); }

    /** The trials finished so far, in plan order. */
    public synchronized List<TrialResult> results() {
        List<TrialResult> out = new ArrayList<>();
        for (TrialResult r : results) if (r != null) out.add(r);
        return Collections.unmodifiableList(out);
    }

    void epoch() { epochsDone.incrementAndGet(); }

    synchronized void record(TrialResult r, long epochsCounted) {
        results[r.trial().index()] = r;
        epochsDone.addAndGet(epochsPerTrial - epochsCounted);
        done.incrementAndGet();
        version.incrementAndGet();
    }
}

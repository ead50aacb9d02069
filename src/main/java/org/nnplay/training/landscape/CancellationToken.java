package org.nnplay.training.landscape;

/** Set once, read by workers between units of work (grid rows, optimizer steps). Thread-safe. */
public final class CancellationToken {
    private volatile boolean cancelled;

    public void cancel() { cancelled = true; }

    public boolean isCancelled() { return cancelled; }

    /** A token that is never cancelled. */
    public static CancellationToken none() { return new CancellationToken(); }
}

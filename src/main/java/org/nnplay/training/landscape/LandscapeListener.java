package org.nnplay.training.landscape;

/**
 * Receives a job's results, on a worker thread (a view hands them to its UI thread). Not called once the job is
 * cancelled. An exception thrown here fails the job.
 */
public interface LandscapeListener {
    /** A finished refinement level; the last one has {@link LandscapeGrid#complete()} true. */
    void onLevel(LandscapeGrid grid);

    /** Fraction of all grid points computed so far, after each row. */
    default void onProgress(double fraction) {}

    /** The job stopped because of an error (not called for cancellation). */
    default void onFailed(Throwable error) {}

    LandscapeListener NONE = grid -> {};
}

package org.nnplay.training;

/** Whether the training thread is training. */
public enum RunState {
    PAUSED,
    RUNNING,
    /** Stopped by a stopping rule (max epochs, target loss, early stopping). Play continues where allowed. */
    STOPPED,
    /** A loss or weight became non-finite; the last finite weights are kept. Play (or a step) resumes. */
    DIVERGED
}

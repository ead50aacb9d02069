package org.nnplay.training;

/**
 * Something that happened to a run, marked on the history at {@code epoch}. {@code generation} counts resets and
 * rebuilds, so epochs are only comparable within one generation.
 */
public record TrainingEvent(Kind kind, long generation, long epoch, String message) {
    public enum Kind {
        /** A live setting (learning rate, optimizer, regularisation, schedule, batch size, stopping) changed. */
        SETTING_CHANGED,
        /** Weights re-initialised from the seed. */
        RESET,
        /** Data, features or architecture changed: a new network. */
        REBUILT,
        /** Weights set by hand. */
        WEIGHTS_EDITED,
        /** Points added or removed: the same network trains on, on the new data (epochs go on). */
        DATA_CHANGED,
        /** A loss, gradient or weight became NaN or infinite; training paused with the last finite weights. */
        DIVERGED,
        /** Training resumed after a divergence. */
        RESUMED,
        EARLY_STOP,
        MAX_EPOCHS,
        TARGET_REACHED,
        /** A command failed (a bug, or settings the engine refused); training paused. */
        ERROR
    }

    /** Whether epochs restart from zero after this event. */
    public boolean restartsEpochs() { return kind == Kind.RESET || kind == Kind.REBUILT; }
}

package org.nnplay.training;

import org.nnplay.engine.nn.Weights;

/**
 * Tracks the best validation loss seen at evaluation epochs and the weights that gave it. Validation loss is
 * measured only at evaluation epochs (every {@code evalEvery} epochs, and the first {@value TrainingSetup#EVAL_WARMUP}),
 * so patience counts epochs but is checked at that cadence; set evalEvery to 1 for epoch-exact early stopping.
 */
final class EarlyStopping {
    private double best = Double.POSITIVE_INFINITY;
    private long bestEpoch = -1;
    private long windowStart;
    private Weights bestWeights;

    /** Records a validation loss; returns true when patience has run out. */
    boolean observe(long epoch, double loss, Weights weights, int patience) {
        if (bestEpoch < 0 || loss < best) {
            best = loss;
            bestEpoch = epoch;
            windowStart = epoch;
            bestWeights = weights;
            return false;
        }
        return epoch - windowStart >= patience;
    }

    /** After a stop, continuing gets a fresh patience window (the best stays the best). */
    void rearm(long epoch) { windowStart = epoch; }

    void clear() {
        best = Double.POSITIVE_INFINITY;
        bestEpoch = -1;
        bestWeights = null;
    }

    double best() { return best; }

    long bestEpoch() { return bestEpoch; }

    Weights bestWeights() { return bestWeights; }
}

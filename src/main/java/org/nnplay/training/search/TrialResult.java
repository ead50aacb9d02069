package org.nnplay.training.search;

import java.util.Comparator;

/**
 * What one trial reached after its epochs: the data losses (without the penalty, so trials with different L2 rates
 * compare) on the training and test splits and the test accuracy (NaN for regression). A diverged trial's numbers
 * are NaN: it is reported as diverged, never ranked by a number.
 */
public record TrialResult(Trial trial, boolean diverged, long epochs, double trainLoss, double testLoss,
                          double testAccuracy) {

    /** Best first: lowest test loss, ties broken by training loss then by trial index; diverged trials last. */
    public static final Comparator<TrialResult> BEST_FIRST = Comparator
            .comparing((TrialResult r) -> r.diverged())
            .thenComparingDouble(TrialResult::rankingLoss)
            .thenComparingDouble(r -> Double.isNaN(r.trainLoss) ? Double.POSITIVE_INFINITY : r.trainLoss)
            .thenComparingInt(r -> r.trial.index());

    public static TrialResult divergedAt(Trial trial, long epochs) {
        return new TrialResult(trial, true, epochs, Double.NaN, Double.NaN, Double.NaN);
    }

    /** The loss trials are ranked by: the test loss, else (no finite test loss) the training loss. */
    public double rankingLoss() {
        if (diverged) return Double.POSITIVE_INFINITY;
        if (Double.isFinite(testLoss)) return testLoss;
        return Double.isFinite(trainLoss) ? trainLoss : Double.POSITIVE_INFINITY;
    }
}

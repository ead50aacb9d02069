package org.nnplay.ui.search;

import org.nnplay.training.search.TrialResult;

/** One line of the results: a trial and the round (Start press) it belongs to, 1 for the first. */
record Row(int round, TrialResult result) {
    int trial() { return result.trial().index() + 1; }

    double learningRate() { return result.trial().learningRate(); }

    /** NaN for a diverged trial, so the table sorts it after every number. */
    double trainLoss() { return result.trainLoss(); }

    double testLoss() { return result.testLoss(); }

    double accuracy() { return result.testAccuracy(); }
}

package org.nnplay.engine.train;

/**
 * Losses and quality of a network on a data set. For classification: accuracy and the confusion matrix
 * (confusion[actual][predicted]); for regression: RMSE and R². Unused fields are NaN / null.
 */
public record Evaluation(double dataLoss, double penalty, double total, double accuracy, int[][] confusion,
                         double rmse, double r2, int rows) {
    public boolean finite() { return Double.isFinite(total); }
}

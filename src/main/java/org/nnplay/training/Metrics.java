package org.nnplay.training;

import org.nnplay.engine.train.Evaluation;

/**
 * Losses and quality of the network on one split, as a snapshot reports them: the data loss, the penalty and their
 * total; for classification the accuracy and the confusion matrix ({@code confusion[actual][predicted]}); for
 * regression the RMSE and R². Unused fields are NaN / null; {@code rows} is the split's size.
 */
public record Metrics(double dataLoss, double penalty, double total, double accuracy, int[][] confusion, double rmse,
                      double r2, int rows) {
    /** The engine's evaluation, as training reports it. */
    public static Metrics of(Evaluation e) {
        return new Metrics(e.dataLoss(), e.penalty(), e.total(), e.accuracy(), e.confusion(), e.rmse(), e.r2(),
                e.rows());
    }

    public boolean finite() { return Double.isFinite(total); }
}

package org.nnplay.training;

/**
 * The curves the history keeps. {@link #BATCH_LOSS} (mean mini-batch loss over an epoch, free) and
 * {@link #LEARNING_RATE} are recorded every epoch, so spikes and divergence are never missed; the others come
 * from a full evaluation of the weights at the end of an evaluation epoch (see {@link TrainingSetup#evaluatesAt}).
 */
public enum Metric {
    BATCH_LOSS, LEARNING_RATE,
    TRAIN_LOSS, TRAIN_DATA_LOSS, PENALTY, TEST_LOSS, TEST_DATA_LOSS,
    TRAIN_ACCURACY, TEST_ACCURACY,
    TRAIN_RMSE, TEST_RMSE, TRAIN_R2, TEST_R2
}

package org.nnplay.training;

import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.Matrix;
import org.nnplay.engine.train.TrainConfig;

/**
 * What the training thread captures between steps for a snapshot; the renderer adds metrics and grids. {@code train}
 * and {@code test} are the run's matrices (new ones with each generation and each change of the points).
 */
record RawState(long sequence, long commandsApplied, long generation, RunState state, long epoch, long steps, Weights weights,
                TrainConfig config, double learningRate, StoppingRules stopping, TrainingSetup setup,
                Matrix train, Matrix test, double epochsPerSecond, HistoryView history, TrainingEvent lastEvent) {
}

package org.nnplay.training;

import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.Matrix;
import org.nnplay.engine.train.TrainConfig;

/**
 * What the training thread captures between steps for a snapshot; the renderer adds metrics and grids.
 * {@code dataVersion} counts data swaps within the generation: {@code train} and {@code test} change with it.
 */
record RawState(long sequence, long commandsApplied, long generation, RunState state, long epoch, long steps, Weights weights,
                TrainConfig config, double learningRate, StoppingRules stopping, TrainingSetup setup, long dataVersion,
                Matrix train, Matrix test, double epochsPerSecond, HistoryView history, TrainingEvent lastEvent) {
}

package org.nnplay.training;

import java.util.Objects;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.optim.Optimizer;

/**
 * A run's full state at one moment, to go on from after a crash: the weights, the optimizer's state (velocities,
 * running averages, step count), the epoch and step counters and the history (curves, events, confusion matrices).
 * Taken and given back by {@link TrainingService#checkpoint()} and {@link TrainingService#restore}; saved by
 * {@link RunCheckpointIO}. Plain data, no JavaFX.
 */
public record RunCheckpoint(long epoch, long steps, Weights weights, Optimizer.State optimizer, History.State history) {
    public RunCheckpoint {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(history, "history");
        if (epoch < 0 || steps < 0) {
            throw new IllegalArgumentException("a checkpoint's epoch and step counts cannot be negative");
        }
    }
}

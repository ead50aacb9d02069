package org.nnplay.engine.train;

import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;

/** Everything about training that can change live, without re-initialising the network. */
public record TrainConfig(int batchSize, double learningRate, OptimizerSpec optimizer, ScheduleSpec schedule,
                          Regularization regularization, double clipNorm) {
    public TrainConfig {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be ≥ 1, got " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
    }

    public TrainConfig withLearningRate(double lr) {
        return new TrainConfig(batchSize, lr, optimizer, schedule, regularization, clipNorm);
    }

    public TrainConfig withBatchSize(int b) {
        return new TrainConfig(b, learningRate, optimizer, schedule, regularization, clipNorm);
    }

    public TrainConfig withOptimizer(OptimizerSpec o) {
        return new TrainConfig(batchSize, learningRate, o, schedule, regularization, clipNorm);
    }

    public TrainConfig withRegularization(Regularization r) {
        return new TrainConfig(batchSize, learningRate, optimizer, schedule, r, clipNorm);
    }
}

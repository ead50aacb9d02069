package org.nnplay.training;

import org.nnplay.engine.nn.Network;
import org.nnplay.engine.optim.Optimizer;
import org.nnplay.engine.train.Matrix;
import org.nnplay.engine.train.TrainConfig;
import org.nnplay.engine.train.Trainer;

/**
 * What changes a run's weights, one mini-batch at a time: the part of a {@link Session} that is not bookkeeping.
 * NNPlay's engine ({@link #ENGINE}, the {@link Trainer}) is one; TensorFlow Playground's own algorithm
 * ({@code training.compat}) another. A learner trains the session's {@link Network} in place: after each step the
 * network holds the new weights, which the session reads, evaluates, checks and publishes as for any run. Owned by
 * the training thread.
 */
public interface Learner {
    /** One mini-batch. Returns false when the run diverged ({@link #divergence()} says how). */
    boolean step();

    /** Epochs completed. */
    long epoch();

    /** Mini-batches completed. */
    long steps();

    /** The live settings in use. */
    TrainConfig config();

    /** New live settings (learning rate, batch size, penalty, …) from the next step on; the weights are kept. */
    void setConfig(TrainConfig next);

    /** The learning rate of the current epoch. */
    double currentLearningRate();

    /** The mean training loss of the mini-batches of the last completed epoch (NaN before the first). */
    double lastEpochLoss();

    /** Why the run diverged, or null. */
    String divergence();

    /** Clears a divergence: the interrupted epoch starts over from the network's (restored) weights. */
    void resume();

    /** Trains on other points from now on ({@code train}: their feature matrix); an epoch in progress starts over. */
    void setData(TrainingSetup next, Matrix train);

    /** The session put other weights into the network (typed in, restored): go on from those. */
    void weightsLoaded();

    /** The optimizer's state (a copy), for a checkpoint. */
    Optimizer.State optimizerState();

    /**
     * Goes on from a checkpoint's epoch and step counters and optimizer state (null: the optimizer starts afresh); the
     * session loads the weights. A new epoch starts.
     */
    void resumeFrom(long epoch, long steps, Optimizer.State state);

    /** Makes the learner of a new run on {@code net} (built from {@code setup}) and its training matrix. */
    @FunctionalInterface
    interface Factory {
        Learner create(Network net, TrainingSetup setup, Matrix train);
    }

    /** NNPlay's engine: shuffled mini-batches, any optimizer, schedule, penalty and clipping. */
    Factory ENGINE = (net, setup, train) -> new EngineLearner(new Trainer(net, train, setup.config(), setup.seed()));

    /** The {@link Trainer} as a learner. */
    record EngineLearner(Trainer trainer) implements Learner {
        @Override public boolean step() { return trainer.step(); }
        @Override public long epoch() { return trainer.epoch(); }
        @Override public long steps() { return trainer.steps(); }
        @Override public TrainConfig config() { return trainer.config(); }
        @Override public void setConfig(TrainConfig next) { trainer.setConfig(next); }
        @Override public double currentLearningRate() { return trainer.currentLearningRate(); }
        @Override public double lastEpochLoss() { return trainer.lastEpochLoss(); }
        @Override public String divergence() { return trainer.divergence(); }
        @Override public void resume() { trainer.resume(); }
        @Override public void setData(TrainingSetup next, Matrix train) { trainer.setData(train); }
        @Override public void weightsLoaded() { }
        @Override public Optimizer.State optimizerState() { return trainer.optimizerState(); }
        @Override public void resumeFrom(long epoch, long steps, Optimizer.State state) {
            trainer.resumeFrom(epoch, steps, state);
        }
    }
}

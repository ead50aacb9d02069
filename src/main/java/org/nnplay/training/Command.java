package org.nnplay.training;

import java.util.function.UnaryOperator;
import org.nnplay.data.DataSet;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.TrainConfig;

/** What the service's public methods enqueue; applied on the training thread between steps, in order. */
sealed interface Command {
    /** The command equal to applying this one and then {@code later} at once, or null if they don't combine. */
    default Command merge(Command later) { return null; }

    record Play() implements Command {
        @Override public Command merge(Command later) { return later instanceof Play ? this : null; }
    }

    record Pause() implements Command {
        @Override public Command merge(Command later) { return later instanceof Pause ? this : null; }
    }

    record StepEpoch() implements Command {}

    record StepBatch() implements Command {}

    record Reset() implements Command {}

    /** Epochs per second cap; ≤ 0 or infinite: as fast as possible. */
    record SetSpeed(double epochsPerSecond) implements Command {
        @Override public Command merge(Command later) { return later instanceof SetSpeed ? later : null; }
    }

    record UpdateConfig(UnaryOperator<TrainConfig> change) implements Command {
        @Override
        public Command merge(Command later) {
            if (later instanceof UpdateConfig next) {
                UnaryOperator<TrainConfig> first = change;
                return new UpdateConfig(c -> next.change().apply(first.apply(c)));
            }
            return null;
        }
    }

    record SetStopping(StoppingRules rules) implements Command {
        @Override public Command merge(Command later) { return later instanceof SetStopping ? later : null; }
    }

    record Rebuild(TrainingSetup setup) implements Command {
        @Override public Command merge(Command later) { return later instanceof Rebuild ? later : null; }
    }

    /**
     * New points for the same network. Never merged: each swap reshuffles the epoch's order, so two swaps in a row
     * are not the same as the last one alone.
     */
    record ReplaceData(DataSet data) implements Command {}

    /** Hands the run's state over to {@code result} (completed on the training thread). Never merged. */
    record Checkpoint(java.util.concurrent.CompletableFuture<RunCheckpoint> result) implements Command {}

    /** Goes on from a saved run of the same network. */
    record Restore(RunCheckpoint checkpoint) implements Command {
        @Override public Command merge(Command later) { return later instanceof Restore ? later : null; }
    }

    record SetWeights(Weights weights) implements Command {
        @Override public Command merge(Command later) { return later instanceof SetWeights ? later : null; }
    }
}

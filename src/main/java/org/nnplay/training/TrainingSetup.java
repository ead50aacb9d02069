package org.nnplay.training;

import java.util.List;
import java.util.Objects;
import org.nnplay.data.DataSet;
import org.nnplay.data.Feature;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.Backend;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.TrainConfig;

/**
 * Everything the training service needs to build a run: data, input features, architecture, live settings, seed,
 * backend, optional initial weights (else the seed initialises), stopping rules, and how often (in epochs) the full
 * train/test metrics are recorded in the history ({@code evalEvery}; epochs 0–{@value #EVAL_WARMUP} are always
 * recorded), and whether input features are standardised (mean and deviation of the training split). The cadence is in epochs, not time, so the history is the same whatever the machine's speed.
 * {@code learner} says what trains the weights: NNPlay's engine, or TensorFlow Playground's algorithm for an
 * experiment that follows it.
 *
 * <p>Changing {@link #config()} or {@link #stopping()} is live, and so is new {@link #data()} that the network fits
 * ({@link TrainingService#replaceData}); anything else rebuilds the network.
 */
public record TrainingSetup(DataSet data, List<Feature> inputs, NetworkSpec network, TrainConfig config, long seed,
                            Backend backend, Weights initialWeights, StoppingRules stopping, int evalEvery,
                            boolean standardize, Learner.Factory learner) {
    /** Full evaluation costs about one epoch (measured); every 32 epochs keeps it near 3 %. */
    public static final int DEFAULT_EVAL_EVERY = 32;
    public static final int EVAL_WARMUP = 10;

    public TrainingSetup {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(stopping, "stopping");
        Objects.requireNonNull(learner, "learner");
        inputs = List.copyOf(inputs);
        if (inputs.size() != network.inputs()) {
            throw new IllegalArgumentException("setup: " + inputs.size() + " input features but the network takes "
                    + network.inputs());
        }
        boolean regression = data.type() == ProblemType.REGRESSION;
        if (regression != network.regression()) {
            throw new IllegalArgumentException("setup: the data set is " + data.type().key() + " but the network is built for "
                    + (network.regression() ? "regression" : "classification"));
        }
        int outputs = Head.outputs(network.loss(), regression, data.numClasses());
        if (outputs != network.outputs()) {
            throw new IllegalArgumentException("setup: " + data.numClasses() + " classes with loss " + network.loss().key()
                    + " need " + outputs + " outputs, the network has " + network.outputs());
        }
        if (data.train().isEmpty()) {
            throw new IllegalArgumentException("setup: the training split is empty");
        }
        if (evalEvery < 1) {
            throw new IllegalArgumentException("setup: evalEvery must be ≥ 1, got " + evalEvery);
        }
    }

    public TrainingSetup(DataSet data, List<Feature> inputs, NetworkSpec network, TrainConfig config, long seed,
                         Backend backend) {
        this(data, inputs, network, config, seed, backend, null, StoppingRules.NONE, DEFAULT_EVAL_EVERY, false);
    }

    /** A run that NNPlay's engine trains ({@link Learner#ENGINE}). */
    public TrainingSetup(DataSet data, List<Feature> inputs, NetworkSpec network, TrainConfig config, long seed,
                         Backend backend, Weights initialWeights, StoppingRules stopping, int evalEvery,
                         boolean standardize) {
        this(data, inputs, network, config, seed, backend, initialWeights, stopping, evalEvery, standardize,
                Learner.ENGINE);
    }

    /** Whether the full metrics are recorded at this epoch. */
    public boolean evaluatesAt(long epoch, StoppingRules rules) {
        return epoch <= EVAL_WARMUP || epoch % evalEvery == 0 || (rules.hasMaxEpochs() && epoch == rules.maxEpochs());
    }

    public TrainingSetup withConfig(TrainConfig c) {
        return new TrainingSetup(data, inputs, network, c, seed, backend, initialWeights, stopping, evalEvery, standardize, learner);
    }

    public TrainingSetup withStopping(StoppingRules s) {
        return new TrainingSetup(data, inputs, network, config, seed, backend, initialWeights, s, evalEvery, standardize, learner);
    }

    public TrainingSetup withNetwork(NetworkSpec n, List<Feature> features) {
        return new TrainingSetup(data, features, n, config, seed, backend, null, stopping, evalEvery, standardize, learner);
    }

    /** Other points; the checks above make sure the network still fits them (inputs, problem type, outputs). */
    public TrainingSetup withData(DataSet d) {
        return new TrainingSetup(d, inputs, network, config, seed, backend, initialWeights, stopping, evalEvery, standardize, learner);
    }

    public TrainingSetup withSeed(long s) {
        return new TrainingSetup(data, inputs, network, config, s, backend, initialWeights, stopping, evalEvery, standardize, learner);
    }

    public TrainingSetup withEvalEvery(int every) {
        return new TrainingSetup(data, inputs, network, config, seed, backend, initialWeights, stopping, every, standardize, learner);
    }

    /** The same run trained by another learner. */
    public TrainingSetup withLearner(Learner.Factory l) {
        return new TrainingSetup(data, inputs, network, config, seed, backend, initialWeights, stopping, evalEvery, standardize, l);
    }

    public TrainingSetup withInitialWeights(Weights w) {
        return new TrainingSetup(data, inputs, network, config, seed, backend, w, stopping, evalEvery, standardize, learner);
    }
}

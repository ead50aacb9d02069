package org.nnplay.experiment;

import java.util.function.UnaryOperator;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.nn.LossKind;

/**
 * Every setting of one experiment: what {@link ExperimentIO} saves and loads, what lesson presets hold, and what
 * the UI and the command line change through the {@code with...} methods. The seed is always stored so a run can be
 * reproduced. {@code weights} is null until a network has been trained or weights were typed in.
 * <p>
 * Besides each group's own ranges, an experiment requires that the loss fits the problem
 * ({@link TrainingSettings#lossMismatch}) and that weights, when present, fit the network.
 */
public record Experiment(int version, String name, long seed, DataSettings data, FeatureSettings features,
                         NetworkSettings network, TrainingSettings training, ViewSettings view, Weights weights) {
    /** The format version this code writes and the newest it reads. */
    public static final int CURRENT_VERSION = 1;
    public static final int MAX_NAME_LENGTH = 200;

    private static final Experiment DEFAULTS = new Experiment(CURRENT_VERSION, "Untitled", 1, DataSettings.DEFAULTS,
            FeatureSettings.DEFAULTS, NetworkSettings.DEFAULTS, TrainingSettings.DEFAULTS, ViewSettings.DEFAULTS, null);

    public Experiment {
        Range.closed(1, CURRENT_VERSION).check("version", version);
        Checks.notNull("name", name);
        Checks.text("name", name, MAX_NAME_LENGTH);
        Checks.notNull("data", data);
        Checks.notNull("features", features);
        Checks.notNull("network", network);
        Checks.notNull("training", training);
        Checks.notNull("view", view);
        String lossProblem = TrainingSettings.lossMismatch(training.loss(), data.problem(), data.classes());
        if (lossProblem != null) {
            throw new InvalidSettingException("training.loss", lossProblem);
        }
        InvalidSettingException misfit = misfit(weights, features, network, outputs(data, training));
        if (misfit != null) {
            throw misfit;
        }
    }

    /**
     * TensorFlow Playground's defaults: circle data, 500 points, no noise, half for training, inputs x1 and x2,
     * two hidden layers of 4 and 2 tanh neurons, learning rate 0.03, batch 10, no regularisation.
     */
    public static Experiment defaults() {
        return DEFAULTS;
    }

    /**
     * The number of output neurons: one per class with softmax cross-entropy, otherwise one (a probability or
     * score for two classes, a value for regression).
     */
    public int outputs() {
        return outputs(data, training);
    }

    private static int outputs(DataSettings data, TrainingSettings training) {
        boolean softmax = data.problem() == ProblemType.CLASSIFICATION && training.loss() == LossKind.SOFTMAX_CE;
        return softmax ? data.classes() : 1;
    }

    private static InvalidSettingException misfit(Weights weights, FeatureSettings features, NetworkSettings network,
                                                  int outputs) {
        if (weights == null) {
            return null;
        }
        InvalidSettingException e = weights.mismatch(features.inputs().size(), network.hidden(), outputs);
        return e == null ? null : e.under("weights");
    }

    public Experiment withName(String v) {
        return new Experiment(version, v, seed, data, features, network, training, view, weights);
    }

    public Experiment withSeed(long v) {
        return new Experiment(version, name, v, data, features, network, training, view, weights);
    }

    /** Replaces the weights (null clears them); they must fit the network. */
    public Experiment withWeights(Weights v) {
        return new Experiment(version, name, seed, data, features, network, training, view, v);
    }

    /** New data settings; weights that no longer fit (e.g. another class count) are dropped. */
    public Experiment withData(DataSettings v) { return fitted(v, features, network, training); }

    public Experiment withData(UnaryOperator<DataSettings> change) { return withData(change.apply(data)); }

    /** New input features; weights that no longer fit are dropped. */
    public Experiment withFeatures(FeatureSettings v) { return fitted(data, v, network, training); }

    public Experiment withFeatures(UnaryOperator<FeatureSettings> change) {
        return withFeatures(change.apply(features));
    }

    /** A new network; weights that no longer fit its shape are dropped. */
    public Experiment withNetwork(NetworkSettings v) { return fitted(data, features, v, training); }

    public Experiment withNetwork(UnaryOperator<NetworkSettings> change) { return withNetwork(change.apply(network)); }

    /**
     * New training settings; weights that no longer fit (another loss, another output width) are dropped. A loss
     * different from the current one is the user's choice for the current kind of problem: it is remembered in
     * {@link TrainingSettings#chosenLosses()} and taken again when the data comes back to that kind of problem.
     */
    public Experiment withTraining(TrainingSettings v) {
        if (v.loss() != training.loss() && TrainingSettings.lossMismatch(v.loss(), data.problem(), data.classes()) == null) {
            v = v.withChosenLosses(v.chosenLosses().with(LossProblem.of(data), v.loss()));
        }
        return fitted(data, features, network, v);
    }

    /** The loss {@code v}, chosen by the user for the current kind of problem (e.g. {@code train --loss}). */
    public Experiment withLossChosen(LossKind v) {
        return fitted(data, features, network, training.withLoss(v)
                .withChosenLosses(training.chosenLosses().with(LossProblem.of(data), v)));
    }

    public Experiment withTraining(UnaryOperator<TrainingSettings> change) {
        return withTraining(change.apply(training));
    }

    public Experiment withView(ViewSettings v) {
        return new Experiment(version, name, seed, data, features, network, training, v, weights);
    }

    public Experiment withView(UnaryOperator<ViewSettings> change) { return withView(change.apply(view)); }

    /**
     * Switches to a built-in data set with its problem type and class count (imported points are left behind), and
     * to the loss that fits its problem ({@link #withFittingLoss}).
     */
    public Experiment withDataset(DatasetKind kind) {
        return withFittingLoss(data.withDatasetDefaults(kind));
    }

    /**
     * New data settings with the loss that fits their problem: the loss the user chose for that kind of problem (two
     * classes, more classes, regression), else the problem's default ({@link TrainingSettings#lossFor}). The one
     * rule for choosing a data set and for importing a file; {@link LossSwitch#between} says what changed.
     */
    public Experiment withFittingLoss(DataSettings d) {
        TrainingSettings t = training.withLoss(training.lossFor(d.problem(), d.classes()));
        return fitted(d, features, network, t);
    }

    private Experiment fitted(DataSettings d, FeatureSettings f, NetworkSettings n, TrainingSettings t) {
        Weights w = misfit(weights, f, n, outputs(d, t)) == null ? weights : null;
        return new Experiment(version, name, seed, d, f, n, t, view, w);
    }
}

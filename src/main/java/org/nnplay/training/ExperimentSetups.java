package org.nnplay.training;

import org.nnplay.engine.Backend;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.TrainingSettings;

/** Builds the training service's setup from an experiment, on a given backend. */
public final class ExperimentSetups {
    private ExperimentSetups() {}

    public static TrainingSetup of(Experiment e, Backend backend) {
        TrainingSettings t = e.training();
        TrainingSetup setup = new TrainingSetup(ExperimentMapping.dataSet(e), e.features().inputs(),
                ExperimentMapping.network(e), ExperimentMapping.trainConfig(e), e.seed(), backend,
                ExperimentMapping.weights(e.weights()), stopping(t), TrainingSetup.DEFAULT_EVAL_EVERY,
                e.features().standardize());
        return setup;
    }

    /** The experiment's stopping settings: 0 means "none" for max epochs and target loss. */
    public static StoppingRules stopping(TrainingSettings t) {
        return new StoppingRules(t.maxEpochs(), t.targetLoss() > 0 ? t.targetLoss() : Double.NaN,
                t.earlyStopping().enabled() ? t.earlyStopping().patience() : 0);
    }
}

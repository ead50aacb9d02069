package org.nnplay.training;

import org.nnplay.data.DataSet;
import org.nnplay.engine.Backend;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.TrainingSettings;
import org.nnplay.training.landscape.LossSetup;

/** Builds the training service's setup from an experiment, on a given backend. */
public final class ExperimentSetups {
    private ExperimentSetups() {}

    public static TrainingSetup of(Experiment e, Backend backend) {
        return of(e, ExperimentMapping.dataSet(e), backend);
    }

    /** As {@link #of(Experiment, Backend)} with the experiment's data set already built (by a caller that keeps it). */
    public static TrainingSetup of(Experiment e, DataSet data, Backend backend) {
        TrainingSettings t = e.training();
        TrainingSetup setup = new TrainingSetup(data, e.features().inputs(),
                ExperimentMapping.network(e), ExperimentMapping.trainConfig(e), e.seed(), backend,
                ExperimentMapping.weights(e.weights()), stopping(t), TrainingSetup.DEFAULT_EVAL_EVERY,
                e.features().standardize());
        return setup;
    }

    /**
     * What the landscape command computes on: the training loss, with the experiment's regularisation, around its
     * saved weights (else those its seed initialises).
     */
    public static LossSetup landscapeLoss(Experiment e) {
        return Model.initial(of(e, JvmBackend.INSTANCE)).trainingLoss();
    }

    /** The experiment's stopping settings: 0 means "none" for max epochs and target loss. */
    public static StoppingRules stopping(TrainingSettings t) {
        return new StoppingRules(t.maxEpochs(), t.targetLoss() > 0 ? t.targetLoss() : Double.NaN,
                t.earlyStopping().enabled() ? t.earlyStopping().patience() : 0);
    }
}

package org.nnplay.training;

import org.nnplay.data.DataSet;
import org.nnplay.engine.Backend;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.experiment.Compat;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.TrainingSettings;
import org.nnplay.training.compat.PlaygroundRun;
import org.nnplay.training.landscape.LossSetup;

/** Builds the training service's setup from an experiment, on a given backend. */
public final class ExperimentSetups {
    private ExperimentSetups() {}

    public static TrainingSetup of(Experiment e, Backend backend) {
        return of(e, ExperimentMapping.dataSet(e), backend);
    }

    /**
     * As {@link #of(Experiment, Backend)} with the experiment's data set already built (by a caller that keeps it).
     * An experiment that follows TensorFlow Playground is trained by its algorithm from its initial weights.
     */
    public static TrainingSetup of(Experiment e, DataSet data, Backend backend) {
        TrainingSettings t = e.training();
        TrainingSetup setup = new TrainingSetup(data, e.features().inputs(),
                ExperimentMapping.network(e), ExperimentMapping.trainConfig(e), e.seed(), backend,
                ExperimentMapping.weights(e.weights()), stopping(t), TrainingSetup.DEFAULT_EVAL_EVERY,
                e.features().standardize());
        return e.compat() == Compat.TF_PLAYGROUND ? PlaygroundRun.follow(setup, e) : setup;
    }

    /** Up to this speed cap (epochs per second) the window evaluates every epoch, so a slow lesson's curves show each one. */
    public static final double EVERY_EPOCH_SPEED = 200;

    /**
     * What the window trains: {@link #of(Experiment, DataSet, Backend)}, but at a watchable speed (a cap of
     * {@value #EVERY_EPOCH_SPEED} epochs/s or less, as lessons start) the metrics are recorded every epoch instead
     * of every {@value TrainingSetup#DEFAULT_EVAL_EVERY}, so the curves show every bump a schedule or a batch makes.
     * Evaluation only reads the weights, so training is the same; with early stopping or a target loss, which act at
     * the evaluations, the cadence stays that of the command line, so both stop at the same epoch.
     */
    public static TrainingSetup forWindow(Experiment e, DataSet data, Backend backend) {
        TrainingSetup setup = of(e, data, backend);
        return watchable(e.training()) ? setup.withEvalEvery(1) : setup;
    }

    /** Whether a run at these settings is evaluated every epoch in the window (see {@link #forWindow}). */
    public static boolean watchable(TrainingSettings t) {
        return t.speed() > 0 && t.speed() <= EVERY_EPOCH_SPEED && !t.earlyStopping().enabled() && t.targetLoss() <= 0;
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

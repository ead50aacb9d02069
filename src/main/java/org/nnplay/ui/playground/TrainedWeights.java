package org.nnplay.ui.playground;

import java.util.function.Supplier;
import org.nnplay.engine.nn.Weights;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.InvalidSettingException;
import org.nnplay.training.ExperimentMapping;
import org.nnplay.training.Snapshot;

/**
 * The weights the network has now: the latest snapshot's when they fit the experiment's shape (a snapshot taken
 * before an architecture edit does not), else the experiment's own (typed in, or from the file).
 */
public final class TrainedWeights {
    private final Supplier<Experiment> experiment;
    private final Supplier<Snapshot> snapshot;

    TrainedWeights(Supplier<Experiment> experiment, Supplier<Snapshot> snapshot) {
        this.experiment = experiment;
        this.snapshot = snapshot;
    }

    /** The current weights in the engine's form, or null when there are none yet. */
    public Weights engineWeights() {
        Experiment e = experiment.get();
        Snapshot s = snapshot.get();
        if (s != null && s.weights() != null && fits(e, s.weights())) return s.weights();
        return ExperimentMapping.weights(e.weights());
    }

    /** The experiment with the current weights (or as it is, when there are none). */
    public Experiment experimentWithWeights() {
        Experiment e = experiment.get();
        Weights w = engineWeights();
        if (w == null || !w.allFinite()) return e;
        try {
            return e.withWeights(ExperimentMapping.weights(w));
        } catch (InvalidSettingException misfit) {
            return e;
        }
    }

    static boolean fits(Experiment e, Weights w) {
        try {
            e.withWeights(ExperimentMapping.weights(w));
            return true;
        } catch (IllegalArgumentException misfit) {
            return false;
        }
    }
}

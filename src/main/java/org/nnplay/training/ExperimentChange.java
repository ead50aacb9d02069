package org.nnplay.training;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.TrainingSettings;

/**
 * What an edit of the experiment means for a running service, so that every control goes through one path
 * (edit the experiment → apply the difference → redraw), as in TensorFlow Playground: a new learning rate,
 * optimizer setting, penalty or schedule applies live; new data, features, architecture, loss, seed or backend
 * rebuild the network; view options touch nothing in training.
 */
public enum ExperimentChange {
    /** Data, features, network, loss, seed or backend: the network is rebuilt. */
    REBUILD,
    /** Live training settings: {@link TrainingService#setConfig}. */
    CONFIG,
    /** Max epochs, target loss, early stopping: {@link TrainingService#setStopping}. */
    STOPPING,
    /** The epochs-per-second cap: {@link TrainingService#setSpeed}. */
    SPEED,
    /** Weights set by hand (and not a rebuild): {@link TrainingService#setWeights}. */
    WEIGHTS,
    /** Only how things are shown (or the name). */
    VIEW;

    public static Set<ExperimentChange> between(Experiment before, Experiment after) {
        Set<ExperimentChange> out = EnumSet.noneOf(ExperimentChange.class);
        TrainingSettings a = before.training();
        TrainingSettings b = after.training();
        if (!before.data().equals(after.data()) || !before.features().equals(after.features())
                || !before.network().equals(after.network()) || before.seed() != after.seed()
                || a.loss() != b.loss() || a.backend() != b.backend()) {
            out.add(REBUILD);
            return out;
        }
        if (!ExperimentMapping.trainConfig(before).equals(ExperimentMapping.trainConfig(after))) {
            out.add(CONFIG);
        }
        if (!ExperimentSetups.stopping(a).equals(ExperimentSetups.stopping(b))) {
            out.add(STOPPING);
        }
        if (a.speed() != b.speed()) {
            out.add(SPEED);
        }
        if (!Objects.equals(before.weights(), after.weights()) && after.weights() != null) {
            out.add(WEIGHTS);
        }
        if (!before.view().equals(after.view()) || !Objects.equals(before.name(), after.name())) {
            out.add(VIEW);
        }
        return out;
    }

    /** Applies an edit to a running service; returns what it did. */
    public static Set<ExperimentChange> apply(TrainingService service, Experiment before, Experiment after,
                                              org.nnplay.engine.Backend backend) {
        Set<ExperimentChange> changes = between(before, after);
        if (changes.contains(REBUILD)) {
            service.rebuild(ExperimentSetups.of(after, backend));
            return changes;
        }
        if (changes.contains(CONFIG)) {
            service.setConfig(ExperimentMapping.trainConfig(after));
        }
        if (changes.contains(STOPPING)) {
            service.setStopping(ExperimentSetups.stopping(after.training()));
        }
        if (changes.contains(SPEED)) {
            service.setSpeed(after.training().speed());
        }
        if (changes.contains(WEIGHTS)) {
            service.setWeights(ExperimentMapping.weights(after.weights()));
        }
        return changes;
    }
}

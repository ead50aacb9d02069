package org.nnplay.training;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.nnplay.experiment.DataSettings;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.TrainingSettings;

/**
 * What an edit of the experiment means for a running service, so that every control goes through one path
 * (edit the experiment → apply the difference → redraw), as in TensorFlow Playground: a new learning rate,
 * optimizer setting, penalty or schedule applies live; points placed or removed by hand are trained on at once by
 * the same network; other data, features, architecture, loss, seed or backend rebuild the network; view options
 * touch nothing in training.
 */
public enum ExperimentChange {
    /** Data, features, network, loss, seed, backend or compat: the network is rebuilt. */
    REBUILD,
    /**
     * Only the points placed by hand ({@code data.handPoints}) changed: the same network trains on, on the new
     * points ({@link TrainingService#replaceData}), so a click while training bends the boundary around the point.
     * Every other data setting is equal, so the problem type and class count, hence the network's shape, are too
     * ({@code DataSettings} keeps every hand point's class below {@code classes}).
     *
     * <p>Not with standardised features: that is a REBUILD. New points move the training split's mean and
     * deviation, so standardising again would shift every input under the kept weights (the boundary would jump,
     * not bend), while keeping the statistics the network was trained with would make it disagree with what fits
     * them from the experiment's points: {@link Model} (the window's probe, ghost preview, loss landscape and
     * predictions), the PyTorch export and the saved file reopened.
     */
    DATA,
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
        boolean pointsOnly = handPointsOnly(before, after);
        if ((!pointsOnly && !before.data().equals(after.data())) || !before.features().equals(after.features())
                || !before.network().equals(after.network()) || !ExperimentMapping.sameSeed(before, after)
                || a.loss() != b.loss() || a.backend() != b.backend()) {
            out.add(REBUILD);
            return out;
        }
        if (pointsOnly) {
            out.add(DATA);
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

    /** Whether the data differ in their hand-placed points only, with features that are not standardised. */
    private static boolean handPointsOnly(Experiment before, Experiment after) {
        DataSettings a = before.data();
        DataSettings b = after.data();
        return !a.handPoints().equals(b.handPoints()) && !after.features().standardize()
                && a.withHandPoints(List.of()).equals(b.withHandPoints(List.of()));
    }

    /** Applies an edit to a running service; returns what it did. */
    public static Set<ExperimentChange> apply(TrainingService service, Experiment before, Experiment after,
                                              org.nnplay.engine.Backend backend) {
        return apply(service, before, after, backend, ExperimentMapping::dataSet);
    }

    /**
     * As {@link #apply(TrainingService, Experiment, Experiment, org.nnplay.engine.Backend)}, building the new data
     * set (when a rebuild or new points need it) with {@code data}: the window passes the one it keeps for its own
     * view, so a data change generates the points once.
     */
    public static Set<ExperimentChange> apply(TrainingService service, Experiment before, Experiment after,
                                              org.nnplay.engine.Backend backend,
                                              java.util.function.Function<Experiment, org.nnplay.data.DataSet> data) {
        Set<ExperimentChange> changes = between(before, after);
        if (changes.contains(REBUILD)) {
            service.rebuild(ExperimentSetups.forWindow(after, data.apply(after), backend));
            return changes;
        }
        if (changes.contains(DATA)) {
            service.replaceData(data.apply(after));
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

package org.nnplay.ui.playground;

import java.util.List;
import org.nnplay.data.FeatureMatrix;
import org.nnplay.data.Sample;
import org.nnplay.data.Standardizer;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.Matrix;
import org.nnplay.training.ExperimentMapping;
import org.nnplay.training.Snapshot;
import org.nnplay.training.TrainingSetup;
import org.nnplay.training.landscape.LossSetup;
import org.nnplay.training.landscape.Trajectory;
import org.nnplay.ui.landscape.LandscapeInteraction;
import org.nnplay.ui.landscape.LandscapeSource;

/**
 * Connects the loss landscape to the run: the path it draws (fed from each frame's snapshot when its epoch moved,
 * restarted with every new network), the current loss, and what hovering (a ghost boundary) and clicking (load the
 * weights, paused) do.
 */
final class LandscapeBridge implements LandscapeSource, LandscapeInteraction {
    private final PlaygroundModel model;
    private final GhostPreview ghost;
    private final Trajectory trajectory = new Trajectory();
    private Snapshot last;
    private Weights initial;
    private long generation = Long.MIN_VALUE;
    private long epoch = Long.MIN_VALUE;
    private TrainingSetup matricesFor;
    private Matrix train;
    private Matrix test;

    LandscapeBridge(PlaygroundModel model, GhostPreview ghost) {
        this.model = model;
        this.ghost = ghost;
    }

    /** Once per frame: records the path when the snapshot's epoch moved; returns whether a new network started. */
    boolean onFrame(Snapshot s) {
        if (s == null || s.weights() == null || s == last) return false;
        last = s;
        boolean restarted = s.generation() != generation;
        if (restarted) {
            generation = s.generation();
            trajectory.clear();
            initial = s.weights();
            epoch = Long.MIN_VALUE;
        } else if (s.epoch() < epoch) {
            trajectory.clear();
            initial = s.weights();
        }
        if (s.epoch() != epoch && s.train() != null && Double.isFinite(s.train().total())) {
            epoch = s.epoch();
            trajectory.offer(s.weights().flatten(), s.train().total());
        }
        return restarted;
    }

    @Override public LossSetup currentLoss() {
        Snapshot s = last;
        if (s == null || s.setup() == null || s.config() == null) return null;
        matrices(s.setup());
        return new LossSetup(s.setup().network(), s.weights(), train, s.config().regularization());
    }

    @Override public Trajectory trajectory() { return trajectory; }

    @Override public Weights initialWeights() { return initial; }

    @Override public Matrix testData() {
        Snapshot s = last;
        if (s == null || s.setup() == null) return null;
        matrices(s.setup());
        return test.rows() == 0 ? null : test;
    }

    @Override public void previewWeights(Weights w) {
        Snapshot s = last;
        if (s != null && s.setup() != null) {
            ghost.request(s.setup(), w, Math.min(100, model.currentExperiment().view().gridResolution()));
        }
    }

    @Override public void endPreview() { ghost.clear(); }

    @Override public void loadWeights(Weights w) {
        ghost.clear();
        model.pause();
        model.edit(e -> e.withWeights(ExperimentMapping.weights(w)));
    }

    private void matrices(TrainingSetup setup) {
        if (setup == matricesFor) return;
        Standardizer std = Standardizer.of(setup.data(), setup.inputs(), setup.standardize());
        train = matrix(setup.data().train(), setup, std);
        test = matrix(setup.data().test(), setup, std);
        matricesFor = setup;
    }

    private static Matrix matrix(List<Sample> samples, TrainingSetup setup, Standardizer std) {
        FeatureMatrix m = FeatureMatrix.of(samples, setup.inputs(), std);
        return new Matrix(m.values(), m.labels(), m.rows(), m.cols());
    }
}

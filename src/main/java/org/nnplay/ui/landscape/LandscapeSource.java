package org.nnplay.ui.landscape;

import org.nnplay.engine.nn.Weights;
import org.nnplay.training.landscape.LossSetup;
import org.nnplay.training.landscape.Trajectory;

/**
 * What the landscape view needs from the main window. Called on the FX thread, when a computation starts (not every
 * frame), so each call may copy.
 */
public interface LandscapeSource {
    /**
     * The training loss at the current weights, with the run's regularisation as the penalty: e.g.
     * {@code Model.of(snapshot.setup(), snapshot.weights()).trainingLoss()} from the latest snapshot. The view drops
     * the penalty or takes {@link #testLoss()} instead itself, as its settings say. Null: nothing to show.
     */
    LossSetup currentLoss();

    /** The recorded path (the main window offers a snapshot every epoch); null or empty: no path yet. */
    Trajectory trajectory();

    /** The weights training started from (the line plot's t = 0); null: the trajectory's first snapshot is used. */
    Weights initialWeights();

    /** As {@link #currentLoss()} on the test set, or null when there is none (the Test choice is then disabled). */
    default LossSetup testLoss() { return null; }
}

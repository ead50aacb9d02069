package org.nnplay.ui.playground;

import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * What the run buttons and keys act on: the playground's one run, or all the runs of a comparison while it has
 * the stage. The bar and the keys see only this; the window decides which runs it is.
 */
interface RunControls {
    void togglePlay();

    /** Pauses, then trains one epoch. */
    void stepEpoch();

    /** New weights from the seed: epoch 0, paused. */
    void reset();

    ReadOnlyBooleanProperty runningProperty();
}

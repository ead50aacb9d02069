package org.nnplay.ui.landscape;

import org.nnplay.engine.nn.Weights;

/**
 * What the landscape view asks of the rest of the window, on the FX thread. The weights are complete
 * ({@link org.nnplay.engine.nn.Network#load} takes them): the slice's W and b, with batch-norm parameters and
 * running statistics from the weights the landscape was computed around.
 */
public interface LandscapeInteraction {
    /** The pointer is over these weights: show their decision boundary as a ghost. At most about 30 calls a second. */
    void previewWeights(Weights w);

    /** The pointer left the landscape: drop the ghost. */
    void endPreview();

    /** The user clicked: load these weights into the network (the run is paused or stays paused). */
    void loadWeights(Weights w);

    LandscapeInteraction NONE = new LandscapeInteraction() {
        @Override public void previewWeights(Weights w) {}

        @Override public void endPreview() {}

        @Override public void loadWeights(Weights w) {}
    };
}

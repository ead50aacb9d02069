package org.nnplay.training.landscape;

import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.train.Matrix;

/**
 * What the {@code landscape} command needs from an experiment: the network with its current weights, the training
 * data as the engine takes it (features already computed), and the regularisation training used.
 */
public record LandscapeInputs(Network network, Matrix train, Regularization regularization) {
    public LandscapeInputs {
        if (network == null || train == null) {
            throw new IllegalArgumentException("landscape inputs need a network and training data");
        }
        regularization = regularization == null ? Regularization.NONE : regularization;
    }
}

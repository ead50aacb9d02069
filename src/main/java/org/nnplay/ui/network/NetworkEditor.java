package org.nnplay.ui.network;

import java.util.List;
import org.nnplay.data.Feature;
import org.nnplay.engine.nn.ActivationKind;

/**
 * What the network builder asks of its owner. The view never changes the experiment itself: it reports the edit,
 * and the owner applies it and hands the view the new experiment ({@link NetworkView#setExperiment}) or the next
 * snapshot. Every method has an empty default so an owner implements only what it needs.
 */
public interface NetworkEditor {
    /** A feature tile was clicked: add the feature to the inputs, or remove it. */
    default void toggleFeature(Feature feature) {}

    /** New hidden layer widths (a layer or a neuron was added or removed). */
    default void setHidden(List<Integer> sizes) {}

    /** Hidden layer {@code layer} (0-based) gets a new activation. */
    default void setLayerActivation(int layer, ActivationKind kind) {}

    /** A weight was typed in: {@code layer} as in {@code Weights} (0 = inputs to the first hidden layer). */
    default void setWeight(int layer, int from, int to, double value) {}

    /** A bias was typed in: {@code layer} as in {@code Weights} (0 = the first hidden layer's biases). */
    default void setBias(int layer, int neuron, double value) {}

    /** The pointer is over a neuron: {@code layer} as in the neuron grids (0 = inputs, last = output). */
    default void hoverNeuron(int layer, int neuron) {}

    /** The pointer left the neuron it was over. */
    default void hoverEnd() {}
}

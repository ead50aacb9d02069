package org.nnplay.ui.plot;

/** What the values of a heat-map grid are, and so how they are coloured. */
public enum GridMode {
    /** P(class 1) in [0, 1]: class 0's tint through white at 0.5 to class 1's. */
    PROBABILITY,
    /** A predicted class index per cell (several classes): each class in its own tint, no blending. */
    CLASSES,
    /** A regression output: negative through white at 0 to positive, clamped to [-1, 1]. */
    VALUE,
    /** A neuron's output: like {@link #VALUE} (tanh-like activations span [-1, 1]). */
    ACTIVATION
}

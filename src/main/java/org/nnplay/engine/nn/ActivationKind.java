package org.nnplay.engine.nn;

import org.nnplay.engine.Named;

/** Activation functions; keys are what files and the CLI use. */
public enum ActivationKind implements Named {
    SIGMOID("sigmoid"),
    TANH("tanh"),
    RELU("relu"),
    LEAKY_RELU("leaky_relu"),
    ELU("elu"),
    GELU("gelu"),
    SILU("silu"),
    SOFTPLUS("softplus"),
    LINEAR("linear"),
    STEP("step");

    private final String key;

    ActivationKind(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static ActivationKind fromKey(String key) { return Named.parse(ActivationKind.class, key, "activation kind"); }
}

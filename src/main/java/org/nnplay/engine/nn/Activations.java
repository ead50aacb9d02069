package org.nnplay.engine.nn;

import org.nnplay.engine.UnaryFn;

/** Maps the activation settings onto the engine's element-wise functions (their names and formulas are the UI's). */
public final class Activations {
    private Activations() {}

    public static UnaryFn fn(ActivationKind kind) {
        return switch (kind) {
            case SIGMOID -> UnaryFn.SIGMOID;
            case TANH -> UnaryFn.TANH;
            case RELU -> UnaryFn.RELU;
            case LEAKY_RELU -> UnaryFn.LEAKY_RELU;
            case ELU -> UnaryFn.ELU;
            case GELU -> UnaryFn.GELU;
            case SILU -> UnaryFn.SILU;
            case SOFTPLUS -> UnaryFn.SOFTPLUS;
            case LINEAR -> UnaryFn.LINEAR;
            case STEP -> UnaryFn.STEP;
        };
    }

    /** The function's parameter: the slope of Leaky ReLU, α = 1 for ELU, unused otherwise. */
    public static double param(ActivationKind kind, double leakySlope) {
        return switch (kind) {
            case LEAKY_RELU -> leakySlope;
            case ELU -> 1.0;
            default -> 0.0;
        };
    }
}

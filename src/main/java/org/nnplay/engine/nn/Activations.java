package org.nnplay.engine.nn;

import org.nnplay.engine.UnaryFn;

/** Maps the activation settings onto the engine's element-wise functions, and carries their formulas for tooltips. */
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

    /** The name menus and labels show, e.g. "Leaky ReLU". */
    public static String displayName(ActivationKind kind) {
        return switch (kind) {
            case SIGMOID -> "Sigmoid";
            case TANH -> "Tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "Leaky ReLU";
            case ELU -> "ELU";
            case GELU -> "GELU";
            case SILU -> "SiLU";
            case SOFTPLUS -> "Softplus";
            case LINEAR -> "Linear";
            case STEP -> "Binary step";
        };
    }

    /** The formula and derivative as the lectures write them, for tooltips and the activation gallery. */
    public static String formula(ActivationKind kind) {
        return switch (kind) {
            case SIGMOID -> "σ(x) = 1 / (1 + e^−x)   σ′ = σ(1 − σ)";
            case TANH -> "tanh(x) = (e^x − e^−x) / (e^x + e^−x)   tanh′ = 1 − tanh²";
            case RELU -> "ReLU(x) = max(0, x)   ReLU′ = 1 if x > 0 else 0";
            case LEAKY_RELU -> "LeakyReLU(x) = max(αx, x)   ′ = 1 if x > 0 else α";
            case ELU -> "ELU(x) = x if x > 0 else e^x − 1   ′ = 1 if x > 0 else e^x";
            case GELU -> "GELU(x) ≈ ½x(1 + tanh(√(2/π)(x + 0.044715x³)))";
            case SILU -> "SiLU(x) = x·σ(x)   ′ = σ(x)(1 + x(1 − σ(x)))";
            case SOFTPLUS -> "softplus(x) = log(1 + e^x)   ′ = σ(x)";
            case LINEAR -> "linear(x) = x   ′ = 1";
            case STEP -> "step(x) = 1 if x > 0 else 0   ′ = 0: no gradient flows, it cannot train";
        };
    }
}
